"""Tests of kg.relations.opening_events (read by attendance and participation): the event a Vietnamese opening
means ("Dự lễ khai mạc có …" after "Sở X khai mạc Giải Y", "Dự lễ kỷ niệm có …"); the companions of a delegation
("Cùng đi với đoàn có …") and recipients named among those counted ("cho 12 tập thể, trong đó có …")."""
from __future__ import annotations

from articlefacts import facts


_CUP = ("Chiều 5/4, Liên đoàn Bóng bàn Việt Nam khai mạc Giải Bóng bàn trẻ toàn quốc năm 2030. Đây là giải tuyển chọn "
        "vận động viên cho đội tuyển trẻ dự Giải Bóng bàn trẻ Đông Nam Á năm 2030 tại Thái Lan. ")


def test_who_attends_the_opening_attends_the_event_said_to_open():
    got = facts(_CUP + "Dự lễ khai mạc có ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Quảng Bình.", "2030-04-06")
    assert ("Trần Văn Bình", "participatedIn", "Giải Bóng bàn trẻ toàn quốc năm 2030") in got
    assert ("Trần Văn Bình", "participatedIn", "Giải Bóng bàn trẻ Đông Nam Á năm 2030") not in got


def test_who_speaks_at_the_opening_speaks_at_the_event_said_to_open():
    got = facts(_CUP + "Phát biểu khai mạc, ông Lê Quang Hưng, Chủ tịch Liên đoàn Bóng bàn Việt Nam, cho biết giải "
                "có 300 vận động viên.", "2030-04-06")
    assert ("Lê Quang Hưng", "participatedIn", "Giải Bóng bàn trẻ toàn quốc năm 2030") in got
    assert ("Lê Quang Hưng", "participatedIn", "Giải Bóng bàn trẻ Đông Nam Á năm 2030") not in got


def test_who_goes_with_the_delegation_takes_part_in_its_working_meeting():
    got = facts("Ngày 3/6, đoàn công tác của Bộ Giáo dục và Đào tạo do Bộ trưởng Nguyễn Kim Sơn dẫn đầu có buổi làm "
                "việc với UBND tỉnh Cà Mau. Cùng đi với đoàn có Thứ trưởng Bộ Giáo dục và Đào tạo Phạm Ngọc Thưởng.",
                "2030-06-04")
    events = {o for s, p, o in got if s == "Phạm Ngọc Thưởng" and p == "participatedIn"}
    assert events and all("làm việc" in e for e in events)


def test_the_bodies_named_among_the_recipients_counted_take_part():
    got = facts("Sáng 11/1, UBND tỉnh Quảng Ngãi tổ chức Hội nghị tổng kết công tác năm 2027. Dịp này, ông Nguyễn Hoàng "
                "Giang trao Bằng khen cho 10 tập thể và 20 cá nhân, trong đó có Đảng ủy xã Bình Sơn và Công an xã "
                "Tịnh Khê.", "2028-01-12")
    ev = "Hội nghị tổng kết công tác năm 2027"
    assert ("Đảng ủy xã Bình Sơn", "participatedIn", ev) in got
    assert ("Công an xã Tịnh Khê", "participatedIn", ev) in got


def test_a_project_named_among_the_recipients_brings_in_no_owner():
    got = facts("Sáng 11/1, UBND tỉnh Hưng Yên tổ chức Hội nghị xúc tiến đầu tư năm 2028. Dịp này, ông Phạm Quang "
                "Ngọc trao giấy chứng nhận đầu tư cho 15 dự án, trong đó có dự án nhà máy linh kiện của Công ty "
                "TNHH Foxconn Hưng Yên.", "2028-01-12")
    assert not any(s == "Công ty TNHH Foxconn Hưng Yên" and p == "participatedIn" for s, p, o in got)


def test_the_list_of_a_named_kind_goes_to_the_event_of_that_kind():
    got = facts("Sáng 14/10, tại Hà Nội, Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức Lễ kỷ niệm Ngày Đo "
                "lường Việt Nam năm 2030 và Diễn đàn về chất lượng hàng xuất khẩu. Dự lễ kỷ niệm có ông Trần Văn Tùng, "
                "Chủ tịch Hiệp hội Doanh nghiệp tỉnh Bắc Ninh.", "2030-10-14")
    assert ("Trần Văn Tùng", "participatedIn", "Lễ kỷ niệm Ngày Đo lường Việt Nam năm 2030") in got
    assert ("Trần Văn Tùng", "participatedIn", "Diễn đàn về chất lượng hàng xuất khẩu") not in got
