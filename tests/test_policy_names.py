"""Tests of kg.policy_names: Policy names."""
from __future__ import annotations

from articlefacts import facts


def test_two_laws_of_the_same_year_stay_two():
    from kg.policy_names import policy_key

    assert policy_key("Law on Pharmacy 2024") != policy_key("Law on Cultural Heritage 2024")
    assert policy_key("Resolution 57") == policy_key("Nghị quyết 57-NQ/TW")


def test_quantity_in_a_plans_name_is_not_its_number():
    got = facts("Bộ Nông nghiệp và Môi trường triển khai Đề án trồng 1 tỷ cây xanh giai đoạn 2021 - 2025. "
                "Bộ Tài chính triển khai Đề án 01 của Chính phủ.")
    assert ("Bộ Tài chính", "implements", "Đề án 01") in got
    assert ("Bộ Tài chính", "implements", "Đề án trồng 1 tỷ cây xanh giai đoạn 2021 - 2025") not in got
