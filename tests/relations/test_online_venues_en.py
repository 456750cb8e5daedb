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


def test_an_online_meeting_chaired_from_a_place_is_held_there():
    got = facts("Deputy Minister of Health Đỗ Xuân Tuyên chaired an online meeting on dengue control with 20 provinces "
                "from Hà Nội on Monday morning.", "2026-12-07", "en")
    assert any(p == "locatedIn" and o in ("Hanoi", "Hà Nội") and "online meeting" in s for s, p, o in got)
    got = facts("Chairing an online meeting with the drought-hit provinces from the Government headquarters, Deputy "
                "Prime Minister Trần Hồng Hà asked for more pumps.", "2026-12-07", "en")
    assert any(p == "locatedIn" and "Government" in o and "meeting" in s for s, p, o in got)


def test_officials_from_a_place_at_an_online_meeting_do_not_place_it():
    got = facts("Minister Đào Ngọc Dung held a virtual conference on job placement with labour officials from Cần Thơ "
                "and An Giang on Tuesday.", "2026-12-07", "en")
    assert not any(p == "locatedIn" and "conference" in s for s, p, o in got)
