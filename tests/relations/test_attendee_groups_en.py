"""Tests of kg.relations.attendee_groups_en: the bodies after "drew / joined by / with … representatives of"."""
from __future__ import annotations

from articlefacts import facts

FORUM = "The Mekong Logistics Forum 2026 opened in Cần Thơ on Thursday. "


def _attendees(text: str) -> set[str]:
    return {s for s, p, o in facts(text, "2026-12-07", "en") if p == "participatedIn"}


def test_a_gathering_verb_and_a_group_noun_open_a_list_of_bodies():
    assert {"Gemadept", "Viettel Post"} <= _attendees(FORUM + "The event also drew representatives of Gemadept and "
                                                      "Viettel Post.")
    assert {"Vietnam Airlines", "Vietjet"} <= _attendees(FORUM + "It was joined by senior executives from Vietnam "
                                                          "Airlines and Vietjet.")
    assert "FPT Corporation" in _attendees(FORUM + "The forum attracted more than 300 delegates from FPT, VNPT and "
                                        "port operators.")


def test_with_after_a_comma_adds_the_scholars_bodies():
    text = ("A seminar on royal court music took place in Huế on Saturday, with scholars from Hue University and the "
            "Việt Nam National Academy of Music.")
    assert "Hue University" in _attendees(text)


def test_a_with_that_opens_no_group_of_attendees_adds_none():
    got = _attendees(FORUM + "The ministry will work with officials from the Asian Development Bank to draft rules.")
    assert "Asian Development Bank" not in got
    got = _attendees(FORUM + "Its organisers drew up a plan with the Ministry of Finance.")
    assert "Ministry of Finance" not in got


def test_the_list_ends_at_a_clause_of_its_own():
    got = _attendees(FORUM + "The event drew representatives of Gemadept, which signed a deal with Maersk Line.")
    assert "Gemadept" in got
    assert "Maersk Line" not in got
