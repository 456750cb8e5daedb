"""Tests of kg.relations.including: the named members of an attendance count took part (English)."""
from __future__ import annotations

from articlefacts import facts


def test_members_set_off_in_a_crowd_subject_attended_the_conference_after_the_verb():
    got = facts("BẮC NINH — More than 200 delegates, including representatives of Hyosung Heavy Industries, Doosan "
                "Enerbility and Lotte Global Logistics, attended the Bắc Ninh Green Investment Conference 2026 on "
                "Tuesday.", "2026-12-07", "en")
    for firm in ("Hyosung Heavy Industries", "Doosan Enerbility", "Lotte Global Logistics"):
        assert (firm, "participatedIn", "Bắc Ninh Green Investment Conference 2026") in got


def test_members_of_delegations_took_part_in_the_event_told_before():
    got = facts("The Vietnam Coffee Expo 2026 opened in Buôn Ma Thuột on Friday. Delegations from 30 roasters, "
                "including Nestlé and Trung Nguyên Legend, took part.", "2026-12-07", "en")
    assert ("Nestlé", "participatedIn", "Vietnam Coffee Expo 2026") in got
    assert ("Trung Nguyên Legend", "participatedIn", "Vietnam Coffee Expo 2026") in got


def test_a_crowd_with_members_that_did_something_else_took_part_in_nothing():
    got = facts("The Vietnam Coffee Expo 2026 opened in Buôn Ma Thuột on Friday. More than 30 roasters, including "
                "Nestlé and Trung Nguyên Legend, raised their prices this year.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "participatedIn"]
