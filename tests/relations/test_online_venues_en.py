"""Tests of kg.relations.online_venues_en: English."""
from __future__ import annotations

from articlefacts import facts


def test_an_online_conference_is_where_it_connects_the_others_from():
    got = facts("Prime Minister Phạm Minh Chính on Monday chaired an online conference on flood recovery, which "
                "connected the Government headquarters in Hà Nội with 20 provinces.", "2025-12-18", lang="en")
    assert any(p == "locatedIn" and o in ("Hà Nội", "Hanoi") for s, p, o in got)
    got = facts("The Ministry of Health held an online conference on dengue on Monday. The network connected 300 "
                "hospitals in Hà Nội with experts in Geneva.", "2025-12-18", lang="en")
    assert not any(p == "locatedIn" and o == "Geneva" for s, p, o in got)
