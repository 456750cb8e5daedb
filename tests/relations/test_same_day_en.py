"""Tests of kg.relations.same_day_en: an inner same-day phrase dates the event right before it."""
from __future__ import annotations

from articlefacts import facts


def test_the_event_of_the_relative_clause_takes_the_same_day():
    text = ("The Việt Nam Heritage Awards 2026 were presented on Saturday in Huế. The ceremony followed the Huế Heritage "
            "Forum 2026, which was held earlier that day at the same venue.")
    got = facts(text, "2026-12-07", "en")
    assert ("Huế Heritage Forum 2026", "date", "2026-12-05") in got


def test_on_the_same_day_inside_the_sentence_dates_its_event():
    text = ("The Hải Phòng Investment Forum 2026 opened on Thursday. The Hải Phòng Logistics Workshop 2026 took place "
            "at the Hải Phòng Convention Centre on the same day.")
    got = facts(text, "2026-12-06", "en")
    assert ("Hải Phòng Logistics Workshop 2026", "date", "2026-12-03") in got
    assert not any(p == "date" and o != "2026-12-03" for s, p, o in got)
