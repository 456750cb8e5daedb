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


DIALOGUE = "The Việt Nam–Singapore Business Dialogue opened in Hà Nội on Tuesday. "


def test_a_body_that_sent_a_delegation_took_part_with_its_leader():
    got = _attendees(DIALOGUE + "The Ministry of Industry and Trade sent a delegation to the dialogue, headed by Deputy "
                                "Minister Phan Thị Thắng.")
    assert {("Ministry of Industry and Trade", "Việt Nam–Singapore Business Dialogue"),
            ("Phan Thị Thắng", "Việt Nam–Singapore Business Dialogue")} <= got
    got = _attendees(DIALOGUE + "The State Bank of Vietnam also sent a delegation, headed by Deputy Governor Pham Thanh Ha.")
    assert ("State Bank of Vietnam", "Việt Nam–Singapore Business Dialogue") in got
    got = _attendees(DIALOGUE + "Viettel and FPT sent teams, led by their chief technology officers.")
    assert ("Viettel Group", "Việt Nam–Singapore Business Dialogue") in got


def test_a_delegation_sent_to_a_place_is_no_attendance():
    got = _attendees(DIALOGUE + "Singapore's Ministry of Trade and Industry will send a trade mission to Hà Nội next "
                                "month, led by Minister Gan Kim Yong.")
    assert not any(s == "Gan Kim Yong" for s, o in got)


def test_a_body_that_sent_its_people_to_the_event_took_part():
    got = _attendees(FORUM + "Viettel Group sent 40 engineers to the forum, and the Hanoi Medical University sent "
                             "volunteers to Lào Cai. The Hà Nội Youth Union sent 30 students to help the organisers.")
    assert ("Viettel Group", "Vietnam–EU Business Forum") in got
    assert not any(s in ("Hanoi Medical University", "Hà Nội Youth Union") for s, o in got)
