"""Tests of kg.nlp.recognizers.transliterated_names: Foreign persons in Vietnamese copy written with no cue."""
from __future__ import annotations

import pytest

from articlefacts import flat_names as ents


@pytest.mark.parametrize("text, expected", [
    ("Mi-khai Goóc-ba-chốp thăm Bắc Kinh năm 1989.", [("Mi-khai Goóc-ba-chốp", "PER"), ("Bắc Kinh", "LOC")]),
    ("Lee Kang-in chuyển tới thi đấu ở Pháp.", [("Lee Kang-in", "PER"), ("Pháp", "LOC")]),
    ("Son Hyun-woo ghi bàn thắng duy nhất.", [("Son Hyun-woo", "PER")]),
])
def test_foreign_persons(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_one_transliterated_word_is_no_person(nlp):
    assert ("Pa-ri", "PER") not in ents(nlp, "Ông từng sống ở Pa-ri nhiều năm.")
