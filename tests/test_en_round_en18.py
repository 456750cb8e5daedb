"""English implements, signed and about in government and policy copy (round en18): how a body or an
instrument carries out a policy; sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-12", "en") if p == "implements"}


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


def test_a_circular_providing_guidance_on_the_decree_implements_it():
    got = implements("The Government issued Decree 30/2025/NĐ-CP on tourism in March. The Ministry of Culture, "
                     "Sports and Tourism has followed with Circular 4/2025/TT-BVHTTDL providing guidance on the decree.")
    assert ("Circular 4/2025/TT-BVHTTDL", "Decree 30/2025/NĐ-CP") in got


def test_an_instrument_issued_to_guide_the_law_implements_it():
    got = implements("The National Assembly passed the Law on Pharmacy 2024 last year. The Ministry of Health "
                     "has published Circular 9/2025/TT-BYT on drug prices, which the ministry issued in May to guide the law.")
    assert ("Circular 9/2025/TT-BYT", "Law on Pharmacy 2024") in got


def test_an_instrument_that_is_part_of_efforts_to_implement_a_strategy():
    got = implements("The Ministry of Planning signed a memorandum of understanding on statistics with the World "
                     "Bank on Monday. The memorandum is part of efforts to implement the National Statistics "
                     "Development Strategy to 2030.")
    assert ("memorandum of understanding on statistics", "National Statistics Development Strategy to 2030") in got


def test_it_is_part_of_efforts_to_implement_refers_to_the_instrument_before():
    got = implements("The Hải Phòng People's Committee approved Decision 3/QĐ-UBND on ports. "
                     "It is part of efforts to implement Resolution 45/2021/QH15.")
    assert ("Decision 3/QĐ-UBND", "Resolution 45/2021/QH15") in got


def test_a_steering_committee_for_the_implementation_of_a_resolution_implements_it():
    got = implements("The Steering Committee for the Implementation of Resolution 36 met in Hà Nội on Monday.")
    assert ("Steering Committee for the Implementation of Resolution 36", "Resolution 36") in got


def test_a_decision_that_sets_out_a_plan_to_give_effect_to_the_resolution():
    got = implements("The National Assembly passed Resolution 136/2024/QH15 on Đà Nẵng. Decision 77/QĐ-UBND, which "
                     "sets out the city's plan to give effect to the resolution, lists 12 projects.")
    assert ("Decision 77/QĐ-UBND", "Resolution 136/2024/QH15") in got


def test_it_stepping_up_the_implementation_names_the_body_opening_the_sentence():
    got = implements("The Đà Nẵng City People's Committee has approved 12 projects worth 9 trillion VND as it steps "
                     "up the implementation of Resolution 136/2024/QH15 of the National Assembly.")
    assert ("Đà Nẵng City People's Committee", "Resolution 136/2024/QH15") in got


def test_it_after_another_body_is_not_read_as_the_opening_body():
    got = implements("The Đà Nẵng City People's Committee has praised the Đà Nẵng Department of Finance as it "
                     "steps up the implementation of Resolution 136/2024/QH15.")
    assert ("Đà Nẵng City People's Committee", "Resolution 136/2024/QH15") not in got


def test_one_of_the_first_to_implement_a_circular():
    got = implements("Kon Tum General Hospital, one of the first to implement Circular 32/2023/TT-BYT, has cut "
                     "waiting times by half.")
    assert ("Kon Tum General Hospital", "Circular 32/2023/TT-BYT") in got


def test_both_ministers_after_a_dateline_sign():
    got = facts("HUẾ — Minister of Health Đào Hồng Lan and Cuban Minister of Public Health José Angel Portal Miranda "
                "on Tuesday signed a memorandum of understanding on traditional medicine in Huế.", "2026-03-12", "en")
    signers = {s for s, p, o in got if p == "signed"}
    assert len(signers) == 2


def test_it_stepping_up_after_a_dateline_names_the_body_opening_the_sentence():
    got = implements("Đà Nẵng speeds up projects\n\nĐÀ NẴNG — The Đà Nẵng City People's Committee has approved "
                     "12 projects as it steps up the implementation of Resolution 136/2024/QH15.")
    assert ("Đà Nẵng City People's Committee", "Resolution 136/2024/QH15") in got


def test_the_two_ministers_named_before_both_sign():
    got = facts("Minister of Industry and Trade Nguyễn Hồng Diên and Singaporean Minister for Trade and Industry "
                "Gan Kim Yong held talks in Hà Nội on Monday. They discussed energy links. Diên said trade had grown. "
                "The two ministers then signed a memorandum of understanding on green energy trade.", "2026-03-12", "en")
    signers = {s for s, p, o in got if p == "signed" and o == "memorandum of understanding on green energy trade"}
    assert len(signers) == 2


def test_the_two_ministers_sign_only_when_two_ministers_were_named():
    got = facts("Minister of Industry and Trade Nguyễn Hồng Diên, Minister of Finance Nguyễn Văn Thắng and "
                "Singaporean Minister for Trade and Industry Gan Kim Yong held talks in Hà Nội on Monday. "
                "The two ministers then signed a memorandum of understanding on green energy trade.", "2026-03-12", "en")
    assert not any(p == "signed" for s, p, o in got)


def test_the_kind_with_a_which_clause_implementing_a_conclusion():
    got = implements("The Hà Nội People's Council on Tuesday passed a resolution on free school meals. The resolution, "
                     "which implements Conclusion 45-KL/TW of the Politburo, will cost 800 billion VND a year.")
    assert ("resolution on free school meals", "Conclusion 45-KL/TW") in got


def test_a_body_directing_others_to_implement_does_not_implement():
    got = implements("The Ministry of Health has instructed hospitals to implement Circular 13/2025/TT-BYT.")
    assert ("Ministry of Health", "Circular 13/2025/TT-BYT") not in got


def test_a_body_asked_to_implement_still_implements():
    got = implements("The State Bank of Vietnam has been tasked with implementing Decree 232/2025/NĐ-CP on gold trading.")
    assert ("State Bank of Vietnam", "Decree 232/2025/NĐ-CP") in got


def test_a_body_leading_the_implementation_of_a_project_implements_it():
    got = implements("The Ministry of Public Security is leading the implementation of Project 06 on population data.")
    assert ("Ministry of Public Security", "Project 06") in got


def test_a_body_putting_a_resolution_into_practice_implements_it():
    got = implements("The Thái Nguyên Provincial People's Committee has put Resolution 57-NQ/TW into practice by "
                     "funding 30 research projects.")
    assert ("Thái Nguyên Provincial People's Committee", "Resolution 57-NQ/TW") in got


def signers(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-04-12", "en") if p == "signed"}


def test_the_person_who_signed_the_circular_signed_it():
    got = signers("The Ministry of Finance issued Circular 20/2026/TT-BTC. Deputy Minister Cao Anh Tuấn, who signed "
                  "the circular, said it would cut paperwork.")
    assert any(o == "Circular 20/2026/TT-BTC" for s, o in got)


def test_both_signers_after_by_sign():
    got = signers("The agreement on energy cooperation was signed by Minister of Industry and Trade Nguyễn Hồng Diên "
                  "and Lao Minister of Energy and Mines Phosay Sayasone.")
    assert len({s for s, o in got if o == "agreement on energy cooperation"}) == 2


def test_a_witness_after_by_does_not_sign():
    got = signers("The agreement on energy cooperation was signed by Minister of Industry and Trade Nguyễn Hồng Diên "
                  "and witnessed by Prime Minister Phạm Minh Chính.")
    assert len({s for s, o in got if o == "agreement on energy cooperation"}) == 1


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


def test_a_plan_on_the_implementation_of_a_resolution_implements_it():
    got = implements("Plan 45/KH-UBND on the implementation of Resolution 19-NQ/TW sets 30 tasks for departments.")
    assert ("Plan 45/KH-UBND", "Resolution 19-NQ/TW") in got


def test_the_committee_issuing_a_plan_is_the_one_named_before_not_after():
    got = facts("The Lạng Sơn Provincial People's Committee held a conference on Friday. The committee has also issued "
                "Plan 45/KH-UBND to put Resolution 19-NQ/TW of the Party Central Committee on agriculture into effect.",
                "2026-04-12", "en")
    assert ("Lạng Sơn Provincial People's Committee", "issued", "Plan 45/KH-UBND") in got
    assert ("Plan 45/KH-UBND", "implements", "Resolution 19-NQ/TW") in got


def test_signing_for_a_party_signs_the_agreement_named_before():
    got = signers("The two ministers also witnessed the signing of an agreement on joint research in batteries between "
                  "the Hà Nội University of Science and Technology and the National University of Laos. Rector Huỳnh "
                  "Quyết Thắng signed for the Vietnamese university.")
    assert ("Huỳnh Quyết Thắng", "agreement on joint research in batteries") in got


def test_signing_for_a_party_needs_an_agreement_before():
    got = signers("The Government issued Decree 12/2026/NĐ-CP on investment. Nguyễn Văn An signed for the "
                  "Vietnamese team at the tournament.")
    assert not got



def test_the_signer_after_by_past_a_title_with_for():
    got = signers("The agreement on green energy was signed by Minister for Trade and Industry Gan Kim Yong of Singapore.")
    assert ("Gan Kim Yong", "agreement on green energy") in got
