"""Tests of kg.relations.named_years: a day written without a year takes the year the event's name writes."""
from __future__ import annotations

from articlefacts import facts


def test_a_coming_edition_named_by_its_year():
    got = facts("The Vietnam Coffee Festival 2027 will take place in Buon Ma Thuot from March 10 to 14.", "2026-11-02", "en")
    assert ("Vietnam Coffee Festival 2027", "date", "2027-03-10") in got
    got = facts("Organisers said the 2027 Asian Film Week, which opens on January 9, would screen 40 films.",
                "2026-12-15", "en")
    assert ("2027 Asian Film Week", "date", "2027-01-09") in got


def test_a_past_edition_and_a_day_with_its_own_year():
    got = facts("The Hanoi Marathon 2025 was held on March 3 with 12,000 runners.", "2026-01-10", "en")
    assert ("Hanoi Marathon 2025", "date", "2025-03-03") in got
    got = facts("The Hanoi Marathon 2025 was held on March 3, 2026 after a delay.", "2026-04-10", "en")
    assert ("Hanoi Marathon 2025", "date", "2026-03-03") in got


def test_a_weekday_keeps_the_publication_year():
    got = facts("The Hanoi Marathon 2025 took place on Sunday with 12,000 runners.", "2026-01-06", "en")
    assert ("Hanoi Marathon 2025", "date", "2026-01-04") in got


def test_a_year_the_event_reviews_is_no_edition_year():
    got = facts("The review conference for 2026 was held on January 15 in Hanoi.", "2027-01-20", "en")
    assert not any(p == "date" and o.startswith("2026") for s, p, o in got)
