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


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def test_an_instrument_that_sets_rules_for_fields():
    got = rel("Decree 30/2026/NĐ-CP sets rules for cybersecurity and green finance.", "about")
    assert ("Decree 30/2026/NĐ-CP", "cybersecurity") in got and ("Decree 30/2026/NĐ-CP", "green finance") in got


def test_the_fields_a_law_has_provisions_on():
    got = facts("Luật An ninh mạng năm 2025 đã có các quy định riêng liên quan đến bảo vệ dữ liệu cá nhân và "
                "trí tuệ nhân tạo.", "2031-03-02")
    assert {"bảo vệ dữ liệu cá nhân", "trí tuệ nhân tạo"} <= _about(got, "Luật An ninh mạng")


def test_the_fields_a_law_has_content_on_after_trong_do():
    got = facts("Lớp tập huấn giới thiệu các quy định mới của Luật Dữ liệu năm 2024, trong đó có các nội dung "
                "liên quan đến cơ sở dữ liệu quốc gia và định danh điện tử.", "2031-03-02")
    assert {"cơ sở dữ liệu quốc gia", "định danh điện tử"} <= _about(got, "Luật Dữ liệu")


def test_a_plan_whose_sentence_merely_mentions_a_field_is_not_about_it():
    got = facts("UBND tỉnh Lào Cai ban hành Kế hoạch số 7/KH-UBND, giao Sở Tài chính rà soát kinh phí cho "
                "chuyển đổi số.", "2031-03-02")
    assert not _about(got, "Kế hoạch số 7")


def test_the_fields_a_law_brings_new_points_on():
    got = facts("Theo đại diện Sở Tư pháp, Luật Nhà ở năm 2023 có nhiều điểm mới về nhà ở xã hội và "
                "thị trường bất động sản.", "2031-03-02")
    assert {"nhà ở xã hội", "thị trường bất động sản"} <= _about(got, "Luật Nhà ở")


def test_provisions_an_instrument_adds_or_changes_are_its_fields():
    # vi55: ", trong đó bổ sung / sửa đổi các quy định …", and a "(sửa đổi)" the name is read without
    got = facts("Bộ Y tế đang hoàn thiện hồ sơ Luật An toàn thực phẩm (sửa đổi), trong đó bổ sung các quy định liên "
                "quan đến truy xuất nguồn gốc.", "2030-05-03")
    assert any(s.startswith("Luật An toàn thực phẩm") and p == "about" and o == "truy xuất nguồn gốc" for s, p, o in got)
    got = facts("Ngày 3/5, Chính phủ ban hành Nghị định số 12/2030/NĐ-CP, trong đó sửa đổi nhiều quy định về đăng kiểm "
                "phương tiện.", "2030-05-03")
    assert ("Nghị định số 12/2030/NĐ-CP", "about", "đăng kiểm") in got
    got = facts("Quốc hội thông qua Luật Đường bộ, trong đó bổ sung các quy định liên quan đến kiểm soát tải trọng xe.",
                "2030-05-03")
    assert ("Luật Đường bộ", "about", "kiểm soát tải trọng xe") in got


def test_a_figure_after_trong_do_is_no_provision():
    got = facts("Ngày 3/5, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND, trong đó bổ sung 20 tỷ đồng cho các xã bị hạn "
                "hán.", "2030-05-03")
    assert ("Kế hoạch số 45/KH-UBND", "about", "hạn hán") not in got
