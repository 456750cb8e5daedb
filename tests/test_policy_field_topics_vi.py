"""kg/data/gazetteer/topics.json: Vietnamese policy fields of justice, land, transport, public finance and labour
(kind 'subject': a Topic only where a policy, event or body holds it)."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def topics(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, published="2027-06-02") if t == "Topic"}


def test_fields_a_plan_is_about():
    got = facts("Ngày 2/6, UBND tỉnh Kon Tum ban hành Kế hoạch số 77/KH-UBND về hòa giải ở cơ sở và "
                "giải quyết tranh chấp lao động.", "2027-06-02")
    assert ("Kế hoạch số 77/KH-UBND", "about", "hòa giải ở cơ sở") in got
    assert ("Kế hoạch số 77/KH-UBND", "about", "tranh chấp lao động") in got


def test_public_finance_fields_of_a_meeting():
    got = facts("Sáng 2/6, Sở Tài chính tỉnh Lào Cai tổ chức Hội nghị về quản lý thuế và chống thất thu thuế.",
                "2027-06-02")
    assert ("Hội nghị về quản lý thuế và chống thất thu thuế", "about", "quản lý thuế") in got \
        or any(p == "about" and o == "quản lý thuế" for _, p, o in got)
    assert any(p == "about" and o == "chống thất thu thuế" for _, p, o in got)


def test_transport_fields_of_a_forum():
    got = facts("Chiều 2/6, Bộ Xây dựng tổ chức Diễn đàn về vận tải đa phương thức và cảng cạn.", "2027-06-02")
    assert any(p == "about" and o == "vận tải đa phương thức" for _, p, o in got)
    assert any(p == "about" and o == "cảng cạn" for _, p, o in got)


def test_a_field_named_in_passing_is_no_topic():
    # kind 'subject': a figure of the state budget is no field the article is about
    assert "ngân sách nhà nước" not in topics("Năm 2026, thu ngân sách nhà nước của tỉnh đạt 9.000 tỷ đồng.")
    assert "giải phóng mặt bằng" not in topics("Dự án chậm tiến độ do vướng giải phóng mặt bằng.")


def test_a_disease_prevented_is_the_disease():
    assert "phòng bệnh" not in topics("Ngày 2/6, Sở Y tế tỉnh Cà Mau tổ chức Hội nghị triển khai tiêm vắc xin "
                                      "phòng bệnh sởi năm 2027.")


def test_justice_and_transport_fields_of_instruments():
    got = facts("Ngày 2/6, Bộ Tư pháp ban hành Kế hoạch số 90/KH-BTP về phát triển hòa giải thương mại và "
                "trọng tài thương mại.", "2027-06-02")
    assert ("Kế hoạch số 90/KH-BTP", "about", "hòa giải thương mại") in got
    assert ("Kế hoạch số 90/KH-BTP", "about", "trọng tài thương mại") in got
    got = facts("Ngày 2/6, Bộ Xây dựng ban hành Chỉ thị số 07/CT-BXD về tăng cường kiểm soát tải trọng xe và "
                "đăng kiểm phương tiện.", "2027-06-02")
    assert ("Chỉ thị số 07/CT-BXD", "about", "kiểm soát tải trọng xe") in got
    assert ("Chỉ thị số 07/CT-BXD", "about", "đăng kiểm") in got


def test_land_prices_and_coffee_replanting():
    got = facts("Ngày 2/6, UBND tỉnh Lâm Đồng ban hành Kế hoạch số 61/KH-UBND về tái canh cà phê và Quyết định số "
                "62/QĐ-UBND quy định về giá đất.", "2027-06-02")
    assert ("Kế hoạch số 61/KH-UBND", "about", "tái canh cà phê") in got
    assert ("Quyết định số 62/QĐ-UBND", "about", "giá đất") in got
