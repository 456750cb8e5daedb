"""Tests of kg.relations.titles:
position and memberOf through appositive chains whose bodies are local and often bare."""
from __future__ import annotations

from articlefacts import facts


def test_a_title_running_into_the_next_name_is_that_persons():
    got = facts("Tham dự có Thứ trưởng Bộ Ngoại giao Đặng Hoàng Giang, Đại sứ Việt Nam tại Philippines Lý Quốc "
                "Tuấn.", "2026-05-04")
    assert ("Lý Quốc Tuấn", "position", "Đại sứ") in got
    assert ("Đặng Hoàng Giang", "position", "Đại sứ") not in got


def test_a_foreign_title_with_its_country_before_the_name():
    got = facts("Chiều 4/5, Bộ trưởng Ngoại giao Philippines Theresa Lazaro thăm Hà Nội.", "2026-05-04")
    assert ("Theresa Lazaro", "position", "Bộ trưởng Ngoại giao") in got


def test_the_appointment_formula_joins_committees_then_gives_the_role():
    got = facts("Bộ Chính trị chỉ định ông Đào Quang Vinh tham gia Ban Chấp hành, Ban Thường vụ và giữ chức "
                "Phó Bí thư Tỉnh ủy Yên Bái nhiệm kỳ 2025-2030.", "2026-12-05")
    assert {("Đào Quang Vinh", "position", "Phó Bí thư"), ("Đào Quang Vinh", "memberOf", "Tỉnh ủy Yên Bái")} <= got


def test_an_age_or_birth_year_opens_the_bracket_before_the_title():
    got = facts("Bị can Lò Văn Pấng (SN 1979, Chủ tịch UBND xã Mường Bú) bị bắt tạm giam.", "2026-12-05")
    assert {("Lò Văn Pấng", "position", "Chủ tịch"), ("Lò Văn Pấng", "memberOf", "UBND xã Mường Bú")} <= got
    got = facts("Bị cáo Hà Minh Khôi (54 tuổi, nguyên Giám đốc Sở Tài chính tỉnh Sơn La) bị phạt 8 năm tù.",
                "2026-12-05")
    assert ("Hà Minh Khôi", "position", "nguyên Giám đốc Sở Tài chính tỉnh Sơn La") in got


def test_people_joined_before_a_role_link_hold_the_role_too():
    got = facts("Tại phiên họp thứ nhất, Ban Chấp hành đã bầu các đồng chí Vũ Thị Lan và Đặng Quốc Bảo giữ chức "
                "Phó Bí thư Đảng ủy xã Quảng Phú.", "2025-07-25")
    for person in ("Vũ Thị Lan", "Đặng Quốc Bảo"):
        assert (person, "position", "Phó Bí thư") in got
        assert (person, "memberOf", "Đảng ủy xã Quảng Phú") in got
    # an apposition after the second name is that one's only
    apposed = facts("Ông Trần Văn Nam và ông Lê Văn Ba, Phó Chủ tịch UBND tỉnh Hà Nam, dự hội nghị.", "2025-07-25")
    assert ("Trần Văn Nam", "position", "Phó Chủ tịch") not in apposed


def test_a_person_after_a_bare_body_is_not_its_place():
    got = facts("Sáng 5/3, HĐND tỉnh Quảng Trị họp phiên thường kỳ. Chủ tịch HĐND tỉnh Nguyễn Đăng Quang phát biểu "
                "khai mạc.", "2027-03-05")
    assert ("Nguyễn Đăng Quang", "memberOf", "HĐND tỉnh Quảng Trị") in got
    # no province named after "tỉnh" but the person's name: no body of that name
    alone = facts("Tại Quảng Trị, Chủ tịch HĐND tỉnh Nguyễn Đăng Quang dự hội nghị.", "2027-03-05")
    assert ("Nguyễn Đăng Quang", "position", "Chủ tịch") in alone
    assert not any(o.endswith("Nguyễn Đăng Quang") for s, p, o in alone if p == "memberOf")


def test_a_title_inside_a_bodys_name_is_no_ones_role():
    got = facts("Tham gia đoàn có Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải.", "2027-03-05")
    assert ("Lê Khánh Hải", "position", "Chủ nhiệm") in got
    assert ("Lê Khánh Hải", "position", "Chủ tịch nước") not in got


