"""Tests of kg.relations.organizations: subOrganizationOf."""
from __future__ import annotations

from functools import partial

import kg.nlp
from kg.nlp.recognizers.stages import analyze_text

from articlefacts import facts, graph_triples, kg_spans


_triples = partial(graph_triples, published="2025-09-29")
_triples_20251120 = partial(graph_triples, published="2025-11-20")


def _spans(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def _orgs(text: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2032-05-02")
    return {e.text for e in doc.spans["kg"] if e.label_ == "ORG"}


def test_steering_committee_is_about_its_subject():
    got = _triples("The Lao Cai Provincial Steering Committee for Natural Disaster Prevention, Search and Rescue on "
                   "Sunday ordered the evacuation of 1,300 households.")
    assert any(p == "about" and s.startswith("Lao Cai Provincial Steering") for s, p, o in got)


def test_parent_named_in_an_apposition():
    got = _triples("The Vietnam Exchange, the parent of the Ho Chi Minh City Stock Exchange (HOSE) and the Hanoi "
                   "Stock Exchange, is preparing to list its own shares.")
    subs = {s for s, p, o in got if p == "subOrganizationOf" and o == "Vietnam Exchange"}
    assert len(subs) == 2 and "Hanoi Stock Exchange" in subs  # the HOSE label is the gazetteer's


def test_state_owned_group_after_a_ministrys_possessive():
    got = _triples_20251120("The fair is organised by the Ministry of Industry and Trade's Vinachem Group in Hải Phòng.")
    assert any(p == "subOrganizationOf" and s.startswith("Vinachem") and "Industry and Trade" in o for s, p, o in got)


def test_body_with_acronym_comma_under_a_ministry():
    got = _triples_20251120("The Vietnam Maritime Administration (VIMAD), under the Ministry of Construction, approved the "
                   "plan on Monday.")
    assert any(p == "subOrganizationOf" and o == "Ministry of Construction" for s, p, o in got)


def test_a_research_institute_of_a_university_is_two_bodies():
    text = "The Southern Coastal Ecology Research Institute of Huế University will lead the survey."
    orgs = _spans(text, "ORG")
    assert "Southern Coastal Ecology Research Institute" in orgs and "Huế University" in orgs
    assert ("Southern Coastal Ecology Research Institute", "subOrganizationOf", "Huế University") in _triples_20260206(text)


def test_head_of_the_division_is_a_member_of_the_division_named_before():
    got = facts("The Đồng Nai Provincial Police's Economic Police Division is investigating the firm. Colonel Lê Văn "
                "Hùng, head of the division, said officers had seized the accounts.", "2024-05-03", "en")
    assert ("Lê Văn Hùng", "memberOf", "Economic Police Division") in got
    assert ("Lê Văn Hùng", "position", "head") in got


def test_which_is_under_and_a_possessive_university():
    got = facts("The State Securities Commission, which is under the Ministry of Finance, fined 45 firms. "
                "The lab is at VNU's University of Engineering and Technology.", lang="en")
    assert ("State Securities Commission", "subOrganizationOf", "Ministry of Finance") in got
    assert any(s == "University of Engineering and Technology" and p == "subOrganizationOf" for s, p, _ in got)


def test_under_the_ministry_the_councils_session_and_its_closing():
    got = facts("The Ministry of Agriculture and Environment met. The Plant Protection Department, under the ministry, "
                "sent teams.", lang="en")
    assert ("Plant Protection Department", "subOrganizationOf", "Ministry of Agriculture and Environment") in got
    text = ("The Hanoi People's Council on Friday passed a resolution. The resolution was adopted at the council's 23rd "
            "session, Chairman Nguyen Ngoc Tuan said at the closing of the session.")
    got = facts(text, published="2025-07-05", lang="en")
    assert ("Hanoi People's Council", "organized", "23rd session") in got
    assert ("Nguyen Ngoc Tuan", "participatedIn", "23rd session") in got
    assert ("Ring Road 1", "LOC") in _ents("The zone lies inside Ring Road 1.")


def test_a_subsidiary_said_with_la_and_no_comma():
    got = facts("Công ty TNHH Phân bón Bình Điền Miền Bắc là công ty con của Công ty cổ phần Tập đoàn Hóa chất Đức "
                "Giang.", "2032-05-02")
    assert ("Công ty TNHH Phân bón Bình Điền Miền Bắc", "subOrganizationOf",
            "Công ty cổ phần Tập đoàn Hóa chất Đức Giang") in got
    got = facts("Công ty TNHH Phân bón Bình Điền Miền Bắc từng là công ty con của Công ty cổ phần Tập đoàn Hóa chất Đức "
                "Giang.", "2032-05-02")
    assert not any(p == "subOrganizationOf" for s, p, o in got)


def test_a_member_school_named_with_its_university_after_a_dash():
    got = facts("TS Phan Minh Đức, Hiệu trưởng Trường Đại học Sư phạm - Đại học Huế, cho biết trường tuyển 2.000 sinh "
                "viên.", "2032-05-02")
    assert ("Phan Minh Đức", "memberOf", "Trường Đại học Sư phạm - Đại học Huế") in got
    assert ("Trường Đại học Sư phạm - Đại học Huế", "subOrganizationOf", "Đại học Huế") in got
    assert _orgs("Bộ Y tế - Bộ Tài chính đã thống nhất.") >= {"Bộ Y tế", "Bộ Tài chính"}


def test_a_short_form_in_brackets_does_not_stop_thuoc():
    got = facts("Viện Vật lý Địa cầu (IGP) thuộc Viện Hàn lâm Khoa học và Công nghệ Việt Nam công bố báo cáo.",
                "2027-02-10")
    assert ("Viện Vật lý Địa cầu", "subOrganizationOf", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam") in got


def test_a_police_unit_runs_over_paired_phrases():
    got = facts("Sáng 4/2, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bắc Giang tổ chức "
                "diễn tập tại Khu công nghiệp Quang Châu.", "2027-02-04")
    unit = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bắc Giang"
    assert any(s == unit and p == "organized" for s, p, o in got)


def test_a_unit_of_a_ministry_organises_not_the_ministry_after_thuoc():
    got = facts("Ngày 8/3, Viện Khoa học Thủy lợi Việt Nam thuộc Bộ Nông nghiệp và Môi trường tổ chức Hội thảo "
                "quốc tế về an ninh nguồn nước.", "2027-03-10")
    assert any(s == "Viện Khoa học Thủy lợi Việt Nam" and p == "organized" for s, p, o in got)
    assert not any(s == "Bộ Nông nghiệp và Môi trường" and p == "organized" for s, p, o in got)


def test_a_provincial_force_alone_is_no_unit():
    got = facts("Công an tỉnh Hà Giang vừa triệt phá một đường dây buôn lậu.")
    assert not any(p == "subOrganizationOf" for s, p, o in got)


def test_a_bank_branch_apposed_to_its_bank():
    got = facts("Agribank Sóc Trăng, chi nhánh của Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam, đã giải ngân "
                "200 tỷ đồng cho nông dân.")
    assert ("Agribank Sóc Trăng", "subOrganizationOf", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam") in got


def test_a_subsidiary_of_a_described_parent():
    got = facts("The plant is run by Hanwha Vina, a unit of the South Korean defence group Hanwha Aerospace, "
                "and Siemens Việt Nam, a subsidiary of the German industrial conglomerate Siemens.", "2026-01-10", "en")
    assert ("Siemens Việt Nam", "subOrganizationOf", "Siemens") in got


def test_a_department_or_centre_of_a_body_written_with_cua_is_its_unit():
    got = facts("Sở Y tế giao Khoa Kiểm soát bệnh truyền nhiễm của CDC Đồng Tháp hướng dẫn các trạm y tế. Trung tâm "
                "Thông tin và Thống kê của Sở Công Thương Đồng Tháp cập nhật dữ liệu hằng tuần.", "2026-05-02")
    assert ("Khoa Kiểm soát bệnh truyền nhiễm", "subOrganizationOf", "CDC Đồng Tháp") in got
    assert any(s.startswith("Trung tâm Thông tin và Thống kê") and p == "subOrganizationOf" for s, p, o in got)


def test_an_owners_possessive_unit_noun_makes_the_unit_its_suborganization():
    from articlefacts import facts
    got = facts("Toshiba's subsidiary Kamigawa Electronics will invest US$80 million in Đồng Nai.", lang="en",
                published="2026-02-04")
    assert ("Kamigawa Electronics", "subOrganizationOf", "Toshiba") in got


def test_body_owned_by_another_in_apposition_is_its_unit():
    from articlefacts import facts
    got = facts("Sao Biển Cruises, a young operator owned by Vinpearl JSC, added two ships.", lang="en", published="2026-02-02")
    assert ("Sao Biển Cruises", "subOrganizationOf", "Vinpearl JSC") in got
    got = facts("Sao Biển Cruises, which is partly owned by Vinpearl JSC, added two ships.", lang="en", published="2026-02-02")
    assert ("Sao Biển Cruises", "subOrganizationOf", "Vinpearl JSC") not in got


def test_the_group_in_an_apposition_is_the_group_named_before_not_the_unit():
    from articlefacts import facts
    got = facts("Masan Group reported higher profit. Its retail sales came from Phúc Long Heritage Corporation, a "
                "subsidiary of the group, which opened 300 stores.", lang="en", published="2026-02-02")
    assert ("Phúc Long Heritage Corporation", "subOrganizationOf", "Masan Group") in got


def test_a_body_described_as_a_unit_of_the_next_body_belongs_to_it():
    # "X là bệnh viện hạng I trực thuộc Y", "X là đơn vị của Y", with the body's seat written before "là"
    got = facts("Bệnh viện Đa khoa Trung ương Cần Thơ là bệnh viện hạng I trực thuộc Bộ Y tế, có trụ sở tại phường "
                "Cái Khế. Trung tâm Đột quỵ là đơn vị của Bệnh viện Đa khoa Trung ương Cần Thơ. Bệnh viện Nhân dân 115 "
                "đặt tại phường Hòa Hưng, Thành phố Hồ Chí Minh, là bệnh viện trực thuộc Sở Y tế Thành phố Hồ Chí Minh.",
                "2027-03-09")
    assert ("Bệnh viện Đa khoa Trung ương Cần Thơ", "subOrganizationOf", "Bộ Y tế") in got
    assert ("Trung tâm Đột quỵ", "subOrganizationOf", "Bệnh viện Đa khoa Trung ương Cần Thơ") in got
    assert ("Bệnh viện Nhân dân 115", "subOrganizationOf", "Sở Y tế Thành phố Hồ Chí Minh") in got


def test_a_body_only_compared_with_another_is_no_unit_of_it():
    got = facts("Bệnh viện Đa khoa tỉnh Nghệ An là bệnh viện lớn của Bộ Y tế tại miền Trung.", "2027-03-09")
    assert not any(p == "subOrganizationOf" for s, p, o in got)


def test_this_is_a_unit_of_y_names_the_body_of_the_sentence_before():
    got = facts("Dự án do Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Lâm Đồng làm chủ đầu tư. "
                "Đây là đơn vị sự nghiệp trực thuộc Sở Xây dựng tỉnh Lâm Đồng, có trụ sở tại phường Xuân Hương - Đà Lạt.",
                "2027-10-11")
    unit = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Lâm Đồng"
    assert (unit, "subOrganizationOf", "Sở Xây dựng tỉnh Lâm Đồng") in got
    assert (unit, "locatedIn", "phường Xuân Hương - Đà Lạt") in got
    assert not any(p == "locatedIn" and s == "Sở Xây dựng tỉnh Lâm Đồng" for s, p, o in got)


def test_a_numbered_road_management_zone_is_a_unit_of_the_road_authority():
    got = facts("Cùng ngày, Khu Quản lý đường bộ IV, đơn vị của Cục Đường bộ Việt Nam, kiểm tra các điểm sạt lở.",
                "2027-10-11")
    assert ("Khu Quản lý đường bộ IV", "subOrganizationOf", "Cục Đường bộ Việt Nam") in got


def test_english_unit_stated_by_is_a_unit_of_the_group_s_arm_and_the_ministry_s_centre():
    got = facts("The Police Department for Administrative Management of Social Order is a unit of the Ministry of "
                "Public Security.", "2026-12-05", "en")
    assert ("Police Department for Administrative Management of Social Order", "subOrganizationOf",
            "Ministry of Public Security") in got
    got = facts("The Vietnam National Industry and Energy Group said on Wednesday that profit rose. PetroVietnam "
                "Exploration Production Corporation (PVEP), the group's upstream arm, raised oil output.",
                "2026-12-05", "en")
    assert ("PetroVietnam Exploration Production Corporation", "subOrganizationOf",
            "Vietnam National Industry and Energy Group") in got
    got = facts("The Ministry of Science and Technology held an awards ceremony on Thursday. Earlier in the day, the "
                "ministry's National Innovation Centre handed certificates to eight start-ups.", "2026-12-05", "en")
    assert ("National Innovation Centre", "subOrganizationOf", "Ministry of Science and Technology") in got


def test_english_is_with_no_unit_link_gives_no_unit():
    got = facts("The Police Department for Administrative Management of Social Order is working with the Ministry "
                "of Public Security.", "2026-12-05", "en")
    assert not any(p == "subOrganizationOf" for _, p, _ in got)


def test_department_school_and_university_written_with_commas():
    got = facts("Sáng 12/5, Khoa Hóa học, Trường Đại học Sư phạm, Đại học Đà Nẵng tổ chức hội thảo khoa học.",
                "2027-05-13")
    assert ("Khoa Hóa học", "subOrganizationOf", "Trường Đại học Sư phạm") in got
    assert ("Trường Đại học Sư phạm", "subOrganizationOf", "Đại học Đà Nẵng") in got


def test_bodies_listed_with_commas_are_no_chain():
    got = facts("Dự hội nghị có đại diện Khoa Dược, Bệnh viện Chợ Rẫy và Sở Y tế Thành phố Hồ Chí Minh.", "2027-05-13")
    assert ("Khoa Dược", "subOrganizationOf", "Bệnh viện Chợ Rẫy") not in got


def test_member_university_and_ranger_post_of_a_body():
    got = facts("Trường Đại học Kinh tế là trường đại học thành viên của Đại học Đà Nẵng. Hạt Kiểm lâm khu vực Mang Yang "
                "của Chi cục Kiểm lâm tỉnh Gia Lai vừa tuần tra rừng.", "2027-05-13")
    assert ("Trường Đại học Kinh tế", "subOrganizationOf", "Đại học Đà Nẵng") in got
    assert ("Hạt Kiểm lâm khu vực Mang Yang", "subOrganizationOf", "Chi cục Kiểm lâm tỉnh Gia Lai") in got


def test_the_federation_is_the_body_named_federation_not_a_later_confederation():
    got = facts("The Việt Nam Football Federation held its congress in Hà Nội on Saturday. Its delegates also met "
                "officials of the Asian Football Confederation. Đoàn Văn Hùng, chairman of Gia Lai Steel Group, was "
                "elected vice president of the federation.", "2025-12-08", "en")
    assert ("Đoàn Văn Hùng", "memberOf", "Việt Nam Football Federation") in got
    assert ("Đoàn Văn Hùng", "memberOf", "Asian Football Confederation") not in got


def test_units_listed_after_a_body_that_has_them():
    got = facts("Tổng công ty Điện lực miền Bắc có 3 công ty con gồm Công ty Điện lực Hải Dương, Công ty Điện lực "
                "Nam Định và Công ty Điện lực Thái Bình.", "2027-12-06")
    for unit in ("Công ty Điện lực Hải Dương", "Công ty Điện lực Nam Định", "Công ty Điện lực Thái Bình"):
        assert (unit, "subOrganizationOf", "Tổng công ty Điện lực miền Bắc") in got


def test_a_centre_named_again_with_nay_is_the_unit():
    got = facts("Trung tâm Xúc tiến thương mại tỉnh Gyeonggi sẽ mở văn phòng đại diện tại Hạ Long. Trung tâm này là "
                "đơn vị thuộc Chính quyền tỉnh Gyeonggi, hiện đã có văn phòng tại Hà Nội.", "2027-12-06")
    assert ("Trung tâm Xúc tiến thương mại tỉnh Gyeonggi", "subOrganizationOf", "Chính quyền tỉnh Gyeonggi") in got
    assert ("Trung tâm Xúc tiến thương mại tỉnh Gyeonggi", "locatedIn", "Hà Nội") in got
    assert ("Chính quyền tỉnh Gyeonggi", "locatedIn", "Hà Nội") not in got


def test_an_arm_of_a_parent_named_with_its_country():
    got = facts("Shinhan Bank Vietnam, the Vietnamese arm of South Korea's Shinhan Financial Group, will open five "
                "branches. Lotte Shopping's Vietnamese unit Lotte Mart Vietnam will spend US$30 million.", "2026-12-01", "en")
    assert ("Shinhan Bank Vietnam", "subOrganizationOf", "Shinhan Financial Group") in got
    assert ("Lotte Mart Vietnam", "subOrganizationOf", "Lotte Shopping") in got


def test_a_unit_run_by_or_at_or_belonging_to_its_parent():
    got = facts("The Hà Nội Oncology Hospital, run by the Hà Nội Health Department, will share records. Nguyễn Thị "
                "Kim Phụng, director of the Department of Higher Education at the Ministry of Education and Training, "
                "spoke.", "2026-12-05", "en")
    assert ("Hà Nội Oncology Hospital", "subOrganizationOf", "Hà Nội Health Department") in got
    assert ("Department of Higher Education", "subOrganizationOf", "Ministry of Education and Training") in got


def test_a_department_that_belongs_to_a_ministry():
    got = facts("Trương Văn Phước leads the Department of Enterprise Development. The department belongs to the "
                "Ministry of Finance and manages State capital.", "2026-12-05", "en")
    assert ("Department of Enterprise Development", "subOrganizationOf", "Ministry of Finance") in got


def test_a_member_school_of_a_university_system():
    got = facts("The University of Science, a member school of Vietnam National University, Hanoi, will open a "
                "faculty.", "2026-12-05", "en")
    assert ("University of Science", "subOrganizationOf", "Vietnam National University, Hanoi") in got


def test_units_under_or_affiliated_to_a_parent_in_an_apposition():
    from articlefacts import graph_triples
    got = graph_triples("Bạch Mai Hospital, a hospital directly under the Ministry of Health, will train doctors. "
                        "The Vietnam Education Publishing House, a company under the Ministry of Education and "
                        "Training, will print new books.", "en", "2026-12-05")
    assert ("Bạch Mai Hospital", "subOrganizationOf", "Ministry of Health") in got
    assert ("Vietnam Education Publishing House", "subOrganizationOf", "Ministry of Education and Training") in got


def test_a_member_school_of_a_parent_named_inside_the_apposition():
    from articlefacts import graph_triples
    got = graph_triples("Vietnam National University, Hanoi (VNU) opened a lab. The University of Engineering and "
                        "Technology, another VNU member school, will be led by a new rector.", "en", "2026-12-06")
    assert ("University of Engineering and Technology", "subOrganizationOf", "Vietnam National University, Hanoi") in got


def test_a_unit_named_with_its_seat_before_the_link_to_its_parent():
    from articlefacts import graph_triples
    got = graph_triples("In the south, the Pasteur Institute in HCM City, which is affiliated to the Ministry of Health, "
                        "has recorded more than 32,000 cases this year.", "en", "2026-12-05")
    assert any(s.startswith("Pasteur Institute") and p == "subOrganizationOf" and o == "Ministry of Health"
               for s, p, o in got)


def test_a_bodys_annual_event_is_organised_by_the_body():
    got = facts("The Việt Nam Logistics Business Association's annual Việt Nam Logistics Forum opened on Friday "
                "in Hải Phòng.", "2025-03-08", "en")
    assert any(s == "Việt Nam Logistics Business Association" and p == "organized" for s, p, o in got)
    got = facts("The Việt Nam Logistics Business Association held talks on the annual Việt Nam Logistics Forum.",
                "2025-03-08", "en")
    assert not any(p == "organized" and o == "Việt Nam Logistics Forum" and s != "Việt Nam Logistics Business Association"
                   for s, p, o in got)


def test_the_congress_of_a_body_is_organised_by_the_body_not_by_the_congress_name():
    got = facts("The meeting approved plans for the 10th National Congress of the Việt Nam Youth Federation.",
                "2025-03-08", "en")
    assert not any(p == "organized" and s.startswith("National Congress") for s, p, o in got)


def test_one_of_the_member_schools_of_a_university():
    from articlefacts import facts

    got = facts("Trường Kinh tế là một trong các trường thành viên của Đại học Bách khoa Hà Nội.", "2031-03-02")
    assert ("Trường Kinh tế", "subOrganizationOf", "Đại học Bách khoa Hà Nội") in got


def test_corporation_of_a_group_by_its_short_form():
    from articlefacts import facts

    got = facts("Tập đoàn Dầu khí Việt Nam (PVN) cho biết Tổng công ty Khí Việt Nam của PVN đã hoàn thành kế hoạch "
                "năm. Sản phẩm của Công ty Cổ phần Sữa Việt Nam được bán tại Hà Nội.", "2031-03-02")
    assert any(s == "Tổng công ty Khí Việt Nam" and p == "subOrganizationOf" for s, p, o in got)
    assert not any(p == "subOrganizationOf" and s.startswith("Sản phẩm") for s, p, o in got)


def test_a_body_run_by_another_is_its_unit():
    got = facts("The Cần Thơ Central General Hospital opened a centre. The hospital, which is run by the Ministry of "
                "Health, treated 3,000 patients. The Hòa Bình Water Company, managed by the Hòa Bình People's "
                "Committee, raised prices.", "2026-11-20", "en")
    assert ("Cần Thơ Central General Hospital", "subOrganizationOf", "Ministry of Health") in got
    assert ("Hòa Bình Water Company", "subOrganizationOf", "Hòa Bình People's Committee") in got
    got = facts("The Ministry of Health met Bạch Mai Hospital, and the hospital's plan was run by a consultant.",
                "2026-11-20", "en")
    assert not any(p == "subOrganizationOf" for _, p, _ in got)


def test_unit_of_a_parent_past_its_seat():
    cases = [
        ("Công ty Cổ phần Năng lượng Tái tạo Nam Trung Bộ có trụ sở tại thành phố Nha Trang và là công ty con của Tổng "
         "công ty Điện lực Dầu khí Việt Nam.", "Công ty Cổ phần Năng lượng Tái tạo Nam Trung Bộ",
         "Tổng công ty Điện lực Dầu khí Việt Nam"),
        ("Công ty TNHH Cơ khí Chính xác Hòa Phát, có trụ sở tại tỉnh Hưng Yên, là công ty con của Tập đoàn Hòa Phát.",
         "Công ty TNHH Cơ khí Chính xác Hòa Phát", "Tập đoàn Hòa Phát"),
        ("Viện Nghiên cứu Hải sản đặt trụ sở ở thành phố Hải Phòng và là đơn vị trực thuộc Bộ Nông nghiệp và Môi trường.",
         "Viện Nghiên cứu Hải sản", "Bộ Nông nghiệp và Môi trường"),
    ]
    for text, unit, parent in cases:
        assert (unit, "subOrganizationOf", parent) in facts(text, "2030-09-16"), text
    got = facts("Công ty Cổ phần Thép Nam Sơn có trụ sở tại tỉnh Hưng Yên và từng là công ty con của Tập đoàn Hòa Phát.",
                "2030-09-16")
    assert not any(p == "subOrganizationOf" for _, p, _ in got)


def test_its_unit_after_a_body_is_that_bodys():
    got = facts("The Vietnam Electricity Group (EVN) and its unit, the National Power Transmission Corporation, completed "
                "the line. PetroVietnam said its subsidiary PV Power would build the plant.", "2025-12-06", lang="en")
    parents = {s: o for s, p, o in got if p == "subOrganizationOf"}  # (the parents under their gazetteer names)
    assert "Electricity" in parents["National Power Transmission Corporation"]
    assert "Energy" in parents["PV Power"]
    # a partner is not a unit
    got = facts("Vingroup and its partner Toyota signed a deal on Monday.", "2025-12-06", lang="en")
    assert not any(p == "subOrganizationOf" for s, p, o in got)
