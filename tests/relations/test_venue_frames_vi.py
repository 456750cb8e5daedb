"""Tests of kg.relations.venue_frames_vi and the ``reach_cues`` read into AT_PLACE_VI: places after "tại / ở" that
are no venue (the people's own place, a proposal), and places an event is brought to ("về với", "trong khuôn viên")."""
from __future__ import annotations

from articlefacts import facts


def test_the_place_of_people_at_an_event_is_not_its_venue():
    text = ("Sáng 10/5, Lễ hội Hoa phượng đỏ năm 2030 khai mạc tại Quảng trường Nhà hát Lớn. Trong khuôn khổ lễ hội, "
            "các nghệ nhân ở xã Thủy Nguyên đã trình diễn múa rối nước.")
    got = facts(text, "2030-05-10")
    assert ("Lễ hội Hoa phượng đỏ năm 2030", "locatedIn", "Quảng trường Nhà hát Lớn") in got
    assert not any(p == "locatedIn" and "Thủy Nguyên" in o for s, p, o in got)


def test_households_of_a_commune_at_a_fair_leave_the_fair_where_it_is():
    text = ("Sáng 8/9, Hội chợ nông sản an toàn năm 2030 khai mạc ở Công viên Văn Lang. Tại hội chợ, các hộ nông dân "
            "tại xã Phú Lộc giới thiệu bưởi và chè.")
    got = facts(text, "2030-09-08")
    assert ("Hội chợ nông sản an toàn năm 2030", "locatedIn", "Công viên Văn Lang") in got
    assert not any(p == "locatedIn" and "Phú Lộc" in o for s, p, o in got)


def test_a_place_an_event_is_asked_to_be_held_in_is_no_location():
    text = ("Ngày 12/8, Festival Biển Nha Trang năm 2030 bế mạc tại Quảng trường 2 tháng 4. Tỉnh đề nghị tổ chức "
            "Festival Biển năm 2032 tại thị xã Ninh Hòa.")
    got = facts(text, "2030-08-12")
    assert ("Festival Biển Nha Trang năm 2030", "locatedIn", "Quảng trường 2 tháng 4") in got
    assert not any(p == "locatedIn" and "Ninh Hòa" in o for s, p, o in got)


def test_an_event_brought_to_the_people_of_a_commune_is_held_there():
    text = "Sáng 15/3, Ngày hội Thầy thuốc trẻ năm 2030 đến với người dân xã Tam Hiệp, huyện Phúc Thọ."
    got = facts(text, "2030-03-15")
    assert ("Ngày hội Thầy thuốc trẻ năm 2030", "locatedIn", "xã Tam Hiệp") in got
    assert ("Ngày hội Thầy thuốc trẻ năm 2030", "locatedIn", "Phúc Thọ") in got


def test_a_fair_inside_the_grounds_of_a_park_is_held_in_the_park():
    text = "Sáng 4/11, Sở Công Thương tỉnh Nam Định tổ chức Hội chợ hàng Việt năm 2030 trong khuôn viên Công viên Vị Xuyên."
    got = facts(text, "2030-11-04")
    assert ("Hội chợ hàng Việt năm 2030", "locatedIn", "Công viên Vị Xuyên") in got
