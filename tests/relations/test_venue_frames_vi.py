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


def test_more_sittings_of_the_kind_planned_elsewhere_are_not_the_named_ones():
    text = ("Cũng trong ngày 12/3, Trung tâm Dịch vụ việc làm tỉnh Nam Định tổ chức Phiên giao dịch việc làm lưu động "
            "tại Nhà văn hóa xã Hải Hậu. Theo kế hoạch, trung tâm sẽ tổ chức thêm ba phiên giao dịch việc làm tại huyện "
            "Giao Thủy trong quý II.")
    got = facts(text, "2030-03-12")
    assert ("Phiên giao dịch việc làm lưu động", "locatedIn", "Nhà văn hóa xã Hải Hậu") in got
    assert not any(p == "locatedIn" and "Giao Thủy" in o for s, p, o in got)


def test_a_programme_of_a_body_brought_to_a_commune_is_held_there():
    text = ('Cùng ngày, chương trình "Tiếp sức phụ nữ vùng lũ" năm 2030 của Hội Liên hiệp Phụ nữ Việt Nam đã về với '
            'xã Xuân Ái, huyện Văn Yên.')
    got = facts(text, "2030-10-05")
    assert ('chương trình "Tiếp sức phụ nữ vùng lũ" năm 2030', "locatedIn", "xã Xuân Ái") in got


def test_the_people_an_event_is_held_with_or_for_end_its_name_and_the_place_is_its_venue():
    text = ("Chiều 20/5, Liên đoàn Lao động tỉnh Bình Dương tổ chức Hội nghị đối thoại về chính sách bảo hiểm thất "
            "nghiệp với người lao động tại Khu công nghiệp Mỹ Phước.")
    got = facts(text, "2030-05-20")
    assert ("Hội nghị đối thoại về chính sách bảo hiểm thất nghiệp với người lao động", "locatedIn",
            "Khu công nghiệp Mỹ Phước") in got


def test_a_fair_still_to_come_in_quoted_words_is_not_the_one_held():
    text = ('Sáng 6/6, Hội chợ OCOP năm 2030 khai mạc tại Công viên 29/3. Ông Trần Văn Nam cho biết: "Năm tới, tỉnh sẽ '
            'tổ chức hội chợ tại huyện Hòa Vang".')
    got = facts(text, "2030-06-06")
    assert ("Hội chợ OCOP năm 2030", "locatedIn", "Công viên 29/3") in got
    assert not any(p == "locatedIn" and "Hòa Vang" in o for s, p, o in got)


def test_the_home_district_of_cooperatives_with_stalls_is_not_the_fair_s_place():
    text = ("Sáng 6/6, Hội chợ OCOP năm 2030 khai mạc tại Công viên 29/3 với 200 gian hàng của các hợp tác xã ở huyện "
            "Hòa Vang và huyện Đại Lộc.")
    got = facts(text, "2030-06-06")
    assert ("Hội chợ OCOP năm 2030", "locatedIn", "Công viên 29/3") in got
    assert not any(p == "locatedIn" and ("Hòa Vang" in o or "Đại Lộc" in o) for s, p, o in got)
