"""Tests of kg.relations.bare_parents: a unit's parent written by its kind word alone, or after a counted apposition."""
from __future__ import annotations

from articlefacts import facts


def test_bare_ministry_is_the_one_named_before():
    got = facts("Bộ Giáo dục và Đào tạo vừa công bố kế hoạch tuyển sinh năm 2031. Trung tâm Khảo thí quốc gia "
                "trực thuộc Bộ sẽ tổ chức kỳ thi đánh giá năng lực.", "2031-03-02")
    assert ("Trung tâm Khảo thí quốc gia", "subOrganizationOf", "Bộ Giáo dục và Đào tạo") in got


def test_bare_kind_with_two_bodies_of_that_kind_gives_none():
    got = facts("Bộ Tài chính và Bộ Công Thương họp bàn về giá xăng dầu. Trung tâm Dữ liệu giá trực thuộc Bộ "
                "sẽ công bố số liệu hằng tuần.", "2031-03-02")
    assert not any(p == "subOrganizationOf" and s.startswith("Trung tâm Dữ liệu") for s, p, o in got)


def test_politburo_is_no_ministry():
    got = facts("Nghị quyết 57 của Bộ Chính trị được triển khai rộng rãi. Viện Chiến lược số trực thuộc Bộ "
                "sẽ xây dựng bộ chỉ số.", "2031-03-02")
    assert not any(p == "subOrganizationOf" and o == "Bộ Chính trị" for s, p, o in got)


def test_counted_apposition_makes_each_listed_body_a_unit():
    got = facts("Bộ Y tế giao nhiệm vụ mới cho các đơn vị. Viện Dinh dưỡng và Bệnh viện Bạch Mai, hai đơn vị "
                "trực thuộc Bộ, sẽ phối hợp triển khai.", "2031-03-02")
    assert ("Viện Dinh dưỡng", "subOrganizationOf", "Bộ Y tế") in got
    assert ("Bệnh viện Bạch Mai", "subOrganizationOf", "Bộ Y tế") in got
