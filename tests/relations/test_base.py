"""Tests of kg.relations.base: what joins two fields of one subject (TOPIC_JOIN)."""
from __future__ import annotations

from articlefacts import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def test_a_field_set_for_an_activity_of_another_field_keeps_both():
    got = facts("Bộ Tài chính ban hành Thông tư số 21/2031/TT-BTC hướng dẫn về hóa đơn điện tử đối với hoạt động "
                "thương mại điện tử.", "2031-03-02")
    assert {"hóa đơn điện tử", "thương mại điện tử"} <= _about(got, "Thông tư số 21/2031")


def test_whom_a_field_is_set_for_is_no_field_of_the_subject():
    got = facts("Bộ Tài chính ban hành Thông tư số 22/2031/TT-BTC về chuyển đổi số đối với doanh nghiệp nhỏ và vừa.",
                "2031-03-02")
    assert _about(got, "Thông tư số 22/2031") == {"chuyển đổi số"}
