"""Vietnamese attendance, co-organisers and units of bodies in varied news (round vi17); sentences written
for these tests."""
from __future__ import annotations

from test_extract import facts


# ----------------------------------------------------------------------------- ceremony references

def test_guests_of_an_unnamed_opening_take_part_in_the_event_opened():
    got = facts("Sáng 2/3, Sở Du lịch tỉnh Quảng Bình tổ chức khai mạc Hội thi Hướng dẫn viên du lịch giỏi năm 2031. "
                "Đến dự lễ khai mạc có ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Quảng Bình.", "2031-03-02")
    assert ("Trần Văn Nam", "participatedIn", "Hội thi Hướng dẫn viên du lịch giỏi năm 2031") in got


def test_an_event_said_to_open_after_its_name_is_the_opening_referred_to():
    got = facts("Triển lãm Gốm sứ Bát Tràng lần thứ V khai mạc tại Hà Nội. Tới dự lễ khai mạc có bà Lê Thu Hà, "
                "Giám đốc Sở Văn hóa và Thể thao thành phố Hà Nội.", "2031-03-02")
    assert ("Lê Thu Hà", "participatedIn", "Triển lãm Gốm sứ Bát Tràng lần thứ V") in got


def test_an_opening_of_no_event_said_to_open_stays_unresolved():
    got = facts("Sở Du lịch tỉnh Quảng Bình tổ chức Hội thi Hướng dẫn viên du lịch giỏi năm 2031 vào cuối tháng. "
                "Đến dự lễ bế mạc có ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Quảng Bình.", "2031-03-02")
    assert not any(p == "participatedIn" and o.startswith("Hội thi") for s, p, o in got)


# ----------------------------------------------------------------------------- lists of contestants and exhibitors

def test_teams_of_a_contest_listed_after_tham_gia_hoi_thi_co():
    got = facts("Ngày 8/5, Tỉnh đoàn Hà Tĩnh tổ chức Hội thi Rung chuông vàng năm 2031. Tham gia hội thi có 24 đội "
                "đến từ các trường trong tỉnh, trong đó có Trường THPT Phan Đình Phùng và Trường THPT Nguyễn Du.",
                "2031-05-08")
    ev = "Hội thi Rung chuông vàng năm 2031"
    assert ("Trường THPT Phan Đình Phùng", "participatedIn", ev) in got
    assert ("Trường THPT Nguyễn Du", "participatedIn", ev) in got


def test_bodies_also_present_at_the_ceremony():
    got = facts("Ngày 8/5, Tỉnh đoàn Hà Tĩnh tổ chức Hội thi Rung chuông vàng năm 2031. Đại diện Hội Khuyến học "
                "tỉnh Hà Tĩnh và Hội Cựu giáo chức tỉnh Hà Tĩnh cũng có mặt tại buổi lễ.", "2031-05-08")
    ev = "Hội thi Rung chuông vàng năm 2031"
    assert ("Hội Khuyến học tỉnh Hà Tĩnh", "participatedIn", ev) in got
    assert ("Hội Cựu giáo chức tỉnh Hà Tĩnh", "participatedIn", ev) in got


def test_a_body_that_sent_representatives():
    got = facts("Ngày 8/5, Tỉnh đoàn Hà Tĩnh tổ chức Hội thi Rung chuông vàng năm 2031. "
                "Hội Khuyến học tỉnh Hà Tĩnh cũng cử đại diện đến dự.", "2031-05-08")
    assert ("Hội Khuyến học tỉnh Hà Tĩnh", "participatedIn", "Hội thi Rung chuông vàng năm 2031") in got


# ----------------------------------------------------------------------------- organisers

def test_a_bracketed_parent_in_a_do_list_of_hosts_is_no_host():
    got = facts("Hội chợ Nông sản an toàn năm 2031 khai mạc ngày 3/5 tại Cần Thơ. Hội chợ do Sở Công Thương thành phố "
                "Cần Thơ phối hợp với Cục Xúc tiến thương mại (Bộ Công Thương) tổ chức.", "2031-05-03")
    ev = "Hội chợ Nông sản an toàn năm 2031"
    assert ("Sở Công Thương thành phố Cần Thơ", "organized", ev) in got
    assert ("Cục Xúc tiến thương mại", "organized", ev) in got
    assert ("Bộ Công Thương", "organized", ev) not in got


def test_the_body_before_an_apposed_parent_holds_the_event():
    got = facts("Ngày 3/5, Bệnh viện Nhi Trung ương, đơn vị trực thuộc Bộ Y tế, tổ chức Hội nghị Nhi khoa toàn quốc "
                "năm 2031.", "2031-05-03")
    ev = "Hội nghị Nhi khoa toàn quốc năm 2031"
    assert ("Bệnh viện Nhi Trung ương", "organized", ev) in got
    assert ("Bộ Y tế", "organized", ev) not in got


