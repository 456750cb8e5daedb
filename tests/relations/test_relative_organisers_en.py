"""Tests of kg.relations.relative_organisers_en: English."""
from __future__ import annotations

from articlefacts import facts


def test_the_body_of_a_which_clause_on_an_event_organised_it():
    got = facts("HÀ NỘI — Three scientists were honoured at the National Innovation Forum 2026, which the Ministry of "
                "Science and Technology organised in Hà Nội on Thursday.", "2026-12-04", "en")
    assert ("Ministry of Science and Technology", "organized", "National Innovation Forum 2026") in got
    got = facts("HÀ NỘI — Three scientists spoke at the National Innovation Forum 2026, which the Ministry of Science "
                "and Technology praised on Thursday.", "2026-12-04", "en")
    assert not any(p == "organized" for _, p, _ in got)
