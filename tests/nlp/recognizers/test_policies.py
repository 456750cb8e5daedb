"""Tests of kg.nlp.recognizers.policies: Legal and policy instruments."""
from __future__ import annotations

from functools import partial

import pytest

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.nlp.lexicon import load_lexicon
from kg.nlp.recognizers.policies import policy_candidates
from kg.resolve import resolve_article

from articlefacts import facts, kg_spans, resolved_entities, span_pairs


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def _policies(text: str, published: str) -> set[str]:
    article = Article(id="t", text=text, published=published, lang="vi")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("vi"), text, published)))
    return {e.name for e in res.entities.values() if e.type == "Policy"}


_spans = partial(kg_spans, published="2025-05-10")
_spans_20251120 = partial(kg_spans, published="2025-11-20")


def _spans_20251204(text: str) -> list[tuple[str, str]]:
    return kg_spans(text, "en", "2025-12-04")


def _policies_20251204(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-12-04")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "POLICY"]


def _spans_20260206(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def _spans_20251222(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _kg(nlp, text):
    return span_pairs(nlp, text, "2026-05-04")


def _entities(text: str, published: str = "2027-02-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def _policy_candidates(text: str) -> list[str]:
    return [text[c.start:c.end] for c in policy_candidates(text, "vi", load_lexicon())]


def _entities_20270310(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def _entities_20310510(text: str, published: str = "2031-05-10") -> set[tuple[str, str]]:
    return resolved_entities(text, "vi", published)


def test_a_master_plan_named_in_plain_words_is_a_policy():
    got = _policies("Dự án được thực hiện theo Quy hoạch tỉnh Bình Định thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 "
                    "và Quy hoạch phát triển điện lực quốc gia thời kỳ 2021 - 2030.", "2027-12-09")
    assert "Quy hoạch tỉnh Bình Định thời kỳ 2021 - 2030, tầm nhìn đến năm 2050" in got
    assert "Quy hoạch phát triển điện lực quốc gia thời kỳ 2021 - 2030" in got


def test_an_outlook_joined_by_va_stays_in_the_name():
    got = _policies("Đề án góp phần thực hiện Chiến lược phát triển công nghiệp bán dẫn Việt Nam đến năm 2030 và tầm nhìn "
                    "đến năm 2050. Bộ Công Thương trình Chiến lược phát triển ngành than đến năm 2030 và định hướng đến năm "
                    "2045.", "2030-09-10")
    assert "Chiến lược phát triển công nghiệp bán dẫn Việt Nam đến năm 2030 và tầm nhìn đến năm 2050" in got
    assert "Chiến lược phát triển ngành than đến năm 2030 và định hướng đến năm 2045" in got
    assert not any(p.startswith("Đề án góp phần") for p in got)  # a bare plan word, then its predicate
    got = _policies("UBND tỉnh ban hành Kế hoạch phát triển du lịch đến năm 2030 và phân công nhiệm vụ cho các sở.",
                    "2030-09-10")
    assert got == {"Kế hoạch phát triển du lịch đến năm 2030"}


def test_planning_as_a_common_noun_is_no_policy():
    got = _policies("Quy hoạch này được lập trên cơ sở các quy hoạch ngành quốc gia.", "2027-12-09")
    assert not got


def test_a_national_plan_keeps_its_country_and_its_period_in_its_name():
    got = _policies("Bộ đang triển khai Chiến lược phát triển thị trường xuất khẩu gạo của Việt Nam đến năm 2030, định "
                    "hướng đến năm 2035.", "2027-06-12")
    assert "Chiến lược phát triển thị trường xuất khẩu gạo của Việt Nam đến năm 2030, định hướng đến năm 2035" in got


def test_waste_and_rice_export_fields_are_subjects_of_plans():
    got = facts("UBND TP Đà Nẵng ban hành Kế hoạch số 245/KH-UBND về phân loại chất thải rắn sinh hoạt tại nguồn. "
                "Bộ Công Thương ban hành Kế hoạch số 12/KH-BCT về xuất khẩu gạo năm 2027.", "2027-06-12")
    assert "chất thải rắn sinh hoạt" in _about(got, "Kế hoạch số 245/KH-UBND")
    assert "xuất khẩu gạo" in _about(got, "Kế hoạch số 12/KH-BCT")


def test_facilities_and_long_agreement_names():
    got = _spans("The Agreement on Cooperation in the Construction of the Ninh Thuan 1 Nuclear Power Plant was signed. "
                 "Work on the Nam Kong 3 hydropower plant goes on. The ministry is drafting a decree on nuclear "
                 "safety and radiation control to guide the law.")
    assert ("POLICY", "Agreement on Cooperation in the Construction of the Ninh Thuan 1 Nuclear Power Plant") in got
    assert ("LOC", "Nam Kong 3 hydropower plant") in got
    assert ("POLICY", "decree on nuclear safety and radiation control") in got


def test_title_case_law_name_ends_at_a_verb():
    got = _spans_20251120("The editorial board for the amended Law on Press and Publishing met in Huế on Monday to review "
                 "the draft.")
    assert ("POLICY", "Law on Press and Publishing") in got
    assert not any(lab == "POLICY" and "met" in t for lab, t in got)


def test_new_topics_critical_minerals_and_low_altitude_economy():
    got = _spans_20251120("The two sides agreed to work together on critical minerals and the low-altitude economy.")
    assert ("TOPIC", "critical minerals") in got or any(t == "critical minerals" for _, t in got)
    assert any(t == "low-altitude economy" for _, t in got)


def test_city_declaration_and_games():
    got = _spans_20251120("Ministers adopted the Kuala Lumpur Declaration on Digital Transformation. Athletes trained for the "
                 "2031 SEA Games.")
    assert ("POLICY", "Kuala Lumpur Declaration on Digital Transformation") in got
    assert ("EVENT", "2031 SEA Games") in got


def test_title_case_law_name_runs_through_a_preposition_before_a_capital():
    got = _spans_20251120("The fee ceiling is set by the Law on Domestic Workers Placed Abroad under Contracts, which the "
                 "National Assembly passed in 2020. The Law on Teachers and Lecturers held its place on the agenda.")
    assert any(t == "Law on Domestic Workers Placed Abroad under Contracts" for _, t in got)
    assert any(t == "Law on Teachers and Lecturers" for _, t in got)


def test_an_instrument_name_does_not_end_on_a_link_word():
    got = _spans_20251204("The ministry was carrying out the National Programme on Clean Water and Rural Sanitation and "
                 "urged provinces to report.")
    assert ("POLICY", "National Programme on Clean Water and Rural Sanitation") in got


def test_a_period_closes_an_instrument_name_and_a_business_forum():
    got = _spans_20251204("The meeting adopted the Action Programme for 2026-2030 to implement the partnership. The embassy "
                 "will organise a business forum in Jakarta in March.")
    assert ("POLICY", "Action Programme for 2026-2030") in got
    assert ("EVENT", "business forum") in got


def test_a_year_closes_a_titled_law_before_and():
    got = _policies_20251204("The decree details the Law on Fisheries 2017 and replaces Circular 21/2018/TT-BNNPTNT.")
    assert got == ["Law on Fisheries 2017", "Circular 21/2018/TT-BNNPTNT"]
    assert _policies_20251204("The Law on Fisheries 2017 and Decree 26 apply to every boat.") == ["Law on Fisheries 2017",
                                                                                          "Decree 26"]


def test_a_code_named_before_its_kind_with_its_year():
    text = "Inspectors checked compliance with the Maritime Code 2015 and the Labour Code at the port."
    policies = [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == "POLICY"]
    assert "Maritime Code 2015" in policies and "Labour Code" in policies
    assert "Code 2015" not in policies


def test_a_treaty_name_with_a_small_joiner():
    text = "Officials reviewed the ASEAN-Korea Trade in Services Agreement on Monday."
    assert "ASEAN-Korea Trade in Services Agreement" in _spans_20260206(text, "POLICY")


def test_memorandum_on_cooperation_in_a_capitalised_field():
    spans = _spans_20251222("The ministries signed a Memorandum of Understanding on Cooperation in Marine Fisheries "
                   "between the two governments.")
    assert ("POLICY", "Memorandum of Understanding on Cooperation in Marine Fisheries") in spans


def test_recommendation_and_statement_named_on_a_subject_are_policies():
    spans = _spans_20251222("Delegates adopted the Da Nang Statement on Ocean Plastic and cited the 2019 Recommendation "
                   "on Open Science.")
    assert ("POLICY", "Da Nang Statement on Ocean Plastic") in spans
    assert ("POLICY", "Recommendation on Open Science") in spans


def test_a_statement_on_a_weekday_is_no_policy():
    spans = _spans_20251222("The ministry issued a Statement on Monday about the floods.")
    assert not any(label == "POLICY" for label, _ in spans)


@pytest.mark.parametrize("text, name", [
    ("Thành phố xây dựng Đề án phát triển thị trường lao động TP.HCM đến năm 2030 để thực hiện Nghị quyết 98.",
     "Đề án phát triển thị trường lao động TP.HCM đến năm 2030"),
    ("Hai bên sớm hoàn tất Thỏa thuận hợp tác thương mại gạo giai đoạn 2026 - 2030.",
     "Thỏa thuận hợp tác thương mại gạo giai đoạn 2026 - 2030"),
])
def test_plans_and_agreements_named_by_their_period(nlp, text, name):
    assert (name, "POLICY") in _kg(nlp, text)


def test_a_bare_ministry_is_never_the_politburo():
    got = facts("Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng nhắc lại Nghị quyết số 57-NQ/TW của Bộ Chính "
                "trị. Ông Hùng cho biết, từ năm 2027, Bộ sẽ trình Chính phủ đề án mới.", "2026-11-27")
    assert ("Bộ Chính trị", "issued", "Nghị quyết số 57-NQ/TW") in got
    assert ("Bộ Khoa học và Công nghệ", "issued", "Nghị quyết số 57-NQ/TW") not in got


def test_an_amending_draft_inside_an_event_name_and_the_amended_decree_are_two_instruments():
    got = _entities("Ngày 3/2, Cục Hải quan tổ chức Hội thảo góp ý dự thảo Nghị định sửa đổi Nghị định số "
                    "08/2015/NĐ-CP.")
    policies = {n for n, t in got if t == "Policy"}  # (as the tune-vi gold names them: v53, v181, v212)
    assert policies == {"Nghị định sửa đổi Nghị định số 08/2015/NĐ-CP", "Nghị định số 08/2015/NĐ-CP"}


def test_a_list_of_places_is_not_a_pair_of_verbs():
    got = _entities("Các quyết định của Trung ương về việc sắp xếp đơn vị hành chính cấp tỉnh, cấp xã đã có hiệu lực.")
    assert not any(t == "Policy" and "cấp xã" in n for n, t in got)


def test_a_law_name_ends_before_a_second_predicate():
    got = _entities("Tỉnh yêu cầu các xã thực hiện nghiêm Luật Đê điều và báo cáo kết quả trước ngày 30/10.")
    assert ("Luật Đê điều", "Policy") in got


def test_a_cooperative_member_belongs_to_it():
    got = facts("Ông Lâm Văn Chín, xã viên Hợp tác xã Dịch vụ nông nghiệp Tân Phú, cho biết giá lúa tăng.",
                "2027-02-04")
    assert ("Lâm Văn Chín", "memberOf", "Hợp tác xã Dịch vụ nông nghiệp Tân Phú") in got


def test_prose_about_a_plan_does_not_swallow_the_strategy_it_names():
    text = ("Chương trình được xây dựng nhằm triển khai Chiến lược phát triển ngành thủy sản Việt Nam đến năm "
            "2035 của Thủ tướng Chính phủ.")
    assert "Chiến lược phát triển ngành thủy sản Việt Nam đến năm 2035" in _policy_candidates(text)


def test_gan_voi_stays_inside_a_plan_name():
    text = "Tỉnh đang thực hiện Đề án phát triển du lịch sinh thái gắn với bảo tồn rừng ngập mặn đến năm 2030."
    assert "Đề án phát triển du lịch sinh thái gắn với bảo tồn rừng ngập mặn đến năm 2030" in _policy_candidates(text)
    # "với" still ends a name elsewhere
    assert all("với các" not in p for p in _policy_candidates("Kế hoạch phát triển nhân lực với các trường đại học được ký."))


def test_prose_verbs_after_a_plan_kind_are_no_name():
    assert _policy_candidates("Đề án ưu tiên ứng dụng công nghệ sinh học trong chăn nuôi.") == []


def test_a_law_name_with_a_paired_comma():
    assert "Luật Trật tự, an toàn giao thông đường bộ" in _policy_candidates(
        "Lực lượng chức năng thực hiện Luật Trật tự, an toàn giao thông đường bộ từ đầu năm.")


def test_a_strategy_name_runs_through_its_orientation_year():
    ents = _entities_20270310("Bộ đang triển khai Chiến lược phát triển xuất bản đến năm 2025, định hướng đến năm 2030 do Thủ "
                     "tướng Chính phủ phê duyệt.")
    assert ("Chiến lược phát triển xuất bản đến năm 2025, định hướng đến năm 2030", "Policy") in ents


def test_numbered_action_programme_ends_at_its_number():
    got = facts("Chương trình hành động số 17-CTr/TU cụ thể hóa Nghị quyết 59-NQ/TW thành 5 nhóm giải pháp.")
    assert ("Chương trình hành động số 17-CTr/TU", "implements", "Nghị quyết 59-NQ/TW") in got
    got = facts("Kế hoạch liên tịch số 03/KHLT-SYT-SGD triển khai Chỉ thị số 25-CT/TW của Ban Bí thư.")
    assert ("Kế hoạch liên tịch số 03/KHLT-SYT-SGD", "implements", "Chỉ thị số 25-CT/TW") in got


def test_vision_year_without_den_nam_closes_a_plan_name():
    got = facts("Sở Xây dựng triển khai Chiến lược phát triển nhà ở quốc gia giai đoạn 2021 - 2030, tầm nhìn 2045 "
                "và Nghị định số 100/2024/NĐ-CP.")
    assert ("Sở Xây dựng", "implements", "Chiến lược phát triển nhà ở quốc gia giai đoạn 2021 - 2030, tầm nhìn 2045") in got


def test_resolution_of_a_party_congress_is_a_policy_not_the_congress():
    text = ("Sáng 5/9, Đảng bộ Bộ Y tế tổ chức Đại hội đại biểu Đảng bộ Bộ Y tế lần thứ II. Đại hội quyết tâm thực hiện "
            "thắng lợi Nghị quyết Đại hội XIV của Đảng.")
    got = facts(text, "2030-09-06")
    assert not any(s == "Đại hội XIV" for s, _, _ in got)
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2030-09-06")
    assert any(e.label_ == "POLICY" and e.text == "Nghị quyết Đại hội XIV của Đảng" for e in doc.ents)


def test_a_resolution_on_a_list_of_fields_closed_by_its_period_runs_over_the_commas():
    ents = _entities_20310510("Sáng 6/5, HĐND tỉnh Gia Lai thông qua Nghị quyết về phát triển công nghiệp chế biến, dịch vụ "
                     "logistics và thương mại điện tử tỉnh Gia Lai đến năm 2035.")
    name = "Nghị quyết về phát triển công nghiệp chế biến, dịch vụ logistics và thương mại điện tử tỉnh Gia Lai đến năm 2035"
    assert (name, "Policy") in ents
    # no period closing it, or a verb inside: the name ends at the first comma, as before
    ents = _entities_20310510("Nghị quyết về phát triển kinh tế tư nhân, hộ kinh doanh được ban hành năm 2031.")
    assert ("Nghị quyết về phát triển kinh tế tư nhân", "Policy") in ents
    ents = _entities_20310510("HĐND tỉnh thông qua Nghị quyết về dự toán ngân sách năm 2031, phân bổ ngân sách cấp tỉnh.")
    assert ("Nghị quyết về dự toán ngân sách năm 2031", "Policy") in ents


def test_a_thematic_resolution_is_named_by_its_subject():
    got = facts("Ngày 3/6, HĐND tỉnh Bình Phước ban hành Nghị quyết chuyên đề về phát triển nông nghiệp hữu cơ.",
                "2031-06-04")
    assert ("HĐND tỉnh Bình Phước", "issued", "Nghị quyết chuyên đề về phát triển nông nghiệp hữu cơ") in got
    assert "nông nghiệp hữu cơ" in _about(got, "Nghị quyết chuyên đề")


def test_a_law_named_as_the_subject_ends_before_its_verb():
    for text, law in [("Bộ luật Dân sự quy định rõ quyền sở hữu tài sản.", "Bộ luật Dân sự"),
                      ("Luật Đất đai cũng quy định giá đất theo thị trường.", "Luật Đất đai"),
                      ("Luật Trật tự, an toàn giao thông đường bộ nghiêm cấm người uống rượu lái xe.",
                       "Luật Trật tự, an toàn giao thông đường bộ")]:
        assert [n for n, t in resolved_entities(text, "vi", "2026-12-01") if t == "Policy"] == [law]


def test_a_laws_subject_named_like_a_plan_is_no_plan_of_its_own():
    from articlefacts import resolved_entities
    ents = resolved_entities("Tại kỳ họp, Quốc hội cho ý kiến về dự án Luật Quy hoạch đô thị và nông thôn.", "vi",
                             "2026-10-10")
    policies = {n for n, t in ents if t == "Policy"}
    assert "Luật Quy hoạch đô thị và nông thôn" in policies
    assert "Quy hoạch đô thị và nông thôn" not in policies


def test_a_plan_named_through_a_number_with_thousands_points():
    got = resolved_entities("Các ngân hàng giảm lãi suất theo Chương trình tín dụng 145.000 tỷ đồng cho nhà ở xã hội. "
                            "Đề án đào tạo 50.000 kỹ sư bán dẫn đến năm 2030 được triển khai.", "vi", "2026-12-05")
    assert {("Chương trình tín dụng 145.000 tỷ đồng", "Policy"),
            ("Đề án đào tạo 50.000 kỹ sư bán dẫn đến năm 2030", "Policy")} <= got


def test_plan_name_with_a_thousands_figure_runs_to_its_period():
    names = {n for n, t in resolved_entities("Sở được giao xây dựng Đề án cải tạo 2.500 ha đất nhiễm mặn giai đoạn 2027 - 2030, "
                                              "trình UBND tỉnh trong quý I.") if t == "Policy"}
    assert "Đề án cải tạo 2.500 ha đất nhiễm mặn giai đoạn 2027 - 2030" in names


def test_capitalised_plan_name_keeps_its_outlook_after_the_period():
    names = {n for n, t in resolved_entities("Tỉnh thực hiện Chương trình Phát triển đô thị thông minh quốc gia đến năm 2025, "
                                              "định hướng đến năm 2030 và báo cáo Bộ Xây dựng.") if t == "Policy"}
    assert "Chương trình Phát triển đô thị thông minh quốc gia đến năm 2025, định hướng đến năm 2030" in names


def test_a_protocol_is_an_instrument():
    from articlefacts import resolved_entities
    got = resolved_entities("Hai bên đã ký Nghị định thư về yêu cầu kiểm dịch thực vật đối với thanh long xuất khẩu.", "vi")
    assert any(t == "Policy" and n.startswith("Nghị định thư về yêu cầu kiểm dịch thực vật") for n, t in got)


def test_small_and_medium_firms_stay_inside_a_plans_name():
    from articlefacts import resolved_entities
    got = resolved_entities("Sở Công Thương xây dựng Chương trình hỗ trợ doanh nghiệp nhỏ và vừa xuất khẩu giai đoạn "
                            "2027 - 2030. Đề án hỗ trợ doanh nghiệp nhỏ và vừa vừa được phê duyệt.", "vi")
    assert ("Chương trình hỗ trợ doanh nghiệp nhỏ và vừa xuất khẩu giai đoạn 2027 - 2030", "Policy") in got
    assert ("Đề án hỗ trợ doanh nghiệp nhỏ và vừa", "Policy") in got


def test_a_plan_title_before_its_horizon_may_open_with_a_vietnamese_capital():
    got = [t for lab, t in kg_spans("The province approved the Đắk Nông Tourism Development Programme to 2030 on "
                                    "Friday.", "en") if lab == "POLICY"]
    assert got == ["Đắk Nông Tourism Development Programme to 2030"]


def test_a_joined_title_after_a_possessor_keeps_its_first_word():
    got = [t for lab, t in kg_spans("The board backed the city's Culture and Sports Development Programme to 2030 on "
                                    "Friday.", "en") if lab == "POLICY"]
    assert got == ["Culture and Sports Development Programme to 2030"]


def test_mechanisms_and_policies_are_one_pair_in_a_resolutions_name():
    from articlefacts import resolved_entities
    got = resolved_entities("Quốc hội thông qua Nghị quyết về thí điểm một số cơ chế, chính sách đặc thù phát triển "
                            "thành phố Hải Phòng.", "vi")
    assert any(t == "Policy" and n.startswith("Nghị quyết về thí điểm một số cơ chế, chính sách đặc thù") for n, t in got)


def test_a_law_ends_before_a_possessed_instrument_coordinated_with_it():
    got = _spans_20251120("The firm broke the Law on Competition and the Government's Decree 98/2020/NĐ-CP on trade "
                          "penalties, the inspectors said.")
    assert ("POLICY", "Law on Competition") in got
    assert ("POLICY", "Decree 98/2020/NĐ-CP") in got
    assert not any(lab == "POLICY" and "Government" in t for lab, t in got)


def test_a_lower_case_subject_ends_before_and_with_a_verb():
    got = _spans_20251120("The ministers adopted the Vientiane Declaration on food security for rural communities "
                          "and agreed to meet again in Jakarta.")
    assert ("POLICY", "Vientiane Declaration on food security for rural communities") in got


def test_complaints_and_denunciations_are_one_pair_in_a_schemes_name():
    from articlefacts import resolved_entities
    got = resolved_entities("Bộ Tư pháp trình Đề án nâng cao hiệu quả giải quyết khiếu nại, tố cáo của công dân "
                            "trong năm nay.", "vi")
    assert any(t == "Policy" and n.startswith("Đề án nâng cao hiệu quả giải quyết khiếu nại, tố cáo") for n, t in got)


def test_a_local_party_congress_resolution_is_named_by_the_congress():
    from articlefacts import resolved_entities
    ents = resolved_entities("Các cấp ủy quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV và Nghị quyết Đại hội "
                             "đại biểu Đảng bộ thành phố Hải Phòng nhiệm kỳ 2025 - 2030.", "vi", "2027-05-24")
    assert ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV", "Policy") in ents
    assert ("Nghị quyết Đại hội đại biểu Đảng bộ thành phố Hải Phòng nhiệm kỳ 2025 - 2030", "Policy") in ents


def test_a_programme_named_by_a_proper_name_ends_before_a_clause_after_va():
    from articlefacts import resolved_entities
    ents = resolved_entities("Ông đề nghị phía Hungary tiếp tục dành học bổng theo Chương trình học bổng Stipendium "
                             "Hungaricum và tạo thuận lợi cho cộng đồng người Việt.", "vi", "2027-03-15")
    assert ("Chương trình học bổng Stipendium Hungaricum", "Policy") in ents


def test_a_year_closes_an_english_law_name_before_and():
    spans = kg_spans("The decree implements the Law on Environmental Protection 2020 and Việt Nam's commitment to "
                     "net-zero emissions by 2050.", "en", "2025-06-12")
    assert ("POLICY", "Law on Environmental Protection 2020") in spans


def test_a_title_case_name_goes_on_through_in_and_title_words_before_its_period():
    from kg.nlp.recognizers.policies import cut_en

    assert cut_en(" for Socio-economic Development in Ethnic Minority and Mountainous Areas for 2026–2030 in the "
                   "province.") == " for Socio-economic Development in Ethnic Minority and Mountainous Areas for 2026–2030"
    assert cut_en(" on Sustainable Development of One Million Hectares of High-Quality, Low-Emission Rice in the "
                   "Mekong Delta by 2030 in the city.") == (" on Sustainable Development of One Million Hectares of "
                                                            "High-Quality, Low-Emission Rice in the Mekong Delta by 2030")


def test_a_place_after_a_title_case_name_with_no_period_stays_out():
    from kg.nlp.recognizers.policies import cut_en

    assert cut_en(" for Development in Hanoi was praised.") == " for Development"
    assert cut_en(" on Data, the Law on Archives") == " on Data"


def test_a_vietnamese_programme_name_ends_before_and_with_a_verb_of_speech():
    names = {n for n, t in resolved_entities("Đại diện WHO đánh giá cao Chương trình Tiêm chủng mở rộng và cam kết "
                                             "tiếp tục hỗ trợ kỹ thuật.", "vi", "2025-03-05") if t == "Policy"}
    assert names == {"Chương trình Tiêm chủng mở rộng"}


def test_a_bare_draft_refers_back_to_the_draft_named_before():
    got = facts("Bộ Tài chính vừa công bố dự thảo Nghị định quy định thí điểm tổ chức thị trường tài sản mã hóa để lấy ý "
                "kiến. Dự thảo được xây dựng nhằm triển khai Nghị quyết số 05/2025/NQ-CP của Chính phủ.", "2025-09-10")
    assert ("Nghị định quy định thí điểm tổ chức thị trường tài sản mã hóa", "implements",
            "Nghị quyết số 05/2025/NQ-CP") in got


def test_where_a_law_is_published_is_no_part_of_its_name():
    text = "Bộ Tư pháp vừa đăng tải dự thảo Luật Hộ tịch (sửa đổi) trên Cổng thông tin điện tử Chính phủ để lấy ý kiến."
    names = {n for n, t in resolved_entities(text, "vi", "2027-04-02") if t == "Policy"}
    assert not any("Cổng" in n for n in names)
    text = "Bộ Y tế công bố dự thảo Luật Phòng bệnh trên Báo Sức khỏe và Đời sống."
    names = {n for n, t in resolved_entities(text, "vi", "2027-04-02") if t == "Policy"}
    assert "Luật Phòng bệnh" in names


def test_a_plan_for_whom_it_serves_runs_to_its_period():
    text = ("Thủ tướng phê duyệt Quy hoạch mạng lưới cơ sở trợ giúp xã hội, nhà dưỡng lão cho người cao tuổi thời kỳ "
            "2026 - 2035, tầm nhìn đến năm 2050.")
    names = {n for n, t in resolved_entities(text, "vi", "2027-04-02") if t == "Policy"}
    assert ("Quy hoạch mạng lưới cơ sở trợ giúp xã hội, nhà dưỡng lão cho người cao tuổi thời kỳ 2026 - 2035, "
            "tầm nhìn đến năm 2050") in names


def test_a_plan_handed_to_bodies_stops_before_them():
    text = "UBND tỉnh giao Kế hoạch phát triển du lịch cho các sở, ngành giai đoạn 2026 - 2030 để triển khai."
    names = {n for n, t in resolved_entities(text, "vi", "2027-04-02") if t == "Policy"}
    assert not any("sở, ngành" in n for n in names)


def test_a_programme_for_ethnic_minority_and_mountainous_areas_keeps_its_setting():
    text = ("The province will carry out the National Target Programme on Socio-Economic Development in Ethnic "
            "Minority and Mountainous Areas in 30 communes this year.")
    got = [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == "POLICY"]
    assert "National Target Programme on Socio-Economic Development in Ethnic Minority and Mountainous Areas" in got


def test_a_law_name_cut_before_the_next_predicate_keeps_no_trailing_va():
    for text, law in [("Thông tư hướng dẫn thi hành Luật Khám bệnh, chữa bệnh và có hiệu lực từ ngày 1/5.",
                       "Luật Khám bệnh, chữa bệnh"),
                      ("Nghị định quy định chi tiết Luật Đất đai và sẽ áp dụng từ tháng 8.", "Luật Đất đai"),
                      ("Bộ Tài chính trình Luật Thuế giá trị gia tăng và được Quốc hội thông qua.",
                       "Luật Thuế giá trị gia tăng")]:
        got = {n for n, t in resolved_entities(text) if t == "Policy"}
        assert law in got and not any(n.endswith(" và") for n in got)
    # a "và" inside the law's own name stays
    got = resolved_entities("Quốc hội đã thông qua Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ tại kỳ họp thứ 8.")
    assert ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Policy") in got


def test_an_english_title_goes_on_through_in_and_a_sector_before_its_bare_period():
    # "<kind> on <field> in <Sector> <period>": the sector and the period are the title's own words
    cases = [("HÀ NỘI — The province adopted the Plan on Digital Transformation in Agriculture 2026–2030 in March.",
              "Plan on Digital Transformation in Agriculture 2026–2030"),
             ("HÀ NỘI — The ministry issued the Programme on Green Growth in Industry 2026-2030 last week.",
              "Programme on Green Growth in Industry 2026-2030")]
    for text, name in cases:
        assert ("POLICY", name) in kg_spans(text, "en", "2026-12-04"), text
    # a place after the name, with no period right after it, is where the law applies, not its title
    got = [t for lab, t in kg_spans("HÀ NỘI — The Law on Data took effect in Hà Nội in 2026.", "en", "2026-12-04")
           if lab == "POLICY"]
    assert got == ["Law on Data"]


def test_a_titled_roadmap_to_a_year_is_an_instrument():
    got = resolved_entities("Vietnam Airlines on Monday unveiled its Net Zero Roadmap to 2050.", "en", "2026-10-15")
    assert ("Net Zero Roadmap to 2050", "Policy") in got
    got = resolved_entities("The Government approved the Roadmap for Applying Euro 5 Emission Standards.", "en", "2026-10-15")
    assert ("Roadmap for Applying Euro 5 Emission Standards", "Policy") in got
    got = resolved_entities("The ministry said the roadmap to 2030 was on track.", "en", "2026-10-15")
    assert not any(t == "Policy" for n, t in got)


def test_a_titled_masterplan_or_blueprint_is_an_instrument():
    got = resolved_entities("The ASEAN Secretariat published the ASEAN Digital Masterplan 2030 on October 2.", "en", "2026-10-15")
    assert ("ASEAN Digital Masterplan 2030", "Policy") in got
    got = resolved_entities("Leaders adopted the ASEAN Economic Community Blueprint 2035 at the summit.", "en", "2026-10-15")
    assert ("ASEAN Economic Community Blueprint 2035", "Policy") in got
    assert not any(t == "Policy" for n, t in resolved_entities("The firm drew up a blueprint for growth.", "en", "2026-10-15"))
