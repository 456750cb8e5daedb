"""Tests of kg.relations.attendance.took_part on English presence: "X were also in attendance.", "A cut the ribbon
together with B." name no event, so they took part in the event of the sentences before (cue list ``took_part`` in
kg/data/relations/cues.json)."""
from __future__ import annotations

from articlefacts import facts


def test_bodies_in_attendance_took_part_in_the_forum_told_before():
    got = facts("The Ministry of Finance held the Vietnam Capital Markets Forum 2026 in Hà Nội on Tuesday. "
                "Representatives of HSBC and Standard Chartered were also in attendance.", "2026-12-07", "en")
    assert ("HSBC", "participatedIn", "Vietnam Capital Markets Forum 2026") in got
    assert ("Standard Chartered", "participatedIn", "Vietnam Capital Markets Forum 2026") in got


def test_a_person_in_attendance_took_part_in_the_conference():
    got = facts("The National Conference on Rural Roads took place in Nghệ An on Friday. Deputy Minister of "
                "Construction Lê Anh Tuấn was in attendance.", "2026-12-07", "en")
    assert ("Lê Anh Tuấn", "participatedIn", "National Conference on Rural Roads") in got


def test_the_ribbon_cutters_opened_the_fair_told_before():
    got = facts("The Bình Định Handicraft Fair 2026 opened on Saturday in Quy Nhơn. Phạm Anh Tuấn, Chairman of the "
                "Bình Định People's Committee, cut the ribbon together with Vice Chairman Nguyễn Tự Công Hoàng.",
                "2026-12-07", "en")
    assert ("Phạm Anh Tuấn", "participatedIn", "Bình Định Handicraft Fair 2026") in got
    assert ("Nguyễn Tự Công Hoàng", "participatedIn", "Bình Định Handicraft Fair 2026") in got


def test_attendance_expected_later_is_no_taking_part():
    got = facts("The Ministry of Finance held the Vietnam Capital Markets Forum 2026 in Hà Nội on Tuesday. "
                "Organisers said representatives of HSBC would be in attendance next year.", "2026-12-07", "en")
    assert ("HSBC", "participatedIn", "Vietnam Capital Markets Forum 2026") not in got


def test_a_body_that_sent_experts_to_the_conference_took_part():
    got = facts("The Asia Water Conference 2026 opened in Cần Thơ on Monday. The Mekong River Commission, which is "
                "based in Vientiane, also sent experts to the conference.", "2026-12-07", "en")
    assert ("Mekong River Commission", "participatedIn", "Asia Water Conference 2026") in got
    got = facts("The National Tea Conference 2026 opened in Thái Nguyên on Friday. The Asian Development Bank sent a delegation to the "
                "conference.", "2026-12-07", "en")
    assert ("Asian Development Bank", "participatedIn", "National Tea Conference 2026") in got


def test_a_delegation_sent_to_a_country_is_no_taking_part():
    got = facts("The Asia Water Conference 2026 opened in Cần Thơ on Monday. The Mekong River Commission sent "
                "experts to Laos last year.", "2026-12-07", "en")
    assert ("Mekong River Commission", "participatedIn", "Asia Water Conference 2026") not in got
