"""Tests of kg.relations.event_weekdays_en: "EVENT on Monday" dates the event even when the sentence writes
another date of its own."""
from __future__ import annotations

from articlefacts import facts


def test_a_press_conference_on_a_weekday_is_dated_beside_the_announced_event():
    got = facts("The Asia Rail Forum 2026 will be held from December 8 to 10 at the Ba Đình Conference Hall in Hà "
                "Nội, the ministry said at a press conference on Monday.", "2026-11-30", "en")
    assert ("press conference", "date", "2026-11-30") in got
    assert ("Asia Rail Forum 2026", "date", "2026-12-08") in got
    assert ("Asia Rail Forum 2026", "date", "2026-11-30") not in got


def test_a_weekday_to_come_dates_nothing():
    got = facts("The Asia Rail Forum 2026 will be held on December 8, the ministry said at a press conference "
                "next Monday.", "2026-11-30", "en")
    assert ("press conference", "date", "2026-11-30") not in got
