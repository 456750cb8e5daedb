"""kg.relations.topics: a "về" clause that begins inside an event's or a policy's name goes on past where the
recogniser cut the name, and the topic it reaches is still that name's subject."""
from __future__ import annotations

from functools import partial

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article

from articlefacts import facts, graph_triples, resolved_entities


def test_topic_after_a_name_cut_inside_its_own_subject_clause():
    got = facts("Sáng 9/5, Sở Nông nghiệp và Môi trường tỉnh Gia Lai tổ chức Diễn đàn về thích ứng với biến đổi "
                "khí hậu cho nông dân vùng Tây Nguyên năm 2026.", "2026-05-10")
    abouts = {(s, o) for s, p, o in got if p == "about"}
    assert any(s.startswith("Diễn đàn") and o == "biến đổi khí hậu" for s, o in abouts)


def test_topic_in_a_later_clause_is_not_the_events_subject():
    got = facts("Sáng 9/5, Sở Nông nghiệp và Môi trường tỉnh Gia Lai tổ chức Diễn đàn về thích ứng với thời tiết "
                "cực đoan; các đại biểu cũng bàn về biến đổi khí hậu.", "2026-05-10")
    abouts = {(s, o) for s, p, o in got if p == "about"}
    assert not any(s.startswith("Diễn đàn") and o == "biến đổi khí hậu" for s, o in abouts)


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def _topics(got: set) -> set[str]:
    return {o for s, p, o in got if p == "about"}


def _topic_names(text: str, published: str) -> set[str]:
    article = Article(id="t", text=text, published=published, lang="vi")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("vi"), text, published)))
    return {e.name for e in res.entities.values() if e.type == "Topic"}


_triples = partial(graph_triples, published="2025-11-20")


