"""Tests of kg.nlp.recognizers.unit_tails: a unit's plain-word name closed by the link to its parent."""
from __future__ import annotations

from kg.nlp.recognizers.unit_tails import unit_tail_candidates


def _names(text: str) -> list[str]:
    return [text[c.start:c.end] for c in unit_tail_candidates(text)]


def test_plain_words_up_to_the_parent_link_are_the_name():
    text = "Trung tâm Giám sát từ xa trực thuộc Sở Y tế đã vận hành."
    assert _names(text) == ["Trung tâm Giám sát từ xa"]


def test_a_verb_before_the_link_ends_no_name():
    text = "Trung tâm Y tế đã tiếp nhận hồ sơ của Bộ Y tế."
    assert _names(text) == []
