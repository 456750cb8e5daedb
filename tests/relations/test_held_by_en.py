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


def test_a_bare_participle_after_the_event_names_its_organiser_past_place_and_day():
    got = facts("At a forum on sustainable tourism held in Hạ Long on Saturday by the Vietnam National Authority of "
                "Tourism, experts asked for fewer boats.", "2026-12-07", lang="en")
    assert ("Vietnam National Authority of Tourism", "organized", "forum on sustainable tourism") in got
    got = facts("The Ministry of Health and UNICEF attended a workshop on vaccine safety held in Huế last week by "
                "the World Health Organization.", "2026-12-07", lang="en")
    assert ("World Health Organization", "organized", "workshop on vaccine safety") in got
    assert ("Ministry of Health", "organized", "workshop on vaccine safety") not in got


def test_a_participle_apart_from_the_event_or_a_finite_verb_before_by_names_no_organiser():
    got = facts("Officials at the conference on flood control said levees held in Huế last year by the army "
                "had failed.", "2026-12-07", lang="en")
    assert not any(p == "organized" and o == "conference on flood control" for s, p, o in got)
    got = facts("The session, held at the National Assembly House in Hà Nội, was chaired by National Assembly "
                "Chairman Trần Thanh Mẫn.", "2026-12-07", lang="en")
    assert not any(p == "organized" and s == "National Assembly" for s, p, o in got)
