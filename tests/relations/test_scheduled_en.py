"""Tests of kg.relations.scheduled_en: the day of a "scheduled for" phrase dates the event before it."""
from __future__ import annotations

from articlefacts import facts


def test_the_scheduled_day_dates_the_coming_event_not_the_meeting():
    got = facts("The meeting on Tuesday approved preparations for the fifth National Congress of the Việt Nam "
                "Women's Union, scheduled for March 18 at the National Convention Centre.", "2025-03-06", "en")
    assert ("fifth National Congress of the Việt Nam Women's Union", "date", "2025-03-18") in got
    assert not any(s == "meeting" and p == "date" and o == "2025-03-18" for s, p, o in got)


def test_a_span_across_months_dates_its_event_by_the_start_only():
    got = facts("The Hà Nội Winter Book Fair 2025 will run from December 28 to January 3 at Thống Nhất Park.",
                "2025-12-20", "en")
    assert ("Hà Nội Winter Book Fair 2025", "date", "2025-12-28") in got
    assert not any(p == "date" and o.endswith("-01-03") for s, p, o in got)
