"""Vietnamese ``about`` (round vi13): steering boards named by their field, fields joined without "và",
a directive named inside a meeting's name, drafts a workshop was held to discuss, new policy fields."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def _topics(got: set) -> set[str]:
    return {o for s, p, o in got if p == "about"}


def test_steering_board_named_by_its_field_right_after_its_head():
    got = facts("Chiều 3/4, Ban Chỉ đạo cải cách hành chính tỉnh Hà Tĩnh họp phiên thường kỳ quý I.", "2027-04-04")
    assert "cải cách hành chính" in _about(got, "Ban Chỉ đạo cải cách hành chính")


def test_a_ministry_named_by_its_field_is_still_not_about_it():
    got = facts("Bộ Giáo dục và Đào tạo vừa công bố kết quả kỳ thi tốt nghiệp.", "2027-07-20")
    assert not _about(got, "Bộ Giáo dục")


def test_a_field_right_after_another_is_its_object_and_a_subject_too():
    got = facts("UBND tỉnh Bắc Giang ban hành Kế hoạch số 88/KH-UBND về số hóa di sản văn hóa trên địa bàn tỉnh.",
                "2027-05-02")
    assert {"số hóa", "di sản văn hóa"} <= _about(got, "Kế hoạch số 88/KH-UBND")


def test_field_tied_to_another_by_gan_voi():
    got = facts("Sáng 6/5, Sở Xây dựng tỉnh Bình Dương tổ chức Hội thảo về phát triển giao thông công cộng gắn với "
                "đường sắt đô thị.", "2027-05-07")
    topics = _about(got, "Hội thảo")
    assert {"giao thông công cộng", "đường sắt đô thị"} <= topics


def test_subject_list_still_ends_at_a_new_clause():
    got = facts("Tỉnh ủy Hòa Bình ban hành Nghị quyết số 09-NQ/TU về chuyển đổi số, đồng thời đặt mục tiêu phát "
                "triển kinh tế số.", "2027-05-07")
    topics = _about(got, "Nghị quyết số 09-NQ/TU")
    assert "chuyển đổi số" in topics
    assert "kinh tế số" not in topics


def test_directive_named_inside_a_meeting_name_takes_its_subject_not_its_issuer():
    got = facts("Ngày 8/6, UBND tỉnh Kon Tum tổ chức Hội nghị triển khai Chỉ thị số 05-CT/TW của Ban Bí thư về "
                "tăng cường công tác trợ giúp pháp lý trong tình hình mới.", "2027-06-09")
    assert "trợ giúp pháp lý" in _about(got, "Chỉ thị số 05-CT/TW")
    assert "trợ giúp pháp lý" in _about(got, "Hội nghị")
    assert not _about(got, "Ban Bí thư")


def test_workshop_held_to_comment_on_a_draft_takes_the_drafts_field():
    got = facts("Ngày 12/9, tại Hà Nội, Bộ Nội vụ tổ chức hội thảo góp ý dự thảo Nghị định về bảo hiểm thất nghiệp.",
                "2027-09-13")
    assert "bảo hiểm thất nghiệp" in _about(got, "hội thảo") | _about(got, "Hội thảo")


def test_workshop_that_only_mentions_a_draft_takes_nothing_from_it():
    got = facts("Ngày 12/9, Bộ Nội vụ tổ chức hội thảo tổng kết năm. Tại đây, ông Lê Văn Bình nhắc lại dự thảo Nghị "
                "định về bảo hiểm thất nghiệp.", "2027-09-13")
    assert "bảo hiểm thất nghiệp" not in _about(got, "hội thảo") | _about(got, "Hội thảo")


def test_new_policy_fields_are_topics():
    got = facts("Thành phố Hải Phòng ban hành Đề án phát triển vận tải hành khách công cộng giai đoạn 2027 - 2030 "
                "và Kế hoạch số 12/KH-UBND về thi hành án dân sự.", "2027-03-01")
    assert "giao thông công cộng" in _topics(got)
    assert "thi hành án dân sự" in _topics(got)


def test_health_and_market_fields_are_topics():
    got = facts("Bộ Y tế trình Chiến lược quốc gia về phòng, chống bệnh không lây nhiễm và sức khỏe tâm thần. Ngân "
                "hàng Nhà nước ban hành Kế hoạch số 7/KH-NHNN về tín dụng cho thị trường bất động sản.", "2027-03-01")
    assert {"phòng, chống bệnh không lây nhiễm", "sức khỏe tâm thần"} <= _about(got, "Chiến lược quốc gia")
    assert "thị trường bất động sản" in _topics(got)


def test_paired_verbs_of_drug_control_name_the_drug_prevention_field():
    got = facts("UBND tỉnh Sơn La ban hành Kế hoạch số 30/KH-UBND về phòng, chống và kiểm soát ma túy năm 2027.",
                "2027-02-01")
    assert "phòng, chống ma túy" in _about(got, "Kế hoạch số 30/KH-UBND")


def test_english_forest_protection_body_is_no_topic():
    got = facts("The Forestry and Forest Protection Department said patrols would increase.", "2027-02-01", "en")
    assert not _topics(got)


def test_draft_law_continued_after_a_say_verb_takes_the_fields_it_regulates():
    got = facts("Chiều 4/9, Chính phủ trình Quốc hội dự án Luật Dân số. Trình bày tờ trình, Bộ trưởng Bộ Y tế Đào Hồng "
                "Lan cho biết dự thảo luật gồm 7 chương, quy định về sức khỏe tâm thần và bảo hiểm y tế.", "2027-09-05")
    assert {"sức khỏe tâm thần", "bảo hiểm y tế"} <= _about(got, "Luật Dân số")


def test_a_say_verb_before_another_head_word_names_no_earlier_law():
    got = facts("Chiều 4/9, Chính phủ trình Quốc hội dự án Luật Dân số. Bộ trưởng Đào Hồng Lan cho biết kế hoạch gồm "
                "7 nhiệm vụ, quy định về sức khỏe tâm thần.", "2027-09-05")
    assert "sức khỏe tâm thần" not in _about(got, "Luật Dân số")


def test_meeting_whose_year_the_name_left_out_keeps_its_subject():
    got = facts("Chiều 9/7, tại Hà Nội, Hội đồng Tiền lương quốc gia tổ chức phiên họp thứ ba năm 2027 về phương án "
                "điều chỉnh lương tối thiểu vùng.", "2027-07-10")
    assert "lương tối thiểu" in _about(got, "phiên họp")


def test_a_subject_after_a_long_aside_is_not_the_meetings():
    got = facts("Chiều 9/7, Hội đồng Tiền lương quốc gia tổ chức phiên họp thứ ba năm 2027 tại trụ sở Bộ Nội vụ, với "
                "sự tham dự của nhiều chuyên gia về lương tối thiểu.", "2027-07-10")
    assert "lương tối thiểu" not in _about(got, "phiên họp")


def test_forest_fire_prevention_is_its_own_field():
    got = facts("UBND tỉnh Lâm Đồng ban hành Chỉ thị số 02/CT-UBND về tăng cường công tác phòng cháy, chữa cháy rừng "
                "mùa khô năm 2027.", "2027-01-05")
    assert "phòng cháy, chữa cháy rừng" in _about(got, "Chỉ thị số 02/CT-UBND")
    got = facts("Công an tỉnh Lâm Đồng tổ chức Hội nghị về phòng cháy, chữa cháy tại các khu dân cư.", "2027-01-05")
    assert "phòng cháy, chữa cháy rừng" not in _topics(got)


def test_a_field_inside_a_longer_field_of_a_laws_name_is_not_its_own_topic():
    got = facts("Ngày 15/3, Quốc hội thông qua Luật Công nghiệp công nghệ số với 6 chương, 51 điều.", "2027-03-16")
    topics = {o.casefold() for o in _about(got, "Luật Công nghiệp")}
    assert topics == {"công nghiệp công nghệ số"}


def test_meeting_named_by_one_of_two_paired_verbs_keeps_its_subject():
    got = facts("Ngày 10/4, Sở Tư pháp tỉnh Đắk Lắk tổ chức hội nghị tuyên truyền, phổ biến pháp luật về phòng, chống "
                "ma túy.", "2027-04-11")
    assert "phòng, chống ma túy" in _about(got, "hội nghị")


def test_a_dated_hearing_and_training_course_are_events_with_a_subject():
    got = facts("Ngày 6/5, Ủy ban Kinh tế và Tài chính của Quốc hội tổ chức phiên giải trình về thị trường bất động "
                "sản. Ngày 7/5, Sở Y tế tỉnh Nghệ An tổ chức lớp tập huấn về an toàn thực phẩm.", "2027-05-08")
    assert "thị trường bất động sản" in _about(got, "phiên giải trình")
    assert "an toàn thực phẩm" in _about(got, "lớp tập huấn")


def test_ceremony_named_by_its_verb_takes_the_fields_of_the_resolution_right_after():
    got = facts("Sáng 1/7, UBND tỉnh Phú Thọ tổ chức Lễ công bố Nghị quyết số 1675/NQ-UBTVQH15 của Ủy ban Thường vụ "
                "Quốc hội về sắp xếp đơn vị hành chính cấp xã.", "2027-07-02")
    assert _about(got, "Nghị quyết số 1675") & _about(got, "Lễ công bố")


def test_event_name_runs_to_the_end_of_a_field_with_a_comma():
    got = facts("Chiều 5/11, Ban Chỉ đạo 389 tỉnh Long An tổ chức hội nghị triển khai Kế hoạch số 80/KH-BCĐ389 về "
                "phòng, chống buôn lậu, gian lận thương mại dịp Tết.", "2027-11-06")
    assert "phòng, chống buôn lậu" in _about(got, "Kế hoạch số 80/KH-BCĐ389")
    assert "phòng, chống buôn lậu" in _about(got, "hội nghị")


def test_subject_set_against_another_field_past_a_cut_name():
    got = facts("Sáng 21/4, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức Hội thảo quốc gia về đổi mới giáo dục nghề "
                "nghiệp trong bối cảnh chuyển đổi số.", "2027-04-22")
    assert {"giáo dục nghề nghiệp", "chuyển đổi số"} <= _about(got, "Hội thảo quốc gia")


def _policies(text: str, published: str) -> set[str]:
    article = Article(id="t", text=text, published=published, lang="vi")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("vi"), text, published)))
    return {e.name for e in res.entities.values() if e.type == "Policy"}


def test_a_master_plan_named_in_plain_words_is_a_policy():
    got = _policies("Dự án được thực hiện theo Quy hoạch tỉnh Bình Định thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 "
                    "và Quy hoạch phát triển điện lực quốc gia thời kỳ 2021 - 2030.", "2027-12-09")
    assert "Quy hoạch tỉnh Bình Định thời kỳ 2021 - 2030, tầm nhìn đến năm 2050" in got
    assert "Quy hoạch phát triển điện lực quốc gia thời kỳ 2021 - 2030" in got


def test_planning_as_a_common_noun_is_no_policy():
    got = _policies("Quy hoạch này được lập trên cơ sở các quy hoạch ngành quốc gia.", "2027-12-09")
    assert not got


def test_theo_an_instrument_after_a_say_verb_reports_its_content():
    got = facts("Bộ trưởng Nguyễn Hồng Diên cho biết, theo Nghị quyết số 55-NQ/TW, Việt Nam ưu tiên phát triển năng "
                "lượng tái tạo.", "2027-12-09")
    assert "năng lượng tái tạo" in _about(got, "Nghị quyết số 55-NQ/TW")


def test_theo_an_instrument_inside_a_clause_is_not_a_report_of_it():
    got = facts("Doanh nghiệp phải nộp hồ sơ theo Nghị định số 15/2027/NĐ-CP trước khi triển khai dự án năng lượng tái "
                "tạo.", "2027-12-09")
    assert "năng lượng tái tạo" not in _about(got, "Nghị định số 15/2027/NĐ-CP")


def test_a_programme_held_abroad_is_an_event_named_with_its_place_and_year():
    got = facts("Ngày 17/3, Sở Du lịch tỉnh Khánh Hòa tổ chức Chương trình xúc tiến du lịch Khánh Hòa tại Ấn Độ năm "
                "2027.", "2027-03-18")
    assert ("Sở Du lịch tỉnh Khánh Hòa", "organized", "Chương trình xúc tiến du lịch Khánh Hòa tại Ấn Độ năm 2027") in got


def test_a_broad_field_is_a_topic_only_as_a_subject():
    got = facts("UBND tỉnh Phú Yên ban hành Kế hoạch số 21/KH-UBND về phát triển du lịch giai đoạn 2027 - 2030.",
                "2027-03-02")
    assert "du lịch" in _about(got, "Kế hoạch số 21/KH-UBND")
    passing = "Ngày 3/3, UBND tỉnh Phú Yên tổ chức Hội nghị về chuyển đổi số. Tỉnh sẽ phát triển du lịch bền vững."
    article = Article(id="t", text=passing, published="2027-03-04", lang="vi")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("vi"), passing, "2027-03-04")))
    assert "du lịch" not in {e.name for e in res.entities.values() if e.type == "Topic"}


def test_a_tourist_area_is_no_tourism_subject():
    got = facts("Thủ tướng phê duyệt Đề án xây dựng Khu du lịch quốc gia Mẫu Sơn đến năm 2030.", "2027-03-02")
    assert "du lịch" not in _topics(got)


def _topic_names(text: str, published: str) -> set[str]:
    article = Article(id="t", text=text, published=published, lang="vi")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("vi"), text, published)))
    return {e.name for e in res.entities.values() if e.type == "Topic"}


def test_a_social_policy_field_named_in_passing_is_no_topic_but_a_tech_field_is():
    got = _topic_names("Ngày 3/3, Bộ Xây dựng tổ chức Diễn đàn Thị trường bất động sản. Tín dụng cho nhà ở xã hội còn "
                       "thấp, trong khi các doanh nghiệp bắt đầu ứng dụng trí tuệ nhân tạo.", "2027-03-04")
    assert "nhà ở xã hội" not in got
    assert "trí tuệ nhân tạo" in got
    got = _topic_names("UBND tỉnh Bắc Ninh ban hành Đề án phát triển nhà ở xã hội giai đoạn 2027 - 2030.", "2027-03-04")
    assert "nhà ở xã hội" in got


def test_workshop_subject_goes_on_with_the_way_it_is_taken():
    got = facts("Sáng 14/1, Sở Y tế tỉnh Bình Định tổ chức Hội thảo về quản lý chất thải y tế theo hướng kinh tế tuần "
                "hoàn.", "2027-01-15")
    assert "kinh tế tuần hoàn" in _about(got, "Hội thảo về quản lý chất thải y tế theo hướng kinh tế tuần hoàn")


def test_a_national_plan_keeps_its_country_and_its_period_in_its_name():
    got = _policies("Bộ đang triển khai Chiến lược phát triển thị trường xuất khẩu gạo của Việt Nam đến năm 2030, định "
                    "hướng đến năm 2035.", "2027-06-12")
    assert "Chiến lược phát triển thị trường xuất khẩu gạo của Việt Nam đến năm 2030, định hướng đến năm 2035" in got


def test_waste_and_rice_export_fields_are_subjects_of_plans():
    got = facts("UBND TP Đà Nẵng ban hành Kế hoạch số 245/KH-UBND về phân loại chất thải rắn sinh hoạt tại nguồn. "
                "Bộ Công Thương ban hành Kế hoạch số 12/KH-BCT về xuất khẩu gạo năm 2027.", "2027-06-12")
    assert "chất thải rắn sinh hoạt" in _about(got, "Kế hoạch số 245/KH-UBND")
    assert "xuất khẩu gạo" in _about(got, "Kế hoạch số 12/KH-BCT")


def test_a_person_named_after_the_ministry_of_public_security_is_no_part_of_it():
    got = facts("Thứ trưởng Bộ Công an Lê Văn Tuyến dự buổi lễ.", "2027-06-12")
    assert ("Lê Văn Tuyến", "memberOf", "Bộ Công an") in got


def test_a_field_fitted_to_another_past_the_region_it_is_for():
    got = facts("Chính phủ ban hành Nghị quyết số 78/NQ-CP về phát triển bền vững vùng Tây Nguyên thích ứng với biến "
                "đổi khí hậu.", "2027-10-25")
    assert {"phát triển bền vững", "biến đổi khí hậu"} <= _about(got, "Nghị quyết số 78/NQ-CP")


def test_an_event_name_cut_before_its_region_goes_on_to_the_tied_field():
    got = facts("Ngày 24/10, tại thành phố Cần Thơ, Chính phủ tổ chức Hội nghị thúc đẩy phát triển bền vững vùng Đồng "
                "bằng sông Cửu Long thích ứng với biến đổi khí hậu lần thứ năm.", "2027-10-25")
    assert "biến đổi khí hậu" in _about(got, "Hội nghị")
    got = facts("Ngày 24/10, Chính phủ tổ chức Hội nghị thúc đẩy phát triển bền vững vùng Đồng bằng sông Cửu Long, "
                "thu hút nhiều nhà đầu tư vào năng lượng tái tạo.", "2027-10-25")
    assert "năng lượng tái tạo" not in _about(got, "Hội nghị")


def test_university_autonomy_and_digital_local_government_are_fields():
    got = facts("Sáng 9/9, Bộ Giáo dục và Đào tạo tổ chức Hội nghị về tự chủ đại học năm 2027. Chiều 6/10, Ban Chỉ "
                "đạo chuyển đổi số tỉnh Hưng Yên tổ chức phiên họp quý III về xây dựng chính quyền số.", "2027-10-07")
    assert "tự chủ đại học" in _about(got, "Hội nghị về tự chủ đại học")
    assert "chính quyền số" in _topic_names("Tỉnh Hưng Yên đẩy mạnh xây dựng chính quyền số.", "2027-10-07")
