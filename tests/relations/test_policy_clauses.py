"""Tests of kg.relations.policy_clauses:
Clauses around an instrument's name that decide whom a relation belongs to (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts


def test_reported_purpose_clause_without_de():
    got = facts("Phát biểu tại hội nghị, ông Trần Văn Bình cho biết, thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành "
                "Trung ương, Tỉnh ủy Ninh Bình đã ban hành Chương trình hành động số 40-CTr/TU với 6 nhóm giải pháp.")
    assert ("Chương trình hành động số 40-CTr/TU", "implements", "Nghị quyết số 29-NQ/TW") in got


def test_accordingly_keeps_a_broad_field_named_in_passing_out():
    # "Theo đó, …" reports the circular's rules: a broad policy field they mention is not its subject,
    # while a technology the content is about still is
    text = ("Bộ Giáo dục và Đào tạo ban hành Thông tư 30/2031/TT-BGDĐT. "
            "Theo đó, trung tâm ngoại ngữ phải công khai học phí và ứng dụng trí tuệ nhân tạo trong giảng dạy.")
    got = facts(text, "2031-03-01")
    assert ("Thông tư 30/2031/TT-BGDĐT", "about", "trí tuệ nhân tạo") in got
    assert ("Thông tư 30/2031/TT-BGDĐT", "about", "học phí") not in got
