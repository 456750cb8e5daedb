"""Vietnamese news constructions of issue 9's seventh round, on sentences written for these tests (other
names, places and fields than the tune articles): plan names after prose that names them, "gắn với"
inside a plan's name, lower-case references to a plan, dated meetings whose purpose clause names an
instrument first, titled lower-case event runs, chairs written around the verb, an advised body that
issues, plans named for a bare kind, new policy-field topics."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.nlp.recognizers.policies import policy_candidates
from kg.nlp.lexicon import load_lexicon
from kg.resolve import resolve_article
from test_extract import facts


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="vi"), doc))
    return {(e.name, e.type) for e in res.entities.values()}


def _policies(text: str) -> list[str]:
    return [text[c.start:c.end] for c in policy_candidates(text, "vi", load_lexicon())]


def test_prose_about_a_plan_does_not_swallow_the_strategy_it_names():
    text = ("Chương trình được xây dựng nhằm triển khai Chiến lược phát triển ngành thủy sản Việt Nam đến năm "
            "2035 của Thủ tướng Chính phủ.")
    assert "Chiến lược phát triển ngành thủy sản Việt Nam đến năm 2035" in _policies(text)


def test_gan_voi_stays_inside_a_plan_name():
    text = "Tỉnh đang thực hiện Đề án phát triển du lịch sinh thái gắn với bảo tồn rừng ngập mặn đến năm 2030."
    assert "Đề án phát triển du lịch sinh thái gắn với bảo tồn rừng ngập mặn đến năm 2030" in _policies(text)
    # "với" still ends a name elsewhere
    assert all("với các" not in p for p in _policies("Kế hoạch phát triển nhân lực với các trường đại học được ký."))


def test_a_lower_case_plan_reference_before_a_comma_is_the_plan_named_before():
    got = facts("Tỉnh Hậu Giang đang triển khai Đề án phát triển kinh tế tập thể đến năm 2030. Để cụ thể hóa "
                "đề án, UBND tỉnh Hậu Giang đã ban hành Kế hoạch số 77/KH-UBND.", "2027-03-10")
    assert ("Kế hoạch số 77/KH-UBND", "implements", "Đề án phát triển kinh tế tập thể đến năm 2030") in got


def test_a_dated_meeting_whose_purpose_clause_names_a_directive_is_about_its_field():
    got = facts("Sáng 4/3, Sở Y tế tỉnh Phú Yên tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 25-CT/TW "
                "của Ban Bí thư về công tác an toàn thực phẩm.", "2027-03-10")
    assert any(p == "about" and o == "an toàn thực phẩm" and s.casefold().startswith("hội nghị") for s, p, o in got)


def test_a_titled_lower_case_event_run_is_about_the_topic_in_it():
    got = facts("Ngày 6/3, Ngân hàng Nhà nước tổ chức Diễn tập ứng phó sự cố an ninh mạng ngành ngân hàng.",
                "2027-03-10")
    assert any(p == "about" and o == "an ninh mạng" for s, p, o in got)
    # a head that opens the sentence is its subject, not a title
    got = facts("Sáng 6/3, tại Hà Nội. Hội nghị thống nhất đề xuất chính sách an ninh mạng.", "2027-03-10")
    assert not any(p == "about" and o == "an ninh mạng" and s.casefold().startswith("hội nghị") for s, p, o in got)


def test_a_meeting_chaired_by_a_person_in_the_passive():
    got = facts("Chiều 2/3, UBND tỉnh Sóc Trăng tổ chức Hội nghị bàn giải pháp chống hạn mặn. Hội nghị do ông "
                "Lâm Hoàng Nghiệp, Phó Chủ tịch UBND tỉnh, chủ trì.", "2027-03-10")
    assert any(s == "Lâm Hoàng Nghiệp" and p == "participatedIn" for s, p, o in got)


def test_coordinated_chairs_before_a_generic_noun_both_take_part():
    got = facts("Sáng 5/3, Bộ Quốc phòng tổ chức Diễn tập phòng thủ dân sự năm 2027. Thượng tướng Hoàng Xuân "
                "Chiến, Thứ trưởng Bộ Quốc phòng, và ông Nguyễn Hòa Bình, Phó Thủ tướng, đồng chủ trì buổi diễn "
                "tập.", "2027-03-10")
    chairs = {s for s, p, o in got if p == "participatedIn"}
    assert {"Hoàng Xuân Chiến", "Nguyễn Hòa Bình"} <= chairs
    # a chaired press conference is not the exam it announces
    got = facts("Sáng 5/3, Bộ Giáo dục và Đào tạo tổ chức họp báo về Kỳ thi đánh giá năng lực năm 2027. Thứ "
                "trưởng Lê Quân chủ trì buổi họp báo.", "2027-03-10")
    assert not any(s == "Lê Quân" and p == "participatedIn" and o.startswith("Kỳ thi") for s, p, o in got)


def test_an_advised_body_issues_the_plan_that_carries_out_both_instruments():
    got = facts("Để triển khai Luật Thủy lợi và Chiến lược thủy lợi Việt Nam đến năm 2030, Sở Nông nghiệp và Môi "
                "trường tỉnh Bạc Liêu đã tham mưu UBND tỉnh Bạc Liêu ban hành Kế hoạch số 15/KH-UBND.", "2027-03-10")
    assert ("UBND tỉnh Bạc Liêu", "issued", "Kế hoạch số 15/KH-UBND") in got
    assert ("Kế hoạch số 15/KH-UBND", "implements", "Luật Thủy lợi") in got
    assert ("Kế hoạch số 15/KH-UBND", "implements", "Chiến lược thủy lợi Việt Nam đến năm 2030") in got
    # a body asked to advise has issued nothing
    got = facts("UBND tỉnh giao Sở Tài chính tỉnh Bạc Liêu tham mưu UBND tỉnh Bạc Liêu ban hành Kế hoạch số "
                "16/KH-UBND.", "2027-03-10")
    assert ("UBND tỉnh Bạc Liêu", "issued", "Kế hoạch số 16/KH-UBND") not in got


def test_a_plan_named_for_a_bare_kind_implements_the_one_named_before():
    got = facts("Chính phủ đã phê duyệt Chiến lược quốc gia về phòng, chống thiên tai đến năm 2030. Bộ Nông "
                "nghiệp và Môi trường đang xây dựng Kế hoạch hành động thực hiện Chiến lược.", "2027-03-10")
    assert any(s.startswith("Kế hoạch hành động") and p == "implements" and o.startswith("Chiến lược quốc gia")
               for s, p, o in got)


def test_new_policy_field_topics():
    got = _entities("Hội thảo bàn về giáo dục nghề nghiệp, tăng trưởng xanh, công nghiệp văn hóa và an ninh nguồn "
                    "nước.")
    topics = {n for n, t in got if t == "Topic"}
    assert {"giáo dục nghề nghiệp", "tăng trưởng xanh", "công nghiệp văn hóa", "an ninh nguồn nước"} <= topics


def test_a_unit_of_a_ministry_organises_not_the_ministry_after_thuoc():
    got = facts("Ngày 8/3, Viện Khoa học Thủy lợi Việt Nam thuộc Bộ Nông nghiệp và Môi trường tổ chức Hội thảo "
                "quốc tế về an ninh nguồn nước.", "2027-03-10")
    assert any(s == "Viện Khoa học Thủy lợi Việt Nam" and p == "organized" for s, p, o in got)
    assert not any(s == "Bộ Nông nghiệp và Môi trường" and p == "organized" for s, p, o in got)


def test_a_purpose_clause_inside_reported_speech_credits_the_plan_approved_after_it():
    got = facts("Phát biểu tại hội nghị, ông Võ Văn Hoan, Phó Chủ tịch UBND tỉnh Bến Tre, cho biết để cụ thể hóa "
                "Nghị quyết số 11-NQ/TU của Tỉnh ủy, UBND tỉnh Bến Tre đã phê duyệt Đề án phát triển dừa hữu cơ "
                "đến năm 2030.", "2027-03-10")
    assert ("Đề án phát triển dừa hữu cơ đến năm 2030", "implements", "Nghị quyết số 11-NQ/TU") in got


def test_a_venue_named_after_a_day():
    got = _entities("Tối 2/9, tại Quảng trường 19 tháng 8, UBND thị xã tổ chức chương trình nghệ thuật.")
    assert ("Quảng trường 19 tháng 8", "Place") in got
    got = _entities("Sáng 3/2, tại Quảng trường 3/2, người dân dự lễ chào cờ.")
    assert ("Quảng trường 3/2", "Place") in got


def test_prose_verbs_after_a_plan_kind_are_no_name():
    assert _policies("Đề án ưu tiên ứng dụng công nghệ sinh học trong chăn nuôi.") == []


def test_a_city_written_with_a_hyphen_is_the_gazetteer_city():
    got = _entities("Sáng 1/3, tại thành phố Phan Rang - Tháp Chàm, tỉnh tổ chức hội chợ.")
    assert any(t == "Place" and n.startswith("Phan Rang") for n, t in got)
    assert not any(t == "Person" and "Phan Rang" in n for n, t in got)


def test_a_trial_opened_by_a_court_with_its_presiding_judge_and_prosecutor():
    got = facts("Ngày 4/3, Tòa án nhân dân tỉnh Long An mở phiên tòa sơ thẩm xét xử 5 bị cáo về tội buôn lậu. "
                "Phiên tòa do Thẩm phán Trương Minh Tuấn làm chủ tọa; đại diện Viện kiểm sát nhân dân tỉnh Long An "
                "thực hành quyền công tố.", "2027-03-10")
    trials = {o for s, p, o in got if p == "organized" and s == "Tòa án nhân dân tỉnh Long An"}
    assert trials
    assert any(s == "Trương Minh Tuấn" and p == "participatedIn" and o in trials for s, p, o in got)
    assert any(s == "Viện kiểm sát nhân dân tỉnh Long An" and p == "participatedIn" and o in trials for s, p, o in got)


def test_a_board_named_by_its_field_is_about_it():
    got = facts("Sáng 1/3, Ban An toàn giao thông tỉnh Quảng Bình tổ chức hội nghị tổng kết.", "2027-03-10")
    assert any(s.startswith("Ban An toàn giao thông") and p == "about" and o.casefold() == "an toàn giao thông"
               for s, p, o in got)


def test_a_law_name_with_a_paired_comma():
    assert "Luật Trật tự, an toàn giao thông đường bộ" in _policies(
        "Lực lượng chức năng thực hiện Luật Trật tự, an toàn giao thông đường bộ từ đầu năm.")


def test_a_venue_named_by_its_province():
    got = _entities("Sáng 2/3, tại Nhà thi đấu tỉnh Bắc Giang, Sở Văn hóa tổ chức giải cầu lông.")
    assert ("Nhà thi đấu tỉnh Bắc Giang", "Place") in got


def test_a_dated_signing_of_contracts_is_an_event():
    got = facts("Chiều 3/3, tại Đà Lạt, Sở Khoa học và Công nghệ tỉnh Lâm Đồng tổ chức lễ ký hợp đồng với 6 "
                "doanh nghiệp.", "2027-03-10")
    assert any(p == "organized" and o.startswith("lễ ký hợp đồng") for s, p, o in got)


def test_a_conference_centre_named_by_its_city_is_a_venue_not_a_body():
    got = facts("Ngày 4/3, tại Trung tâm Hội nghị Vĩnh Long, UBND tỉnh Vĩnh Long tổ chức hội thảo về kinh tế tư nhân.",
                "2027-03-10")
    assert any(p == "locatedIn" and o == "Trung tâm Hội nghị Vĩnh Long" for s, p, o in got)


def test_an_event_named_again_with_its_purpose_is_about_the_field_of_the_resolution():
    got = facts("Ngày 5/3, tại Huế, VCCI tổ chức Diễn đàn doanh nghiệp miền Trung năm 2027. Diễn đàn nhằm đánh giá "
                "kết quả thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân.",
                "2027-03-10")
    assert any(s.startswith("Diễn đàn") and p == "about" and o == "kinh tế tư nhân" for s, p, o in got)


def test_a_civil_defence_drill_and_its_command_board():
    got = facts("Ngày 7/3, UBND tỉnh Hà Giang tổ chức Diễn tập phòng thủ dân sự năm 2027. Ông Hoàng Gia Long, "
                "Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh Hà Giang, phát biểu.", "2027-03-10")
    assert any(s.startswith("Diễn tập") and p == "about" and o == "phòng thủ dân sự" for s, p, o in got)
    assert any(s.startswith("Ban Chỉ huy Phòng thủ dân sự") and p == "about" for s, p, o in got)


def test_a_dated_launch_of_a_system_is_an_event():
    got = facts("Sáng 9/3, tại Đồng Xoài, UBND tỉnh Bình Phước tổ chức lễ vận hành hệ thống 20 trạm cấp nước sạch "
                "mới, nâng tổng số trạm lên 40.", "2027-03-10")
    assert any(s == "UBND tỉnh Bình Phước" and p == "organized" and o.startswith("lễ vận hành") for s, p, o in got)


def test_a_steering_board_named_for_its_field_after_ve():
    got = facts("Ngày 2/3, Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm phối hợp với UBND tỉnh Thái Nguyên "
                "phát động Tháng hành động vì an toàn thực phẩm năm 2027.", "2027-03-10")
    assert any(s.startswith("Ban Chỉ đạo liên ngành") and p == "about" and o == "an toàn thực phẩm"
               for s, p, o in got)


def test_a_body_o_a_district_is_located_there():
    got = facts("Đoàn công tác đã kiểm tra Công ty TNHH Chế biến gỗ Phú Tài ở huyện Tuy Phước.", "2027-03-10")
    assert any(s == "Công ty TNHH Chế biến gỗ Phú Tài" and p == "locatedIn" and "Tuy Phước" in o for s, p, o in got)


def test_a_circular_that_guides_a_decree_carries_it_out():
    got = facts("Bộ Tài chính đã ban hành Thông tư số 12/2027/TT-BTC hướng dẫn Nghị định số 70/2026/NĐ-CP về hóa đơn "
                "điện tử.", "2027-03-10")
    assert ("Thông tư số 12/2027/TT-BTC", "implements", "Nghị định số 70/2026/NĐ-CP") in got


def test_a_speaker_at_the_groundbreaking_named_before_takes_part():
    got = facts("Sáng 3/3, Tập đoàn Điện lực Việt Nam tổ chức Lễ khởi công Dự án điện gió ngoài khơi Ninh Thuận 2. "
                "Phát biểu tại lễ khởi công, Phó Thủ tướng Hồ Đức Phớc đề nghị bảo đảm tiến độ.", "2027-03-10")
    events = {o for s, p, o in got if p == "organized"}
    assert any(e.endswith("ngoài khơi Ninh Thuận 2") for e in events)
    assert any(s == "Hồ Đức Phớc" and p == "participatedIn" and o in events for s, p, o in got)


def test_more_policy_field_topics():
    got = _entities("Hội nghị bàn về bình đẳng giới, phòng, chống bạo lực gia đình và an toàn hàng không.")
    topics = {n for n, t in got if t == "Topic"}
    assert {"bình đẳng giới", "phòng, chống bạo lực gia đình", "an toàn hàng không"} <= topics

