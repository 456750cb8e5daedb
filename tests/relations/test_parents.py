"""A unit named with its ministry at the end of its name (kg.relations.parents)."""
from __future__ import annotations

from articlefacts import facts


def test_unit_named_with_its_ministry():
    got = facts("Hồ sơ được chuyển đến Cơ quan Cảnh sát điều tra Bộ Công an để điều tra.", "2026-05-13")
    assert ("Cơ quan Cảnh sát điều tra Bộ Công an", "subOrganizationOf", "Bộ Công an") in got


def test_office_of_a_body_is_not_a_unit_of_a_ministry():
    got = facts("Văn phòng Quốc hội và Thanh tra Chính phủ phối hợp kiểm tra.", "2026-05-13")
    assert not any(p == "subOrganizationOf" for s, p, o in got)



def test_unit_named_with_a_local_police_force_belongs_to_it():
    # most of the tune-vi gold (v27, v30, v59, v66, v183, v187, v189) annotates this; v02 and v11 do not
    got = facts("Vụ án do Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội khởi tố.", "2026-09-08")
    assert ("Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội", "subOrganizationOf", "Công an thành phố Hà Nội") in got


def test_a_police_unit_named_with_its_provincial_force():
    got = facts("Phòng Cảnh sát giao thông Công an tỉnh Hà Giang vừa ra quân bảo đảm trật tự an toàn giao thông.")
    assert ("Phòng Cảnh sát giao thông Công an tỉnh Hà Giang", "subOrganizationOf", "Công an tỉnh Hà Giang") in got


def test_a_hospital_ward_named_with_its_hospital():
    got = facts("Khoa Nhi Bệnh viện Đa khoa tỉnh Hà Giang vừa tiếp nhận một bệnh nhi bị ngộ độc.")
    assert ("Khoa Nhi Bệnh viện Đa khoa tỉnh Hà Giang", "subOrganizationOf", "Bệnh viện Đa khoa tỉnh Hà Giang") in got


def test_a_subsidiary_of_the_bank_the_article_is_about_with_its_short_form_between():
    text = ("Ngày 2/12, Ngân hàng TMCP Công Thương Việt Nam (VietinBank) công bố kết quả kinh doanh. Ông Trần Minh Bình, "
            "Chủ tịch VietinBank, cho biết lợi nhuận tăng. Ngân hàng Nhà nước Việt Nam đã chấp thuận phương án tăng vốn. "
            "Công ty Chứng khoán Công Thương (VietinBank Securities), công ty con của ngân hàng, cũng báo lãi.")
    got = facts(text, "2026-12-03")
    assert ("Công ty Chứng khoán Công Thương", "subOrganizationOf", "Ngân hàng TMCP Công Thương Việt Nam") in got
    assert not any(p == "subOrganizationOf" and o == "Ngân hàng Nhà nước Việt Nam" for s, p, o in got)


def test_an_english_unit_named_after_its_parents_acronym_belongs_to_it():
    from articlefacts import facts
    got = facts("The Việt Nam Football Federation (VFF) fined the club. The VFF Disciplinary Board also banned two "
                "players. The Vietnam Chamber of Commerce and Industry (VCCI) said the VCCI Legal Department would "
                "comment.", "2026-12-06", "en")
    assert ("VFF Disciplinary Board", "subOrganizationOf", "Việt Nam Football Federation") in got
    assert ("VCCI Legal Department", "subOrganizationOf", "Vietnam Chamber of Commerce and Industry") in got
    got = facts("Staff of the HCM City Police and the FPT Software Centre met.", "2026-12-06", "en")
    assert not any(p == "subOrganizationOf" for _, p, _ in got)