def test_a_partner_before_the_verb_still_holds_the_event():
    got = facts("Ngày 3/5, Bộ Y tế phối hợp với Bệnh viện Nhi Trung ương tổ chức Hội nghị Nhi khoa toàn quốc năm 2031.",
                "2031-05-03")
    assert ("Bộ Y tế", "organized", "Hội nghị Nhi khoa toàn quốc năm 2031") in got


def test_passive_to_chuc_boi_names_every_host():
    got = facts("Ngày 3/5, Hội nghị Nhi khoa toàn quốc năm 2031 đã được tổ chức bởi Bệnh viện Nhi Trung ương và "
                "Hội Nhi khoa Việt Nam.", "2031-05-03")
    ev = "Hội nghị Nhi khoa toàn quốc năm 2031"
    assert ("Bệnh viện Nhi Trung ương", "organized", ev) in got
    assert ("Hội Nhi khoa Việt Nam", "organized", ev) in got


def test_a_list_of_co_organisers():
    got = facts("Ngày 3/5, Trường Đại học Cần Thơ tổ chức Hội thảo quốc tế về nông nghiệp thông minh năm 2031. "
                "Đồng tổ chức hội thảo có Viện Nghiên cứu Rau quả và Hội Nông dân Việt Nam.", "2031-05-03")
    ev = "Hội thảo quốc tế về nông nghiệp thông minh năm 2031"
    assert ("Viện Nghiên cứu Rau quả", "organized", ev) in got
    assert ("Hội Nông dân Việt Nam", "organized", ev) in got


# ----------------------------------------------------------------------------- units of bodies

def test_a_police_unit_named_with_its_provincial_force():
    got = facts("Phòng Cảnh sát giao thông Công an tỉnh Hà Giang vừa ra quân bảo đảm trật tự an toàn giao thông.")
    assert ("Phòng Cảnh sát giao thông Công an tỉnh Hà Giang", "subOrganizationOf", "Công an tỉnh Hà Giang") in got


def test_a_hospital_ward_named_with_its_hospital():
    got = facts("Khoa Nhi Bệnh viện Đa khoa tỉnh Hà Giang vừa tiếp nhận một bệnh nhi bị ngộ độc.")
    assert ("Khoa Nhi Bệnh viện Đa khoa tỉnh Hà Giang", "subOrganizationOf", "Bệnh viện Đa khoa tỉnh Hà Giang") in got


def test_a_provincial_force_alone_is_no_unit():
    got = facts("Công an tỉnh Hà Giang vừa triệt phá một đường dây buôn lậu.")
    assert not any(p == "subOrganizationOf" for s, p, o in got)


