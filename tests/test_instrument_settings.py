"""Tests of kg.instrument_settings: places named at the end of an English instrument's name stay entities."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_both_places_of_a_memorandums_work_stay_entities():
    text = ("Sun Group and the Quảng Ninh Department of Tourism signed an agreement on promoting the province in "
            "South Korea and India.")
    got = resolved_entities(text, "en", "2026-12-06")
    assert ("South Korea", "Place") in got and ("India", "Place") in got
    assert ("agreement on promoting the province in South Korea and India", "Policy") in got


def test_a_setting_with_the_and_a_period_stays():
    text = "The ministry is drafting a programme on climate-resilient transport in the Mekong Delta for 2026-2030."
    assert ("Mekong Delta", "Place") in resolved_entities(text, "en", "2026-12-06")


def test_the_built_thing_a_ceremony_is_named_for_stays_a_place():
    got = resolved_entities("The inauguration of the Mỹ Thuận 2 Bridge took place on May 2.", "en", "2026-06-10")
    assert ("Mỹ Thuận 2 Bridge", "Place") in got
    assert ("inauguration of the Mỹ Thuận 2 Bridge", "Event") in got
    got = resolved_entities("A groundbreaking ceremony for the Tân Phước Industrial Park was held on Friday.", "en",
                            "2026-06-10")
    assert ("Tân Phước Industrial Park", "Place") in got
    # a place inside another kind of event's name, used by no fact, is no entity of the article
    got = resolved_entities("The Hà Nội Tourism Gift Festival closed on Sunday.", "en", "2026-06-10")
    assert not any(t == "Place" for _, t in got)
