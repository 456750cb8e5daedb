"""Vietnamese implements: the guards of kg.relations.implement_guards and the constructions of
kg.relations.assigned_tasks, on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def _implements(got, subject_start: str, object_start: str = "") -> bool:
    return any(p == "implements" and s.startswith(subject_start) and o.startswith(object_start) for s, p, o in got)


def test_meeting_named_for_a_plan_is_not_its_implementer():
    got = facts("Sáng 3/4, tại Trung tâm Hội nghị tỉnh, Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình tổ chức Hội nghị "
                "triển khai Đề án bảo tồn và phát huy nghệ thuật hát xẩm trong trường học giai đoạn 2026 - 2030.",
                "2026-04-04")
    assert not _implements(got, "Sở Văn hóa")
    got = facts("Chiều 8/4, Sở Tư pháp tỉnh Ninh Bình tổ chức Hội nghị quán triệt, triển khai Luật Tổ chức chính quyền "
                "địa phương (sửa đổi) và công tác hòa giải ở cơ sở năm 2026.", "2026-04-09")
    assert not _implements(got, "Sở Tư pháp")
    # the same body carrying a law out in a plain clause still implements it
    got = facts("Sở Tư pháp tỉnh Ninh Bình đang triển khai Luật Hòa giải ở cơ sở năm 2013 tại 120 xã.", "2026-04-04")
    assert _implements(got, "Sở Tư pháp tỉnh Ninh Bình", "Luật Hòa giải")


def test_passive_verb_leaves_the_body_before_it_out():
    got = facts("Dự án do Công ty cổ phần Đầu tư Xây dựng Hòa Bình làm chủ đầu tư, được triển khai theo Nghị quyết "
                "số 33/2026/QH15 của Quốc hội về thí điểm nhà ở thương mại.", "2026-05-02")
    assert not _implements(got, "Công ty")


def test_decision_that_approved_a_plan_does_not_carry_out_its_aim():
    got = facts("Kế hoạch phát triển du lịch cộng đồng tỉnh Cao Bằng được UBND tỉnh Cao Bằng phê duyệt tại "
                "Quyết định số 415/QĐ-UBND, nhằm cụ thể hóa Nghị quyết số 82-NQ/CP của Chính phủ.", "2026-05-02")
    assert not _implements(got, "Quyết định số 415")
