"""Tests of kg.relations.delegation_parts_en: people named before "are part of / were among the … delegation"."""
from __future__ import annotations

from articlefacts import facts

FORUM = "The Vietnam–EU Business Forum opened in Brussels on Tuesday. "


def _attendees(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-12-07", "en") if p == "participatedIn"}


def test_people_put_in_a_delegation_took_part_in_its_event():
    got = _attendees(FORUM + "Deputy Minister of Finance Tran Quoc Phuong and Vice Chairwoman Nguyen Thi Lan are also "
                             "part of the Vietnamese delegation.")
    assert {("Tran Quoc Phuong", "Vietnam–EU Business Forum"), ("Nguyen Thi Lan", "Vietnam–EU Business Forum")} <= got
    got = _attendees(FORUM + "Deputy Minister of Finance Tran Quoc Phuong was among the visiting delegation.")
    assert ("Tran Quoc Phuong", "Vietnam–EU Business Forum") in got


def test_the_event_named_after_the_delegation_wins():
    text = ("Prime Minister Pham Minh Chinh left Hanoi on Sunday for the ASEAN Summit in Kuala Lumpur. Minister of "
            "Foreign Affairs Bui Thanh Son is a member of the delegation to the ASEAN Summit.")
    assert ("Bui Thanh Son", "ASEAN Summit") in _attendees(text)


def test_a_delegation_of_another_time_adds_no_one():
    got = _attendees(FORUM + "Tran Quoc Phuong was a member of the Party delegation that visited Cuba in 2019.")
    assert not any(s == "Tran Quoc Phuong" for s, o in got)
