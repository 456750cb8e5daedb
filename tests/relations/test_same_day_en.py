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


def _dated(text: str, published: str = "2026-12-07") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, published, "en") if p == "date"}


def test_the_same_day_without_on_dates_the_side_event():
    text = ("Rice forum\n\nHÀ NỘI — The Việt Nam Rice Forum 2026 opened on Thursday at the Melia Hotel. "
            "The Mekong Seed Fair 2026 took place the same day at the same hotel.")
    assert ("Mekong Seed Fair 2026", "2026-12-03") in _dated(text)


def test_that_same_day_opening_a_sentence():
    text = ("Rice forum\n\nCẦN THƠ — Farmers met at the Mekong Rice Festival 2026 on Saturday. That same day, the "
            "province staged the Cần Thơ Seed Exhibition 2026 at Ninh Kiều Wharf.")
    got = _dated(text)
    assert ("Cần Thơ Seed Exhibition 2026", "2026-12-05") in got


def test_a_day_the_sentence_gives_wins_over_the_same_day():
    text = ("Rice forum\n\nHÀ NỘI — The Việt Nam Rice Forum 2026 opened on Thursday. The same day a year ago the "
            "ministry had held talks; the Rice Export Workshop 2026 will open on December 10.")
    got = _dated(text)
    assert ("Rice Export Workshop 2026", "2026-12-03") not in got
