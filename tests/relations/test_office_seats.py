"""Tests of kg.relations.office_seats: locatedIn from a body's name that ends with "tại <place>"."""
from __future__ import annotations

from articlefacts import facts


def test_an_office_named_with_its_place_is_located_there():
    got = facts("Văn phòng UNICEF tại Việt Nam phối hợp với Bộ Y tế triển khai chương trình dinh dưỡng.", "2027-05-13")
    assert ("Văn phòng UNICEF tại Việt Nam", "locatedIn", "Việt Nam") in got


def test_a_trade_office_abroad_is_located_in_its_country():
    got = facts("Thương vụ Việt Nam tại Nhật Bản cho biết nhu cầu nhập khẩu trái cây tăng mạnh.", "2027-05-13")
    assert ("Thương vụ Việt Nam tại Nhật Bản", "locatedIn", "Nhật Bản") in got


def test_a_place_inside_a_name_without_tai_is_no_seat():
    got = facts("Sở Y tế Hà Nội vừa ban hành hướng dẫn mới.", "2027-05-13")
    assert not any(p == "locatedIn" for _, p, _ in got)


def test_an_embassy_gets_no_seat_from_its_name():
    got = facts("Đại sứ quán Hàn Quốc tại Việt Nam tổ chức tiệc chiêu đãi.", "2027-05-13")
    assert not any(p == "locatedIn" for _, p, _ in got)
