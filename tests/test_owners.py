"""An instrument written with the body that owns it (kg.relations.owners), on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def test_plan_of_a_body_implements_not_the_body():
    text = ("UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 12/KH-UBND. Theo Kế hoạch số 40/KH-UBND ngày 2/6/2026 của "
            "UBND tỉnh thực hiện Nghị quyết số 57-NQ/TW, các sở phải báo cáo trước tháng 9.")
    got = facts(text, "2026-06-03")
    assert ("Kế hoạch số 40/KH-UBND", "implements", "Nghị quyết số 57-NQ/TW") in got
    assert not any(p == "implements" and s.startswith("UBND") for s, p, o in got)


def test_approval_in_a_decision_issues_the_decision_only():
    text = ("Đề án phát triển du lịch cộng đồng tỉnh Lào Cai giai đoạn 2026 - 2030 đã được UBND tỉnh Lào Cai "
            "phê duyệt tại Quyết định số 210/QĐ-UBND ngày 4/2/2026.")
    got = facts(text, "2026-02-05")
    assert ("UBND tỉnh Lào Cai", "issued", "Quyết định số 210/QĐ-UBND") in got
    assert not any(p == "issued" and o.startswith("Đề án") for s, p, o in got)


def test_approval_without_a_decision_still_issues():
    got = facts("Đề án phát triển du lịch cộng đồng tỉnh Lào Cai giai đoạn 2026 - 2030 đã được UBND tỉnh Lào Cai "
                "phê duyệt.", "2026-02-05")
    assert ("UBND tỉnh Lào Cai", "issued", "Đề án phát triển du lịch cộng đồng tỉnh Lào Cai giai đoạn 2026 - 2030") in got
