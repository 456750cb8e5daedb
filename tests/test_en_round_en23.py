"""English implements, about and locatedIn (round en23): the unit named before "under" its parent carries a
policy out; an instrument "on a plan to realise" another; a body named again by its kind as a clause's subject;
"is part of the province's efforts to"; fields "in the field of"; "the X-based association"; "headquartered in
the …". Sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_the_unit_before_under_carries_the_policy_out_not_its_parent():
    got = rel("The Department of Roads under the Ministry of Construction will enforce Decree 45/2025/NĐ-CP "
              "from July.", "implements")
    assert ("Department of Roads", "Decree 45/2025/NĐ-CP") in got
    assert not any(s == "Ministry of Construction" for s, o in got)


def test_an_instrument_on_a_plan_to_realise_a_policy_named_again_by_its_kind():
    got = rel("The Politburo adopted Resolution 66-NQ/TW on law-making last year. The Ministry of Justice on "
              "Friday issued Decision 88/QĐ-BTP on an action plan to realise the resolution.", "implements")
    assert ("Decision 88/QĐ-BTP", "Resolution 66-NQ/TW") in got


def test_a_body_coordinating_the_implementation_carries_it_out():
    got = rel("The Hải Dương Department of Industry and Trade will coordinate the implementation of "
              "Plan 21/KH-UBND.", "implements")
    assert ("Hải Dương Department of Industry and Trade", "Plan 21/KH-UBND") in got


def test_a_body_named_again_by_its_kind_set_up_to_implement():
    text = ("The Government set up the National Council for Sustainable Development in 2024. Chính told the "
            "meeting that the council was established to implement Resolution 24-NQ/TW on climate change.")
    assert ("National Council for Sustainable Development", "Resolution 24-NQ/TW") in rel(text, "implements")


def test_a_body_asked_to_implement_does_not_carry_it_out():
    text = ("The Government set up the National Council for Sustainable Development in 2024. The ministry "
            "asked the council to implement Resolution 24-NQ/TW.")
    assert not any(s == "National Council for Sustainable Development" for s, o in rel(text, "implements"))


def test_part_of_the_province_s_efforts_to_carry_out():
    text = "The city issued Plan 19/KH-UBND in March. The plan is part of the city's efforts to carry out Resolution 57-NQ/TW."
    assert ("Plan 19/KH-UBND", "Resolution 57-NQ/TW") in rel(text, "implements")


def test_a_signed_cooperation_programme_is_an_instrument_with_its_subject():
    text = ("The Quảng Ninh Provincial People's Committee and FPT Corporation on Monday signed a cooperation "
            "programme on digital transformation for the 2026-2030 period.")
    got = rel(text, "about")
    assert any(s.startswith("cooperation programme on digital transformation") and o == "digital transformation"
               for s, o in got)


def test_the_field_of_a_meeting_after_in_the_field_of():
    got = rel("The Ministry of Education held a seminar in Huế on Friday on cooperation in the field of "
              "education.", "about")
    assert ("seminar", "education") in got
    assert not rel("Nguyễn Văn A has worked in the field of law for 20 years.", "about")


def test_the_place_based_association_is_the_one_named_before():
    got = rel("The Institute of Strategy and Policy said on Monday. The Hà Nội-based institute supported the plan.",
              "locatedIn")
    assert any(s == "Institute of Strategy and Policy" for s, o in got)


def test_headquartered_in_the_park():
    got = rel("Canon Vietnam, which is headquartered in the Thăng Long Industrial Park, also attended the "
              "meeting.", "locatedIn")
    assert ("Canon Vietnam", "Thăng Long Industrial Park") in got


def test_the_parts_of_a_policy_between_the_verb_and_the_policy():
    got = rel("The city issued Plan 12/KH-UBND to realise the targets of Resolution 57-NQ/TW.", "implements")
    assert ("Plan 12/KH-UBND", "Resolution 57-NQ/TW") in got
    got = rel("Plan 77/KH-BYT on carrying out the tasks set out in Directive 25/CT-TTg was issued in May.", "implements")
    assert ("Plan 77/KH-BYT", "Directive 25/CT-TTg") in got


def test_an_instrument_issued_in_line_with_a_fronted_policy():
    got = rel("Following Resolution 68-NQ/TW of the Politburo on private economic development, the Bắc Giang "
              "Provincial People's Committee has issued Plan 33/KH-UBND.", "implements")
    assert ("Plan 33/KH-UBND", "Resolution 68-NQ/TW") in got
    assert not any(s.startswith("Bắc Giang") for s, o in got)
    assert not rel("Following Resolution 68-NQ/TW, the ministry cut 30 procedures.", "implements")


def test_it_focused_on_a_counted_list_after_a_colon():
    got = rel("The forum took place in Hà Nội on Monday. It focused on three topics: artificial intelligence, "
              "cybersecurity and data centres.", "about")
    assert ("forum", "cybersecurity") in got and ("forum", "artificial intelligence") in got
    assert not any(o == "three topics" for s, o in got)


def test_as_part_of_the_implementation_of_a_fronted_policy():
    got = rel("As part of the implementation of Resolution 57-NQ/TW, the Ministry of Finance issued Circular "
              "7/2026/TT-BTC.", "implements")
    assert ("Circular 7/2026/TT-BTC", "Resolution 57-NQ/TW") in got


def test_the_agent_of_a_relative_clause_with_a_modifier_is_no_implementer():
    text = ("The Thái Bình Provincial People's Committee issued Plan 14/KH-UBND in March. The plan, which was "
            "approved by the provincial People's Committee in May, implements Resolution 57-NQ/TW.")
    got = rel(text, "implements")
    assert ("Plan 14/KH-UBND", "Resolution 57-NQ/TW") in got
    assert not any("Committee" in s for s, o in got)


def test_an_instrument_that_sets_rules_for_fields():
    got = rel("Decree 30/2026/NĐ-CP sets rules for cybersecurity and green finance.", "about")
    assert ("Decree 30/2026/NĐ-CP", "cybersecurity") in got and ("Decree 30/2026/NĐ-CP", "green finance") in got


def test_the_fields_listed_on_past_an_instrument_s_name():
    got = rel("The two ministries on Monday signed a memorandum of understanding on cooperation in artificial "
              "intelligence, cybersecurity and digital transformation.", "about")
    assert {o for s, o in got} >= {"artificial intelligence", "cybersecurity", "digital transformation"}


def test_a_company_that_has_its_headquarters_in_a_city():
    got = rel("The An Phát Plastic Company, which has its headquarters in Hải Dương, will build a factory.", "locatedIn")
    assert any(s == "An Phát Plastic Company" for s, o in got)


def test_the_decree_named_again_three_sentences_on():
    text = ("The Government issued Decree 52/2026/NĐ-CP on the digital economy on Monday. The decree, signed by the "
            "Prime Minister, sets up a national data exchange. It takes effect in July. The decree also covers "
            "cybersecurity and green finance.")
    got = rel(text, "about")
    assert ("Decree 52/2026/NĐ-CP", "green finance") in got


def test_the_field_of_an_x_focused_event():
    got = rel("The Ministry of Finance on Tuesday held an AI-focused international conference in Hà Nội.", "about")
    assert ("conference", "artificial intelligence") in got
    assert not any(o == "artificial intelligence" for s, o in
                   rel("The AI-focused start-up attended the forum in Hà Nội on Monday.", "about"))


def test_a_body_that_rolled_out_a_plan():
    got = rel("The Cần Thơ City People's Committee has rolled out Plan 14/KH-UBND across all wards.", "implements")
    assert ("Cần Thơ City People's Committee", "Plan 14/KH-UBND") in got


def test_an_instrument_issued_in_line_with_a_policy_named_after_it():
    assert ("Circular 5/2026/TT-BTC", "Decree 13/2025/NĐ-CP") in rel(
        "Circular 5/2026/TT-BTC was issued on May 3 pursuant to Decree 13/2025/NĐ-CP.", "implements")
    got = rel("The Ministry of Finance issued Circular 5/2026/TT-BTC in line with Decree 13/2025/NĐ-CP.", "implements")
    assert ("Circular 5/2026/TT-BTC", "Decree 13/2025/NĐ-CP") in got
    assert not rel("The fine was imposed under Decree 156/2020/ND-CP in line with Decree 13/2025/NĐ-CP.", "implements")


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