def _triples_20251204(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2025-12-04")


def _graph_triples_20251204(text: str, published: str = "2025-12-04") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _about_of_text(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _graph_triples_20251204(text) if p == "about"}


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


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


def test_event_name_runs_to_the_end_of_a_field_with_a_comma():
    got = facts("Chiều 5/11, Ban Chỉ đạo 389 tỉnh Long An tổ chức hội nghị triển khai Kế hoạch số 80/KH-BCĐ389 về "
                "phòng, chống buôn lậu, gian lận thương mại dịp Tết.", "2027-11-06")
    assert "phòng, chống buôn lậu" in _about(got, "Kế hoạch số 80/KH-BCĐ389")
    assert "phòng, chống buôn lậu" in _about(got, "hội nghị")


def test_subject_set_against_another_field_past_a_cut_name():
    got = facts("Sáng 21/4, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức Hội thảo quốc gia về đổi mới giáo dục nghề "
                "nghiệp trong bối cảnh chuyển đổi số.", "2027-04-22")
    assert {"giáo dục nghề nghiệp", "chuyển đổi số"} <= _about(got, "Hội thảo quốc gia")


def test_theo_an_instrument_after_a_say_verb_reports_its_content():
    got = facts("Bộ trưởng Nguyễn Hồng Diên cho biết, theo Nghị quyết số 55-NQ/TW, Việt Nam ưu tiên phát triển năng "
                "lượng tái tạo.", "2027-12-09")
    assert "năng lượng tái tạo" in _about(got, "Nghị quyết số 55-NQ/TW")


def test_theo_an_instrument_inside_a_clause_is_not_a_report_of_it():
    got = facts("Doanh nghiệp phải nộp hồ sơ theo Nghị định số 15/2027/NĐ-CP trước khi triển khai dự án năng lượng tái "
                "tạo.", "2027-12-09")
    assert "năng lượng tái tạo" not in _about(got, "Nghị định số 15/2027/NĐ-CP")


def test_a_social_policy_field_named_in_passing_is_no_topic_but_a_tech_field_is():
    got = _topic_names("Ngày 3/3, Bộ Xây dựng tổ chức Diễn đàn Thị trường bất động sản. Tín dụng cho nhà ở xã hội còn "
                       "thấp, trong khi các doanh nghiệp bắt đầu ứng dụng trí tuệ nhân tạo.", "2027-03-04")
    assert "nhà ở xã hội" not in got
    assert "trí tuệ nhân tạo" in got
    got = _topic_names("UBND tỉnh Bắc Ninh ban hành Đề án phát triển nhà ở xã hội giai đoạn 2027 - 2030.", "2027-03-04")
    assert "nhà ở xã hội" in got


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


def test_regarding_opens_the_subject_of_a_lower_case_event():
    got = _triples("On Tuesday, the Vietnam Fintech Club held a workshop regarding digital banking in Đà Nẵng.")
    ev = "workshop regarding digital banking"
    assert (ev, "about", "digital banking") in got
    assert (ev, "date", "2025-11-18") in got
    assert any(s == ev and p == "locatedIn" for s, p, o in got)


def test_regarding_after_a_named_instrument_gives_its_topic():
    got = _triples("The Government issued Decree 12/2025/ND-CP regarding electronic invoices last week.")
    assert any(p == "about" and s.startswith("Decree 12/2025") and o == "electronic invoices" for s, p, o in got)


def test_passed_a_resolution_regarding_a_topic_and_a_themed_conference():
    got = _triples("The Đà Nẵng People's Council on Tuesday passed a resolution regarding night-time economy at "
                   "its 30th session. A national conference themed \"Green transition for a new era\" took place "
                   "in Huế on Saturday.")
    assert ("Đà Nẵng People's Council", "issued", "resolution regarding night-time economy") in got \
        or any(p == "issued" and o == "resolution regarding night-time economy" for s, p, o in got)
    assert any(s == "resolution regarding night-time economy" and p == "about" for s, p, o in got)
    assert any(p == "about" and o == "green transition" for s, p, o in got)


def test_policy_fields_of_the_topic_lexicon():
    got = _triples_20251204("The provincial People's Council on Monday passed Resolution 12/2025/NQ-HĐND on trade. "
                   "The resolution focuses on digital marketing and access to credit. "
                   "The council also approved a plan on flood prevention for mountain districts.")
    assert ("Resolution 12/2025/NQ-HĐND", "about", "digital marketing") in got
    assert ("Resolution 12/2025/NQ-HĐND", "about", "access to credit") in got
    assert any(s.startswith("plan on flood prevention") and p == "about" and o == "flood prevention"
               for s, p, o in got)


def test_the_subject_body_at_an_event_after_a_dateline():
    got = _triples_20251204("HÀ NỘI, Dec 8 (VNA) — The Vietnam Red Cross Society on Monday received 50 billion VND from "
                   "donors at a ceremony in Hà Nội.")
    assert any(p == "participatedIn" and o == "ceremony" for s, p, o in got)


def test_an_event_at_a_state_bodys_premises_in_a_place():
    got = _triples_20251204("The order was issued after an emergency meeting of the committee at the provincial Department "
                   "of Agriculture and Environment in Chiềng Sinh ward on Sunday.")
    assert any(s.startswith("emergency meeting") and p == "locatedIn" and o == "Chiềng Sinh ward" for s, p, o in got)
    assert not any(s.endswith("Department of Agriculture and Environment") and p == "locatedIn" for s, p, o in got)


def test_it_discussed_after_the_sentence_that_names_the_event():
    got = _triples_20251204("The Ministry of Information held the Vietnam Security Summit 2026 in Hà Nội on Monday. "
                   "It discussed ransomware and biometric authentication.")
    assert ("Vietnam Security Summit 2026", "about", "ransomware") in got
    assert ("Vietnam Security Summit 2026", "about", "biometric authentication") in got
    got = _triples_20251204("The ministry said on Monday that exports rose. It discussed ransomware with banks.")
    assert not any(p == "about" for s, p, o in got)  # no event named just before


def test_the_day_of_a_press_release_does_not_date_the_circular():
    text = ("The Ministry of Finance has issued Circular 40/2025/TT-BTC requiring all hotels to issue an electronic "
            "invoice for each stay from July 1, the ministry said in a press release on Tuesday.")
    assert not any(p == "date" for s, p, o in _graph_triples_20251204(text))
    assert ("Circular 40/2025/TT-BTC", "date", "2025-12-02") in _graph_triples_20251204(
        "The Ministry of Finance on Tuesday issued Circular 40/2025/TT-BTC on hotel invoices.")


def test_the_subject_after_an_events_place():
    text = ("Also on Monday, the Bình Định Provincial People's Committee held a meeting in Quy Nhơn on saltwater "
            "intrusion, chaired by Vice Chairman Nguyễn Văn Hùng.")
    assert ("meeting", "saltwater intrusion") in _about_of_text(text)
    # a day after the place is no subject, nor are fields later in the clause
    text = ("Prime Minister Pham Minh Chinh held talks at the Government Complex in Seoul on Monday, agreeing to study "
            "cooperation on nuclear power and critical minerals.")
    assert not any(s == "talks" for s, o in _about_of_text(text))


def test_what_participants_at_the_event_discussed_is_its_field():
    text = ("HÀ NỘI — The ministry on Tuesday held a forum on green shipping in Hà Nội.\n\nParticipants at the forum "
            "also discussed carbon border taxes and electric trucks.")
    fields = {o for s, o in _about_of_text(text)}
    assert {"carbon border taxes", "electric trucks"} <= fields


def test_a_subject_that_narrows_a_known_field_is_the_field():
    text = "Scientists met at a conference on marine biodiversity in Nha Trang on Friday."
    assert ("conference on marine biodiversity", "about", "marine biodiversity") in _triples_20260206(text)
    text = "Officials met at a workshop on pension reform in Huế on Friday."
    topics = {o for s, p, o in _triples_20260206(text) if p == "about"}
    assert "pension reform" in topics


def test_a_vague_modifier_does_not_narrow_a_known_field():
    text = "Experts met at a forum on responsible artificial intelligence in Hà Nội on Friday."
    topics = {o for s, p, o in _triples_20260206(text) if p == "about"}
    assert "artificial intelligence" in topics and "responsible artificial intelligence" not in topics


def test_a_trailing_payments_head_is_trimmed_and_no_field_ends_in_and():
    triples = _triples_20260206("The Government issued Decree 12/2026/NĐ-CP on maternity insurance payments.")
    assert ("Decree 12/2026/NĐ-CP", "about", "maternity insurance") in triples


def test_a_company_described_by_what_it_makes_is_no_holder_of_a_field_in_english():
    got = facts("VinFast, the electric vehicle maker of Vingroup, said it would open 50 charging stations in Hà Nội.",
                "2025-12-18", lang="en")
    assert not any(s == "VinFast" and p == "about" for s, p, o in got)


def test_what_a_company_makes_is_no_subject_of_it():
    got = facts("VinGreen, the electric vehicle maker of the Sao Mai group, opened a plant in Hà Tĩnh on Monday.",
                "2025-11-14", lang="en")
    assert not any(p == "about" for s, p, o in got)


def test_an_on_subject_ends_where_the_sentence_goes_on_with_a_verb():
    got = facts("The bank is implementing Resolution 68 of the Politburo on private economic development and has "
                "told lenders to cut fees for small and medium-sized enterprises.", "2025-11-14", lang="en")
    abouts = {o for s, p, o in got if p == "about" and s == "Resolution 68"}
    assert "private economy" in abouts and "small and medium-sized enterprises" not in abouts
    got = facts("The Government issued Decree 13/2025/NĐ-CP on e-commerce and digital transformation on Monday.",
                "2025-11-14", lang="en")
    assert {o for s, p, o in got if p == "about"} == {"e-commerce", "digital transformation"}


def test_whom_a_list_of_fields_serves_is_not_one_of_them():
    got = facts("VCCI on Wednesday organised the Mekong Business Forum 2025 in Cần Thơ, focusing on e-commerce and "
                "digital transformation for small and medium-sized enterprises.", "2025-11-14", lang="en")
    assert {o for s, p, o in got if p == "about"} == {"e-commerce", "digital transformation"}


def test_an_expo_named_for_a_field_in_the_singular_is_about_it():
    got = facts("The Vietnam International Drone Expo 2025 opened on Saturday in Hà Nội.", "2025-11-14", lang="en")
    assert ("Vietnam International Drone Expo 2025", "about", "drones") in got


def test_what_a_thing_a_body_builds_specialises_in_is_no_subject_of_the_body():
    got = facts("Hòa Phát Group signed a deal with Japan's Sojitz Corporation to build a plant specialising in "
                "semiconductors and solar panels.", "2025-11-14", lang="en")
    assert not any(p == "about" for s, p, o in got)


def test_a_company_named_for_its_trade_is_not_about_it():
    got = facts("The Hà Nội Urban Railway Company No. 2 runs the metro line, and the city wants more urban railway "
                "lines.", "2025-11-14", lang="en")
    assert not any(p == "about" for s, p, o in got)
    got = facts("The Vietnam Semiconductor Association said semiconductors drove exports.", "2025-11-14", lang="en")
    assert ("Vietnam Semiconductor Association", "about", "semiconductors") in got


def test_the_meeting_that_agrees_to_issue_a_resolution_gives_it_to_its_host_with_its_fields():
    got = facts("Ngày 10/12, Ban Chấp hành Đảng bộ tỉnh Sơn La tổ chức Hội nghị lần thứ 8. Hội nghị đã thảo luận, "
                "thống nhất ban hành Nghị quyết về nhiệm vụ năm 2027, trong đó tập trung phát triển nông nghiệp "
                "công nghệ cao và du lịch cộng đồng.", "2026-12-10")
    pol = "Nghị quyết về nhiệm vụ năm 2027"
    assert any(p == "issued" and o == pol for s, p, o in got)
    assert (pol, "about", "nông nghiệp công nghệ cao") in got and (pol, "about", "du lịch cộng đồng") in got


def test_a_generic_meeting_is_about_the_topic_of_its_purpose_clause():
    got = facts("Sáng 6/2, UBND tỉnh Nam Định tổ chức hội nghị trực tuyến triển khai các giải pháp phòng, chống "
                "cúm gia cầm.", "2027-02-10")
    assert any(p == "about" and o == "cúm gia cầm" for s, p, o in got)


def test_a_dated_meeting_whose_purpose_clause_names_a_directive_is_about_its_field():
    got = facts("Sáng 4/3, Sở Y tế tỉnh Phú Yên tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 25-CT/TW "
                "của Ban Bí thư về công tác an toàn thực phẩm.", "2027-03-10")
    assert any(p == "about" and o == "an toàn thực phẩm" and s.casefold().startswith("hội nghị") for s, p, o in got)


def test_new_policy_field_topics():
    got = _entities("Hội thảo bàn về giáo dục nghề nghiệp, tăng trưởng xanh, công nghiệp văn hóa và an ninh nguồn "
                    "nước.")
    topics = {n for n, t in got if t == "Topic"}
    assert {"giáo dục nghề nghiệp", "tăng trưởng xanh", "công nghiệp văn hóa", "an ninh nguồn nước"} <= topics


def test_a_board_named_by_its_field_is_about_it():
    got = facts("Sáng 1/3, Ban An toàn giao thông tỉnh Quảng Bình tổ chức hội nghị tổng kết.", "2027-03-10")
    assert any(s.startswith("Ban An toàn giao thông") and p == "about" and o.casefold() == "an toàn giao thông"
               for s, p, o in got)


def test_a_civil_defence_drill_and_its_command_board():
    got = facts("Ngày 7/3, UBND tỉnh Hà Giang tổ chức Diễn tập phòng thủ dân sự năm 2027. Ông Hoàng Gia Long, "
                "Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh Hà Giang, phát biểu.", "2027-03-10")
    assert any(s.startswith("Diễn tập") and p == "about" and o == "phòng thủ dân sự" for s, p, o in got)
    assert any(s.startswith("Ban Chỉ huy Phòng thủ dân sự") and p == "about" for s, p, o in got)


def test_a_steering_board_named_for_its_field_after_ve():
    got = facts("Ngày 2/3, Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm phối hợp với UBND tỉnh Thái Nguyên "
                "phát động Tháng hành động vì an toàn thực phẩm năm 2027.", "2027-03-10")
    assert any(s.startswith("Ban Chỉ đạo liên ngành") and p == "about" and o == "an toàn thực phẩm"
               for s, p, o in got)


def test_more_policy_field_topics():
    got = _entities("Hội nghị bàn về bình đẳng giới, phòng, chống bạo lực gia đình và an toàn hàng không.")
    topics = {n for n, t in got if t == "Topic"}
    assert {"bình đẳng giới", "phòng, chống bạo lực gia đình", "an toàn hàng không"} <= topics


def test_new_field_topics_are_topics_and_subjects_of_the_events_named_for_them():
    got = facts("Sáng 2/3, Sở Y tế tỉnh Vĩnh Long tổ chức Hội nghị triển khai công tác phòng, chống sốt xuất huyết "
                "năm 2027.", "2027-03-10")
    assert any(p == "about" and o == "sốt xuất huyết" for s, p, o in got)
    ents = _entities("Các trường đã đưa giáo dục STEM vào giờ học chính khóa. Huyện cũng trồng thêm 40 ha rừng "
                     "ngập mặn và mở lớp về ghép tạng cho bác sĩ.")
    assert {("giáo dục STEM", "Topic"), ("ghép tạng", "Topic")} <= ents


def test_a_centre_named_by_its_field_is_about_it_and_so_is_the_event_that_opens_it():
    got = facts("Sáng 4/3, Trường Đại học Bách khoa Hà Nội tổ chức Lễ ra mắt Trung tâm Năng lượng tái tạo.", "2027-03-10")
    assert ("Trung tâm Năng lượng tái tạo", "about", "năng lượng tái tạo") in got
    assert ("Lễ ra mắt Trung tâm Năng lượng tái tạo", "about", "năng lượng tái tạo") in got
    # the name of an institute runs to its field's last word
    assert ("Viện Năng lượng tái tạo", "Organization") in _entities("Trường vừa thành lập Viện Năng lượng tái tạo.")
    # a ministry named by its field is not about it
    got = facts("Sáng 4/3, Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết năm 2026.", "2027-03-10")
    assert not any(p == "about" and s.startswith("Bộ") for s, p, o in got)


def test_issuer_with_a_dotted_name_between_a_plan_and_its_subject():
    got = facts("Sở Du lịch đang thực hiện Kế hoạch số 64/KH-UBND của UBND TP.HCM về phát triển du lịch cộng đồng.")
    assert ("Kế hoạch số 64/KH-UBND", "about", "du lịch cộng đồng") in got


def test_state_centre_named_by_its_field_is_about_it_and_a_ministry_is_not():
    got = facts("Trung tâm Đổi mới sáng tạo Quốc gia phối hợp với Bộ Khoa học và Công nghệ tổ chức tọa đàm.")
    assert ("Trung tâm Đổi mới sáng tạo Quốc gia", "about", "đổi mới sáng tạo") in got
    assert not any(s == "Bộ Khoa học và Công nghệ" and p == "about" for s, p, _ in got)


def test_law_named_with_the_pair_khoa_hoc_cong_nghe():
    got = facts("Quốc hội đã thông qua Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 tại kỳ họp thứ 9.")
    law = "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025"
    assert ("Quốc hội", "issued", law) in got
    assert (law, "about", "đổi mới sáng tạo") in got


def test_ve_after_the_law_a_decree_details_is_the_decrees_subject():
    got = facts("Chính phủ ban hành Nghị định số 53/2031/NĐ-CP quy định chi tiết một số điều của Luật Đầu tư về "
                "thu hút đầu tư vào công nghiệp bán dẫn.")
    assert ("Nghị định số 53/2031/NĐ-CP", "about", "thu hút đầu tư") in got
    assert ("Luật Đầu tư", "about", "thu hút đầu tư") not in got


def test_new_policy_fields_are_the_subject_of_a_named_instrument():
    got = facts("Ngày 4/5, Ủy ban nhân dân tỉnh Yên Bái ban hành Kế hoạch số 88/KH-UBND về đào tạo nghề cho lao động "
                "nông thôn năm 2031.", "2031-05-05")
    assert "đào tạo nghề" in _about(got, "Kế hoạch số 88/KH-UBND")
    got = facts("Sáng 9/5, Sở Y tế tỉnh Kon Tum tổ chức Hội thảo về khám, chữa bệnh từ xa cho vùng sâu, vùng xa.",
                "2031-05-10")
    assert "khám bệnh, chữa bệnh từ xa" in _about(got, "Hội thảo")


def test_a_steering_board_on_corruption_keeps_its_standing_field_list():
    got = facts("Chiều 2/4, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Thái Bình tổ chức hội nghị tại Trung tâm "
                "Hội nghị tỉnh.", "2031-04-03")
    name = "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Thái Bình"
    assert (name, "about", "phòng, chống tham nhũng") in got
    assert any(s == name and p == "organized" for s, p, o in got)


def test_a_resolution_on_a_strategy_is_on_the_strategys_field():
    got = facts("Năm 2031, Bộ Chính trị ban hành Nghị quyết số 09-NQ/TW về Chiến lược phát triển công nghiệp văn hóa Việt "
                "Nam đến năm 2045.", "2031-08-12")
    assert "công nghiệp văn hóa" in _about(got, "Nghị quyết số 09-NQ/TW")
    # an instrument further on in the sentence is not what the first one is about
    got = facts("Bộ Chính trị ban hành Nghị quyết số 09-NQ/TW về công tác cán bộ, sau đó Chính phủ ban hành Chiến lược "
                "phát triển công nghiệp văn hóa đến năm 2045.", "2031-08-12")
    assert "công nghiệp văn hóa" not in _about(got, "Nghị quyết số 09-NQ/TW")


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_it_focused_on_a_counted_list_after_a_colon():
    got = rel("The forum took place in Hà Nội on Monday. It focused on three topics: artificial intelligence, "
              "cybersecurity and data centres.", "about")
    assert ("forum", "cybersecurity") in got and ("forum", "artificial intelligence") in got
    assert not any(o == "three topics" for s, o in got)


def test_the_fields_listed_on_past_an_instrument_s_name():
    got = rel("The two ministries on Monday signed a memorandum of understanding on cooperation in artificial "
              "intelligence, cybersecurity and digital transformation.", "about")
    assert {o for s, o in got} >= {"artificial intelligence", "cybersecurity", "digital transformation"}


def test_the_decree_named_again_three_sentences_on():
    text = ("The Government issued Decree 52/2026/NĐ-CP on the digital economy on Monday. The decree, signed by the "
            "Prime Minister, sets up a national data exchange. It takes effect in July. The decree also covers "
            "cybersecurity and green finance.")
    got = rel(text, "about")
    assert ("Decree 52/2026/NĐ-CP", "green finance") in got


def test_blue_economy_is_a_field_of_its_own():
    got = facts("Ngày 2/3, UBND tỉnh Bình Định ban hành Đề án phát triển kinh tế biển xanh tỉnh Bình Định "
                "đến năm 2035.", "2031-03-03")
    assert _about(got, "Đề án phát triển kinh tế biển xanh") == {"kinh tế biển xanh"}


def test_nuclear_and_radiation_safety_fields():
    got = facts("Sáng 4/5, Bộ Khoa học và Công nghệ tổ chức Hội thảo về an toàn bức xạ và năng lượng nguyên tử "
                "tại Hà Nội.", "2031-05-05")
    assert {"an toàn bức xạ", "năng lượng nguyên tử"} <= _about(got, "Hội thảo")


def test_fintech_fields():
    got = facts("Ngày 9/6, Ngân hàng Nhà nước Việt Nam tổ chức Hội thảo về ngân hàng mở, chấm điểm tín dụng và "
                "cho vay ngang hàng.", "2031-06-10")
    assert {"ngân hàng mở", "chấm điểm tín dụng", "cho vay ngang hàng"} <= _about(got, "Hội thảo")


def test_delegates_at_the_event_discussed_fields():
    got = facts("Sáng 8/5, Sở Y tế tỉnh An Giang tổ chức Hội thảo \"Bệnh viện thông minh\" tại thành phố Long Xuyên. "
                "Tại hội thảo, các đại biểu đã thảo luận về khám bệnh, chữa bệnh từ xa và an toàn thông tin. "
                "Hội thảo cũng bàn về trí tuệ nhân tạo.", "2031-05-09")
    assert {"khám bệnh, chữa bệnh từ xa", "an toàn thông tin", "trí tuệ nhân tạo"} <= _about(got, "Hội thảo")


def test_a_speaker_at_the_event_is_not_what_it_discussed():
    got = facts("Sáng 8/5, Sở Nội vụ tỉnh An Giang tổ chức Hội nghị tổng kết công tác năm 2030. Tại hội nghị, "
                "ông Nguyễn Văn An cho biết tỉnh sẽ thảo luận về chuyển đổi số vào tháng sau.", "2031-05-09")
    assert "chuyển đổi số" not in _about(got, "Hội nghị")


def test_a_quoted_title_after_chuyen_de_is_the_subject_of_the_course():
    got = facts("Ngày 14/11, Sở Tư pháp tỉnh Ninh Bình tổ chức lớp tập huấn chuyên đề \"Pháp luật về bảo vệ dữ liệu "
                "cá nhân và an ninh mạng\" cho 80 cán bộ.", "2031-11-15")
    assert {"bảo vệ dữ liệu cá nhân", "an ninh mạng"} <= _about(got, "lớp tập huấn")


def test_chuyen_de_without_a_quoted_title_is_no_subject_cue():
    got = facts("Ngày 14/11, Sở Tư pháp tỉnh Ninh Bình tổ chức lớp tập huấn chuyên đề cho 80 cán bộ làm công tác "
                "chuyển đổi số.", "2031-11-15")
    assert "chuyển đổi số" not in _about(got, "lớp tập huấn")


def test_more_fields_industry_four_and_a_disease():
    got = facts("Ngày 2/4, Sở Y tế tỉnh Đồng Tháp ban hành Kế hoạch số 41/KH-SYT về phòng, chống bệnh tay chân miệng "
                "và bệnh sởi.", "2031-04-03")
    assert {"tay chân miệng", "bệnh sởi"} <= _about(got, "Kế hoạch số 41")
    got = facts("Sáng 9/6, Trường Đại học Cần Thơ tổ chức Hội thảo về cách mạng công nghiệp lần thứ tư và kinh tế tri "
                "thức.", "2031-06-10")
    assert {"cách mạng công nghiệp lần thứ tư", "kinh tế tri thức"} <= _about(got, "Hội thảo")


def test_fields_of_ministries_mandates():
    got = facts("Ngày 5/5, Bộ Công Thương tổ chức Hội thảo về phòng vệ thương mại và thị trường điện cạnh tranh.",
                "2031-05-06")
    assert {"phòng vệ thương mại", "thị trường điện"} <= _about(got, "Hội thảo")
    got = facts("Ngày 6/5, UBND tỉnh Quảng Trị ban hành Kế hoạch số 66/KH-UBND về rà phá bom mìn.", "2031-05-07")
    assert _about(got, "Kế hoạch số 66") == {"rà phá bom mìn"}


def test_lien_quan_den_right_after_an_instrument_gives_its_subject():
    got = facts("Ngày 4/5, Bộ Tài chính ban hành Thông tư số 21/2031/TT-BTC liên quan đến hóa đơn điện tử và "
                "thương mại điện tử.", "2031-05-05")
    assert {"hóa đơn điện tử", "thương mại điện tử"} <= _about(got, "Thông tư số 21")


def test_lien_quan_den_after_other_words_of_the_sentence_gives_nothing():
    got = facts("Luật Đất đai năm 2024 có nhiều điểm mới liên quan đến chuyển đổi số.", "2031-05-05")
    assert not _about(got, "Luật Đất đai")


def test_what_participants_discussed_is_the_earlier_events_subject():
    from articlefacts import facts
    got = facts("ĐÀ LẠT — The Lâm Đồng Department of Agriculture held a seminar in Đà Lạt on Friday. The seminar drew "
                "200 growers. Participants discussed orchid breeding and greenhouse irrigation.", "2026-03-14", "en")
    assert ("seminar", "about", "orchid breeding") in got and ("seminar", "about", "greenhouse irrigation") in got


def test_participants_after_two_events_name_no_subject_of_either():
    from articlefacts import facts
    got = facts("HUẾ — The city held a seminar and an exhibition on Friday. Participants discussed orchid breeding "
                "and greenhouse irrigation.", "2026-03-14", "en")
    assert not any(p == "about" and o in ("orchid breeding", "greenhouse irrigation") for s, p, o in got)


def test_a_focus_verb_after_and_goes_with_the_sentences_subject_not_the_object_before_it():
    from articlefacts import facts
    got = facts("HUẾ — Decision 1909/QĐ-TTg replaces Decision 45/2019/QĐ-TTg, which the Prime Minister signed in 2019, "
                "and focuses on heritage tourism and handicrafts.", "2026-03-14", "en")
    assert ("Decision 1909/QĐ-TTg", "about", "heritage tourism") in got
    assert not any(s.startswith("Decision 45") and p == "about" for s, p, o in got)


def test_a_focus_verb_after_and_goes_with_the_instrument_the_sentence_opens_by_its_kind():
    from articlefacts import facts
    got = facts("HUẾ — The province on Friday launched a programme for the development of craft villages to 2030. "
                "The programme implements Decision 45/2019/QĐ-TTg, which the Prime Minister signed in 2019, and focuses "
                "on lacquer making and silk weaving.", "2026-03-14", "en")
    prog = "programme for the development of craft villages to 2030"
    assert (prog, "about", "lacquer making") in got and (prog, "about", "silk weaving") in got
    assert not any(s.startswith("Decision 45") and p == "about" for s, p, o in got)


def test_epidemic_prevention_is_the_field_of_an_instrument_about_it():
    text = "Sở Y tế tỉnh Long An ban hành Kế hoạch số 45/KH-SYT về phòng, chống dịch bệnh mùa mưa năm 2026."
    assert ("Kế hoạch số 45/KH-SYT", "about", "phòng, chống dịch bệnh") in facts(text, "2026-04-02")


def test_a_named_disease_is_the_field_not_the_epidemic_prevention_it_is_fought_by():
    text = "Bộ Y tế đề nghị các địa phương tăng cường các biện pháp phòng, chống dịch sốt xuất huyết trong mùa mưa."
    assert not any(o == "phòng, chống dịch bệnh" for _, _, o in facts(text, "2026-04-02"))


def test_experts_opening_a_sentence_discuss_for_the_event_before():
    got = facts("Sáng 2/10, Sở Khoa học và Công nghệ tỉnh Gia Lai tổ chức tọa đàm \"Khoa học mở cho địa phương\". "
                "Các chuyên gia đã trao đổi về thương mại điện tử và an ninh mạng.")
    ev = 'tọa đàm "Khoa học mở cho địa phương"'
    assert (ev, "about", "thương mại điện tử") in got
    assert (ev, "about", "an ninh mạng") in got


def test_experts_discussing_after_two_events_pick_neither():
    got = facts("Sáng 2/10, tỉnh Gia Lai tổ chức tọa đàm \"Khoa học mở\" và hội thảo \"Kinh tế đêm\". "
                "Các chuyên gia đã trao đổi về thương mại điện tử.")
    assert not any(p == "about" and o == "thương mại điện tử" for s, p, o in got)


def test_sessions_of_the_event_before_discuss_for_it():
    got = facts("Ngày 6/9, UBND tỉnh Bình Định tổ chức Diễn đàn Kinh tế số Bình Định 2026. Diễn đàn gồm hai phiên. "
                "Phiên thứ nhất bàn về thương mại điện tử; phiên thứ hai tập trung vào an ninh mạng và điện toán đám mây.")
    ev = "Diễn đàn Kinh tế số Bình Định 2026"
    assert (ev, "about", "thương mại điện tử") in got
    assert (ev, "about", "an ninh mạng") in got
    assert (ev, "about", "điện toán đám mây") in got


def test_a_second_clause_that_opens_with_no_session_adds_nothing():
    got = facts("Ngày 6/9, UBND tỉnh Bình Định tổ chức Diễn đàn Kinh tế số Bình Định 2026. "
                "Phiên thứ nhất bàn về thương mại điện tử; tỉnh cũng tập trung vào an ninh mạng.")
    assert ("Diễn đàn Kinh tế số Bình Định 2026", "about", "thương mại điện tử") in got
    assert ("Diễn đàn Kinh tế số Bình Định 2026", "about", "an ninh mạng") not in got


def test_an_event_that_discussed_fields_past_an_aside_on_its_organisers():
    got = rel("HUẾ — The regional conference on heritage tourism opened in Huế on Thursday. The conference, organised "
              "by the Ministry of Culture, Sports and Tourism and UNESCO, discussed e-commerce, cybersecurity and "
              "digital transformation.", "about")
    assert {o for s, o in got if s.startswith("regional conference")} >= {"e-commerce", "cybersecurity",
                                                                          "digital transformation"}


def test_participants_discussed_at_the_one_event_named_further_back():
    text = ("HÀ NỘI — The Vietnam Logistics Forum 2026 opened in Hà Nội on Wednesday. Deputy Minister Phan Thị Thắng "
            "said freight costs had fallen. She said the ministry would cut fees at seaports. Viettel Post said it "
            "would open a new hub in Bắc Ninh. Participants discussed e-commerce and cybersecurity.")
    got = rel(text, "about")
    assert ("Vietnam Logistics Forum 2026", "e-commerce") in got and ("Vietnam Logistics Forum 2026", "cybersecurity") in got
    # two events named before and none in the three sentences before: no telling whose participants
    text = text.replace("The Vietnam Logistics Forum 2026 opened in Hà Nội on Wednesday.",
                        "The Vietnam Logistics Forum 2026 and the Vietnam Retail Expo 2026 opened in Hà Nội on Wednesday.")
    got = rel(text, "about")
    assert not any(o == "cybersecurity" for s, o in got)


def test_the_agent_of_an_aside_does_not_focus_on_the_list():
    got = rel("CANBERRA — The two sides agreed on a plan for the development of mining to 2030. The plan, funded by "
              "the World Bank, focuses on rare earths and e-commerce.", "about")
    assert not any(s == "World Bank" for s, o in got)


def test_participants_after_the_opening_session_discussed_at_the_whole_event():
    got = rel("HÀ NỘI — The Vietnam Fintech Summit 2026 opened in Hà Nội on Tuesday. Speaking at the opening session, "
              "Deputy Governor Phạm Tiến Dũng said mobile payments had doubled. Participants discussed e-commerce and "
              "cybersecurity.", "about")
    assert ("Vietnam Fintech Summit 2026", "e-commerce") in got and ("Vietnam Fintech Summit 2026", "cybersecurity") in got
    assert not any(s.endswith("session") for s, o in got)


def test_new_policy_fields_of_the_lexicon_are_topics_of_what_holds_them():
    got = facts("Sở Y tế ban hành Kế hoạch số 31/KH-SYT về y tế trường học và dinh dưỡng học đường. "
                "Bảo hiểm xã hội tỉnh tổ chức hội nghị về bảo hiểm xã hội tự nguyện và chế độ thai sản.", "2031-05-04")
    assert {"y tế trường học", "dinh dưỡng học đường"} <= {o for s, p, o in got if p == "about" and s.startswith("Kế hoạch số 31")}
    assert {"bảo hiểm xã hội tự nguyện", "chế độ thai sản"} <= {o for s, p, o in got if p == "about"}


def test_a_policy_field_named_in_passing_is_no_topic():
    got = facts("Nhiều phụ huynh cho rằng dinh dưỡng học đường còn chưa được quan tâm đúng mức.", "2031-05-04")
    assert not any(o == "dinh dưỡng học đường" for s, p, o in got)


def test_discussants_after_a_headline_that_names_the_event_shorter_are_at_the_body_s_event():
    text = ("Hội nghị triển khai hóa đơn điện tử năm 2031\n\n"
            "Sáng 5/6, tại Hà Nội, Bộ Tài chính tổ chức Hội nghị triển khai hóa đơn điện tử và chữ ký số năm 2031. "
            "Thứ trưởng Bộ Tài chính Cao Anh Tuấn chủ trì hội nghị.\n\n"
            "Năm 2030, cả nước có 1,2 triệu doanh nghiệp dùng hóa đơn điện tử. Bộ đã ban hành nhiều văn bản hướng dẫn. "
            "Nhiều địa phương còn chậm.\n\n"
            "Các đại biểu đã thảo luận về thương mại điện tử và an toàn thông tin.")
    got = facts(text, "2031-06-05")
    assert {"thương mại điện tử", "an toàn thông tin"} <= {o for s, p, o in got if p == "about"
                                                          and s.startswith("Hội nghị triển khai hóa đơn điện tử và")}


def test_discussants_after_two_different_events_belong_to_neither():
    text = ("Sáng 5/6, Bộ Tài chính tổ chức Hội nghị triển khai hóa đơn điện tử năm 2031. Chiều cùng ngày, bộ tổ chức "
            "Hội thảo về thị trường chứng khoán năm 2031.\n\nNăm 2030, cả nước có 1,2 triệu doanh nghiệp dùng hóa đơn "
            "điện tử. Bộ đã ban hành nhiều văn bản. Nhiều địa phương còn chậm.\n\n"
            "Các đại biểu đã thảo luận về an toàn thông tin.")
    got = facts(text, "2031-06-05")
    assert "an toàn thông tin" not in {o for s, p, o in got if p == "about"}


def test_green_jobs_and_the_film_industry_are_fields():
    got = facts("Hội thảo về việc làm xanh và công nghiệp điện ảnh được tổ chức tại Huế ngày 3/3.", "2031-03-03")
    assert {"việc làm xanh", "công nghiệp điện ảnh"} <= {o for s, p, o in got if p == "about"}


def test_monetary_fields_are_subjects_of_a_conference_not_of_a_passing_mention():
    got = facts("HÀ NỘI — The Ministry of Finance held a conference on monetary policy in Hà Nội on Tuesday. "
                "Participants discussed inflation, the exchange rate and the development of the bond market.",
                "2026-11-10", "en")
    abouts = {o for s, p, o in got if p == "about"}
    assert {"monetary policy", "inflation", "exchange rate", "bond market"} <= abouts
    # a subject-kind field named in passing is no Topic of the article
    passing = resolved_entities("HÀ NỘI — Lending rates fell as inflation eased, the governor said on Tuesday.",
                                "en", "2026-11-10")
    assert "inflation" not in {n for n, t in passing if t == "Topic"}


def test_land_compensation_and_vaccination_are_fields_of_instruments():
    got = facts("HÀ NỘI — The Government issued Decree 80/2025/NĐ-CP on land compensation. The Ministry of Health "
                "issued Decision 3120/QĐ-BYT on HPV vaccination and cervical cancer screening.", "2026-11-10", "en")
    abouts = {(s[:8], o) for s, p, o in got if p == "about"}
    assert ("Decree 8", "land compensation") in abouts
    assert ("Decision", "HPV vaccination") in abouts


def test_climate_and_port_fields_are_subjects_of_a_workshop_and_no_topic_in_passing():
    got = facts("CẦN THƠ — The city held a workshop on groundwater protection, flood warning and smart ports on "
                "Friday.", "2026-11-13", "en")
    assert {"groundwater protection", "flood warning", "smart ports"} <= {o for s, p, o in got if p == "about"}
    passing = resolved_entities("CẦN THƠ — Farmers said flood warning had come late this year.", "en", "2026-11-13")
    assert "flood warning" not in {n for n, t in passing if t == "Topic"}


def test_monetary_policy_and_the_bond_market_by_their_vietnamese_names():
    got = facts("Sáng 12/11, Ngân hàng Nhà nước tổ chức Hội thảo về chính sách tiền tệ và thị trường trái phiếu tại "
                "Hà Nội.", "2026-11-12")
    assert {"chính sách tiền tệ", "thị trường trái phiếu"} <= {o for s, p, o in got if p == "about"}


def test_an_instruments_focus_after_trong_tam_la():
    got = facts("Ngày 3/6, UBND tỉnh Thái Bình phê duyệt Đề án số 21/ĐA-UBND với trọng tâm là phát triển "
                "logistics xanh và kinh tế tuần hoàn.", "2027-06-03")
    assert ("Đề án số 21/ĐA-UBND", "about", "logistics xanh") in got
    assert ("Đề án số 21/ĐA-UBND", "about", "kinh tế tuần hoàn") in got


def test_a_cue_inside_an_events_name_is_the_events_not_the_organisers():
    got = facts("Sáng 3/6, UBND tỉnh Lạng Sơn tổ chức Hội nghị bàn giải pháp tháo gỡ vướng mắc trong chuyển đổi số.",
                "2027-06-03")
    assert ("Hội nghị bàn giải pháp tháo gỡ vướng mắc trong chuyển đổi số", "about", "chuyển đổi số") in got
    assert ("UBND tỉnh Lạng Sơn", "about", "chuyển đổi số") not in got


def test_a_faculty_named_by_its_discipline_is_not_about_it():
    got = facts("Sáng 6/6, Khoa Công nghệ sinh học của Trường Đại học Cần Thơ tổ chức Hội thảo về nông nghiệp "
                "thông minh năm 2027.", "2027-06-06")
    assert not any(s.startswith("Khoa ") and p == "about" for s, p, o in got)
    assert any(s.startswith("Hội thảo") and p == "about" and o == "nông nghiệp thông minh" for s, p, o in got)


def test_law_named_by_a_paired_field_is_one_policy_about_that_field():
    # "tín ngưỡng, tôn giáo": a pair of nouns inside one name (kg/data/patterns/paired_phrases_vi.json), a field of
    # the lexicon (kg/data/gazetteer/topic_fields_vi.json)
    got = facts("Sau 9 năm thi hành Luật Tín ngưỡng, tôn giáo, các tổ chức tôn giáo được tạo điều kiện sinh hoạt.")
    assert ("Luật Tín ngưỡng, tôn giáo", "about", "tín ngưỡng, tôn giáo") in got


def test_fields_of_the_general_lexicon_in_a_law_and_a_meeting_name():
    got = facts("Ngày 7/8, UBND tỉnh Lâm Đồng tổ chức Hội nghị triển khai Luật Địa chất và Khoáng sản năm 2024. "
                "Bộ Nông nghiệp và Môi trường cũng đề nghị sửa đổi Luật Khí tượng thủy văn năm 2015.")
    assert ("Luật Địa chất và Khoáng sản năm 2024", "about", "khoáng sản") in got
    assert ("Luật Khí tượng thủy văn năm 2015", "about", "khí tượng thủy văn") in got


def test_broad_field_named_in_passing_is_no_topic():
    # "sáp nhập đơn vị hành chính" is a broad field ("kind": "subject"): named in passing, no policy, event or body
    # is about it
    text = ("Ngày 9/6, UBND tỉnh Đồng Nai tổ chức hội nghị về công tác văn thư. Sau khi sáp nhập đơn vị hành chính, "
            "khối lượng hồ sơ cần tiếp nhận tăng mạnh.")
    assert ("sáp nhập đơn vị hành chính", "Topic") not in resolved_entities(text)


def test_an_english_subject_ends_at_a_body_joined_by_and():
    got = facts("Hương said the growth reflected the impact of Resolution 68-NQ/TW on private economic development and "
                "the Government's efforts to speed up public investment disbursement.", "2025-10-06", lang="en")
    assert any(s == "Resolution 68-NQ/TW" and p == "about" for s, p, _ in got)
    assert not any(s == "Resolution 68-NQ/TW" and p == "about" and "investment" in o for s, p, o in got)


def test_a_quoted_theme_is_one_whole_past_its_dash():
    lead = ("Tối 18/10, Ủy ban nhân dân tỉnh Nghệ An tổ chức Hội nghị xúc tiến đầu tư tỉnh Nghệ An năm 2027 tại Trung "
            "tâm Hội nghị tỉnh. ")
    event = "Hội nghị xúc tiến đầu tư tỉnh Nghệ An năm 2027"
    got = facts(lead + 'Hội nghị có chủ đề "Nghệ An - điểm đến của năng lượng tái tạo và công nghiệp bán dẫn".',
                "2027-10-19")
    assert {(event, "about", "năng lượng tái tạo"), (event, "about", "bán dẫn")} <= got
    # unquoted, the dash still ends the subject: what follows it is another clause
    got = facts(lead + "Hội nghị có chủ đề thu hút đầu tư - tỉnh cũng giới thiệu tiềm năng năng lượng tái tạo.",
                "2027-10-19")
    assert (event, "about", "năng lượng tái tạo") not in got


def test_what_a_unit_works_on_is_the_unit_s_not_its_parent_s():
    got = facts("Sáng 2/8, Công ty cổ phần FPT tổ chức lễ khai trương Trung tâm Nghiên cứu Dữ liệu FPT Đà Nẵng.\n\n"
                "Trung tâm là đơn vị trực thuộc Công ty TNHH Phần mềm FPT, có 500 kỹ sư, tập trung phát triển mô hình "
                "ngôn ngữ lớn cho tiếng Việt.", "2027-08-03")
    assert ("Trung tâm Nghiên cứu Dữ liệu FPT Đà Nẵng", "about", "mô hình ngôn ngữ lớn") in got
    assert ("Công ty TNHH Phần mềm FPT", "about", "mô hình ngôn ngữ lớn") not in got


def test_a_promotion_a_titled_events_name_states_is_its_subject():
    # ANNOTATION.md: "about" is "the subject named in a title": the name states the promotion the event is held for
    text = ("Korean firms pledge $2 billion\n\nBÌNH DƯƠNG — The Bình Dương Investment Promotion Conference 2026 opened in "
            "Thủ Dầu Một on Friday.\n")
    got = facts(text, "2026-12-06", lang="en")
    assert ("Bình Dương Investment Promotion Conference 2026", "about", "investment attraction") in got
    got = facts("HÀ NỘI — The ministry held a conference on investment promotion in Hà Nội on Friday.", "2026-12-06",
                lang="en")
    assert ("conference on investment promotion", "about", "investment attraction") in got


def test_a_known_companys_unit_named_by_its_trade_is_about_no_field():
    # "FPT Semiconductor": FPT is a company of the lexicon, its unit is named by what it makes, not a policy field
    got = facts("HÀ NỘI — FPT Semiconductor will open a chip testing plant in Bắc Ninh next year.", "2026-12-06",
                lang="en")
    assert not any(p == "about" for s, p, o in got)


def test_a_meeting_of_a_body_named_by_its_field_is_about_no_field_of_its_own():
    # "the third meeting of the National Steering Committee on Digital Transformation": the field is the committee's
    text = ("HÀ NỘI — The third meeting of the National Steering Committee on Digital Transformation was held in "
            "Hà Nội on Friday.")
    got = facts(text, "2026-12-06", lang="en")
    assert not any(p == "about" and s.startswith("third meeting") for s, p, o in got)


def test_a_body_that_helps_others_into_a_field_is_not_about_it():
    got = facts("Tỉnh mong muốn Đại sứ quán Hàn Quốc tiếp tục kết nối các tập đoàn lớn đầu tư vào lĩnh vực bán dẫn và "
                "trí tuệ nhân tạo.", "2025-12-03")
    assert not any(s == "Đại sứ quán Hàn Quốc" and p == "about" for s, p, _ in got)


def test_an_event_that_will_discuss_fields_past_where_it_is_held():
    got = facts("The Mekong Delta Climate Change Adaptation Forum, to be held in Cần Thơ in December, will discuss "
                "sustainable aquaculture and mangrove restoration.", "2025-11-20", lang="en")
    assert {("Mekong Delta Climate Change Adaptation Forum", "about", "sustainable aquaculture"),
            ("Mekong Delta Climate Change Adaptation Forum", "about", "mangrove restoration")} <= got


def test_a_bare_draft_goes_on_about_the_draft_law_named_before():
    text = ("Bộ Y tế lấy ý kiến dự thảo Luật Dân số. Dự thảo gồm 9 chương, quy định về thích ứng với già hóa dân số "
            "và chăm sóc người cao tuổi.")
    assert "già hóa dân số" in _about(facts(text, "2027-04-02"), "Luật Dân số")


def test_a_bare_draft_after_two_drafts_names_neither():
    text = ("Bộ Y tế lấy ý kiến dự thảo Luật Dân số và dự thảo Luật Phòng bệnh. Dự thảo gồm 9 chương, quy định về "
            "thích ứng với già hóa dân số.")
    got = facts(text, "2027-04-02")
    assert not _about(got, "Luật Dân số") & {"già hóa dân số"} or not _about(got, "Luật Phòng bệnh") & {"già hóa dân số"}
    assert not (_about(got, "Luật Dân số") & _about(got, "Luật Phòng bệnh") & {"già hóa dân số"})


def test_discussants_list_counted_fields_after_a_colon():
    text = ("Sáng 4/3, Sở Du lịch tỉnh Quảng Ninh tổ chức tọa đàm về phát triển du lịch biển tại Hạ Long. "
            "Các đại biểu tập trung thảo luận hai nhóm vấn đề chính: chuyển đổi số trong quản lý điểm đến "
            "và kinh tế tuần hoàn.")
    got = facts(text, "2027-03-05")
    assert {"chuyển đổi số", "kinh tế tuần hoàn"} <= {o for s, p, o in got if p == "about" and "tọa đàm" in s.lower()}


def test_discussants_late_in_the_article_are_at_the_event_it_opens_with():
    text = ("Hội nghị xúc tiến đầu tư Bắc Giang 2027 diễn ra tại Bắc Giang\n\n"
            "Sáng 8/4, UBND tỉnh Bắc Giang tổ chức Hội nghị xúc tiến đầu tư Bắc Giang 2027. "
            "Hội nghị là hoạt động trong khuôn khổ Tuần lễ Văn hóa Bắc Giang lần thứ 3. "
            "Ông Nguyễn Văn Gấu phát biểu khai mạc. Nhiều doanh nghiệp Hàn Quốc ký biên bản ghi nhớ. "
            "Tỉnh cam kết hỗ trợ nhà đầu tư. "
            "Các đại biểu cũng thảo luận về chuyển đổi số và kinh tế tuần hoàn.")
    got = facts(text, "2027-04-09")
    assert "chuyển đổi số" in _about(got, "Hội nghị xúc tiến đầu tư Bắc Giang 2027")
    assert "chuyển đổi số" not in _about(got, "Tuần lễ Văn hóa")


def test_a_reported_clause_opened_by_the_event_names_what_it_discussed():
    got = facts("HUẾ — Speaking at the Central Coast Fisheries Forum 2026 in Huế on Friday, Lê Văn Nam, deputy director "
                "of the provincial Department of Agriculture, said the forum discussed fishing port upgrades and seafood "
                "traceability.", "2026-03-14", "en")
    assert {"seafood traceability"} <= _about(got, "Central Coast Fisheries Forum")


def test_a_reported_clause_without_an_event_gives_no_about():
    got = facts("HUẾ — The Central Coast Fisheries Forum 2026 opened in Huế on Friday. Lê Văn Nam said the ministry "
                "discussed fishing port upgrades and seafood traceability with banks.", "2026-03-14", "en")
    assert "seafood traceability" not in _about(got, "Central Coast Fisheries Forum")


def test_a_decree_that_details_a_law_past_its_issuer_is_about_the_details_field():
    # "Nghị định … của Chính phủ quy định chi tiết … Luật X về Y": Y is the decree's, not the law's
    got = facts("Thông tư nhằm cụ thể hóa Nghị định 100/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều "
                "của Luật Nhà ở về phát triển và quản lý nhà ở xã hội.")
    assert ("Nghị định 100/2024/NĐ-CP", "about", "nhà ở xã hội") in got
    assert ("Luật Nhà ở", "about", "nhà ở xã hội") not in got
    got = facts("Bộ Tài chính ban hành Thông tư số 20/2030/TT-BTC hướng dẫn Nghị định 70/2025/NĐ-CP ngày 20/3/2025 "
                "của Chính phủ quy định chi tiết Luật Quản lý thuế về hóa đơn điện tử.")
    assert ("Nghị định 70/2025/NĐ-CP", "about", "hóa đơn điện tử") in got
    assert ("Luật Quản lý thuế", "about", "hóa đơn điện tử") not in got


def test_the_last_body_of_a_list_holds_no_field_of_the_clause_after_it():
    for text, lang in (
            ("Thống đốc chủ trì cuộc họp với các ngân hàng gồm Vietcombank, BIDV, VietinBank và Agribank để bàn giải "
             "pháp giảm lãi suất cho vay đối với lĩnh vực công nghiệp hỗ trợ.", "vi"),
            ("Hiệp hội kết nối Viettel, FPT và VNPT đầu tư vào lĩnh vực trí tuệ nhân tạo.", "vi")):
        about = {(s, o) for s, p, o in facts(text, "2026-11-30", lang) if p == "about"}
        assert not {s for s, _ in about} & {"Agribank", "VNPT", "Viettel", "FPT"}, text
    # one body that works in a field keeps it
    about = facts("Công ty Cổ phần FPT tập trung vào lĩnh vực trí tuệ nhân tạo.", "2026-11-30", "vi")
    assert any(p == "about" for _, p, _ in about)


def test_an_instruments_subject_after_an_aside_on_who_issued_it():
    for text, pol, topic in [
            ("Provinces must carry out Resolution 68-NQ/TW, which the Politburo issued in May on private economic "
             "development.", "Resolution 68-NQ/TW", "private economy"),
            ("Decree 13/2023/ND-CP, issued by the Government in April on personal data protection, applies to banks.",
             "Decree 13/2023/ND-CP", "personal data protection")]:
        assert (pol, "about", topic) in facts(text, "2026-12-07", "en")
    got = facts("Banks follow Circular 9/2025/TT-NHNN, which the State Bank signed on Monday on the sidelines of a "
                "forum on digital banking.", "2026-12-07", "en")
    assert not any(s == "Circular 9/2025/TT-NHNN" and p == "about" for s, p, o in got)


def test_an_english_body_named_for_a_broad_field_is_not_about_it():
    # the field is the law's; the agency's name only holds the same words (a board would be about it)
    got = facts("Deputy Minister of Justice Đặng Hoàng Oanh on Friday chaired a workshop in Huế on the draft Law on "
                "Legal Aid. The draft, prepared by the National Legal Aid Agency under the ministry, would let people "
                "on low incomes receive free legal advice online.", "2026-12-07", lang="en")
    assert ("Law on Legal Aid", "about", "legal aid") in got
    assert ("National Legal Aid Agency", "about", "legal aid") not in got
    got = facts("The Hanoi Steering Committee for Food Safety will inspect wholesale markets until January.",
                "2026-12-07", lang="en")
    assert ("Hanoi Steering Committee for Food Safety", "about", "food safety") in got


def test_fields_of_a_plan_and_a_meeting_beyond_technology():
    # general policy fields (kg/data/gazetteer/topic_fields_vi.json) as the lower-case subject of a plan or meeting
    got = facts("Ngày 4/5, UBND tỉnh Sơn La ban hành Kế hoạch số 40/KH-UBND về quản lý đất đai và tái định cư.",
                "2031-05-05")
    assert {"quản lý đất đai", "tái định cư"} <= _about(got, "Kế hoạch số 40/KH-UBND")
    got = facts("Sáng 3/5, Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long tổ chức Hội nghị triển khai phương án phòng, "
                "chống hạn hán năm 2031.", "2031-05-05")
    assert "hạn hán" in _about(got, "Hội nghị")
