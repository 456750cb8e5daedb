"""Tests of kg.relations.implements_en:
English implements in clauses around an instrument (moved out of :mod:`kg.relations.policies`)."""
from __future__ import annotations

from articlefacts import facts, graph_triples


def _triples(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-12", "en") if p == "implements"}


def test_it_and_the_kind_refer_to_the_instrument_that_implements():
    text = ("The Ministry of Finance has issued Circular 21/2025/TT-BTC on bond issuance. Deputy Minister "
            "Lê Văn An signed the circular on May 3. It implements Decree 10/2024/NĐ-CP on securities. "
            "Officials said the circular also implements Resolution 57-NQ/TW.")
    triples = _triples(text)
    assert ("Circular 21/2025/TT-BTC", "implements", "Decree 10/2024/NĐ-CP") in triples
    assert ("Circular 21/2025/TT-BTC", "implements", "Resolution 57-NQ/TW") in triples


def test_it_after_a_sentence_without_one_instrument_implements_nothing():
    text = ("The Ministry of Finance met bond issuers in Hà Nội on Monday. It implements Decree 10/2024/NĐ-CP "
            "on securities.")
    assert not any(p == "implements" for s, p, o in _triples(text))


def test_the_kind_implements_each_instrument_of_a_list():
    text = ("Fees are set by Circular 08/2026/TT-BXD, which Deputy Minister Lý Quốc Bảo signed on March 2. "
            "Officials said the circular implements the Law on Roads 2024 and Resolution 66-NQ/TW of the Politburo.")
    triples = _triples_20260206(text)
    assert ("Circular 08/2026/TT-BXD", "implements", "Law on Roads 2024") in triples
    assert ("Circular 08/2026/TT-BXD", "implements", "Resolution 66-NQ/TW") in triples


def test_it_is_part_of_efforts_to_implement_refers_to_the_instrument_before():
    got = implements("The Hải Phòng People's Committee approved Decision 3/QĐ-UBND on ports. "
                     "It is part of efforts to implement Resolution 45/2021/QH15.")
    assert ("Decision 3/QĐ-UBND", "Resolution 45/2021/QH15") in got


def test_a_decision_that_sets_out_a_plan_to_give_effect_to_the_resolution():
    got = implements("The National Assembly passed Resolution 136/2024/QH15 on Đà Nẵng. Decision 77/QĐ-UBND, which "
                     "sets out the city's plan to give effect to the resolution, lists 12 projects.")
    assert ("Decision 77/QĐ-UBND", "Resolution 136/2024/QH15") in got


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_an_instrument_issued_in_line_with_a_fronted_policy():
    got = rel("Following Resolution 68-NQ/TW of the Politburo on private economic development, the Bắc Giang "
              "Provincial People's Committee has issued Plan 33/KH-UBND.", "implements")
    assert ("Plan 33/KH-UBND", "Resolution 68-NQ/TW") in got
    assert not any(s.startswith("Bắc Giang") for s, o in got)
    assert not rel("Following Resolution 68-NQ/TW, the ministry cut 30 procedures.", "implements")


def test_as_part_of_the_implementation_of_a_fronted_policy():
    got = rel("As part of the implementation of Resolution 57-NQ/TW, the Ministry of Finance issued Circular "
              "7/2026/TT-BTC.", "implements")
    assert ("Circular 7/2026/TT-BTC", "Resolution 57-NQ/TW") in got


def test_an_instrument_issued_in_line_with_a_policy_named_after_it():
    assert ("Circular 5/2026/TT-BTC", "Decree 13/2025/NĐ-CP") in rel(
        "Circular 5/2026/TT-BTC was issued on May 3 pursuant to Decree 13/2025/NĐ-CP.", "implements")
    got = rel("The Ministry of Finance issued Circular 5/2026/TT-BTC in line with Decree 13/2025/NĐ-CP.", "implements")
    assert ("Circular 5/2026/TT-BTC", "Decree 13/2025/NĐ-CP") in got
    assert not rel("The fine was imposed under Decree 156/2020/ND-CP in line with Decree 13/2025/NĐ-CP.", "implements")


def test_the_body_of_a_relative_clause_without_an_object_implements_the_instrument_before_it():
    got = implements("The fund will finance the province's Green Port Programme, which the Hải Phòng Department of "
                     "Construction is carrying out with two port operators.")
    assert ("Hải Phòng Department of Construction", "Green Port Programme") in got
    # a clause whose verb has an object of its own says nothing of the instrument before it
    got = implements("The fund will finance the province's Green Port Programme, which the Hải Phòng Department of "
                     "Construction is carrying out inspections for.")
    assert ("Hải Phòng Department of Construction", "Green Port Programme") not in got


def test_the_instrument_named_again_implements_one_named_with_its_issuers_possessive():
    got = implements("The ministry launched a national action plan on food safety for 2026–2030 on Monday. The minister "
                     "said the plan implements the Politburo's Resolution 72-NQ/TW.")
    assert ("national action plan on food safety for 2026–2030", "Resolution 72-NQ/TW") in got


def test_an_instrument_in_line_with_a_policy_implements_it():
    got = _triples("Circular 40/2026/TT-BCT was issued by the Ministry of Industry and Trade on Monday. The circular is "
                   "in line with Resolution 70-NQ/TW on energy security.")
    assert ("Circular 40/2026/TT-BCT", "implements", "Resolution 70-NQ/TW") in got
    got = _triples("Plan 77/KH-UBND was issued on Monday. The plan was drawn up in line with the Law on Planning.")
    assert ("Plan 77/KH-UBND", "implements", "Law on Planning") in got


def test_a_promulgated_instrument_implements_the_purpose_of_its_clause():
    got = _triples("The targets are part of Plan 245/KH-UBND, which was promulgated by the provincial People's "
                   "Committee on Monday to implement Resolution 57-NQ/TW of the Politburo.")
    assert ("Plan 245/KH-UBND", "implements", "Resolution 57-NQ/TW") in got


def test_an_instrument_issued_under_a_policy_implements_it():
    got = _triples("Plan 12/KH-BCT, issued under Resolution 57-NQ/TW, sets targets for 2030.")
    assert ("Plan 12/KH-BCT", "implements", "Resolution 57-NQ/TW") in got


def test_each_basis_of_a_list_and_under_after_the_issued_instrument():
    got = _triples("Plan 17/KH-BYT was issued in line with Directive 20/CT-TTg and Resolution 72-NQ/TW.")
    assert ("Plan 17/KH-BYT", "implements", "Directive 20/CT-TTg") in got
    assert ("Plan 17/KH-BYT", "implements", "Resolution 72-NQ/TW") in got
    got = _triples("The Prime Minister approved a plan to develop the carbon market under Decision 232/QĐ-TTg, which "
                   "sets a timetable.")
    assert not any(p == "implements" and o == "Decision 232/QĐ-TTg" for s, p, o in got)


def test_a_lead_kind_phrase_names_what_the_next_sentence_s_instrument_carries_out():
    got = _triples("Chip designers will pay no corporate income tax for six years under a new decree guiding the Law "
                   "on Digital Technology Industry. Decree 315/2026/NĐ-CP was issued by the Government on Wednesday.")
    assert ("Decree 315/2026/NĐ-CP", "implements", "Law on Digital Technology Industry") in got
    got = _triples("Chip designers will pay no tax under a new decree guiding the Law on Digital Technology Industry. "
                   "Circular 5/2026/TT-BTC was issued by the Ministry of Finance on Wednesday.")
    assert not any(p == "implements" and s.startswith("Circular") for s, p, o in got)


def test_a_basis_after_the_instruments_subject_and_a_comma_is_implemented():
    text = ("The Đà Nẵng People's Committee has also approved Decision 1450/QĐ-UBND on a data centre cluster, "
            "in line with Decree 318/2026/NĐ-CP.")
    assert ("Decision 1450/QĐ-UBND", "implements", "Decree 318/2026/NĐ-CP") in facts(text, "2026-12-06", "en")


def test_a_kind_word_closing_the_sentence_refers_to_the_basis():
    text = ("The Government has issued Decree 318/2026/NĐ-CP on incentives for data centres. The Đà Nẵng People's "
            "Committee has also approved Decision 1450/QĐ-UBND on a data centre cluster at the Đà Nẵng Hi-Tech Park, "
            "in line with the new decree.")
    assert ("Decision 1450/QĐ-UBND", "implements", "Decree 318/2026/NĐ-CP") in facts(text, "2026-12-06", "en")


def test_a_basis_the_sentence_goes_on_after_is_left():
    text = ("The Đà Nẵng People's Committee has also approved Decision 1450/QĐ-UBND on a data centre cluster, "
            "in line with Decree 318/2026/NĐ-CP and the wishes of investors.")
    assert not any(p == "implements" for s, p, o in facts(text, "2026-12-06", "en"))


def test_an_instrument_issued_under_or_in_accordance_with_a_policy_across_an_appositive():
    got = _triples("The Ministry of Finance issued Circular 12/2026/TT-BTC on Monday. The circular, signed by Deputy "
                   "Minister Cao Anh Tuấn, was issued in accordance with Decree 70/2025/NĐ-CP.")
    assert ("Circular 12/2026/TT-BTC", "implements", "Decree 70/2025/NĐ-CP") in got
    got = _triples("The Ministry of Education and Training has issued Circular 9/2026/TT-BGDĐT on school meals. "
                   "It was issued under Decision 1705/QĐ-TTg.")
    assert ("Circular 9/2026/TT-BGDĐT", "implements", "Decision 1705/QĐ-TTg") in got
    # a bare "was under" names no basis
    got = _triples("The Ministry of Finance issued Circular 12/2026/TT-BTC on Monday. The circular was under review "
                   "by Decree 70/2025/NĐ-CP's drafters.")
    assert ("Circular 12/2026/TT-BTC", "implements", "Decree 70/2025/NĐ-CP") not in got


def test_an_instrument_to_be_implemented_in_line_with_a_policy_implements_it():
    got = _triples("The minister approved a programme to modernise rural clinics for 2027-2030 on Monday. The programme "
                   "will be implemented in line with Resolution 72-NQ/TW.")
    assert ("programme to modernise rural clinics for 2027-2030", "implements", "Resolution 72-NQ/TW") in got


def test_it_refers_to_the_instrument_a_sentence_opening_kind_names_again():
    got = _triples("The ministry signed Decision 3107/QĐ-BCT on Monday.\n\nThe decision sets deadlines for 120 "
                   "projects. It was issued in line with Decision 768/QĐ-TTg.")
    assert ("Decision 3107/QĐ-BCT", "implements", "Decision 768/QĐ-TTg") in got


def test_an_instrument_issued_under_another_in_an_appositive():
    got = facts("The Gia Lai Provincial People's Committee has approved a plan to develop 2,000MW of wind power in the "
                "western part of the province by 2030. The plan, issued under Decision 768/QĐ-TTg of the Prime Minister, "
                "covers three districts.", "2025-10-07", lang="en")
    assert any(p == "implements" and o == "Decision 768/QĐ-TTg" and s.startswith("plan to develop") for s, p, o in got)


def test_it_guides_the_law_implements_it():
    got = facts("The Ministry of Health on Monday issued Circular 45/2026/TT-BYT on online drug sales. It guides the "
                "amended Law on Pharmacy, which the National Assembly passed on November 21, 2024.", "2026-12-03", "en")
    assert ("Circular 45/2026/TT-BYT", "implements", "Law on Pharmacy") in got


def test_a_fronted_basis_before_an_instrument_that_acts():
    text = ("The provincial People's Committee issued Plan 215/KH-UBND on private firms. Following the Prime Minister's "
            "Directive 12/CT-TTg on removing obstacles for businesses, the plan also requires every agency to cut its "
            "procedures.")
    got = facts(text, "2026-12-06", "en")
    assert ("Plan 215/KH-UBND", "implements", "Directive 12/CT-TTg") in got
    # a body that then issues an instrument: the instrument carries the basis out, not the body
    text = "Following Directive 12/CT-TTg, the Ministry of Finance issued Circular 8/2026/TT-BTC."
    got = facts(text, "2026-12-06", "en")
    assert ("Circular 8/2026/TT-BTC", "implements", "Directive 12/CT-TTg") in got


def test_a_second_purpose_joined_by_and_to():
    text = ("The Ministry of Finance has issued Circular 68/2026/TT-BTC on beneficial owners. The circular, signed by "
            "Deputy Minister Nguyễn Đức Chi on Thursday, details how firms declare their owners. It was drafted in line "
            "with Decree 168/2025/NĐ-CP on business registration and to realise the Government's Resolution 66/NQ-CP.")
    got = facts(text, "2026-12-06", "en")
    assert ("Circular 68/2026/TT-BTC", "implements", "Decree 168/2025/NĐ-CP") in got
    assert ("Circular 68/2026/TT-BTC", "implements", "Resolution 66/NQ-CP") in got


def test_an_instrument_that_would_help_carry_out_a_strategy():
    text = ("Vietnam Airlines signed a memorandum of understanding on joint tourism promotion for 2026–2028. Hà said "
            "the memorandum would help carry out the Việt Nam Tourism Development Strategy to 2030.")
    got = facts(text, "2026-12-06", "en")
    assert ("memorandum of understanding on joint tourism promotion for 2026–2028", "implements",
            "Việt Nam Tourism Development Strategy to 2030") in got


def test_an_instrument_said_to_be_part_of_an_effort_to_realise_a_resolution():
    text = ("Lạng Sơn and Cao Bằng provinces on Monday signed a cooperation agreement on smart border gates with "
            "China's Guangxi Zhuang Autonomous Region. He said the agreement was part of the province's effort to "
            "realise Resolution 11-NQ/TW of the Politburo.")
    got = facts(text, "2026-12-06", "en")
    assert ("cooperation agreement on smart border gates", "implements", "Resolution 11-NQ/TW") in got


def test_an_apposition_calling_an_instrument_the_action_programme_for_another():
    text = ("The committee issued Plan 215/KH-UBND to implement Resolution 68-NQ/TW of the Politburo. The plan also "
            "realises Resolution 138/NQ-CP, the Government's action programme for the Politburo resolution.")
    got = facts(text, "2026-12-06", "en")
    assert ("Resolution 138/NQ-CP", "implements", "Resolution 68-NQ/TW") in got


def test_a_fronted_purpose_of_efforts_makes_the_body_after_it_carry_the_policy_out():
    got = facts("The Politburo issued Resolution 71-NQ/TW on education in August. As part of efforts to carry out the "
                "resolution, the Đà Nẵng Department of Education and Training will hire 500 teachers.", "2026-03-12", "en")
    assert ("Đà Nẵng Department of Education and Training", "implements", "Resolution 71-NQ/TW") in got


def test_an_instrument_drafted_by_a_body_to_realise_another():
    got = facts("The Government issued Decree 90/2026/NĐ-CP on coffee exports on Monday. The decree was drafted by the "
                "Ministry of Industry and Trade to realise Decision 150/QĐ-TTg on the coffee sector.", "2026-03-12", "en")
    assert ("Decree 90/2026/NĐ-CP", "implements", "Decision 150/QĐ-TTg") in got
    assert ("Ministry of Industry and Trade", "implements", "Decision 150/QĐ-TTg") not in got


def test_puts_into_practice_with_the_instrument_as_subject():
    got = facts("The Government issued Decree 90/2026/NĐ-CP on coffee exports on Monday. It also puts into practice the "
                "Law on Commerce.", "2026-03-12", "en")
    assert ("Decree 90/2026/NĐ-CP", "implements", "Law on Commerce") in got


def test_a_programme_of_action_for_a_resolution_carries_it_out():
    got = facts("Resolution 57-NQ/TW of the Politburo sets goals for science. The Government then adopted Resolution "
                "03/NQ-CP, its own programme of action for the Politburo resolution.", "2026-03-12", "en")
    assert ("Resolution 03/NQ-CP", "implements", "Resolution 57-NQ/TW") in got


def test_a_department_of_a_ministry_tasked_with_a_decree_is_the_implementer():
    got = facts("The Government issued Decree 90/2026/NĐ-CP on coffee exports on Monday. The Import-Export Department "
                "of the Ministry of Industry and Trade is tasked with enforcing the new decree.", "2026-03-12", "en")
    assert ("Import-Export Department", "implements", "Decree 90/2026/NĐ-CP") in got
    assert ("Ministry of Industry and Trade", "implements", "Decree 90/2026/NĐ-CP") not in got


def test_an_instrument_named_again_that_was_issued_to_implement_a_law_and_a_decree_carries_out_both():
    from articlefacts import graph_triples

    got = graph_triples("HÀ NỘI — The Hà Nội People's Committee has issued Decision 58/2026/QĐ-UBND on land prices. "
                        "The decision was issued to implement the revised Land Law and Decree 71/2024/NĐ-CP on land "
                        "prices.", "en", "2026-12-07")
    assert ("Decision 58/2026/QĐ-UBND", "implements", "Land Law") in got
    assert ("Decision 58/2026/QĐ-UBND", "implements", "Decree 71/2024/NĐ-CP") in got


def test_a_basis_named_by_its_article_is_still_carried_out():
    from articlefacts import facts
    text = ("Việt Nam and Japan on Monday signed an implementation agreement on carbon credits under Article 6 of "
            "the Paris Agreement.")
    assert ("implementation agreement on carbon credits", "implements", "Paris Agreement") in facts(text, "2026-11-02", "en")
    # a document only discussed under an article is no instrument made on it
    text = "The Ministry of Finance discussed Circular 10/2026/TT-BTC under Article 5 of Decree 70/2025/NĐ-CP."
    assert not any(p == "implements" for s, p, o in facts(text, "2026-11-02", "en"))


def test_as_required_by_names_the_basis_an_instrument_is_made_on():
    got = implements("Decision 45/QĐ-BTC was issued as required by Decree 13/2023/NĐ-CP on data. The ministry "
                     "issued Circular 3/2026/TT-BTC as required by the Law on Tax Administration. As stipulated in "
                     "Resolution 98/2023/QH15, the Ministry of Finance adopted Plan 7/KH-BTC.")
    assert ("Decision 45/QĐ-BTC", "Decree 13/2023/NĐ-CP") in got
    assert ("Circular 3/2026/TT-BTC", "Law on Tax Administration") in got
    assert ("Plan 7/KH-BTC", "Resolution 98/2023/QH15") in got


def test_a_requirement_of_a_body_is_no_basis():
    got = implements("Circular 3/2026/TT-BTC was issued on Monday. Firms must file reports as required by the "
                     "Law on Tax Administration.")
    assert ("Circular 3/2026/TT-BTC", "Law on Tax Administration") not in got


def test_a_body_that_leads_or_runs_an_instrument_implements_it():
    got = implements("The Nghệ An People's Committee issued Plan 512/KH-UBND on firms. The Department of Finance "
                     "will lead the plan and report every six months. The rules cover the Pilot Programme on Drone "
                     "Delivery, which the Ministry of Construction will run in 2027.")
    assert ("Department of Finance", "Plan 512/KH-UBND") in got
    assert ("Ministry of Construction", "Pilot Programme on Drone Delivery") in got


def test_leading_a_delegation_implements_nothing():
    got = implements("The Ministry of Health issued Plan 4/KH-BYT. The Ministry of Health will lead a delegation "
                     "to Japan next week.")
    assert not any(s == "Ministry of Health" for s, o in got)


def test_a_passive_issuer_may_stand_before_the_basis():
    got = facts("Circular 31/2026/TT-BYT was issued by the Ministry of Health in line with Decree 96/2026/NĐ-CP on "
                "drug prices.", "2026-06-01", "en")
    assert ("Circular 31/2026/TT-BYT", "implements", "Decree 96/2026/NĐ-CP") in got
    got = facts("Decision 412/QĐ-UBND was signed by Chairman Trần Văn Nam to carry out Decree 96/2026/NĐ-CP.",
                "2026-06-01", "en")
    assert ("Decision 412/QĐ-UBND", "implements", "Decree 96/2026/NĐ-CP") in got


def test_a_basis_of_the_agent_is_not_the_instruments():
    got = facts("Circular 31/2026/TT-BYT was issued by the Ministry of Health, which was set up under Decree "
                "96/2026/NĐ-CP.", "2026-06-01", "en")
    assert ("Circular 31/2026/TT-BYT", "implements", "Decree 96/2026/NĐ-CP") not in got


def test_acting_on_an_instrument_fronted_is_implementing_it():
    got = facts("Acting on Directive 20/CT-TTg of the Prime Minister, the Hanoi Department of Construction will inspect "
                "200 high-rise buildings.", "2025-12-04", lang="en")
    assert ("Hanoi Department of Construction", "implements", "Directive 20/CT-TTg") in got
    got = facts("In line with Resolution 57-NQ/TW, the Ministry of Science and Technology will fund 100 projects.",
                "2025-12-04", lang="en")
    assert ("Ministry of Science and Technology", "implements", "Resolution 57-NQ/TW") in got
    # the phrase inside a clause is no fronted basis
    got = facts("The Ministry of Science and Technology said the projects were in line with Resolution 57-NQ/TW.",
                "2025-12-04", lang="en")
    assert not any(p == "implements" for s, p, o in got)


def test_a_second_basis_joined_by_and_is_carried_out_too():
    text = ("The ministry issued Circular 12/2026/TT-BTC. The circular was issued under Decree 70/2025/ND-CP and in "
            "accordance with the Law on Tax Administration.")
    got = facts(text, "2026-12-07", "en")
    assert ("Circular 12/2026/TT-BTC", "implements", "Decree 70/2025/ND-CP") in got
    assert ("Circular 12/2026/TT-BTC", "implements", "Law on Tax Administration") in got
    text = ("The ministry issued Circular 12/2026/TT-BTC. The circular was issued under Decree 70/2025/ND-CP and "
            "replaces Circular 80/2021/TT-BTC.")
    assert ("Circular 12/2026/TT-BTC", "implements", "Circular 80/2021/TT-BTC") not in facts(text, "2026-12-07", "en")


def test_the_instrument_named_again_implements_one_written_after_its_issuer():
    lede = "The Da Nang People's Committee has approved a plan to develop the city into a logistics hub. "
    plan = "plan to develop the city into a logistics hub"
    for second in ["The plan, which implements Politburo Resolution 43, sets a target of 30 million tonnes.",
                   "The plan implements Politburo Resolution 43.",
                   "The plan, which carries out Government Resolution 43, names ten projects."]:
        got = facts(lede + second, "2026-12-03", "en")
        assert (plan, "implements", "Resolution 43") in got, second
    got = facts(lede + "The plan implements Resolution 43 and Politburo Resolution 57.", "2026-12-03", "en")
    assert {f[2] for f in got if f[1] == "implements"} == {"Resolution 43", "Resolution 57"}
    # a relative clause on another noun is not the instrument's
    got = facts(lede + "The port, which handles cargo under Resolution 43, will grow.", "2026-12-03", "en")
    assert not any(f[1] == "implements" for f in got)
