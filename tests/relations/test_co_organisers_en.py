"""Tests of kg.relations.co_organisers_en: English."""
from __future__ import annotations

from articlefacts import facts


def test_bodies_that_spoke_at_the_conference_took_part():
    got = facts("The Ministry of Construction held a conference on social housing in Hà Nội on Saturday. "
                "Representatives of Vinhomes and the Vietnam Real Estate Association spoke at the conference, asking "
                "for cheaper land.", "2025-12-21", lang="en")
    assert ("Vinhomes", "participatedIn", "conference on social housing") in got
    assert ("Vietnam Real Estate Association", "participatedIn", "conference on social housing") in got


def test_taking_part_in_the_dialogue_were_opens_an_attendance_list():
    got = facts("The Ministry of Health held a dialogue on hospital reform in Paris on Monday. Taking part in the "
                "dialogue were Ambassador Nguyễn Văn Bình and officials of the Pasteur Institute.", "2025-12-23",
                lang="en")
    assert any(s.startswith("Nguyễn Văn Bình") and p == "participatedIn" for s, p, o in got)
    assert any(s == "Pasteur Institute" and p == "participatedIn" for s, p, o in got)


def test_partners_an_event_was_held_in_cooperation_with_organised_it():
    got = facts("The Ministry of Health on Friday held a workshop on dengue in Hà Nội in collaboration with the World "
                "Health Organization and the Pasteur Institute.", "2025-12-21", lang="en")
    assert ("World Health Organization", "organized", "workshop on dengue") in got
    assert ("Pasteur Institute", "organized", "workshop on dengue") in got
    got = facts("The Ministry of Health on Friday signed a deal with Pfizer in cooperation with the World Bank.",
                "2025-12-21", lang="en")
    assert not any(p == "organized" for s, p, o in got)


def test_partners_of_an_event_organised_by_a_body_after_it():
    got = facts("The Da Nang International Fireworks Festival 2026, organised by the Da Nang People's Committee in "
                "cooperation with Sun Group, opened on Saturday.", "2026-06-01", lang="en")
    assert ("Sun Group", "organized", "Da Nang International Fireworks Festival 2026") in got
    assert ("Da Nang People's Committee", "organized", "Da Nang International Fireworks Festival 2026") in got


def test_the_body_an_event_is_held_under_the_auspices_of_organised_it():
    got = facts("The 11th Đà Lạt Flower Festival opened on Tuesday. The festival, organised by the Lâm Đồng Provincial "
                "People's Committee under the auspices of the Ministry of Culture, Sports and Tourism, runs until "
                "December 6.", "2026-12-02", lang="en")
    assert any(p == "organized" and s.startswith("Ministry of Culture") for s, p, o in got)
    assert any(p == "organized" and s.startswith("Lâm Đồng") for s, p, o in got)

