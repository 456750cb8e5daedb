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


# general policy fields beyond technology (topic_fields_vi.json: transport, education, tax, housing)

def test_a_plan_on_traffic_accidents_and_congestion():
    got = facts("Ngày 4/3, UBND tỉnh Bắc Ninh ban hành Kế hoạch số 31/KH-UBND về tăng cường phòng, chống tai nạn "
                "giao thông và ùn tắc giao thông trên các tuyến quốc lộ.", "2030-12-10")
    assert ("Kế hoạch số 31/KH-UBND", "about", "tai nạn giao thông") in got
    assert ("Kế hoạch số 31/KH-UBND", "about", "ùn tắc giao thông") in got


def test_school_fees_boarding_schools_and_tax_refunds_as_subjects():
    got = facts("HĐND tỉnh Phú Thọ thông qua Nghị quyết số 12/2030/NQ-HĐND về mức thu học phí đối với cơ sở "
                "giáo dục công lập.", "2030-12-10")
    assert ("Nghị quyết số 12/2030/NQ-HĐND", "about", "học phí") in got
    got = facts("Ngày 12/5, UBND tỉnh Lai Châu ban hành Kế hoạch số 88/KH-UBND về đầu tư xây dựng trường phổ "
                "thông nội trú liên cấp ở các xã biên giới.", "2030-12-10")
    assert ("Kế hoạch số 88/KH-UBND", "about", "trường phổ thông nội trú") in got
    got = facts("Ngày 8/9, Bộ Tài chính ban hành Thông tư số 40/2030/TT-BTC hướng dẫn về hoàn thuế giá trị gia "
                "tăng đối với hàng xuất khẩu.", "2030-12-10")
    assert ("Thông tư số 40/2030/TT-BTC", "about", "hoàn thuế") in got


def test_housing_fields_of_meetings():
    got = facts("Sáng 20/10, Ngân hàng Nhà nước tổ chức hội thảo về tín dụng cho nhà ở thương mại và thị trường "
                "bất động sản.", "2030-12-10")
    assert any(p == "about" and o == "nhà ở thương mại" for _, p, o in got)
    # (capitalised, the name was cut at "nhà | ở" while the joiner wrote "cho_nhà"; vi55 reads the compound)
    got = facts("Sáng 20/10, Ngân hàng Nhà nước tổ chức Hội thảo về tín dụng cho nhà ở thương mại và thị trường "
                "bất động sản.", "2030-12-10")
    assert ("Hội thảo về tín dụng cho nhà ở thương mại và thị trường bất động sản", "about", "nhà ở thương mại") in got
    got = facts("Sáng 5/7, Sở Xây dựng Hà Nội tổ chức Hội nghị về cải tạo chung cư cũ và cấp phép xây dựng.",
                "2030-12-10")
    assert any(p == "about" and o == "cải tạo chung cư cũ" for _, p, o in got)


def test_taxes_and_accidents_named_in_passing_are_no_topics():
    assert "thuế thu nhập cá nhân" not in topics(
        "Hộ có doanh thu dưới 500 triệu đồng mỗi năm không phải nộp thuế giá trị gia tăng và thuế thu nhập cá nhân.")
    assert "tai nạn giao thông" not in topics("Cầu Thăng Long ùn tắc kéo dài sau một vụ tai nạn giao thông sáng nay.")


def test_health_justice_and_administration_fields_as_subjects():
    got = facts("Ngày 9/4, Bộ Y tế ban hành Thông tư số 22/2030/TT-BYT về kiểm soát nhiễm khuẩn và an toàn người bệnh "
                "trong cơ sở khám bệnh.", "2030-12-10")
    assert ("Thông tư số 22/2030/TT-BYT", "about", "kiểm soát nhiễm khuẩn") in got
    assert ("Thông tư số 22/2030/TT-BYT", "about", "an toàn người bệnh") in got
    got = facts("Sáng 14/6, Bộ Tư pháp tổ chức Hội nghị toàn quốc về công tác nuôi con nuôi và quốc tịch năm 2030.",
                "2030-12-10")
    assert {o for _, p, o in got if p == "about"} >= {"nuôi con nuôi", "quốc tịch"}
    got = facts("UBND tỉnh Gia Lai ban hành Kế hoạch số 55/KH-UBND về đẩy mạnh phân cấp, phân quyền trong quản lý "
                "nhà nước.", "2030-12-10")
    assert ("Kế hoạch số 55/KH-UBND", "about", "phân cấp, phân quyền") in got


def test_a_complaint_naming_fields_holds_no_topic():
    assert not topics("Người dân phản ánh tình trạng lấn chiếm đất công và ô nhiễm tiếng ồn kéo dài ở khu dân cư.")
