"""Titles of deputies of fixed offices and country directors (kg.nlp.recognizers.titles, gazetteer titles)."""
from __future__ import annotations

from articlefacts import facts


def test_deputy_of_an_office_keeps_deputy():
    got = facts("Dự họp có Tổng Kiểm toán Nhà nước Ngô Văn Tuấn và Phó Tổng Kiểm toán Nhà nước Đặng Thế Vinh.")
    assert ("Đặng Thế Vinh", "position", "Phó Tổng Kiểm toán") in got
    assert ("Đặng Thế Vinh", "memberOf", "Kiểm toán nhà nước") in got
    assert ("Ngô Văn Tuấn", "position", "Tổng Kiểm toán Nhà nước") in got


def test_country_director_of_an_international_body_in_a_country():
    got = facts("Tham dự có bà Carolyn Turk, Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam.")
    assert ("Carolyn Turk", "position", "Giám đốc Quốc gia") in got
    assert ("Carolyn Turk", "memberOf", "Ngân hàng Thế giới") in got
    assert ("Ngân hàng Thế giới", "locatedIn", "Việt Nam") in got


def test_border_guard_commander():
    got = facts("Theo Đại tá Nguyễn Văn Tuấn, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Sơn La, tổ công tác phát hiện "
                "hai đối tượng.")
    assert ("Nguyễn Văn Tuấn", "position", "Chỉ huy trưởng") in got
    assert ("Nguyễn Văn Tuấn", "memberOf", "Bộ đội Biên phòng tỉnh Sơn La") in got


def test_office_in_brackets_then_its_city():
    got = facts("Dự có bà Naoko Yamada, Trưởng đại diện Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tại Hà Nội.")
    assert ("Tổ chức Xúc tiến Thương mại Nhật Bản", "locatedIn", "Hà Nội") in got
