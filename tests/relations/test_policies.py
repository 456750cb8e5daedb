"""Tests of kg.relations.policies: issued and implements beyond the first patterns of :mod:`kg.extract`."""
from __future__ import annotations

from articlefacts import facts, graph_triples, resolved_entities


def _triples(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2025-12-04")


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-12", "en") if p == "implements"}


def _entities(text: str, published: str = "2027-02-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def _entities_20270310(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def test_bodies_that_share_the_implementing_verb():
    got = _triples("The Ministry of Finance and the State Bank of Vietnam will implement Decree 88/2025/ND-CP. "
                   "The Government on Monday issued Decree 90/2025/ND-CP. The Ministry of Industry and Trade will "
                   "implement the decree together with the Vietnam Farmers' Union.")
    assert ("Ministry of Finance", "implements", "Decree 88/2025/ND-CP") in got
    assert ("State Bank of Vietnam", "implements", "Decree 88/2025/ND-CP") in got
    assert any(s.startswith("Vietnam Farmers") and p == "implements" and o == "Decree 90/2025/ND-CP"
               for s, p, o in got)
    assert not any(s.startswith("Vietnam Farmers") and o == "Decree 88/2025/ND-CP" for s, p, o in got)


def test_a_body_that_launches_a_programme_does_not_issue_it():
    text = "The Huế City People's Committee on Friday launched a tourism promotion programme for 2026 at a ceremony."
    triples = _triples_20260206(text)
    assert not any(p == "issued" for s, p, o in triples)
    assert ("Huế City People's Committee", "organized", "ceremony") in triples
    assert any(p == "issued" for s, p, o in _triples_20260206(
        "The Huế City People's Committee on Friday issued Plan 12/KH-UBND on tourism promotion."))


def test_a_relative_clause_puts_the_body_in_charge_of_carrying_out_a_decree():
    got = implements("The Đà Nẵng Department of Health, which is in charge of carrying out Decree 12/2025/NĐ-CP, "
                     "said it had hired 40 nurses.")
    assert ("Đà Nẵng Department of Health", "Decree 12/2025/NĐ-CP") in got


def test_an_appositive_naming_the_parent_leaves_the_body_as_implementer():
    got = implements("The Bình Dương Industrial Zones Authority, a unit of the Bình Dương Provincial People's "
                     "Committee, is rolling out Plan 9/KH-UBND.")
    assert ("Bình Dương Industrial Zones Authority", "Plan 9/KH-UBND") in got
    assert ("Bình Dương Provincial People's Committee", "Plan 9/KH-UBND") not in got


def test_under_the_parent_set_off_by_commas_is_an_appositive_too():
    got = implements("The Quảng Nam Department of Transport, under the Quảng Nam Provincial People's Committee, "
                     "is enforcing Decree 168/2024/NĐ-CP on road traffic fines.")
    assert ("Quảng Nam Department of Transport", "Decree 168/2024/NĐ-CP") in got
    assert ("Quảng Nam Provincial People's Committee", "Decree 168/2024/NĐ-CP") not in got


def test_a_body_putting_an_instrument_into_effect_implements_it():
    got = implements("The Ministry of Justice has issued Circular 5/2025/TT-BTP on notaries. "
                     "The ministry is putting the circular into effect in all provinces.")
    assert ("Ministry of Justice", "Circular 5/2025/TT-BTP") in got


def test_a_plan_issued_to_put_a_resolution_into_effect_implements_it():
    got = implements("The Bắc Ninh Provincial People's Committee has issued Plan 12/KH-UBND to put Resolution "
                     "66-NQ/TW of the Politburo on law-making into effect.")
    assert ("Plan 12/KH-UBND", "Resolution 66-NQ/TW") in got


def test_put_without_into_effect_is_no_implementing():
    got = implements("The Ministry of Justice has issued Circular 5/2025/TT-BTP on notaries. "
                     "The ministry put the circular on its website for comments.")
    assert ("Ministry of Justice", "Circular 5/2025/TT-BTP") not in got


def test_a_steering_committee_for_the_implementation_of_a_resolution_implements_it():
    got = implements("The Steering Committee for the Implementation of Resolution 36 met in Hà Nội on Monday.")
    assert ("Steering Committee for the Implementation of Resolution 36", "Resolution 36") in got


def test_one_of_the_first_to_implement_a_circular():
    got = implements("Kon Tum General Hospital, one of the first to implement Circular 32/2023/TT-BYT, has cut "
                     "waiting times by half.")
    assert ("Kon Tum General Hospital", "Circular 32/2023/TT-BYT") in got


def test_a_body_asked_to_implement_still_implements():
    got = implements("The State Bank of Vietnam has been tasked with implementing Decree 232/2025/NĐ-CP on gold trading.")
    assert ("State Bank of Vietnam", "Decree 232/2025/NĐ-CP") in got


def test_a_body_leading_the_implementation_of_a_project_implements_it():
    got = implements("The Ministry of Public Security is leading the implementation of Project 06 on population data.")
    assert ("Ministry of Public Security", "Project 06") in got


def test_the_agent_of_a_which_clause_behind_a_possessive_does_not_implement():
    got = implements("The Ministry of Agriculture and Environment has published a draft decree on plastic recycling. "
                     "Experts discussed the draft decree on plastic recycling, which the ministry's Department of "
                     "Environment prepared to implement the Law on Environmental Protection 2020.")
    assert ("draft decree on plastic recycling", "Law on Environmental Protection 2020") in got
    assert not any(s == "Department of Environment" for s, o in got)


def test_a_plan_on_carrying_out_a_directive_implements_it_and_the_directive_is_not_issued_with_it():
    got = facts("The Hà Nội People's Committee approved Plan 210/KH-UBND on carrying out Directive 24/CT-TTg in the "
                "city.", "2026-04-12", "en")
    assert ("Plan 210/KH-UBND", "implements", "Directive 24/CT-TTg") in got
    assert ("Hà Nội People's Committee", "issued", "Directive 24/CT-TTg") not in got


def test_an_instrument_named_inside_an_event_name_is_an_entity_issued_by_the_body_after_it():
    got = facts("Sáng 9/2, Sở Tư pháp tỉnh Lào Cai tổ chức Hội nghị phổ biến Nghị quyết số 27-NQ/TW của Ban Chấp "
                "hành Trung ương.", "2027-02-10")
    assert ("Ban Chấp hành Trung ương Đảng", "issued", "Nghị quyết số 27-NQ/TW") in got or \
        any(p == "issued" and o == "Nghị quyết số 27-NQ/TW" for s, p, o in got)
    assert not any(p == "organized" and s.startswith("Ban Chấp hành") for s, p, o in got)
    assert any(p == "organized" and s == "Sở Tư pháp tỉnh Lào Cai" for s, p, o in got)


def test_a_body_named_by_the_instrument_it_implements():
    got = facts("Tổ công tác thực hiện Nghị quyết số 18-NQ/TW tỉnh Yên Bái đã họp ngày 5/2.", "2027-02-10")
    assert any(p == "implements" and s.startswith("Tổ công tác thực hiện Nghị quyết")
               and o == "Nghị quyết số 18-NQ/TW" for s, p, o in got)


def test_a_bracketed_short_form_closes_a_long_plan_name_and_names_the_same_plan():
    text = ("Đề án 68 được triển khai mạnh mẽ. Bộ Công an đã trình Đề án bảo đảm an ninh, trật tự và an toàn "
            "giao thông đường thủy (Đề án 68). Kế hoạch số 12/KH-UBND về thực hiện Đề án 68 đã ban hành.")
    policies = {n for n, t in _entities(text) if t == "Policy"}
    assert "Đề án bảo đảm an ninh, trật tự và an toàn giao thông đường thủy" in policies
    assert "Đề án 68" not in policies


def test_partners_implement_together():
    got = facts("Bộ Tư pháp đang phối hợp với Bộ Công an triển khai Nghị quyết số 27/2026/NQ-CP về cải cách tư pháp.",
                "2027-02-10")
    assert ("Bộ Tư pháp", "implements", "Nghị quyết số 27/2026/NQ-CP") in got
    assert ("Bộ Công an", "implements", "Nghị quyết số 27/2026/NQ-CP") in got


def test_a_lower_case_plan_reference_before_a_comma_is_the_plan_named_before():
    got = facts("Tỉnh Hậu Giang đang triển khai Đề án phát triển kinh tế tập thể đến năm 2030. Để cụ thể hóa "
                "đề án, UBND tỉnh Hậu Giang đã ban hành Kế hoạch số 77/KH-UBND.", "2027-03-10")
    assert ("Kế hoạch số 77/KH-UBND", "implements", "Đề án phát triển kinh tế tập thể đến năm 2030") in got


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


def test_a_purpose_clause_inside_reported_speech_credits_the_plan_approved_after_it():
    got = facts("Phát biểu tại hội nghị, ông Võ Văn Hoan, Phó Chủ tịch UBND tỉnh Bến Tre, cho biết để cụ thể hóa "
                "Nghị quyết số 11-NQ/TU của Tỉnh ủy, UBND tỉnh Bến Tre đã phê duyệt Đề án phát triển dừa hữu cơ "
                "đến năm 2030.", "2027-03-10")
    assert ("Đề án phát triển dừa hữu cơ đến năm 2030", "implements", "Nghị quyết số 11-NQ/TU") in got


def test_a_plan_past_its_issuer_and_subject_implements_what_its_purpose_clause_names():
    got = facts("UBND tỉnh Bến Tre đã ban hành Kế hoạch số 88/KH-UBND của UBND tỉnh về phát triển cây dừa hữu cơ, "
                "chế biến sâu, nhằm thực hiện Chiến lược phát triển nông nghiệp và nông thôn bền vững.", "2027-03-10")
    assert ("Kế hoạch số 88/KH-UBND", "implements",
            "Chiến lược phát triển nông nghiệp và nông thôn bền vững") in got
    assert not any(p == "implements" and s.startswith("UBND") for s, p, o in got)


def test_a_bare_ministry_after_a_verb_of_saying_is_the_ministry_named_before():
    got = facts("Sáng 6/12, Bộ Công Thương khai mạc Hội chợ Thương mại quốc tế 2027. Bộ trưởng Nguyễn Hồng Diên cho "
                "biết Bộ đang triển khai Đề án phát triển thị trường trong nước giai đoạn 2026 - 2030.", "2027-12-10")
    assert ("Bộ Công Thương", "implements", "Đề án phát triển thị trường trong nước giai đoạn 2026 - 2030") in got
    assert ("nông nghiệp hữu cơ", "Topic") in _entities_20270310("Tỉnh khuyến khích nông dân chuyển sang nông nghiệp hữu cơ.")


def test_counted_set_of_decrees_issues_no_law_and_its_issuer_implements_none():
    got = facts("Chính phủ đã ban hành 5 nghị định quy định chi tiết Luật Đầu tư năm 2020.")
    assert ("Chính phủ", "issued", "Luật Đầu tư năm 2020") not in got
    assert ("Chính phủ", "implements", "Luật Đầu tư năm 2020") not in got


def test_issuer_of_a_counted_set_issues_the_members_listed_after_it():
    got = facts("UBND tỉnh Bình Phước đã ban hành 12 quyết định quy định chi tiết các nội dung được giao, trong đó có "
                "Quyết định số 18/2030/QĐ-UBND về bảng giá đất.")
    assert ("UBND tỉnh Bình Phước", "issued", "Quyết định số 18/2030/QĐ-UBND") in got


def test_resolution_being_carried_out_and_concretising_another_after_a_comma():
    got = facts("Tỉnh ủy Lào Cai đang triển khai Nghị quyết số 11-NQ/TU về phát triển du lịch cộng đồng, cụ thể hóa "
                "Nghị quyết 82-NQ/TW của Bộ Chính trị.")
    assert ("Nghị quyết số 11-NQ/TU", "implements", "Nghị quyết 82-NQ/TW") in got
    assert ("Tỉnh ủy Lào Cai", "implements", "Nghị quyết 82-NQ/TW") not in got


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_the_unit_before_under_carries_the_policy_out_not_its_parent():
    got = rel("The Department of Roads under the Ministry of Construction will enforce Decree 45/2025/NĐ-CP "
              "from July.", "implements")
    assert ("Department of Roads", "Decree 45/2025/NĐ-CP") in got
    assert not any(s == "Ministry of Construction" for s, o in got)


def test_a_body_coordinating_the_implementation_carries_it_out():
    got = rel("The Hải Dương Department of Industry and Trade will coordinate the implementation of "
              "Plan 21/KH-UBND.", "implements")
    assert ("Hải Dương Department of Industry and Trade", "Plan 21/KH-UBND") in got


def test_the_parts_of_a_policy_between_the_verb_and_the_policy():
    got = rel("The city issued Plan 12/KH-UBND to realise the targets of Resolution 57-NQ/TW.", "implements")
    assert ("Plan 12/KH-UBND", "Resolution 57-NQ/TW") in got
    got = rel("Plan 77/KH-BYT on carrying out the tasks set out in Directive 25/CT-TTg was issued in May.", "implements")
    assert ("Plan 77/KH-BYT", "Directive 25/CT-TTg") in got


def test_the_agent_of_a_relative_clause_with_a_modifier_is_no_implementer():
    text = ("The Thái Bình Provincial People's Committee issued Plan 14/KH-UBND in March. The plan, which was "
            "approved by the provincial People's Committee in May, implements Resolution 57-NQ/TW.")
    got = rel(text, "implements")
    assert ("Plan 14/KH-UBND", "Resolution 57-NQ/TW") in got
    assert not any("Committee" in s for s, o in got)


def test_a_body_that_rolled_out_a_plan():
    got = rel("The Cần Thơ City People's Committee has rolled out Plan 14/KH-UBND across all wards.", "implements")
    assert ("Cần Thơ City People's Committee", "Plan 14/KH-UBND") in got


def test_the_basis_after_an_issued_instrument_is_not_issued_too():
    got = facts("The Ministry of Finance issued Circular 5/2026/TT-BTC in line with Decree 13/2025/NĐ-CP.",
                "2026-03-20", "en")
    assert ("Ministry of Finance", "issued", "Circular 5/2026/TT-BTC") in got
    assert ("Ministry of Finance", "issued", "Decree 13/2025/NĐ-CP") not in got


def test_a_body_in_charge_of_or_responsible_for_a_plan():
    assert ("Department of Planning", "Plan 5/KH-UBND") in rel(
        "The Department of Planning is responsible for Plan 5/KH-UBND.", "implements")
    assert not rel("Deputy Minister Lê Tấn Cận, who is in charge of the Law on Crop Production, said the rules "
                   "would change.", "implements")


def test_the_unit_under_a_modified_parent_in_an_aside_is_the_implementer():
    text = ("The province issued Action Programme 12-CTr/TU in May. The Ninh Bình Department of Finance, under the "
            "provincial People's Committee, is in charge of the programme.")
    got = rel(text, "implements")
    assert ("Ninh Bình Department of Finance", "Action Programme 12-CTr/TU") in got
    assert not any("People's Committee" in s for s, o in got)


def test_an_instrument_set_as_part_of_someone_s_efforts():
    assert ("Plan 5/KH-UBND", "Resolution 57-NQ/TW") in rel(
        "Plan 5/KH-UBND, part of the province's efforts to implement Resolution 57-NQ/TW, sets 30 targets.", "implements")
    assert ("Plan 5/KH-UBND", "Resolution 57-NQ/TW") in rel(
        "Plan 5/KH-UBND was issued as part of the province's drive to realise Resolution 57-NQ/TW.", "implements")


def test_a_plan_drafted_after_a_fronted_clause_implements_the_resolution():
    got = facts("Thực hiện Nghị quyết số 71-NQ/TW, Sở Giáo dục và Đào tạo tỉnh Điện Biên xây dựng Đề án phát triển "
                "trường phổ thông dân tộc nội trú giai đoạn 2026 - 2030.", "2026-11-02")
    assert ("Đề án phát triển trường phổ thông dân tộc nội trú giai đoạn 2026 - 2030", "implements",
            "Nghị quyết số 71-NQ/TW") in got
    assert ("Sở Giáo dục và Đào tạo tỉnh Điện Biên", "implements", "Nghị quyết số 71-NQ/TW") not in got


def test_the_spirit_of_a_resolution_opens_a_fronted_clause():
    got = facts("Theo tinh thần Nghị quyết số 68-NQ/TW, Sở Tài chính tỉnh Điện Biên ban hành Kế hoạch số 41/KH-STC về "
                "hỗ trợ hộ kinh doanh.", "2026-11-02")
    assert ("Kế hoạch số 41/KH-STC", "implements", "Nghị quyết số 68-NQ/TW") in got
    # with no body after the comma, nothing carries it out
    got = facts("Theo tinh thần Nghị quyết số 68-NQ/TW, tỉnh sẽ giảm 30% thời gian xử lý hồ sơ.", "2026-11-02")
    assert not any(p == "implements" for _, p, _ in got)


def test_an_apposition_saying_what_the_instrument_or_body_is_stands_before_the_implementing_verb():
    got = implements("The Quảng Trị People's Committee has issued Plan 17/KH-UBND, an action plan carrying out "
                     "Directive 24/CT-TTg.")
    assert ("Plan 17/KH-UBND", "Directive 24/CT-TTg") in got
    got = implements("The Lâm Đồng People's Committee approved Plan 30/KH-UBND, the province's programme implementing "
                     "Decision 842/QĐ-TTg.")
    assert ("Plan 30/KH-UBND", "Decision 842/QĐ-TTg") in got
    got = implements("The Lâm Đồng Department of Agriculture, the agency in charge of carrying out Decision "
                     "842/QĐ-TTg, has hired 40 inspectors.")
    assert any(s.startswith("Lâm Đồng Department of Agriculture") and o == "Decision 842/QĐ-TTg" for s, o in got)
    # an apposition that says something else the body did carries no implementing
    got = implements("The Lâm Đồng Department of Agriculture, the agency that reviewed Decision 842/QĐ-TTg last year, "
                     "has hired 40 inspectors.")
    assert not got


def test_the_issuers_possessive_may_stand_before_the_instrument_carried_out():
    got = implements("The Kon Tum People's Committee approved Plan 12/KH-UBND, the province's programme carrying out "
                     "the Prime Minister's Decision 377/QĐ-TTg.")
    assert ("Plan 12/KH-UBND", "Decision 377/QĐ-TTg") in got
    got = implements("The Kon Tum Department of Finance will implement the Government's Decree 12/2026/NĐ-CP.")
    assert ("Kon Tum Department of Finance", "Decree 12/2026/NĐ-CP") in got


def test_the_body_of_a_which_clause_past_what_the_instrument_is_about_issued_it():
    got = facts("Many companies were interested in Resolution 12/2026/NQ-HĐND regarding the development of the "
                "semiconductor industry, which the Đà Nẵng People's Council adopted in July.", "2026-11-26", lang="en")
    assert ("Đà Nẵng People's Council", "issued", "Resolution 12/2026/NQ-HĐND") in got
    # a clause after an inner name may be that name's: no issuer for the decree
    got = facts("Officials discussed Decree 13/2025/NĐ-CP on the Law on Data, which the National Assembly passed in "
                "2024.", "2026-11-26", lang="en")
    assert not any(p == "issued" and o.startswith("Decree 13") and s == "National Assembly" for s, p, o in got)


def test_the_partner_of_an_earlier_verb_issues_nothing():
    got = facts("Cục Bảo vệ thực vật đã làm việc với Tổng cục Hải quan Trung Quốc và ban hành Công văn số "
                "1523/BVTV-KD hướng dẫn các phòng thử nghiệm.", "2025-12-05")
    assert ("Tổng cục Hải quan Trung Quốc", "issued", "Công văn số 1523/BVTV-KD") not in got


def test_a_body_carrying_out_a_lower_case_instrument_as_it_is_introduced_implements_it():
    got = facts("The Department of Health will carry out a programme on rural nursing for 2026-2030.", "2026-12-06", "en")
    assert ("Department of Health", "implements", "programme on rural nursing for 2026-2030") in got


def test_plan_issued_by_a_body_carries_out_the_resolution_not_the_body():
    got = facts("Kế hoạch thu hút đầu tư nước ngoài tỉnh Bắc Ninh năm 2027 được công bố. Kế hoạch do UBND tỉnh Bắc Ninh "
                "ban hành nhằm triển khai Nghị quyết 50-NQ/TW của Bộ Chính trị.", "2027-12-06")
    assert ("Kế hoạch thu hút đầu tư nước ngoài tỉnh Bắc Ninh năm 2027", "implements", "Nghị quyết 50-NQ/TW") in got
    assert ("UBND tỉnh Bắc Ninh", "implements", "Nghị quyết 50-NQ/TW") not in got


def test_a_ministry_that_released_an_action_plan_issued_it():
    got = graph_triples("HÀ NỘI — The Ministry of Industry and Trade has released an action plan on logistics development "
                        "for 2026–2030, with 45 tasks for ministries and localities.", "en", "2026-12-07")
    assert ("Ministry of Industry and Trade", "issued", "action plan on logistics development for 2026–2030") in got


def test_the_deal_refers_back_to_an_agreement():
    got = facts("Việt Nam and Laos on Wednesday signed an agreement on cross-border electricity trade. Minister of "
                "Industry and Trade Nguyễn Hồng Diên and Lao Minister of Energy and Mines Phosy Keomixay inked the deal "
                "in the presence of the two prime ministers.", "2026-11-27", lang="en")
    assert ("Phosy Keomixay", "signed", "agreement on cross-border electricity trade") in got
    # a deal names no decree: "the deal" after a decree refers to nothing
    got = facts("The Government issued Decree 58/2026/NĐ-CP on rooftop solar power. Minister Nguyễn Hồng Diên inked the "
                "deal with Laos on Friday.", "2026-11-27", lang="en")
    assert not any(p == "signed" for _, p, _ in got)


def test_the_agency_of_a_dateline_issues_nothing():
    got = facts("Hanoi (VNA) – The Prime Minister has approved the national programme on developing the semiconductor "
                "industry to 2030.", "2025-12-05", lang="en")
    assert not any(p == "issued" for s, p, o in got)



def test_a_body_that_handed_down_or_unveiled_an_instrument_issued_it():
    got = facts("The Quang Nam People's Committee on Monday handed down Decision 1201/QD-UBND on beach safety.",
                "2026-10-15", "en")
    assert ("Quang Nam People's Committee", "issued", "Decision 1201/QD-UBND") in got
    got = facts("Vietjet on Monday unveiled the Fleet Renewal Strategy 2030.", "2026-10-15", "en")
    assert ("Vietjet", "issued", "Fleet Renewal Strategy 2030") in got


def test_an_instrument_a_body_only_cites_after_unveiling_something_is_not_issued():
    got = facts("The Hanoi People's Committee unveiled a campaign to implement Directive 20/CT-TTg.", "2026-10-15", "en")
    assert ("Hanoi People's Committee", "issued", "Directive 20/CT-TTg") not in got