def test_a_bank_branch_apposed_to_its_bank():
    got = facts("Agribank Sóc Trăng, chi nhánh của Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam, đã giải ngân "
                "200 tỷ đồng cho nông dân.")
    assert ("Agribank Sóc Trăng", "subOrganizationOf", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam") in got


# ----------------------------------------------------------------------------- lists told over several sentences

_CUP = ("Tối 2/9, Liên đoàn Bóng chuyền Việt Nam tổ chức khai mạc Giải Bóng chuyền Vô địch quốc gia năm 2031 tại Ninh "
        "Bình. Tham gia giải có 8 đội bóng mạnh nhất cả nước. ")


def test_parts_of_a_counted_list_in_the_sentences_after_it():
    got = facts(_CUP + "Bảng A gồm Câu lạc bộ Bóng chuyền Thể Công và Câu lạc bộ Bóng chuyền Sanest Khánh Hòa. "
                "Bảng B có Câu lạc bộ Bóng chuyền Biên Phòng.", "2031-09-03")
    ev = "Giải Bóng chuyền Vô địch quốc gia năm 2031"
    for club in ("Câu lạc bộ Bóng chuyền Thể Công", "Câu lạc bộ Bóng chuyền Sanest Khánh Hòa",
                 "Câu lạc bộ Bóng chuyền Biên Phòng"):
        assert (club, "participatedIn", ev) in got


def test_a_part_after_a_sentence_of_another_kind_is_no_list():
    got = facts(_CUP + "Ban tổ chức đã chuẩn bị kỹ lưỡng. Bảng A gồm Câu lạc bộ Bóng chuyền Thể Công.", "2031-09-03")
    assert not any(s == "Câu lạc bộ Bóng chuyền Thể Công" and p == "participatedIn" for s, p, o in got)


def test_a_part_needs_a_counted_set_before_it():
    got = facts("Tối 2/9, Liên đoàn Bóng chuyền Việt Nam tổ chức khai mạc Giải Bóng chuyền Vô địch quốc gia năm 2031. "
                "Bảng A gồm Câu lạc bộ Bóng chuyền Thể Công.", "2031-09-03")
    assert not any(s == "Câu lạc bộ Bóng chuyền Thể Công" and p == "participatedIn" for s, p, o in got)


def test_the_parent_after_thuoc_in_an_attendance_list_is_no_guest():
    got = facts("Ngày 8/5, Tỉnh đoàn Hà Tĩnh tổ chức Hội thi Rung chuông vàng năm 2031. Cùng dự còn có đại diện Trung "
                "tâm Hỗ trợ thanh niên thuộc Trung ương Đoàn.", "2031-05-08")
    assert ("Trung ương Đoàn", "participatedIn", "Hội thi Rung chuông vàng năm 2031") not in got


def test_experts_from_bodies_with_su_gop_mat_cua():
    got = facts("Ngày 8/5, Bệnh viện Chợ Rẫy tổ chức Hội nghị Ngoại khoa năm 2031. Với sự góp mặt của các chuyên gia từ "
                "Bệnh viện Việt Đức và Bệnh viện Trung ương Huế, hội nghị đã nghe 30 báo cáo.", "2031-05-08")
    assert ("Bệnh viện Trung ương Huế", "participatedIn", "Hội nghị Ngoại khoa năm 2031") in got


def test_members_of_a_business_delegation():
    got = facts("Ngày 8/5, Bộ Công Thương tổ chức Diễn đàn Doanh nghiệp Việt Nam - Nhật Bản năm 2031. Đoàn doanh nghiệp "
                "Nhật Bản gồm 50 công ty, trong đó có Tập đoàn Aeon.", "2031-05-08")
    assert ("Tập đoàn Aeon", "participatedIn", "Diễn đàn Doanh nghiệp Việt Nam - Nhật Bản năm 2031") in got


def test_a_police_department_before_thuoc_ends_its_name():
    got = facts("Tham dự buổi diễn tập có đại diện Cục Cảnh sát giao thông thuộc Bộ Công an.")
    assert ("Cục Cảnh sát giao thông", "subOrganizationOf", "Bộ Công an") in got
    assert not any("thuộc" in s for s, p, o in got)


# ----------------------------------------------------------------------------- a ceremony named with what it opens

_U19 = ("Tối 5/10, tại Sân vận động Lạch Tray, Liên đoàn Bóng đá Việt Nam tổ chức lễ khai mạc Vòng chung kết Giải Bóng "
        "đá U19 Quốc gia năm 2031. Tham dự lễ khai mạc có ông Trần Quốc Tuấn, Chủ tịch Liên đoàn Bóng đá Việt Nam. ")


def test_teams_take_part_in_the_round_a_named_opening_ceremony_opens():
    got = facts(_U19 + "Tham gia vòng chung kết có 8 đội, trong đó có Câu lạc bộ Bóng đá Nam Định.", "2031-10-06")
    assert ("Câu lạc bộ Bóng đá Nam Định", "participatedIn", "Vòng chung kết Giải Bóng đá U19 Quốc gia năm 2031") in got
    assert ("Trần Quốc Tuấn", "participatedIn",
            "lễ khai mạc Vòng chung kết Giải Bóng đá U19 Quốc gia năm 2031") in got


def test_guests_listed_at_the_opening_stay_at_the_ceremony():
    got = facts(_U19 + "Tham dự lễ khai mạc còn có đại diện Sở Văn hóa và Thể thao thành phố Hải Phòng.", "2031-10-06")
    assert ("Sở Văn hóa và Thể thao thành phố Hải Phòng", "participatedIn",
            "lễ khai mạc Vòng chung kết Giải Bóng đá U19 Quốc gia năm 2031") in got


def test_a_speaker_presenting_a_paper_at_the_workshop():
    got = facts("Ngày 8/5, Trường Đại học Lâm nghiệp tổ chức Hội thảo quốc tế về quản lý rừng bền vững năm 2031. Trình bày "
                "tham luận tại hội thảo, ông Tanaka Hiroshi, chuyên gia của Đại học Tokyo, cho biết rừng đang suy giảm.",
                "2031-05-08")
    assert ("Tanaka Hiroshi", "participatedIn", "Hội thảo quốc tế về quản lý rừng bền vững năm 2031") in got


def test_a_dated_drill_is_named_in_full():
    got = facts("Sáng 7/8, Công an tỉnh Hà Giang tổ chức Diễn tập phương án chữa cháy và cứu nạn, cứu hộ cấp tỉnh năm 2031 "
                "tại Khu công nghiệp Bình Vàng.", "2031-08-07")
    ev = "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ cấp tỉnh năm 2031"
    assert ("Công an tỉnh Hà Giang", "organized", ev) in got
    assert (ev, "date", "2031-08-07") in got


def test_an_undated_drill_headline_names_no_event():
    got = facts("Diễn tập ứng cứu sự cố tràn dầu quy mô lớn\n\nCác lực lượng đã phối hợp nhịp nhàng.", "2031-08-07")
    assert not any(p in ("organized", "participatedIn", "date") for s, p, o in got)
