"""Tests of kg.relations.scheduled_en: the day of a "scheduled for" phrase dates the event before it."""
from __future__ import annotations

from articlefacts import facts


def test_the_scheduled_day_dates_the_coming_event_not_the_meeting():
    got = facts("The meeting on Tuesday approved preparations for the fifth National Congress of the Việt Nam "
                "Women's Union, scheduled for March 18 at the National Convention Centre.", "2025-03-06", "en")
    assert ("fifth National Congress of the Việt Nam Women's Union", "date", "2025-03-18") in got
    assert not any(s == "meeting" and p == "date" and o == "2025-03-18" for s, p, o in got)
