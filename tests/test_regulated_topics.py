"""kg.relations.regulated_topics: an instrument that "quy định" / "hướng dẫn" a field is about it."""
from __future__ import annotations

from test_extract import facts


def test_a_resolution_that_sets_out_support_for_a_field_is_about_it():
    got = facts("HĐND tỉnh Quảng Ninh thông qua Nghị quyết số 21/2026/NQ-HĐND quy định chính sách hỗ trợ phát triển "
                "kinh tế tư nhân trên địa bàn tỉnh.", "2026-07-02")
    assert ("Nghị quyết số 21/2026/NQ-HĐND", "about", "kinh tế tư nhân") in got


def test_a_duty_clause_after_quy_dinh_names_no_subject():
    got = facts("HĐND tỉnh Quảng Ninh thông qua Nghị quyết số 21/2026/NQ-HĐND quy định các sở phải báo cáo hằng "
                "quý, trong đó có số liệu về kinh tế tư nhân.", "2026-07-02")
    assert ("Nghị quyết số 21/2026/NQ-HĐND", "about", "kinh tế tư nhân") not in got
