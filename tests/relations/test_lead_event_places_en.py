"""Tests of kg.relations.lead_event_places_en: the lead's event is in the place the dateline names."""
from __future__ import annotations

from articlefacts import facts


def _located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-12-06", "en") if p == "locatedIn"}


def test_the_lead_event_with_no_place_of_its_own_is_in_the_dateline_place():
    text = ("Doctors meet on stroke care\n\nCẦN THƠ — More than 400 doctors gathered on Saturday for the Mekong "
            "Stroke Care Conference 2026 to share ways of treating patients faster.")
    assert ("Mekong Stroke Care Conference 2026", "Can Tho") in _located(text)


def test_a_named_venue_alone_keeps_the_event():
    text = ("Doctors meet on stroke care\n\nCẦN THƠ — The Mekong Stroke Care Conference 2026 took place on Saturday "
            "at the Vinpearl Hotel.")
    assert ("Mekong Stroke Care Conference 2026", "Can Tho") not in _located(text)


def test_a_generic_event_gets_no_dateline_place():
    text = "Hospital opens wing\n\nHUẾ — Huế Central Hospital held a ceremony on Monday to open its new cancer wing."
    assert not any(o == "Hue" and "ceremony" in s for s, o in _located(text))


def test_in_the_capital_with_an_opening_verb():
    text = ("Book fair opens\n\nHÀ NỘI — The Hà Nội Autumn Book Fair 2026 opened on Friday at Thống Nhất Park in "
            "the capital, with 150 publishers taking part.")
    assert ("Hà Nội Autumn Book Fair 2026", "Hanoi") in _located(text)


def test_a_city_the_lead_puts_inside_the_dateline_province():
    text = ("Growers meet\n\nĐẮK LẮK — The Central Highlands Pepper Forum 2026 was held on Thursday in Buôn Ma "
            "Thuột, the provincial capital of Đắk Lắk.")
    got = _located(text)
    assert ("Central Highlands Pepper Forum 2026", "Dak Lak") in got


def test_another_city_of_its_own_is_where_the_event_is():
    text = ("Ministers meet\n\nHÀ NỘI — The ASEAN Tourism Forum 2026 opened on Monday in Bangkok with ministers "
            "from ten countries.")
    got = _located(text)
    assert ("ASEAN Tourism Forum 2026", "Hanoi") not in got


def test_no_happening_no_place():
    text = ("Plans for a summit\n\nHÀ NỘI — Officials are preparing the agenda of the Mekong–Lancang Summit 2027, "
            "the foreign ministry said.")
    assert ("Mekong–Lancang Summit 2027", "Hanoi") not in _located(text)
