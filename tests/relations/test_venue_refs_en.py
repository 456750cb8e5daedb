"""Tests of kg.relations.venue_refs_en: an event held "at the KIND" is at the venue of that kind named before."""
from __future__ import annotations

from articlefacts import graph_triples


def _triples(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2026-12-06")


def test_ceremony_held_at_the_pagoda_is_at_the_named_pagoda_and_the_ward_after_it():
    got = _triples("Work began on Wednesday to restore the Phổ Minh Pagoda, a special national relic.\n\n"
                   "The groundbreaking ceremony was held at the pagoda in Nam Định ward and attended by "
                   "Deputy Minister Hoàng Đạo Cương.")
    assert ("groundbreaking ceremony", "locatedIn", "Phổ Minh Pagoda") in got
    assert ("groundbreaking ceremony", "locatedIn", "Nam Định ward") in got


def test_ceremony_at_the_port_right_after_its_name():
    got = _triples("Two new berths at the Lạch Huyện International Gateway Port opened on Friday.\n\n"
                   "The inauguration ceremony at the port was attended by Minister of Construction Trần Hồng Minh.")
    assert ("inauguration ceremony", "locatedIn", "Lạch Huyện International Gateway Port") in got


def test_two_named_venues_of_the_kind_leave_the_reference_open():
    got = _triples("Visitors can see the Bái Đính Pagoda and the Tam Chúc Pagoda.\n\n"
                   "The groundbreaking ceremony was held at the pagoda on Wednesday.")
    assert not any(s == "groundbreaking ceremony" and p == "locatedIn" and "Pagoda" in o for s, p, o in got)


def test_a_kind_followed_by_a_name_is_no_reference():
    got = _triples("Workers finished the Cái Cui Port last year.\n\n"
                   "The opening ceremony was held at the port of Cái Mép on Saturday.")
    assert ("opening ceremony", "locatedIn", "Cái Cui Port") not in got


def test_body_which_is_located_in_the_park_named_before():
    got = _triples("Cúc Phương National Park on Saturday released 30 rescued animals.\n\n"
                   "The animals had been treated at the Endangered Primate Rescue Center, which is located in the park.")
    assert ("Endangered Primate Rescue Center", "locatedIn", "Cúc Phương National Park") in got


def test_an_event_in_a_part_of_the_named_venue_is_at_it():
    got = _triples("Delegates arrived on Friday at the Melia Vinpearl Hotel for the regional forum.\n\n"
                   "The Mekong Art Exhibition 2026 also opened in the hotel's lobby.")
    assert any(p == "locatedIn" and "Mekong Art Exhibition" in s and "Melia Vinpearl Hotel" in o for s, p, o in got)
    got = _triples("Families walked around Thống Nhất Park on Monday.\n\n"
                   "The Bronze Drum Workshop 2026 was held at the park's main gate.")
    assert any(p == "locatedIn" and "Bronze Drum Workshop" in s and "Thống Nhất Park" in o for s, p, o in got)


def test_a_part_of_an_unnamed_venue_places_nothing():
    got = _triples("The Mekong Art Exhibition 2026 also opened in the hotel's lobby.")
    assert not any(p == "locatedIn" for s, p, o in got)


def test_an_adverb_ends_the_event_name():
    got = _triples("A photo exhibition on coral reefs also opened on Friday at the Hội An Museum.")
    assert not any("also" in s for s, p, o in got)
