"""Tests of kg.nlp.recognizers.elections: elections named by what they elect and its term."""
from __future__ import annotations

import pytest

from articlefacts import facts, resolved_entities


def _events(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, "vi", "2030-12-01") if t == "Event"}


@pytest.mark.parametrize("text, name", [
    ("Ngày 23/5, Hội đồng bầu cử quốc gia tổ chức cuộc bầu cử bổ sung đại biểu Quốc hội khóa XVI tại tỉnh Cà Mau.",
     "cuộc bầu cử bổ sung đại biểu Quốc hội khóa XVI"),
    ("Cử tri cả nước đi bầu trong cuộc bầu cử đại biểu Quốc hội khóa XVII và đại biểu Hội đồng nhân dân các cấp "
     "nhiệm kỳ 2031 - 2036 vào ngày 16/3.",
     "cuộc bầu cử đại biểu Quốc hội khóa XVII và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2031 - 2036"),
    ("Kết quả cuộc bầu cử tổng thống Mỹ năm 2028 sẽ tác động tới thương mại toàn cầu.", "cuộc bầu cử tổng thống Mỹ năm 2028"),
])
def test_an_election_named_with_its_term_is_an_event(text, name):
    assert name in _events(text)


def test_the_bodies_that_run_an_election_and_its_law_are_no_election():
    assert not _events("Ủy ban bầu cử tỉnh đã ban hành kế hoạch thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu "
                       "Hội đồng nhân dân năm 2015.")
    assert not _events("Ban bầu cử đại biểu Quốc hội khóa XVI tại đơn vị bầu cử số 2 đã họp.")


def test_the_body_an_election_elects_does_not_hold_it():
    got = facts("Ngày 23/5, Hội đồng bầu cử quốc gia tổ chức cuộc bầu cử bổ sung đại biểu Quốc hội khóa XVI tại "
                "tỉnh Cà Mau.", "2030-12-01")
    assert ("Quốc hội", "organized", "cuộc bầu cử bổ sung đại biểu Quốc hội khóa XVI") not in got
    assert ("cuộc bầu cử bổ sung đại biểu Quốc hội khóa XVI", "date", "2030-05-23") in got
