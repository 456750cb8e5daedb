"""Tests of kg.relations.attendee_examples: attendees named as examples of a crowd or added after a list."""
from __future__ import annotations

from articlefacts import facts

_EV = "Hội chợ Nông sản an toàn tỉnh Vĩnh Long năm 2026"
_LEAD = "Sáng 3/11, Sở Công Thương tỉnh Vĩnh Long khai mạc " + _EV + " với 150 gian hàng. "


def test_bodies_named_as_examples_of_a_crowd_that_took_part():
    got = facts(_LEAD + "Nhiều doanh nghiệp lớn cũng góp mặt với các gian hàng giới thiệu sản phẩm, như Tập đoàn Lộc Trời "
                "và Công ty cổ phần Thủy sản Cửu Long.", "2026-11-03")
    assert {("Tập đoàn Lộc Trời", "participatedIn", _EV),
            ("Công ty cổ phần Thủy sản Cửu Long", "participatedIn", _EV)} <= got
    # examples of something the crowd did not do at the event are no attendees
    got = facts(_LEAD + "Nhiều doanh nghiệp lớn như Tập đoàn Lộc Trời đã xuất khẩu gạo sang châu Âu.", "2026-11-03")
    assert ("Tập đoàn Lộc Trời", "participatedIn", _EV) not in got


def test_attendees_added_after_an_attendance_list():
    lead = "Chiều 7/11, Sở Y tế tỉnh Vĩnh Long tổ chức Hội thảo khoa học điều dưỡng năm 2026. "
    ev = "Hội thảo khoa học điều dưỡng năm 2026"
    got = facts(lead + "Tham dự hội thảo có ông Trần Minh Đức, Giám đốc Sở Y tế tỉnh Vĩnh Long. Ngoài ra còn có hơn 300 "
                "điều dưỡng đến từ nhiều bệnh viện, trong đó có Bệnh viện Đa khoa tỉnh Trà Vinh.", "2026-11-07")
    assert ("Bệnh viện Đa khoa tỉnh Trà Vinh", "participatedIn", ev) in got
    # "Ngoài ra còn có" after no attendance list adds nothing to one
    got = facts(lead + "Năm nay ngành y tế tăng 20 giường bệnh. Ngoài ra còn có Bệnh viện Đa khoa tỉnh Trà Vinh được "
                "nâng hạng.", "2026-11-07")
    assert ("Bệnh viện Đa khoa tỉnh Trà Vinh", "participatedIn", ev) not in got


def test_named_examples_of_the_crowd_an_event_draws():
    got = facts("Ngày 2/11, Sở Khoa học và Công nghệ tỉnh Bình Phước tổ chức Diễn đàn Khởi nghiệp sáng tạo năm 2030. Diễn "
                "đàn quy tụ hơn 50 doanh nghiệp, gồm Công ty Cổ phần Cao su Phước Hòa và Tập đoàn Công nghệ CMC.",
                "2030-11-03")
    ev = "Diễn đàn Khởi nghiệp sáng tạo năm 2030"
    assert ("Công ty Cổ phần Cao su Phước Hòa", "participatedIn", ev) in got
    assert ("Tập đoàn Công nghệ CMC", "participatedIn", ev) in got
    got = facts("Tối 5/11, Hội Liên hiệp Phụ nữ tỉnh Yên Bái tổ chức Hội thi Phụ nữ khởi nghiệp năm 2030. Hội thi có 120 "
                "thí sinh, trong đó có chị Hà Thị Mai của Hợp tác xã Chè Suối Giàng.", "2030-11-06")
    assert ("Hà Thị Mai", "participatedIn", "Hội thi Phụ nữ khởi nghiệp năm 2030") in got


def test_no_attendee_from_a_counted_target_of_an_event():
    got = facts("Sáng 20/10, UBND tỉnh Tây Ninh tổ chức Hội nghị xúc tiến đầu tư năm 2030. Hội nghị đặt mục tiêu thu hút 5 "
                "dự án, trong đó có dự án của Tập đoàn Hyosung Việt Nam.", "2030-10-21")
    assert not any(s.startswith("Tập đoàn Hyosung") and p == "participatedIn" for s, p, _ in got)
