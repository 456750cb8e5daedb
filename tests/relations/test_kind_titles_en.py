"""Tests of kg.relations.kind_titles_en: English titles after a body's kind ("University president X")."""
from __future__ import annotations

from articlefacts import facts


def test_a_kind_before_a_title_is_the_one_body_of_that_kind_named_before():
    got = facts("HÀ NỘI — Samsung Vietnam and the Hanoi University of Science and Technology signed a deal on Thursday. "
                "University president Huỳnh Quyết Thắng said courses would start in the autumn.", "2026-12-05", "en")
    assert ("Huỳnh Quyết Thắng", "position", "president") in got
    assert ("Huỳnh Quyết Thắng", "memberOf", "Hanoi University of Science and Technology") in got


def test_a_club_named_before_its_president():
    got = facts("The Hà Nội Football Club signed a coach on Monday. Club president Đỗ Vinh Quang said the team needed "
                "experience.", "2026-12-05", "en")
    assert ("Đỗ Vinh Quang", "memberOf", "Hà Nội Football Club") in got


def test_no_body_of_the_kind_or_two_of_them_give_no_membership():
    none = facts("The ministry approved the plan. University president Trần Văn An said it was welcome.",
                 "2026-12-05", "en")
    assert not any(s == "Trần Văn An" and p == "memberOf" for s, p, _ in none)
    two = facts("The University of Danang and the Hue University signed a pact. University president Trần Văn An "
                "said it was welcome.", "2026-12-05", "en")
    assert not any(s == "Trần Văn An" and p == "memberOf" for s, p, _ in two)


def test_a_lower_case_kind_after_a_lower_case_word():
    got = facts("HCM CITY — Chợ Rẫy Hospital on Saturday opened a stroke centre. Deputy Minister of Health Trần Văn Thuấn "
                "cut the ribbon together with hospital director Nguyễn Tri Thức.", "2026-12-06", "en")
    assert ("Nguyễn Tri Thức", "memberOf", "Chợ Rẫy Hospital") in got
