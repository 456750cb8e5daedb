"""Tests of kg.relations.kind_subjects:
implements of an instrument that a sentence names again by its kind alone (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts


def test_passive_link_before_the_implementing_verb():
    got = facts("Dự thảo Luật Dân số được xây dựng nhằm thể chế hóa Nghị quyết 21-NQ/TW của Ban Chấp hành Trung ương.")
    assert ("Luật Dân số", "implements", "Nghị quyết 21-NQ/TW") in got
    got = facts("Bộ Y tế cho biết dự thảo Luật Phòng bệnh được soạn thảo để cụ thể hóa Nghị quyết 20-NQ/TW.")
    assert ("Luật Phòng bệnh", "implements", "Nghị quyết 20-NQ/TW") in got


def test_reported_draft_named_by_its_kind_implements():
    text = ("Bộ Y tế lấy ý kiến về dự thảo Luật Dân số\n\nSáng 3/6, Bộ Y tế tổ chức hội thảo tại Hà Nội. "
            "Tham dự có đại diện Ủy ban Xã hội của Quốc hội. Nhiều chuyên gia đã góp ý. "
            "Phát biểu tại hội thảo, Thứ trưởng Bộ Y tế Trần Văn Nam cho biết dự thảo Luật được xây dựng nhằm "
            "thể chế hóa Nghị quyết 21-NQ/TW của Ban Chấp hành Trung ương.")
    got = facts(text, "2030-06-04")
    assert ("Luật Dân số", "implements", "Nghị quyết 21-NQ/TW") in got


def test_draft_of_an_unknown_kind_implements_nothing():
    text = ("Bộ Y tế ban hành Luật Dân số và Luật Phòng bệnh năm 2029. Nhiều chuyên gia đã góp ý. Hội thảo kéo dài. "
            "Hội thảo kết thúc. Ông Trần Văn Nam cho biết dự thảo Luật được xây dựng nhằm thể chế hóa Nghị quyết 21-NQ/TW.")
    got = facts(text, "2030-06-04")
    assert not any(p == "implements" and o == "Nghị quyết 21-NQ/TW" for _, p, o in got)


def test_an_instrument_made_on_the_basis_of_another_implements_it():
    text = ("UBND tỉnh Điện Biên ban hành Kế hoạch số 88/KH-UBND về phát triển du lịch cộng đồng. "
            "Kế hoạch được xây dựng căn cứ Nghị quyết số 82/NQ-CP của Chính phủ.")
    assert ("Kế hoạch số 88/KH-UBND", "implements", "Nghị quyết số 82/NQ-CP") in facts(text, "2027-05-13")


def test_a_plan_drawn_up_on_the_basis_of_a_law_implements_it():
    text = ("Thủ tướng Chính phủ phê duyệt Quy hoạch mạng lưới trạm quan trắc môi trường quốc gia. "
            "Quy hoạch được lập căn cứ Luật Bảo vệ môi trường năm 2020.")
    got = facts(text, "2027-05-13")
    assert any(s.startswith("Quy hoạch mạng lưới") and p == "implements" and o.startswith("Luật Bảo vệ môi trường")
               for s, p, o in got)
