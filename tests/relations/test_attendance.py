"""Tests of kg.relations.attendance: participatedIn from attendance lists."""
from __future__ import annotations

from functools import partial

from articlefacts import facts, graph_triples, kg_spans


_triples = partial(graph_triples, published="2025-11-20")


def _triples_on(text: str, published: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _triples_20251129(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _spans(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


_U19 = ("Tối 5/10, tại Sân vận động Lạch Tray, Liên đoàn Bóng đá Việt Nam tổ chức lễ khai mạc Vòng chung kết Giải Bóng "
        "đá U19 Quốc gia năm 2031. Tham dự lễ khai mạc có ông Trần Quốc Tuấn, Chủ tịch Liên đoàn Bóng đá Việt Nam. ")


def test_bodies_that_attended_the_bare_event_noun():
    got = _triples("The Vietnam Law Forum 2025 opened in Hà Nội on Thursday. Representatives of the Ministry of "
                   "Justice and the Vietnam Bar Federation attended the forum.")
    assert ("Ministry of Justice", "participatedIn", "Vietnam Law Forum 2025") in got


def test_signing_parties_with_a_day_an_acronym_or_a_descriptor():
    got = _triples_on("TOKYO — FPT Corporation on Tuesday signed a memorandum of understanding with Nvidia to build a "
                   "data centre in Osaka, at a ceremony in Tokyo.", "2025-12-05")
    assert {("FPT Corporation", "participatedIn", "ceremony"), ("Nvidia", "participatedIn", "ceremony")} <= got
    got = _triples_on("PARIS — Vietnam Airlines on Monday signed a contract with European planemaker Airbus to buy 10 "
                   "aircraft, at a ceremony in Paris.", "2025-12-05")
    assert ("Airbus", "participatedIn", "ceremony") in got
    got = _triples_on("HÀ NỘI — The Ministry of Industry and Trade on Friday held a forum on green logistics in Hà Nội. "
                   "On the sidelines of the forum, the Vietnam Logistics Association and the Asian Development Bank "
                   "(ADB) signed a memorandum of understanding on green ports.", "2025-12-05")
    # (a forum keeps its subject in its name, as the tune-en gold names forums: en30)
    assert {("Asian Development Bank", "participatedIn", "forum on green logistics"),
            ("Vietnam Logistics Association", "participatedIn", "forum on green logistics")} <= got


def test_the_leader_of_a_delegation_took_part():
    got = _triples_on("VIENTIANE — Police chiefs of the three countries on Friday held the fourth trilateral meeting on "
                   "border security in Vientiane. Minister of Public Security General Lương Tam Quang led the "
                   "Vietnamese delegation.", "2025-12-05")
    assert ("Luong Tam Quang", "participatedIn", "fourth trilateral meeting on border security") in got \
        or ("Lương Tam Quang", "participatedIn", "fourth trilateral meeting on border security") in got
    got = _triples_on("PARIS — The UNESCO General Conference opened in Paris on Monday. The Vietnamese delegation to "
                   "the conference was led by Deputy Minister of Foreign Affairs Hà Kim Ngọc.", "2025-12-05")
    assert ("Hà Kim Ngọc", "participatedIn", "UNESCO General Conference") in got
    got = _triples_on("HÀ NỘI — The ministry held a workshop on tourism in Hà Nội on Monday. Minister Nguyễn Văn Hùng "
                   "led a delegation to Japan last month.", "2025-12-05")
    assert not any(p == "participatedIn" and s.startswith("Nguy") for s, p, _ in got)


def test_the_names_of_an_exhibitor_list_are_companies_that_took_part():
    got = facts("The Hà Nội Furniture Fair 2024 opened on Friday. Among the exhibitors were Gỗ Việt Home, "
                "Minh Long Ceramics from Bình Dương province and the Danish furniture maker Fritz Hansen.",
                "2024-05-03", "en")
    for firm in ("Gỗ Việt Home", "Fritz Hansen"):
        assert (firm, "participatedIn", "Hà Nội Furniture Fair 2024") in got


def test_the_organiser_of_something_else_organised_nothing_here():
    got = facts("The Huế Heritage Marathon 2024 was held on Sunday. Pulse Active, the organiser of a fashion "
                "show in Hà Nội, sent two buses.", "2024-05-03", "en")
    assert not any(p == "organized" for s, p, o in got)


def test_exhibitors_belong_to_the_fair_not_to_an_item_of_its_programme():
    got = facts("The Hải Phòng Book Fair 2024 opened on Thursday. It features readings by poets, a comics corner "
                "and an exhibition of old postcards. Among the exhibitors are Trẻ Publishing House and Fahasa.",
                "2024-05-03", "en")
    assert ("Trẻ Publishing House", "participatedIn", "Hải Phòng Book Fair 2024") in got
    assert not any(p == "participatedIn" and "postcards" in o for s, p, o in got)


def test_bodies_that_co_chair_an_event_take_part_in_it():
    # ANNOTATION.md: chairing ("chủ trì", "chaired by") is a participatedIn cue, for bodies too
    text = ("Officials discussed tax incentives at a forum in Đà Nẵng on Friday. The forum, co-chaired by the "
            "Ministry of Finance and the Đà Nẵng City People's Committee, reviewed new rules.")
    triples = _triples_20251129(text)
    assert ("Ministry of Finance", "participatedIn", "forum") in triples
    assert ("Ministry of Finance", "organized", "forum") not in triples


def test_a_person_who_chairs_still_takes_part():
    text = ("Officials discussed tax incentives at a forum in Đà Nẵng on Friday. The forum was chaired by "
            "Deputy Minister of Finance Lê Văn An.")
    triples = _triples_20251129(text)
    assert ("Lê Văn An", "participatedIn", "forum") in triples
    assert ("Lê Văn An", "organized", "forum") not in triples


def test_bodies_that_joined_the_event_with_a_participle_clause():
    text = ("Officials discussed tax incentives at a forum in Đà Nẵng on Friday. UNICEF and the World Bank "
            "joined the forum, presenting a report on child poverty.")
    triples = _triples_20251129(text)
    assert ("World Bank", "participatedIn", "forum") in triples


def test_representatives_of_a_list_of_bodies_without_the():
    text = ("Officials met at a workshop in Huế on Thursday. Representatives of Vietnam Airlines, Hue Central Hospital "
            "and the Vietnam Red Cross Society attended.")
    orgs = _spans(text, "ORG")
    assert "Vietnam Airlines" in orgs and not any(o.startswith("Representatives") for o in orgs)
    assert ("Vietnam Airlines", "participatedIn", "workshop") in _triples_20260206(text)


def test_among_the_investors_were_opens_an_attendance_list():
    got = facts("Quảng Ngãi Province held an investment promotion conference in Seoul on Thursday. Among the investors "
                "were Hyosung Heavy Industries, which will build a wind farm, and the Korean firm Doosan.",
                "2025-12-19", lang="en")
    assert any(s.startswith("Hyosung") and p == "participatedIn" for s, p, o in got)
    got = facts("Quảng Ngãi Province held an investment promotion conference in Seoul on Thursday. Among the projects "
                "was a wind farm of Hyosung Heavy Industries.", "2025-12-19", lang="en")
    assert not any(s.startswith("Hyosung") and p == "participatedIn" for s, p, o in got)


def test_speakers_after_a_signing_ceremony_spoke_at_the_forum():
    text = ("The Ministry of Industry and Trade held a forum on energy efficiency in Hà Nội on Tuesday. At the forum, "
            "the Danish Energy Agency and the World Bank signed a memorandum of understanding on audits. The signing "
            "ceremony was witnessed by Deputy Minister Nguyễn Sinh Nhật Tân. Speakers from Vinamilk and Masan Group "
            "presented projects.")
    got = facts(text, "2025-12-17", lang="en")
    assert not any(s in ("Masan Group", "Vietnam Dairy Products JSC", "Vinamilk") and o == "signing ceremony"
                   for s, p, o in got)
    assert any(s == "Masan Group" and p == "participatedIn" and o.startswith("forum") for s, p, o in got)


def test_the_opening_is_the_opening_of_the_event_that_opened():
    got = facts("The 2024 Mekong Rice Festival opened in Cần Thơ on Friday. Organisers hope the festival will help "
                "farmers reach the Hanoi Food Expo next year. The opening was attended by Trần Văn Lâu, chairman of "
                "the Cần Thơ People's Committee.", "2024-05-03", "en")
    assert ("Trần Văn Lâu", "participatedIn", "2024 Mekong Rice Festival") in got
    assert ("Trần Văn Lâu", "participatedIn", "Hanoi Food Expo") not in got


def test_two_last_syllables_after_an_honorific_are_the_full_name_again():
    got = facts("Sáng 14/1, Liên đoàn Lao động tỉnh Đồng Nai tổ chức Chương trình \"Tết Sum vầy\" năm 2027. Bà Nguyễn "
                "Thị Như Ý, Chủ tịch Liên đoàn Lao động tỉnh cho biết năm nay có 20.000 suất quà. Tại chương trình, "
                "ông Thái Bảo và bà Như Ý đã trao 500 suất quà cho công nhân.", "2027-01-14")
    ev = 'Chương trình "Tết Sum vầy" năm 2027'
    assert ("Nguyễn Thị Như Ý", "participatedIn", ev) in got and ("Thái Bảo", "participatedIn", ev) in got
    assert not any(s == "Như Ý" for s, p, o in got)


def test_on_this_occasion_the_parties_to_a_signing_took_part():
    got = facts("Chiều 5/12, UBND tỉnh Bắc Ninh tổ chức Hội nghị xúc tiến đầu tư năm 2026. Dịp này, UBND tỉnh và "
                "Tập đoàn Samsung ký biên bản ghi nhớ về đào tạo nhân lực.", "2026-12-05")
    assert ("Tập đoàn Samsung", "participatedIn", "Hội nghị xúc tiến đầu tư năm 2026") in got


def test_on_this_occasion_who_is_handed_an_award_took_part():
    got = facts("Sáng 2/4, UBND tỉnh Quảng Trị tổ chức Lễ thông xe cầu Cửa Tùng. Dịp này, ông Hà Sỹ Đồng, "
                "Chủ tịch UBND tỉnh, trao Bằng khen của UBND tỉnh cho Công ty cổ phần Cầu đường Miền Trung và Ban "
                "Quản lý dự án giao thông tỉnh.", "2027-04-10")
    assert ("Công ty cổ phần Cầu đường Miền Trung", "participatedIn", "Lễ thông xe cầu Cửa Tùng") in got


def test_a_second_giver_after_a_semicolon_on_this_occasion_took_part_too():
    got = facts("Sáng 1/6, UBND tỉnh Bến Tre tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2027. Dịp này, Quỹ Bảo trợ "
                "trẻ em tỉnh Bến Tre trao 100 suất học bổng cho học sinh nghèo; Công ty cổ phần Dược phẩm Cửu Long tặng "
                "500 phần quà cho thiếu nhi.", "2027-06-02")
    ev = "Lễ phát động Tháng hành động vì trẻ em năm 2027"
    assert ("Công ty cổ phần Dược phẩm Cửu Long", "participatedIn", ev) in got
    got = facts("Sáng 1/6, UBND tỉnh Bến Tre tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2027. Dịp này, Quỹ Bảo trợ "
                "trẻ em tỉnh Bến Tre trao 100 suất học bổng; Công ty cổ phần Dược phẩm Cửu Long cho biết sẽ tài trợ thêm.",
                "2027-06-02")
    assert ("Công ty cổ phần Dược phẩm Cửu Long", "participatedIn", ev) not in got
    got = facts("Sáng 1/6, UBND tỉnh Bến Tre tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2027. Tại buổi lễ, Quỹ Bảo "
                "trợ trẻ em tỉnh Bến Tre trao 100 suất học bổng; Công ty cổ phần Dược phẩm Cửu Long tặng 500 phần quà.",
                "2027-06-02")
    assert ("Công ty cổ phần Dược phẩm Cửu Long", "participatedIn", ev) in got


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


def test_teams_take_part_in_the_round_a_named_opening_ceremony_opens():
    got = facts(_U19 + "Tham gia vòng chung kết có 8 đội, trong đó có Câu lạc bộ Bóng đá Nam Định.", "2031-10-06")
    assert ("Câu lạc bộ Bóng đá Nam Định", "participatedIn", "Vòng chung kết Giải Bóng đá U19 Quốc gia năm 2031") in got
    assert ("Trần Quốc Tuấn", "participatedIn",
            "lễ khai mạc Vòng chung kết Giải Bóng đá U19 Quốc gia năm 2031") in got


def test_guests_listed_at_the_opening_stay_at_the_ceremony():
    got = facts(_U19 + "Tham dự lễ khai mạc còn có đại diện Sở Văn hóa và Thể thao thành phố Hải Phòng.", "2031-10-06")
    assert ("Sở Văn hóa và Thể thao thành phố Hải Phòng", "participatedIn",
            "lễ khai mạc Vòng chung kết Giải Bóng đá U19 Quốc gia năm 2031") in got


def test_on_this_occasion_without_a_signing_credits_no_one():
    got = facts("Chiều 5/12, UBND tỉnh Bắc Ninh tổ chức Hội nghị xúc tiến đầu tư năm 2026. Dịp này, Tập đoàn "
                "Samsung công bố kế hoạch mở rộng nhà máy.", "2026-12-05")
    assert ("Tập đoàn Samsung", "participatedIn", "Hội nghị xúc tiến đầu tư năm 2026") not in got


def test_on_this_occasion_a_body_that_gives_or_announces_took_part_in_the_lead_event():
    got = facts("Sáng 9/4, tại huyện Tuy Phong, UBND tỉnh Bình Thuận tổ chức Lễ ra quân làm sạch bờ biển năm 2027. "
                "Tham dự có ông Võ Minh Tâm, Phó Chủ tịch UBND tỉnh. Chiến dịch kéo dài ba tháng. Mỗi xã ven biển "
                "lập một tổ thu gom rác. Rác nhựa sẽ được phân loại tại nguồn. Người dân được phát túi đựng rác miễn phí. "
                "Dịp này, Ngân hàng TMCP Quân đội hỗ trợ 2 tỷ đồng mua xe thu gom rác.", "2027-04-10")
    assert ("Ngân hàng TMCP Quân đội", "participatedIn", "Lễ ra quân làm sạch bờ biển năm 2027") in got
    # an award the Prime Minister grants is no attendance of a body named by his title
    got = facts("Sáng 9/4, Bộ Xây dựng tổ chức Lễ thông xe cầu Rạch Miễu 2. Dịp này, Thủ tướng Chính phủ đã tặng "
                "Bằng khen cho 10 tập thể.", "2027-04-10")
    assert not any(p == "participatedIn" and s.startswith("Thủ tướng") for s, p, o in got)


def test_bodies_after_with_representatives_of_take_part_in_the_event():
    got = facts("A seminar on rice exports was held on Monday in Cần Thơ, with representatives of the Mekong Rice "
                "Institute and the Philippine Embassy.", "2026-01-10", "en")
    assert ("Mekong Rice Institute", "participatedIn", "seminar on rice exports") in got
    assert ("Philippine Embassy", "participatedIn", "seminar on rice exports") in got


def test_every_party_signed_with_on_the_occasion_took_part():
    text = ("Sáng 20/7, Trường Đại học Vinh tổ chức Lễ tốt nghiệp năm 2026 cho 2.100 tân cử nhân. Dịp này, nhà trường "
            "ký kết thỏa thuận hợp tác với Công ty cổ phần Thép Hồng Lam, Công ty TNHH Phần mềm Sông Lam và Công ty "
            "cổ phần Dược Bến Thủy.")
    attended = {s for s, p, o in facts(text, "2026-07-20") if p == "participatedIn"}
    assert {"Công ty cổ phần Thép Hồng Lam", "Công ty TNHH Phần mềm Sông Lam", "Công ty cổ phần Dược Bến Thủy"} <= attended


def test_leaders_of_bodies_after_a_titled_attendee_are_the_next_attendees():
    text = ("Sáng 19/12, Bộ Xây dựng tổ chức lễ thông xe cao tốc Cần Thơ - Cà Mau. Cùng dự có Bộ trưởng Bộ Xây dựng "
            "Trần Hồng Minh, lãnh đạo Tập đoàn Đèo Cả và Tổng công ty Thăng Long.")
    got = facts(text, "2025-12-19")
    attended = {s for s, p, o in got if p == "participatedIn"}
    assert {"Trần Hồng Minh", "Tập đoàn Đèo Cả", "Tổng công ty Thăng Long"} <= attended
    assert ("Trần Hồng Minh", "memberOf", "Tập đoàn Đèo Cả") not in got


def test_an_opening_speech_is_at_the_opening_ceremony_not_an_exhibition_named_since():
    text = ("Tối 5/4, UBND tỉnh Phú Thọ tổ chức Lễ khai mạc Lễ hội Đền Hùng năm 2026. Lễ hội có nhiều hoạt động như hát "
            "Xoan và Triển lãm \"Di sản văn hóa Phú Thọ\". Phát biểu khai mạc, ông Trần Duy Đông, Chủ tịch UBND tỉnh, cho "
            "biết lễ hội kéo dài 5 ngày.")
    attended = {o for s, p, o in facts(text, "2026-04-05") if s == "Trần Duy Đông" and p == "participatedIn"}
    assert attended == {"Lễ khai mạc Lễ hội Đền Hùng năm 2026"}


def test_an_event_that_will_bring_together_bodies_has_them_as_participants():
    from articlefacts import facts
    got = facts("On May 4, a workshop on circular packaging will bring together the Vietnam Packaging Association, the "
                "Kyoto Institute of Technology and the Korean retailer E-Mart.", lang="en", published="2026-04-20")
    assert ("Vietnam Packaging Association", "participatedIn", "workshop on circular packaging") in got
    assert ("Kyoto Institute of Technology", "participatedIn", "workshop on circular packaging") in got


def test_a_sponsor_in_a_contrasting_clause_at_the_ceremony_took_part_too():
    ev = "Lễ phát động Tháng hành động vì trẻ em năm 2027"
    lead = "Sáng 1/6, UBND tỉnh Bến Tre tổ chức " + ev + ". "
    got = facts(lead + "Tại buổi lễ, Quỹ Bảo trợ trẻ em tỉnh Bến Tre trao 100 suất học bổng, còn Công ty cổ phần Dược "
                "phẩm Cửu Long tài trợ 500 phần quà.", "2027-06-02")
    assert ("Công ty cổ phần Dược phẩm Cửu Long", "participatedIn", ev) in got
    got = facts(lead + "Tại buổi lễ, Quỹ Bảo trợ trẻ em tỉnh Bến Tre trao 100 suất học bổng, còn Công ty cổ phần Dược "
                "phẩm Cửu Long cho biết sẽ xây thêm nhà máy.", "2027-06-02")
    assert ("Công ty cổ phần Dược phẩm Cửu Long", "participatedIn", ev) not in got


def test_on_this_occasion_who_is_given_an_award_took_part_not_the_body_whose_award_it_is():
    ev = "Lễ phát động Tháng hành động vì trẻ em năm 2027"
    lead = "Sáng 1/6, Hội Liên hiệp Phụ nữ tỉnh Bến Tre tổ chức " + ev + ". Nhiều em nhỏ có mặt từ sớm. "
    got = facts(lead + "Dịp này, em Lê Thị Mai, học sinh Trường THCS An Hội, được UBND tỉnh Bến Tre tặng Bằng khen.",
                "2027-06-02")
    assert ("Lê Thị Mai", "participatedIn", ev) in got
    assert ("UBND tỉnh Bến Tre", "participatedIn", ev) not in got  # its award, handed by whoever was there
    # what one was given elsewhere puts no one at the event
    got = facts(lead + "Năm ngoái, em Lê Thị Mai được UBND tỉnh Bến Tre tặng Bằng khen.", "2027-06-02")
    assert ("Lê Thị Mai", "participatedIn", ev) not in got


def test_bodies_listed_after_the_leaders_of_a_first_body_took_part():
    ev = "Hội nghị sơ kết công tác thi hành án năm 2027"
    got = facts("Sáng 5/3, Cục Thi hành án dân sự tỉnh Hà Tĩnh tổ chức " + ev + ". Dự hội nghị có bà Trần Thị Lan, "
                "Phó Chủ tịch UBND tỉnh Hà Tĩnh và lãnh đạo Tòa án nhân dân tỉnh Hà Tĩnh, Sở Tư pháp tỉnh Hà Tĩnh, "
                "Công an tỉnh Hà Tĩnh.", "2027-03-05")
    assert {("Tòa án nhân dân tỉnh Hà Tĩnh", "participatedIn", ev), ("Sở Tư pháp tỉnh Hà Tĩnh", "participatedIn", ev),
            ("Công an tỉnh Hà Tĩnh", "participatedIn", ev)} <= got
    # a person's own body in the title after the list stays the title's
    got = facts("Sáng 5/3, Cục Thi hành án dân sự tỉnh Hà Tĩnh tổ chức " + ev + ". Dự hội nghị có bà Trần Thị Lan, "
                "Phó Chủ tịch UBND tỉnh Hà Tĩnh.", "2027-03-05")
    assert ("UBND tỉnh Hà Tĩnh", "participatedIn", ev) not in got


def test_bodies_that_sent_a_team_to_the_drill_took_part_in_it():
    ev = "Diễn tập ứng phó sự cố tràn dầu năm 2027"
    lead = "Sáng 5/10, Bộ Chỉ huy Quân sự tỉnh Bà Rịa - Vũng Tàu tổ chức " + ev + ". Các tàu phải thu gom dầu trong 3 giờ. "
    got = facts(lead + "Cảng vụ Hàng hải Vũng Tàu và Tổng công ty Thăm dò Khai thác Dầu khí đã cử đội tham gia diễn tập.",
                "2027-10-05")
    assert {("Cảng vụ Hàng hải Vũng Tàu", "participatedIn", ev),
            ("Tổng công ty Thăm dò Khai thác Dầu khí", "participatedIn", ev)} <= got
    # the kind named after the verb must be the event's: a conference is not the drill
    got = facts(lead + "Cảng vụ Hàng hải Vũng Tàu cũng tham dự hội nghị.", "2027-10-05")
    assert ("Cảng vụ Hàng hải Vũng Tàu", "participatedIn", ev) not in got


def test_a_speaker_at_a_launch_of_forces_named_before():
    got = facts("Sáng 8/12, Thành đoàn Hà Nội tổ chức lễ ra quân chiến dịch Mùa hè xanh tại công viên Thống Nhất. Phát "
                "biểu tại lễ ra quân, Phó Chủ tịch UBND thành phố Nguyễn Mạnh Quyền đề nghị các quận hỗ trợ kinh phí.",
                "2026-12-08")
    assert ("Nguyễn Mạnh Quyền", "participatedIn", "lễ ra quân chiến dịch Mùa hè xanh") in got


def test_a_speech_opening_after_an_event_still_to_be_held_is_at_the_meeting():
    text = ("Sáng 6/1, Sở Du lịch tỉnh Khánh Hòa tổ chức Hội nghị tổng kết công tác năm 2026.\n\nBà Nguyễn Thị Hà, Giám "
            "đốc Sở Du lịch, cho biết năm 2027 ngành sẽ tập trung phát triển du lịch biển và tổ chức Festival Biển Nha "
            "Trang lần thứ XII.\n\nPhát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lê Văn Tuấn đề nghị các địa phương quản lý "
            "giá dịch vụ.")
    got = facts(text, "2027-01-06")
    assert ("Lê Văn Tuấn", "participatedIn", "Hội nghị tổng kết công tác năm 2026") in got
    assert ("Lê Văn Tuấn", "participatedIn", "Festival Biển Nha Trang lần thứ XII") not in got


def test_an_opening_refers_to_the_event_opened_not_to_a_ceremony_named_later():
    got = facts("Tối 6/6, UBND tỉnh Khánh Hòa khai mạc Festival Biển Nha Trang lần thứ XI năm 2027. Tham dự lễ khai mạc "
                "có Phó Thủ tướng Mai Văn Chính. Festival có hơn 30 hoạt động như Lễ hội Trầm Hương, Hội chợ ẩm thực "
                "biển.", "2027-06-07")
    assert ("Mai Văn Chính", "participatedIn", "Festival Biển Nha Trang lần thứ XI năm 2027") in got
    assert ("Mai Văn Chính", "participatedIn", "Lễ hội Trầm Hương") not in got


def test_an_event_that_saw_the_presence_of_people_had_them_take_part():
    got = facts("The Hà Nội People's Committee held the Hà Nội Culture Festival 2026 on Monday. The festival saw the "
                "presence of Minister of Culture Nguyễn Văn Hùng and Chairman of the Vietnam Fatherland Front Đỗ Văn "
                "Chiến.", "2026-12-05", "en")
    assert sum(1 for s, p, o in got if p == "participatedIn" and o == "Hà Nội Culture Festival 2026") == 2


def test_a_body_took_part_in_the_event_a_which_clause_then_describes():
    got = facts("The Hà Nội People's Committee held the Hà Nội Trade Forum 2026 on Thursday. Vingroup took part in the "
                "forum, which was held at the National Convention Centre.", "2026-12-05", "en")
    assert ("Vingroup", "participatedIn", "Hà Nội Trade Forum 2026") in got


def test_the_guests_who_witness_a_signing_took_part_in_it():
    got = graph_triples("Sáng 8/5, tại Hà Nội, Tập đoàn Bưu chính Viễn thông Việt Nam và Đại học Quốc gia Hà Nội ký kết "
                        "thỏa thuận hợp tác về đào tạo nhân lực số. Chứng kiến lễ ký kết có ông Hoàng Văn Lâm, Thứ "
                        "trưởng Bộ Giáo dục và Đào tạo, cùng đại diện Hội Sinh viên Việt Nam.",
                        "vi", "2027-05-08")
    assert ("Hoàng Văn Lâm", "participatedIn", "lễ ký kết") in got
    assert ("Hội Sinh viên Việt Nam", "participatedIn", "lễ ký kết") in got


def test_a_dated_meeting_with_voters_is_an_event_its_delegation_held():
    got = graph_triples("Chiều 9/10, Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh tổ chức buổi tiếp xúc cử tri tại xã Cẩm Xuyên. "
                        "Tham dự buổi tiếp xúc có ông Võ Trọng Hải, Phó Bí thư Tỉnh ủy Hà Tĩnh.", "vi", "2027-10-09")
    assert ("Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh", "organized", "buổi tiếp xúc cử tri") in got
    assert ("Võ Trọng Hải", "participatedIn", "buổi tiếp xúc cử tri") in got


def test_on_this_occasion_signing_parties_with_a_short_form_in_brackets():
    got = facts("Chiều 10/4, Bộ Xây dựng tổ chức Diễn đàn Logistics năm 2027. Dịp này, Hiệp hội Doanh nghiệp dịch vụ "
                "Logistics Việt Nam (VLA) và Cục Đường sắt Việt Nam ký chương trình hợp tác về logistics xanh.",
                "2027-04-11")
    assert ("Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam", "participatedIn", "Diễn đàn Logistics năm 2027") in got
    assert ("Cục Đường sắt Việt Nam", "participatedIn", "Diễn đàn Logistics năm 2027") in got


def test_bodies_the_guests_come_from_took_part():
    got = facts("Ngày 15/9, Bệnh viện Bạch Mai tổ chức Hội nghị khoa học Y học hạt nhân toàn quốc lần thứ XII. Tới dự "
                "hội nghị có ông Trần Quốc Hưng, Thứ trưởng Bộ Y tế, cùng hơn 600 bác sĩ, nhà khoa học đến từ Bệnh viện "
                "K, Bệnh viện Trung ương Huế và các chuyên gia của Cơ quan Năng lượng nguyên tử quốc tế (IAEA).",
                "2027-09-16")
    event = "Hội nghị khoa học Y học hạt nhân toàn quốc lần thứ XII"
    for who in ("Trần Quốc Hưng", "Bệnh viện K", "Bệnh viện Trung ương Huế", "Cơ quan Năng lượng nguyên tử quốc tế"):
        assert (who, "participatedIn", event) in got
    assert ("Bộ Y tế", "participatedIn", event) not in got  # the body of a title is no guest


def test_attendance_after_a_send_off_goes_to_the_ceremony_not_the_games_it_sends_to():
    text = ("Sáng 28/11, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ xuất quân Đoàn Thể thao Việt Nam tham "
            "dự SEA Games 33 tại Thái Lan. Phó Thủ tướng Mai Văn Chính dự và phát biểu chỉ đạo. Cùng dự có Thứ trưởng "
            "Hoàng Đạo Cương.")
    got = graph_triples(text, "vi", "2025-11-28")
    ceremony = "lễ xuất quân Đoàn Thể thao Việt Nam"
    assert {("Mai Văn Chính", "participatedIn", ceremony), ("Hoàng Đạo Cương", "participatedIn", ceremony)} <= got
    assert not any(o == "SEA Games 33" and p == "participatedIn" for _, p, o in got)
    assert ("Đoàn Thể thao Việt Nam", "organized", ceremony) not in got  # whom a send-off sends is no host


def test_a_list_at_an_unnamed_working_meeting_is_not_the_forum_named_before():
    got = facts("Chiều 3/12, Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn tiếp Đại sứ Hàn Quốc Choi Young Sam. Đại sứ cho "
                "biết KOTRA sẽ tổ chức Diễn đàn xúc tiến đầu tư Hàn Quốc - Bắc Ninh vào tháng 3/2026. Cùng dự buổi làm "
                "việc có Phó Chủ tịch UBND tỉnh Đào Quang Khải.", "2025-12-03")
    assert not any(s == "Đào Quang Khải" and p == "participatedIn" for s, p, _ in got)


def test_representatives_present_at_the_session_took_part():
    text = ("Prime Minister Phạm Minh Chính on Saturday chaired a working session with leaders of Đắk Lắk province. "
            "Representatives of Đèo Cả Group and other contractors were also present at the session and pledged to "
            "work in three shifts.")
    got = facts(text, "2026-12-06", lang="en")
    assert ("Đèo Cả Group", "participatedIn", "working session") in got


def test_guests_far_from_the_cup_named_with_and_without_its_year_took_part():
    text = ("Hà Nội FC lift National Cup after shoot-out\n\n"
            "HÀ NỘI — Hà Nội FC won the 2026 National Cup final on Saturday at Hàng Đẫy Stadium. "
            "Striker Phạm Tuấn Hải scored twice. The goalkeeper saved two penalties. The coach praised his players. "
            "The club has won the trophy four times. Fans celebrated in the streets. "
            "Among the guests at the stadium were Vice Chairman of the Hà Nội People's Committee Nguyễn Mạnh Quyền "
            "and Japanese Ambassador Ito Naoki.")
    got = facts(text, "2026-12-06", lang="en")
    assert any(s == "Nguyễn Mạnh Quyền" and p == "participatedIn" and "National Cup" in o for s, p, o in got)
    assert any(s == "Ito Naoki" and p == "participatedIn" and "National Cup" in o for s, p, o in got)


def test_a_list_after_an_event_apposed_to_its_kind_belongs_to_the_event():
    text = ("The Ministry of Foreign Affairs on Wednesday hosted a reception in Hà Nội for the diplomatic corps. "
            "The reception, an annual event, was also attended by leaders of the Ministry of National Defence.")
    got = facts(text, "2026-12-06", lang="en")
    assert ("Ministry of National Defence", "participatedIn", "reception") in got


def test_on_this_occasion_a_unit_and_its_parent_named_after_it_sign_as_one_party():
    text = ("Sáng 25/11, Bộ Công Thương tổ chức Hội nghị xúc tiến xuất khẩu nông sản năm 2031. Ông Đỗ Hà Nam đề nghị hỗ "
            "trợ doanh nghiệp tham gia các hội chợ chuyên ngành tại khu vực. Dịp này, Cục Xúc tiến thương mại thuộc Bộ "
            "Công Thương và Phòng Thương mại và Công nghiệp Dubai đã ký biên bản ghi nhớ hợp tác.")
    got = facts(text, "2031-11-26")
    ev = "Hội nghị xúc tiến xuất khẩu nông sản năm 2031"
    # the parties took part in the conference reported, not in "các hội chợ" (a kind of event, none held)
    assert ("Cục Xúc tiến thương mại", "participatedIn", ev) in got
    assert ("Phòng Thương mại và Công nghiệp Dubai", "participatedIn", ev) in got


def test_a_bare_title_opening_an_occasion_is_the_one_who_holds_it():
    text = ("Sáng 20/11, UBND tỉnh Bình Định tổ chức lễ khánh thành cầu Thị Nại 2. Đến dự có Phó Thủ tướng Trần Hồng Hà."
            "\n\nNhân dịp này, Phó Thủ tướng đã trao Bằng khen cho Ban Quản lý dự án Giao thông tỉnh và 5 cá nhân.")
    got = facts(text, "2026-11-20")
    assert ("Ban Quản lý dự án Giao thông tỉnh Bình Định", "participatedIn", "lễ khánh thành cầu Thị Nại 2") in got
    assert ("Trần Hồng Hà", "participatedIn", "lễ khánh thành cầu Thị Nại 2") in got


def test_members_of_a_delegation_and_forces_of_a_drill_took_part():
    got = graph_triples("Chiều 3/4, đoàn công tác của Bộ Tài chính do Thứ trưởng Hồ Sỹ Lâm dẫn đầu có buổi làm việc với "
                        "UBND tỉnh Cao Bằng. Thành viên đoàn công tác gồm ông Vũ Đình Khải, Cục trưởng Cục Quản lý công "
                        "sản, và bà Trần Thu Mai, Phó Vụ trưởng Vụ Ngân sách nhà nước.", "vi", "2028-04-04")
    assert {("Vũ Đình Khải", "participatedIn", "buổi làm việc"), ("Trần Thu Mai", "participatedIn", "buổi làm việc")} <= got
    got = graph_triples("Sáng 9/5, UBND tỉnh Kon Tum tổ chức Diễn tập phòng thủ dân sự tỉnh Kon Tum năm 2028. Lực lượng "
                        "tham gia gồm 800 cán bộ, chiến sĩ của Công an tỉnh Kon Tum và Hội Chữ thập đỏ tỉnh Kon Tum.",
                        "vi", "2028-05-10")
    event = "Diễn tập phòng thủ dân sự tỉnh Kon Tum năm 2028"
    assert {("Công an tỉnh Kon Tum", "participatedIn", event),
            ("Hội Chữ thập đỏ tỉnh Kon Tum", "participatedIn", event)} <= got
    assert ("UBND tỉnh Kon Tum", "participatedIn", event) not in got


def test_a_list_that_names_its_event_kind_reaches_back_past_the_window():
    filler = " ".join(f"Năm {2020 + i}, trung tâm đào tạo {10 + i} kỹ sư." for i in range(6))
    text = ("Sáng 4/3, Trường Đại học Lâm nghiệp tổ chức Lễ ra mắt Trung tâm Giống cây rừng. " + filler
            + " Dự lễ ra mắt có ông Đỗ Văn Tuấn, Phó Chủ tịch UBND tỉnh Hòa Bình.")
    got = graph_triples(text, "vi", "2028-03-05")
    assert ("Đỗ Văn Tuấn", "participatedIn", "Lễ ra mắt Trung tâm Giống cây rừng") in got
    # a list that names another kind reaches no event so far back
    got = graph_triples(text.replace("Dự lễ ra mắt có", "Dự hội nghị có"), "vi", "2028-03-05")
    assert not any(p == "participatedIn" and s == "Đỗ Văn Tuấn" for s, p, o in got)


def test_parties_to_a_signing_on_the_sidelines_or_within_an_event():
    lead = "Sáng 5/12, Bệnh viện Chợ Rẫy tổ chức Hội thảo khoa học về ghép tạng năm 2028. "
    event = "Hội thảo khoa học về ghép tạng năm 2028"
    got = graph_triples(lead + "Bên lề hội thảo, Sở Y tế Thành phố Hồ Chí Minh và Trường Đại học Y Dược Cần Thơ ký "
                        "chương trình hợp tác đào tạo.", "vi", "2028-12-06")
    assert {("Sở Y tế Thành phố Hồ Chí Minh", "participatedIn", event),
            ("Trường Đại học Y Dược Cần Thơ", "participatedIn", event)} <= got
    got = graph_triples(lead + "Trong khuôn khổ hội thảo, Bệnh viện Chợ Rẫy đồng thời ký biên bản ghi nhớ với Tập đoàn "
                        "Vingroup về ghép tạng.", "vi", "2028-12-06")
    assert ("Vingroup", "participatedIn", event) in got or ("Tập đoàn Vingroup", "participatedIn", event) in got
    # on the sidelines, showing a model or giving a gift is no part in the event
    got = graph_triples(lead + "Bên lề hội thảo, Sở Y tế tỉnh Long An giới thiệu mô hình bác sĩ gia đình.", "vi",
                        "2028-12-06")
    assert ("Sở Y tế tỉnh Long An", "participatedIn", event) not in got


def test_those_handed_an_award_in_the_programme_of_an_event_took_part():
    got = graph_triples("Sáng 5/12, Bộ Nông nghiệp và Môi trường tổ chức Hội nghị tổng kết công tác thủy lợi năm 2028. "
                        "Trong chương trình hội nghị, Thứ trưởng Trần Văn Sơn trao Bằng khen của Bộ trưởng cho Công ty "
                        "TNHH Thủy lợi Bắc Hà và ông Lý Văn Thắng, Chủ tịch UBND xã Yên Bình.", "vi", "2028-12-06")
    event = "Hội nghị tổng kết công tác thủy lợi năm 2028"
    assert {("Công ty TNHH Thủy lợi Bắc Hà", "participatedIn", event), ("Lý Văn Thắng", "participatedIn", event)} <= got
    assert ("Bộ Nông nghiệp và Môi trường", "participatedIn", event) not in got


def test_present_at_a_contest_or_a_fair_named_by_its_kind():
    got = facts("Sáng 5/4, Hội Liên hiệp Phụ nữ tỉnh Hòa Bình khai mạc Hội thi Cán bộ hội giỏi năm 2030. Đại diện Sở Nội vụ "
                "tỉnh Hòa Bình cũng có mặt tại hội thi.", "2030-04-06")
    assert ("Sở Nội vụ tỉnh Hòa Bình", "participatedIn", "Hội thi Cán bộ hội giỏi năm 2030") in got
    got = facts("Tối 2/9, Sở Văn hóa tỉnh Ninh Bình khai mạc Liên hoan Dân ca ví giặm năm 2030. Ông Trần Văn Lâm, Giám đốc "
                "Nhà hát Ca múa nhạc Ninh Bình, cũng có mặt tại liên hoan.", "2030-09-03")
    assert ("Trần Văn Lâm", "participatedIn", "Liên hoan Dân ca ví giặm năm 2030") in got


def test_within_a_week_or_a_fair_the_subject_takes_part():
    got = facts("Ngày 3/6, Bộ Công Thương khai mạc Tuần lễ Hàng Việt Nam năm 2030 tại Thành phố Hồ Chí Minh. Trong tuần lễ, "
                "Tổng công ty Thương mại Sài Gòn giới thiệu 500 sản phẩm mới.", "2030-06-04")
    assert ("Tổng công ty Thương mại Sài Gòn", "participatedIn", "Tuần lễ Hàng Việt Nam năm 2030") in got
    got = facts("Ngày 10/10, UBND tỉnh Đắk Lắk khai mạc Hội chợ Cà phê Buôn Ma Thuột năm 2030. Trong hội chợ, "
                "Tổng công ty Cà phê Việt Nam ra mắt dòng cà phê đặc sản.", "2030-10-11")
    assert ("Tổng công ty Cà phê Việt Nam", "participatedIn", "Hội chợ Cà phê Buôn Ma Thuột năm 2030") in got
    # the week is not the fair told before: no event of that kind
    got = facts("Ngày 3/6, Bộ Công Thương khai mạc Hội chợ Hàng Việt Nam năm 2030 tại Hà Nội. Trong tuần lễ, "
                "Tổng công ty Thương mại Sài Gòn giới thiệu 500 sản phẩm mới.", "2030-06-04")
    assert ("Tổng công ty Thương mại Sài Gòn", "participatedIn", "Hội chợ Hàng Việt Nam năm 2030") not in got


def test_present_with_a_stand_or_as_a_guest():
    got = facts("Ngày 3/6, Bộ Công Thương khai mạc Tuần lễ Hàng Việt Nam năm 2030 tại Thành phố Hồ Chí Minh. Công ty Cổ phần "
                "Sữa Việt Nam cũng góp mặt với gian hàng sữa hữu cơ.", "2030-06-04")
    assert ("Công ty Cổ phần Sữa Việt Nam", "participatedIn", "Tuần lễ Hàng Việt Nam năm 2030") in got
    got = facts("Sáng 12/5, Bộ Y tế tổ chức Hội nghị Y tế cơ sở năm 2030 tại Hà Nội. Tổ chức Y tế Thế giới tham dự với tư cách "
                "khách mời.", "2030-05-13")
    assert ("Tổ chức Y tế Thế giới", "participatedIn", "Hội nghị Y tế cơ sở năm 2030") in got


def test_who_holds_an_item_within_the_event_is_not_said_to_take_part():
    got = facts("Tối 2/9, UBND tỉnh Ninh Bình khai mạc Lễ hội Tràng An năm 2030. Trong khuôn khổ lễ hội, Sở Du lịch tỉnh "
                "Ninh Bình tổ chức Hội thảo phát triển du lịch di sản.", "2030-09-03")
    assert ("Sở Du lịch tỉnh Ninh Bình", "participatedIn", "Lễ hội Tràng An năm 2030") not in got


def test_bodies_and_people_who_were_at_the_event_took_part():
    # "were (also) at the ceremony / festival / event": attendance, whoever is named and however introduced
    got = facts("The Vietnam Green Building Awards 2026 were presented in HCM City on Wednesday. Representatives of "
                "the World Bank and the International Finance Corporation (IFC), which finance green loans, were also "
                "at the ceremony.", "2026-12-07", lang="en")
    assert ("World Bank", "participatedIn", "Vietnam Green Building Awards 2026") in got
    assert ("International Finance Corporation", "participatedIn", "Vietnam Green Building Awards 2026") in got
    got = facts("The Hà Nội Book Festival 2026 opened on Friday. Officials from the British Council were at the "
                "festival.", "2026-12-07", lang="en")
    assert ("British Council", "participatedIn", "Hà Nội Book Festival 2026") in got
    got = facts("The Asia Clean Energy Summit 2026 opened in Hà Nội on Monday. Executives of Siemens Energy were at "
                "the event, along with Deputy Minister Nguyễn Hoàng Long.", "2026-12-07", lang="en")
    assert ("Siemens Energy", "participatedIn", "Asia Clean Energy Summit 2026") in got


def test_was_at_a_level_is_no_attendance():
    got = facts("The Hà Nội Book Festival 2026 opened on Friday. The Hà Nội Department of Finance said the inflation "
                "rate was at its lowest level since 2020.", "2026-12-07", lang="en")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_a_purpose_after_the_attendance_verb_keeps_the_attendees():
    """"Representatives of A and B were present to receive …": the purpose does not end the reading."""
    text = ("The Bắc Ninh Investment Promotion Conference opened on Wednesday. Representatives of Amkor Technology "
            "and Foxconn were present to receive the licences.")
    got = facts(text, "2026-12-07", "en")
    assert ("Foxconn", "participatedIn", "Bắc Ninh Investment Promotion Conference") in got
    text = "The Hanoi Book Fair opened on Friday. Vinamilk and TH Group joined to form a dairy alliance."
    assert not [t for t in facts(text, "2026-12-07", "en") if t[1] == "participatedIn"]


def test_cutting_the_ribbon_or_beating_the_drum_opens_an_attendance_list():
    text = ("Ngày 2/6, Triển lãm quốc tế Vật liệu xây dựng Việt Nam 2030 khai mạc tại Hà Nội. Cắt băng khai mạc triển lãm "
            "có ông Nguyễn Văn Sinh, Thứ trưởng Bộ Xây dựng, và bà Lê Thu Hằng, Chủ tịch Hiệp hội Vật liệu xây dựng Việt Nam.")
    got = facts(text, published="2030-06-03")
    assert ("Nguyễn Văn Sinh", "participatedIn", "Triển lãm quốc tế Vật liệu xây dựng Việt Nam 2030") in got
    assert ("Lê Thu Hằng", "participatedIn", "Triển lãm quốc tế Vật liệu xây dựng Việt Nam 2030") in got
    text = ("Tối 20/1, Lễ hội Đường hoa Nguyễn Huệ năm 2031 khai mạc tại Thành phố Hồ Chí Minh. Đánh trống khai hội có "
            "bà Nguyễn Thị Lệ, Phó Chủ tịch UBND Thành phố Hồ Chí Minh.")
    assert ("Nguyễn Thị Lệ", "participatedIn", "Lễ hội Đường hoa Nguyễn Huệ năm 2031") in facts(text, published="2031-01-21")


def test_a_ribbon_not_followed_by_a_list_puts_no_one_there():
    text = ("Ngày 2/6, Hội chợ Nông sản Đồng Tháp năm 2030 khai mạc tại phường Cao Lãnh. Ông Trần Văn Nam, Phó Chủ tịch "
            "UBND tỉnh Đồng Tháp, cho biết nghi thức cắt băng sẽ được giản lược.")
    assert ("Trần Văn Nam", "participatedIn", "Hội chợ Nông sản Đồng Tháp năm 2030") not in facts(text, published="2030-06-03")


def test_the_occasion_a_ceremony_marks_is_not_the_event_attended():
    text = ("Tối 19/6, Tỉnh ủy Nghệ An tổ chức Lễ trao Giải Báo chí tỉnh Nghệ An lần thứ XIII năm 2031. Buổi lễ diễn ra nhân "
            "kỷ niệm Ngày Báo chí Cách mạng Việt Nam. Tới dự có ông Trần Quốc Hưng, Bí thư Tỉnh ủy Nghệ An; bà Võ Thị Thu "
            "Hằng, Phó Chủ tịch UBND tỉnh Nghệ An.")
    got = facts(text, published="2031-06-20")
    assert ("Võ Thị Thu Hằng", "participatedIn", "Lễ trao Giải Báo chí tỉnh Nghệ An lần thứ XIII năm 2031") in got
    assert ("Võ Thị Thu Hằng", "participatedIn", "Ngày Báo chí Cách mạng Việt Nam") not in got
    text = ("Sáng 2/9, UBND tỉnh Cao Bằng tổ chức Lễ mít tinh chào mừng Quốc khánh. Buổi lễ diễn ra nhân dịp kỷ niệm 86 năm "
            "Ngày Quốc khánh. Dự lễ có ông Hoàng Văn Long, Chủ tịch UBND tỉnh Cao Bằng.")
    got = facts(text, published="2031-09-03")
    assert ("Hoàng Văn Long", "participatedIn", "Lễ mít tinh chào mừng Quốc khánh") in got
    assert ("Hoàng Văn Long", "participatedIn", "Ngày Quốc khánh") not in got


def test_with_experts_from_a_body_is_an_attendee_list_only_after_a_comma_or_the_event():
    lead = "The Ministry of Finance held a workshop on public debt in Hà Nội on Tuesday"
    got = facts(lead + ". The ministry will cooperate with experts from the World Bank to draft the rules.",
                "2026-06-10", "en")
    assert not any(s == "World Bank" and p == "participatedIn" for s, p, o in got)
    got = facts(lead + ", with experts from the World Bank and the IMF.", "2026-06-10", "en")
    assert ("World Bank", "participatedIn", "workshop on public debt") in got


def test_speaking_at_the_opening_puts_the_speaker_at_the_event_that_opened():
    got = facts("The Vietnam Coffee Festival 2026 opened in Buôn Ma Thuột on Friday. Speaking at the opening, Deputy Prime "
                "Minister Trần Hồng Hà said coffee exports would top 5 billion USD.", "2026-06-10", "en")
    assert any(p == "participatedIn" and o == "Vietnam Coffee Festival 2026" for s, p, o in got)
    # a bridge opening to traffic is no event named in the text: nobody is put anywhere
    got = facts("The bridge opened to traffic on Friday. Speaking at the opening, Deputy Prime Minister Trần Hồng Hà said "
                "it cost 5 trillion VND.", "2026-06-10", "en")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_at_the_opening_puts_the_speaker_at_the_event_that_opened():
    text = ("The 2026 Vietnam International Seafood Exhibition opened on Tuesday in HCM City. At the opening, Deputy "
            "Minister Phung Duc Tien said seafood exports would grow.")
    assert ("Phung Duc Tien", "participatedIn", "2026 Vietnam International Seafood Exhibition") \
        in facts(text, "2026-03-10", lang="en")
    # a place after "At" is no event
    text = ("The 2026 Vietnam International Seafood Exhibition opened on Tuesday in HCM City. At the port, Deputy "
            "Minister Phung Duc Tien said seafood exports would grow.")
    assert not any(p == "participatedIn" for s, p, o in facts(text, "2026-03-10", lang="en"))


def test_on_this_occasion_is_not_an_event_still_to_come():
    text = ("Sáng 5/12, Bộ Y tế tổ chức Hội nghị tổng kết công tác phòng, chống dịch sốt xuất huyết năm 2025. "
            "Theo Cục Phòng bệnh, Chiến dịch diệt lăng quăng đợt 2 sẽ được triển khai từ ngày 15/12. "
            "Dịp này, Bộ Y tế trao Bằng khen cho 12 tập thể.")
    got = facts(text, "2025-12-05", lang="vi")
    assert not any(p == "participatedIn" and o.startswith("Chiến dịch") for s, p, o in got)


def test_speaking_on_the_sidelines_puts_the_speaker_at_the_event():
    got = facts("The Vietnam Business Forum opened in Hanoi on Tuesday. Speaking on the sidelines of the forum, "
                "Samsung Vietnam chief executive Choi Joo Ho said the firm would invest more.", "2025-11-20", lang="en")
    assert ("Choi Joo Ho", "participatedIn", "Vietnam Business Forum") in got
    assert ("Samsung Vietnam", "participatedIn", "Vietnam Business Forum") not in got  # it only names his post
    got = facts("The ASEAN Defence Ministers' Meeting was held in Kuala Lumpur on Saturday. Talking to reporters on the "
                "sidelines of the meeting, General Phan Van Giang said Vietnam backed a code of conduct.", "2025-11-20",
                lang="en")
    assert ("Phan Van Giang", "participatedIn", "ASEAN Defence Ministers' Meeting") in got
    got = facts("The ASEAN Summit opened in Kuala Lumpur on Sunday. Speaking on the sidelines of the summit, "
                "Vietnamese Ambassador to the Philippines Tran Thi Mai said trade was growing.", "2025-11-20", lang="en")
    assert ("Tran Thi Mai", "participatedIn", "ASEAN Summit") in got
    assert ("Tran Thi Mai", "position", "Ambassador") in got


def test_a_speech_at_the_opening_of_an_event_puts_the_speaker_at_it():
    got = facts("In a speech at the opening of the Vietnam Digital Summit in Hanoi on Thursday, Minister Nguyen Manh Hung "
                "urged firms to invest in chips.", "2025-11-20", lang="en")
    assert ("Nguyen Manh Hung", "participatedIn", "Vietnam Digital Summit") in got
    got = facts("In a speech at the opening of the fair, he said Vietnam wanted more buyers. Minister Nguyen Hong Dien "
                "visited Laos last week.", "2025-11-20", lang="en")
    assert not any(p == "participatedIn" and s == "Nguyen Hong Dien" for s, p, o in got)


def test_speaking_after_the_vote_or_the_race_puts_the_speaker_at_the_happening_named_before():
    from articlefacts import facts
    got = facts("The Human Rights Council election was held in New York on Tuesday. Speaking after the vote, Ambassador "
                "Do Hung Viet said the result showed trust.", "2026-12-07", "en")
    assert ("Do Hung Viet", "participatedIn", "Human Rights Council election") in got
    got = facts("The Hanoi Marathon took place on Sunday. Speaking after the race, winner Le Van Binh said the course "
                "was hard.", "2026-12-07", "en")
    assert ("Le Van Binh", "participatedIn", "Hanoi Marathon") in got


def test_speaking_after_a_day_or_a_place_names_no_happening():
    from articlefacts import facts
    got = facts("The Hanoi Marathon took place on Sunday. Speaking after a week in Hue, Le Van Binh said he was tired.",
                "2026-12-07", "en")
    assert ("Le Van Binh", "participatedIn", "Hanoi Marathon") not in got