def test_a_title_inside_a_venues_name_is_no_ones_role():
    got = facts("Chiều 4/12, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki.", "2025-12-04")
    assert ("Lương Cường", "position", "Chủ tịch nước") in got
    assert ("Lương Cường", "position", "Chủ tịch") not in got


def test_two_roles_joined_by_a_dash_share_the_body_after_them():
    got = facts("Dự hội nghị có bà Nguyễn Thị Thu Hà, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương Mặt trận "
                "Tổ quốc Việt Nam.", "2025-11-28")
    assert ("Nguyễn Thị Thu Hà", "position", "Phó Chủ tịch") in got
    assert ("Nguyễn Thị Thu Hà", "position", "Tổng Thư ký") in got
    assert ("Nguyễn Thị Thu Hà", "memberOf", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in got


def test_a_military_unit_commander_is_a_title_and_its_unit_the_body():
    got = facts("Đại tá Trần Văn Bình, Sư đoàn trưởng Sư đoàn 324, cho biết đơn vị đã giúp 120 hộ nghèo dựng nhà mới.",
                "2027-05-01")
    assert {("Trần Văn Bình", "position", "Sư đoàn trưởng"), ("Trần Văn Bình", "memberOf", "Sư đoàn 324")} <= got
    got = facts("Thượng tá Lê Văn Tĩnh, Phó Lữ đoàn trưởng Lữ đoàn 414, kiểm tra doanh trại.", "2027-05-01")
    assert {("Lê Văn Tĩnh", "position", "Phó Lữ đoàn trưởng"), ("Lê Văn Tĩnh", "memberOf", "Lữ đoàn 414")} <= got


def test_the_leader_of_a_working_delegation_holds_no_post_of_trưởng_đoàn():
    got = facts("Ngày 9/7, đoàn công tác của Bộ Nông nghiệp và Môi trường do Thứ trưởng Phùng Đức Lâm làm trưởng đoàn "
                "đã có buổi làm việc với UBND tỉnh Cà Mau.", "2026-07-10")
    assert ("Phùng Đức Lâm", "position", "Thứ trưởng") in got
    assert not any(s == "Phùng Đức Lâm" and p == "position" and "đoàn" in o.casefold() for s, p, o in got)
    got = facts("Đoàn công tác của tỉnh Lâm Đồng do ông Hồ Văn Mười, Chủ tịch UBND tỉnh Lâm Đồng, làm trưởng đoàn đã "
                "đến thăm Hàn Quốc.", "2027-10-22")
    assert ("Hồ Văn Mười", "position", "Chủ tịch") in got
    assert not any(s == "Hồ Văn Mười" and p == "position" and "đoàn" in o.casefold() for s, p, o in got)


def test_the_title_one_signs_on_behalf_of_is_not_the_signers():
    got = facts("Thừa ủy quyền Chủ tịch UBND tỉnh Hà Tĩnh, Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Báu Hà đã ký Quyết định "
                "số 3120/QĐ-UBND ngày 28/11/2027.", "2027-12-06")
    assert ("Trần Báu Hà", "position", "Phó Chủ tịch") in got
    assert ("Trần Báu Hà", "memberOf", "UBND tỉnh Hà Tĩnh") in got
    assert ("Trần Báu Hà", "position", "Chủ tịch") not in got
    assert ("Trần Báu Hà", "signed", "Quyết định số 3120/QĐ-UBND") in got


def test_the_title_one_acts_for_with_thay_mat_is_not_the_speakers():
    got = facts("Thay mặt Chủ tịch nước, Phó Chủ tịch nước Võ Thị Ánh Xuân trao Huân chương Lao động hạng Nhất cho tỉnh.",
                "2027-12-06")
    assert ("Võ Thị Ánh Xuân", "position", "Phó Chủ tịch nước") in got
    assert ("Võ Thị Ánh Xuân", "position", "Chủ tịch nước") not in got


def test_a_re_elected_officer_holds_the_title():
    got = facts("Ông Lê Văn Thắng tái đắc cử Chủ tịch Hội Nông dân tỉnh Thái Nguyên nhiệm kỳ 2026-2031.", "2026-11-25")
    assert {("Lê Văn Thắng", "position", "Chủ tịch"), ("Lê Văn Thắng", "memberOf", "Hội Nông dân tỉnh Thái Nguyên")} <= got
