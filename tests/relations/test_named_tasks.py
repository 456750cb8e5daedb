"""Tests of kg.relations.named_tasks: Bodies named by the instrument they implement."""
from __future__ import annotations

from articlefacts import facts


def test_a_plan_named_for_a_bare_kind_implements_the_one_named_before():
    got = facts("Chính phủ đã phê duyệt Chiến lược quốc gia về phòng, chống thiên tai đến năm 2030. Bộ Nông "
                "nghiệp và Môi trường đang xây dựng Kế hoạch hành động thực hiện Chiến lược.", "2027-03-10")
    assert any(s.startswith("Kế hoạch hành động") and p == "implements" and o.startswith("Chiến lược quốc gia")
               for s, p, o in got)


def test_partners_implement_past_the_second_ones_short_form():
    got = facts("Sở Công Thương tỉnh Sơn La phối hợp với Tổng công ty Lương thực miền Bắc (Vinafood 1) triển khai Đề án "
                "phát triển vùng nguyên liệu lúa gạo giai đoạn 2026 - 2030.", "2026-03-01")
    plan = "Đề án phát triển vùng nguyên liệu lúa gạo giai đoạn 2026 - 2030"
    assert ("Sở Công Thương tỉnh Sơn La", "implements", plan) in got
    assert ("Tổng công ty Lương thực miền Bắc", "implements", plan) in got
