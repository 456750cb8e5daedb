"""Tests of kg.relations.implement_guards:
When a Vietnamese implement verb ("triển khai", "thực hiện", "quán triệt" …) has no implementer before it, although a body or an instrument is named just before."""
from __future__ import annotations

from articlefacts import facts


def test_body_in_an_opening_theo_phrase_is_the_source_not_the_implementer():
    got = facts("Theo Giám đốc Sở Y tế tỉnh Nam Định Trần Thị Mai, thực hiện Chỉ thị số 09/CT-BYT, toàn bộ bệnh viện "
                "của tỉnh đã triển khai bệnh án điện tử.")
    assert ("Sở Y tế tỉnh Nam Định", "implements", "Chỉ thị số 09/CT-BYT") not in got
    got = facts("Theo kế hoạch, Sở Y tế tỉnh Nam Định sẽ thực hiện Chỉ thị số 09/CT-BYT trong năm 2031.")
    assert ("Sở Y tế tỉnh Nam Định", "implements", "Chỉ thị số 09/CT-BYT") in got


def test_body_of_an_opening_theo_phrase_before_a_time_adverbial_implements_nothing():
    got = facts("Theo Cục Quản lý đường bộ thuộc Bộ Xây dựng, sau 3 năm thực hiện Đề án số 09 về an toàn giao thông, "
                "số vụ tai nạn đã giảm 12%.")
    assert not any(p == "implements" and s in ("Bộ Xây dựng", "Cục Quản lý đường bộ") for s, p, _ in got)


def test_a_basis_and_a_policy_carried_out_are_both_objects():
    got = facts("Thứ trưởng Bộ Công an Lê Quốc Hùng yêu cầu các đơn vị xử lý nghiêm theo Bộ luật Hình sự năm 2015 và "
                "thực hiện Chỉ thị số 30/CT-TTg của Thủ tướng Chính phủ.", "2025-12-03")
    assert not any(p == "implements" and s.startswith("Bộ luật") for s, p, _ in got)
    got = facts("The decision was issued in line with the Law on Planning and to implement Resolution 81/2023/QH15 "
                "of the National Assembly.", "2025-12-03", lang="en")
    assert not any(p == "implements" and s.startswith("Law on Planning") for s, p, _ in got)
