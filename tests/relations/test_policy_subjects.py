"""Tests of kg.relations.policy_subjects:
English sentences whose subject is an instrument named again by its kind or by "It"."""
from __future__ import annotations

from functools import partial

from articlefacts import facts, graph_triples


_triples = partial(graph_triples, published="2025-09-29")


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-12", "en") if p == "implements"}


def signers(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-04-12", "en") if p == "signed"}


def test_implemented_instruments_past_possessive_issuers():
    got = _triples("Under Decision No. 4120/QD-UBND, signed by Vice Chairman Bui Xuan Cuong on November 20, the "
                   "company will add trips. The decision implements the Government's Resolution No. 80/NQ-CP on "
                   "developing the night-time economy and the city's Urban Railway Development Plan.")
    targets = {o for s, p, o in got if p == "implements"}
    assert "Urban Railway Development Plan" in targets and len(targets) == 2


def test_signer_in_a_relative_clause_after_the_instruments_subject():
    text = ("The fees are set in Circular 31/2026/TT-BTC on port charges, which Deputy Minister of Finance "
            "Lê Văn An signed on January 20.")
    triples = _triples_20260206(text)
    assert ("Lê Văn An", "signed", "Circular 31/2026/TT-BTC") in triples
    assert ("Circular 31/2026/TT-BTC", "date", "2026-01-20") in triples


def test_he_signed_names_the_one_person_before_and_his_local_body_issued_it():
    text = ("Chairman of the Huế City People's Committee Lý Quốc Bảo said the plan implements Decision No. "
            "210/QĐ-UBND on heritage tourism, which he signed on April 3.")
    triples = _triples_20260206(text)
    assert ("Lý Quốc Bảo", "signed", "Decision No. 210/QĐ-UBND") in triples
    assert ("Huế City People's Committee", "issued", "Decision No. 210/QĐ-UBND") in triples


def test_he_signed_with_two_people_before_names_no_one():
    text = ("Minister Lý Quốc Bảo and Ambassador Hà Minh Khang said the plan implements Decision No. "
            "210/QĐ-UBND on heritage tourism, which he signed on April 3.")
    assert not any(p == "signed" for s, p, o in _triples_20260206(text))


def test_signers_listed_with_a_title_in_commas_before_signed():
    text = ("The two ministries on Monday finalised an agreement on road safety education. Deputy Minister of "
            "Education and Training Phạm Ngọc Thưởng and Lieutenant General Lê Quốc Hùng, Deputy Minister of Public "
            "Security, signed the agreement at a ceremony in Hà Nội on Tuesday.")
    got = facts(text, "2025-12-10", lang="en")
    signers = {s for s, p, o in got if p == "signed"}
    assert any("Thưởng" in x for x in signers) and any("Hùng" in x or "Hung" in x for x in signers)
    got = facts("The two ministries on Monday finalised an agreement on road safety. Minister Lê Quốc Hùng, who met "
                "students in Huế, signed the agreement.", "2025-12-10", lang="en")
    assert not any(p == "signed" for s, p, o in got)


def test_an_instrument_that_is_part_of_efforts_to_implement_a_strategy():
    got = implements("The Ministry of Planning signed a memorandum of understanding on statistics with the World "
                     "Bank on Monday. The memorandum is part of efforts to implement the National Statistics "
                     "Development Strategy to 2030.")
    assert ("memorandum of understanding on statistics", "National Statistics Development Strategy to 2030") in got


def test_the_kind_with_a_which_clause_implementing_a_conclusion():
    got = implements("The Hà Nội People's Council on Tuesday passed a resolution on free school meals. The resolution, "
                     "which implements Conclusion 45-KL/TW of the Politburo, will cost 800 billion VND a year.")
    assert ("resolution on free school meals", "Conclusion 45-KL/TW") in got


def test_the_person_who_signed_the_circular_signed_it():
    got = signers("The Ministry of Finance issued Circular 20/2026/TT-BTC. Deputy Minister Cao Anh Tuấn, who signed "
                  "the circular, said it would cut paperwork.")
    assert any(o == "Circular 20/2026/TT-BTC" for s, o in got)


def test_the_committee_issuing_a_plan_is_the_one_named_before_not_after():
    got = facts("The Lạng Sơn Provincial People's Committee held a conference on Friday. The committee has also issued "
                "Plan 45/KH-UBND to put Resolution 19-NQ/TW of the Party Central Committee on agriculture into effect.",
                "2026-04-12", "en")
    assert ("Lạng Sơn Provincial People's Committee", "issued", "Plan 45/KH-UBND") in got
    assert ("Plan 45/KH-UBND", "implements", "Resolution 19-NQ/TW") in got


def test_signing_for_a_party_needs_an_agreement_before():
    got = signers("The Government issued Decree 12/2026/NĐ-CP on investment. Nguyễn Văn An signed for the "
                  "Vietnamese team at the tournament.")
    assert not got


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_part_of_the_province_s_efforts_to_carry_out():
    text = "The city issued Plan 19/KH-UBND in March. The plan is part of the city's efforts to carry out Resolution 57-NQ/TW."
    assert ("Plan 19/KH-UBND", "Resolution 57-NQ/TW") in rel(text, "implements")


def test_people_who_put_pen_to_the_document_signed_it():
    got = _triples("The two universities signed a memorandum of understanding on joint research in robotics. "
                   "Rector Lê Minh Tâm and Dean Anna Berg put pen to the document.")
    assert ("Lê Minh Tâm", "signed", "memorandum of understanding on joint research in robotics") in got
    assert ("Anna Berg", "signed", "memorandum of understanding on joint research in robotics") in got


def test_the_official_who_signed_the_plan_named_by_its_kind_vi():
    lead = "UBND TP Hà Nội vừa ban hành Kế hoạch số 312/KH-UBND ngày 28/11/2026 về giảm ô nhiễm không khí. "
    for second in ("Phó Chủ tịch UBND thành phố Dương Đức Tuấn đã ký kế hoạch này.",
                   "Phó Chủ tịch UBND thành phố Dương Đức Tuấn, người ký kế hoạch, yêu cầu các sở báo cáo."):
        got = facts(lead + second, "2026-11-30")
        assert ("Dương Đức Tuấn", "signed", "Kế hoạch số 312/KH-UBND") in got
    got = facts(lead + "Ông Dương Đức Tuấn cho biết đã ký nhiều văn bản.", "2026-11-30")
    assert not any(p == "signed" for s, p, o in got)


def test_the_kind_before_a_finite_passive_issuing_verb_names_the_issuer():
    got = _triples("The Law on Data takes effect on July 1. The law was passed by the National Assembly in "
                   "November 2024.")
    assert ("National Assembly", "issued", "Law on Data") in got


def test_a_body_in_a_relative_clause_on_the_referred_body_is_no_issuer():
    got = _triples("Mai Xuân Thành is Director of the Department of Taxation under the Ministry of Finance. Thành said "
                   "the department, which is under the ministry, had issued Plan 1520/KH-CT on tax offices.")
    issuers = {s for s, p, o in got if p == "issued" and o == "Plan 1520/KH-CT"}
    assert "Ministry of Finance" not in issuers and len(issuers) == 1


def test_signers_of_the_document_two_sentences_after_it_and_on_behalf_of_a_body():
    text = ("Việt Nam's Ministry of Home Affairs and Japan's Immigration Services Agency on Wednesday signed a "
            "memorandum of cooperation on sending and receiving specified skilled workers. The signing took place in "
            "Tokyo. Deputy Minister Vũ Chiến Thắng and Commissioner of the Immigration Services Agency Hiroshi "
            "Marushima signed the document on behalf of the two sides.")
    memo = "memorandum of cooperation on sending and receiving specified skilled workers"
    got = _triples(text, "en")
    assert {("Vu Chien Thang", "signed", memo), ("Hiroshi Marushima", "signed", memo)} <= got
    assert ("Hiroshi Marushima", "memberOf", "Immigration Services Agency") in got
    alone = _triples(text.split(" The signing")[0] + " Deputy Minister Vũ Chiến Thắng signed the memorandum on "
                     "behalf of the ministry.", "en")
    assert ("Vu Chien Thang", "signed", memo) in alone
    assert not any("behalf" in o for _, _, o in alone)


def test_vietnamese_signers_joined_by_va_signed_the_memorandum_named_before():
    text = ("Chiều 4/12, UBND tỉnh Thanh Hóa và Ngân hàng Thế giới ký kết Bản ghi nhớ về giảm phát thải khí nhà kính "
            "từ rừng. Phó Chủ tịch UBND tỉnh Lê Đức Giang và bà Mariam Sherman, Giám đốc Quốc gia WB tại Việt Nam, đã "
            "ký bản ghi nhớ.")
    got = graph_triples(text, "vi", "2025-12-05")
    signed = {(s, o) for s, p, o in got if p == "signed"}
    assert {s for s, _ in signed} == {"Lê Đức Giang", "Mariam Sherman"} and len({o for _, o in signed}) == 1


def test_a_second_predicate_of_the_instrument_subject_implements():
    got = implements("The Ministry of Home Affairs issued Circular 4/2026/TT-BNV on staff. The circular guides "
                     "Decree 35/2025/NĐ-CP on ranks, which the Government issued in May, and was issued to implement "
                     "Conclusion 12-KL/TW. Decision 77/QĐ-UBND sets targets for rural roads and was drawn up to "
                     "carry out Resolution 18-NQ/TW. Circular 9/2026/TT-BYT took effect in June and guides the Law "
                     "on Pharmacy.")
    assert ("Circular 4/2026/TT-BNV", "Conclusion 12-KL/TW") in got
    assert ("Circular 4/2026/TT-BNV", "Decree 35/2025/NĐ-CP") in got
    assert ("Decision 77/QĐ-UBND", "Resolution 18-NQ/TW") in got
    assert ("Circular 9/2026/TT-BYT", "Law on Pharmacy") in got


def test_a_second_predicate_with_a_subject_of_its_own_is_not_the_instruments():
    got = implements("The city issued Plan 20/KH-UBND on waste. The plan lists 40 tasks, and the department "
                     "carries out Directive 12/CT-TTg on waste. Decree 5/2026/NĐ-CP sets fees and asks firms to "
                     "review and implement Decision 8/QĐ-TTg.")
    assert ("Plan 20/KH-UBND", "Directive 12/CT-TTg") not in got
    assert ("Decree 5/2026/NĐ-CP", "Decision 8/QĐ-TTg") not in got


def test_an_instrument_signed_or_launched_to_carry_out_a_policy():
    got = implements("The ministry and Vietnam Airlines signed an agreement on promoting tourism. The agreement was "
                     "signed to carry out the National Tourism Strategy to 2030, which the Prime Minister approved in "
                     "2020, and the Government's Resolution 82/NQ-CP. The province approved the Blue Sea Programme "
                     "in May. The programme was launched to realise Resolution 36-NQ/TW on the marine economy.")
    assert ("agreement on promoting tourism", "National Tourism Strategy to 2030") in got
    assert ("agreement on promoting tourism", "Resolution 82/NQ-CP") in got
    assert ("Blue Sea Programme", "Resolution 36-NQ/TW") in got


def test_the_basis_closing_the_guided_instrument_is_the_subjects_own():
    got = implements("The central bank issued Circular 41/2026/TT-NHNN. The circular guides Decree 52/2024/NĐ-CP "
                     "on payments, as required by the Law on Credit Institutions.")
    assert ("Circular 41/2026/TT-NHNN", "Law on Credit Institutions") in got
    assert ("Decree 52/2024/NĐ-CP", "Law on Credit Institutions") not in got


def test_an_instrument_that_turns_another_into_tasks_implements_it():
    got = implements("The provincial Party Committee issued Resolution 11-NQ/TU in August. The People's Committee "
                     "issued Plan 12/KH-UBND. The plan turns that resolution into tasks with deadlines. Decision "
                     "9/QĐ-UBND translates Directive 4/CT-TTg into concrete measures for each district.")
    assert ("Plan 12/KH-UBND", "Resolution 11-NQ/TU") in got
    assert ("Decision 9/QĐ-UBND", "Directive 4/CT-TTg") in got


def test_turning_an_instrument_without_into_tasks_is_no_implementing():
    got = implements("The city issued Plan 5/KH-UBND. The plan turns Resolution 11/NQ-CP down as too costly.")
    assert ("Plan 5/KH-UBND", "Resolution 11/NQ-CP") not in got


def test_an_instrument_opening_a_reported_clause_implements():
    got = implements("The Ministry of Finance issued Circular 18/2026/TT-BTC on invoices. Minister Nguyễn Văn Thắng "
                     "told reporters in Hà Nội that the circular carries out Decree 70/2025/NĐ-CP. The ministry issued "
                     "Plan 9/KH-BTC on audits. Director Lê Văn An said the plan is in line with the Law on State Audit.")
    assert ("Circular 18/2026/TT-BTC", "Decree 70/2025/NĐ-CP") in got
    assert ("Plan 9/KH-BTC", "Law on State Audit") in got


def test_a_reported_clause_of_a_body_is_not_the_instruments():
    got = implements("The Ministry of Finance issued Circular 18/2026/TT-BTC on invoices. Minister Nguyễn Văn Thắng "
                     "said the ministry would implement Decree 80/2025/NĐ-CP.")
    assert ("Circular 18/2026/TT-BTC", "Decree 80/2025/NĐ-CP") not in got


def test_a_second_predicate_naming_the_basis_the_instrument_is_in_line_with():
    got = implements("The Ministry of Health issued Circular 43/2026/TT-BYT on patient safety. The new rules put "
                     "into practice the Law on Medical Examination and Treatment and are in line with the National "
                     "Health Strategy to 2030, which the Prime Minister approved in October. The guidelines on "
                     "hospital data were issued too.")
    assert ("Circular 43/2026/TT-BYT", "Law on Medical Examination and Treatment") in got
    assert ("Circular 43/2026/TT-BYT", "National Health Strategy to 2030") in got


def test_a_passive_purpose_frame_may_carry_a_time():
    from articlefacts import facts
    text = ("The Bình Định Provincial People's Committee issued a plan to replant 3,000 hectares of coastal forest "
            "by 2030. The plan was issued on May 4 to realise the Government's Resolution 81/NQ-CP on forest "
            "protection, and to carry out the National Forestry Programme.")
    got = {(o) for s, p, o in facts(text, "2026-05-20", "en") if p == "implements" and s.startswith("plan to replant")}
    assert got == {"Resolution 81/NQ-CP", "National Forestry Programme"}


def test_the_document_is_the_plan_not_what_it_carries_out():
    from articlefacts import facts
    text = ("The Bình Định Provincial People's Committee issued a plan to replant 3,000 hectares of coastal forest "
            "by 2030. The plan was drawn up to realise the Government's Resolution 81/NQ-CP on forest protection. "
            "Chairman of the provincial People's Committee Phạm Anh Tuấn signed the document.")
    got = {o for s, p, o in facts(text, "2026-05-20", "en") if p == "signed"}
    assert all(o.startswith("plan to replant") for o in got) and got


def test_the_agreement_names_a_memorandum_again():
    from articlefacts import facts
    text = ("The Ministry of Health and a Japanese hospital group signed a memorandum of understanding on training "
            "nurses in elderly care. The agreement is part of the ministry's efforts to implement Decision "
            "1579/QĐ-TTg on population ageing.")
    got = {(s, o) for s, p, o in facts(text, "2026-05-20", "en") if p == "implements"}
    assert ("memorandum of understanding on training nurses in elderly care", "Decision 1579/QĐ-TTg") in got


def test_the_agreement_with_no_earlier_instrument_implements_nothing():
    from articlefacts import facts
    text = "The agreement is part of the ministry's efforts to implement Decision 1579/QĐ-TTg on population ageing."
    assert not any(p == "implements" for s, p, o in facts(text, "2026-05-20", "en"))


def test_signers_with_lower_case_roles_in_commas_sign_the_instrument_named_before():
    for text in ["Vietnam Airlines and Boeing signed a memorandum of understanding on aircraft purchases on Monday. "
                 "Le Hong Ha, general director of Vietnam Airlines, and Stephanie Pope, president of Boeing, signed the "
                 "document.",
                 "The two firms signed a memorandum of understanding on battery recycling in Hanoi. Le Hong Ha, the "
                 "general director of the first firm, and Stephanie Pope, CEO of the second, signed the memorandum."]:
        got = facts(text, "2026-12-03", "en")
        signed = {f[0] for f in got if f[1] == "signed"}
        assert signed == {"Le Hong Ha", "Stephanie Pope"}, text
    # a person in apposition who is no role ("a friend of …") signs nothing here
    got = facts("The firms signed a memorandum of understanding on battery recycling on Monday. Le Hong Ha, a friend "
                "of the founder, signed the guest book.", "2026-12-03", "en")
    assert not any(f[1] == "signed" for f in got)


def test_the_mou_refers_to_the_memorandum_named_before():
    got = facts("Vietnam Airlines and Boeing signed a memorandum of understanding (MoU) on aircraft purchases on "
                "Monday. Le Hong Ha signed the MoU for the airline.", "2026-12-03", "en")
    assert ("Le Hong Ha", "signed", "memorandum of understanding on aircraft purchases") in got
    assert ("memorandum of understanding on aircraft purchases", "date", "2026-11-30") in got


def test_vietnamese_signers_of_the_memorandum_named_before():
    text = ("Ngày 2/12, hai tập đoàn đã ký kết biên bản ghi nhớ hợp tác về phát triển điện gió ngoài khơi. Ông Đặng "
            "Hoàng An, Chủ tịch Hội đồng thành viên EVN, và ông Lê Mạnh Hùng, Tổng Giám đốc Petrovietnam, ký biên bản.")
    got = facts(text, "2026-12-03", "vi")
    assert {f[0] for f in got if f[1] == "signed"} == {"Đặng Hoàng An", "Lê Mạnh Hùng"}
    # minutes of a meeting, with no memorandum named before, are no instrument anyone signs here
    got = facts("Ông Lê Mạnh Hùng, Tổng Giám đốc Petrovietnam, ký biên bản cuộc họp.", "2026-12-03", "vi")
    assert not any(f[1] == "signed" for f in got)
