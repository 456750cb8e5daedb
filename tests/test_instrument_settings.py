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
