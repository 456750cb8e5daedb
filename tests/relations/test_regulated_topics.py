"""kg.relations.regulated_topics: an instrument that "quy định" / "hướng dẫn" a field is about it."""
from __future__ import annotations

from articlefacts import facts


def test_a_resolution_that_sets_out_support_for_a_field_is_about_it():
    got = facts("HĐND tỉnh Quảng Ninh thông qua Nghị quyết số 21/2026/NQ-HĐND quy định chính sách hỗ trợ phát triển "
                "kinh tế tư nhân trên địa bàn tỉnh.", "2026-07-02")
    assert ("Nghị quyết số 21/2026/NQ-HĐND", "about", "kinh tế tư nhân") in got


def test_a_duty_clause_after_quy_dinh_names_no_subject():
    got = facts("HĐND tỉnh Quảng Ninh thông qua Nghị quyết số 21/2026/NQ-HĐND quy định các sở phải báo cáo hằng "
                "quý, trong đó có số liệu về kinh tế tư nhân.", "2026-07-02")
    assert ("Nghị quyết số 21/2026/NQ-HĐND", "about", "kinh tế tư nhân") not in got


def test_a_decision_founding_a_body_is_not_about_the_bodys_field():
    got = facts("Chủ tịch UBND tỉnh Long An ký Quyết định số 15/QĐ-UBND về việc thành lập tổ công tác về chuyển đổi "
                "số của tỉnh.", "2026-07-02")
    assert ("Quyết định số 15/QĐ-UBND", "about", "chuyển đổi số") not in got


def test_a_decision_on_the_field_itself_is_about_it():
    got = facts("Chủ tịch UBND tỉnh Long An ký Quyết định số 15/QĐ-UBND về chuyển đổi số của tỉnh.", "2026-07-02")
    assert ("Quyết định số 15/QĐ-UBND", "about", "chuyển đổi số") in got


def test_an_instrument_that_extends_or_requires_something_of_a_field_is_about_it():
    got = facts("The amended Law on Employment will extend unemployment insurance to workers on short contracts.",
                "2025-11-14", lang="en")
    assert ("Law on Employment", "about", "unemployment insurance") in got
    got = facts("The ministry issued Circular 40/2025/TT-BTC requiring all shops to issue an electronic invoice for "
                "each sale.", "2025-11-14", lang="en")
    assert any(s.startswith("Circular 40") and p == "about" for s, p, o in got)
    got = facts("Decree 12/2025/NĐ-CP requires Hà Nội firms to report the use of artificial intelligence.",
                "2025-11-14", lang="en")
    assert not any(p == "about" for s, p, o in got)  # a name between the verb and the field ends the clause
