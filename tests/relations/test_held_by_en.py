"""Tests of kg.relations.held_by_en: English organisers named by a passive after the event's day and venue."""
from __future__ import annotations

from articlefacts import facts


def test_the_agent_after_a_day_and_a_venue_organised_the_event():
    got = facts("The Mekong Rice Harvest Festival 2025 was held on Sunday morning in Sa Đéc, Đồng Tháp Province, "
                "by Thanh Binh Agriculture Corporation.", "2025-03-10", "en")
    assert ("Thanh Binh Agriculture Corporation", "organized", "Mekong Rice Harvest Festival 2025") in got


def test_every_body_of_the_agent_list_organised_it():
    got = facts("The Central Highlands Wildfire Exercise 2025 was held last Friday near Buôn Ma Thuột by the "
                "Ministry of National Defence and the Đắk Lắk People's Committee.", "2025-03-10", "en")
    assert ("Ministry of National Defence", "organized", "Central Highlands Wildfire Exercise 2025") in got
    assert ("Đắk Lắk People's Committee", "organized", "Central Highlands Wildfire Exercise 2025") in got


def test_a_body_named_in_the_gap_makes_the_by_phrase_no_organiser():
    got = facts("The Mekong Rice Harvest Festival 2025 was held on Sunday in Sa Đéc with the Ministry of Finance, "
                "attended by the World Bank.", "2025-03-10", "en")
    assert ("World Bank", "organized", "Mekong Rice Harvest Festival 2025") not in got


def test_a_body_added_by_as_well_as_organised_it_too():
    got = facts("The Mekong Delta Rice Festival 2027 was held on Sunday in Cần Thơ by the Cần Thơ People's Committee "
                "as well as the Vietnam Food Association.", "2027-03-01", "en")
    assert ("Vietnam Food Association", "organized", "Mekong Delta Rice Festival 2027") in got
