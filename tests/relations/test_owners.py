"""An instrument written with the body that owns it (kg.relations.owners), on sentences written for these tests."""
from __future__ import annotations

from articlefacts import facts


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


def test_a_replaced_decree_is_neither_dated_nor_signed_here():
    text = ("Chính phủ vừa ban hành Nghị định số 186/2026/NĐ-CP về tài sản công. Nghị định do Phó Thủ tướng Hồ Đức "
            "Phớc ký ngày 25/6/2026, có hiệu lực thi hành từ ngày 15/8/2026 và thay thế Nghị định số 151/2017/NĐ-CP.")
    got = facts(text, "2026-06-27")
    assert ("Hồ Đức Phớc", "signed", "Nghị định số 186/2026/NĐ-CP") in got
    assert ("Nghị định số 186/2026/NĐ-CP", "date", "2026-06-25") in got
    assert not any(o == "Nghị định số 151/2017/NĐ-CP" and p == "signed" for s, p, o in got)
    assert ("Nghị định số 151/2017/NĐ-CP", "date", "2026-06-25") not in got


def test_a_decree_detailing_a_law_does_not_make_the_government_its_issuer():
    got = facts("Chính phủ vừa ban hành Nghị định số 186/2026/NĐ-CP quy định chi tiết một số điều của Luật Quản lý, "
                "sử dụng tài sản công về tài sản công tại đơn vị sự nghiệp công lập.", "2026-06-27")
    assert ("Nghị định số 186/2026/NĐ-CP", "implements", "Luật Quản lý, sử dụng tài sản công") in got
    assert not any(p == "issued" and o.startswith("Luật") for s, p, o in got)


def test_a_body_that_has_sent_a_dispatch_issued_it_that_day():
    got = facts("Ngày 12/8, Bộ Y tế đã có Công văn số 4512/BYT-DP gửi UBND các tỉnh về phòng, chống sốt xuất huyết. "
                "Công văn do Thứ trưởng Bộ Y tế Nguyễn Thị Liên Hương ký.", "2026-08-12")
    assert ("Bộ Y tế", "issued", "Công văn số 4512/BYT-DP") in got
    assert ("Công văn số 4512/BYT-DP", "date", "2026-08-12") in got
    assert ("Nguyễn Thị Liên Hương", "signed", "Công văn số 4512/BYT-DP") in got
