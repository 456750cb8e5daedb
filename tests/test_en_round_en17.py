"""English general news (issue 9, round en17): sports, business, courts; sentences written for these tests."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="en"), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def test_the_tournament_refers_to_the_named_championship():
    got = facts("The 2024 National Badminton Championship opened at Hàng Đẫy Stadium in Hà Nội on Tuesday. "
                "The tournament is organised by the Việt Nam Badminton Federation and runs until May 9.",
                "2024-05-03", "en")
    assert ("Việt Nam Badminton Federation", "organized", "2024 National Badminton Championship") in got


def test_the_race_noun_refers_only_to_an_event_of_its_kind():
    got = facts("The Vietnam Economic Forum 2024 opened in Huế on Monday. "
                "The tournament is organised by the Việt Nam Chess Federation.", "2024-05-03", "en")
    assert not any(p == "organized" and o == "Vietnam Economic Forum 2024" for s, p, o in got)


def test_prize_money_is_no_event():
    got = entities("Prize money has been raised to VND500 million this year. The prize money comes from sponsors.")
    assert not any(t == "Event" for t, n in got)


def test_a_possessive_title_set_off_by_commas_names_role_and_body():
    got = facts("Sông Hồng Paper Company's deputy general director, Đỗ Minh Quân, said the mill would reopen.",
                "2024-05-03", "en")
    assert ("Đỗ Minh Quân", "position", "deputy general director") in got
    assert ("Đỗ Minh Quân", "memberOf", "Sông Hồng Paper Company") in got


def test_a_possessive_title_needs_the_closing_comma():
    got = facts("Sông Hồng Paper Company's deputy general director, Đỗ Minh Quân and two engineers left.",
                "2024-05-03", "en")
    assert ("Đỗ Minh Quân", "position", "deputy general director") not in got


def test_a_sum_of_money_after_a_company_is_not_its_name():
    got = entities("The provincial People's Committee fined Sông Hồng Paper Company VND850 million on Friday.")
    assert ("Organization", "Sông Hồng Paper Company") in got


def test_who_arrived_for_an_event_took_part_in_it():
    got = facts("A trade mission led by Tanaka Hiroshi, president of the Kobe Chamber of Commerce, arrived in "
                "Hải Phòng on Tuesday for the Hải Phòng Investment Forum 2024.", "2024-05-03", "en")
    assert ("Tanaka Hiroshi", "participatedIn", "Hải Phòng Investment Forum 2024") in got


def test_who_opens_a_sentence_handing_out_licences_took_part_in_the_event_before():
    got = facts("The Hải Phòng Investment Forum 2024 was held on Wednesday. Lê Văn Hưng, chairman of the city "
                "People's Committee, handed investment licences to seven projects.", "2024-05-03", "en")
    assert ("Lê Văn Hưng", "participatedIn", "Hải Phòng Investment Forum 2024") in got


def test_who_only_says_something_was_handed_out_took_no_part():
    got = facts("The Hải Phòng Investment Forum 2024 was held on Wednesday. Lê Văn Hưng said the city "
                "handed investment licences to seven projects last year.", "2024-05-03", "en")
    assert ("Lê Văn Hưng", "participatedIn", "Hải Phòng Investment Forum 2024") not in got


def test_the_opening_is_the_opening_of_the_event_that_opened():
    got = facts("The 2024 Mekong Rice Festival opened in Cần Thơ on Friday. Organisers hope the festival will help "
                "farmers reach the Hanoi Food Expo next year. The opening was attended by Trần Văn Lâu, chairman of "
                "the Cần Thơ People's Committee.", "2024-05-03", "en")
    assert ("Trần Văn Lâu", "participatedIn", "2024 Mekong Rice Festival") in got
    assert ("Trần Văn Lâu", "participatedIn", "Hanoi Food Expo") not in got


def test_a_hotel_named_with_its_brand_and_city_keeps_all_its_words():
    got = entities("The workshop was held at the Sông Hồng Grand Hải Dương Hotel on Monday.")
    assert ("Place", "Sông Hồng Grand Hải Dương Hotel") in got


def test_head_of_the_division_is_a_member_of_the_division_named_before():
    got = facts("The Đồng Nai Provincial Police's Economic Police Division is investigating the firm. Colonel Lê Văn "
                "Hùng, head of the division, said officers had seized the accounts.", "2024-05-03", "en")
    assert ("Lê Văn Hùng", "memberOf", "Economic Police Division") in got
    assert ("Lê Văn Hùng", "position", "head") in got


def test_its_role_opening_a_sentence_belongs_to_the_body_of_the_sentence_before():
    got = facts("Đồng Nai has 3,000 new cases a year, according to the Việt Nam Kidney Association. Its chairman, "
                "Lê Văn Phú, said most patients were poor.", "2024-05-03", "en")
    assert ("Lê Văn Phú", "memberOf", "Việt Nam Kidney Association") in got
    assert ("Lê Văn Phú", "position", "chairman") in got


def test_a_wharf_is_a_venue():
    got = entities("The 2024 Mango Festival opened at Bạch Đằng Wharf in Hồ Chí Minh City on Friday.")
    assert ("Place", "Bạch Đằng Wharf") in got
    assert not any(t == "Person" for t, n in got)


def test_the_day_an_event_closes_does_not_date_it():
    got = facts("The 2024 Đà Lạt Flower Festival opened in Lâm Đồng on Friday. The festival closes on Tuesday "
                "with a parade.", "2024-05-04", "en")
    assert ("2024 Đà Lạt Flower Festival", "date", "2024-05-03") in got
    assert ("2024 Đà Lạt Flower Festival", "date", "2024-04-30") not in got


def test_the_partner_of_a_signing_at_the_ceremony_took_part_in_it():
    got = facts("Chợ Rẫy Hospital held a ceremony on Monday to open a cancer centre. At the ceremony, the hospital "
                "signed a training agreement with Osaka University Hospital.", "2024-05-03", "en")
    assert ("Osaka University Hospital", "participatedIn", "ceremony") in got


def test_who_announced_something_at_a_press_conference_took_part_in_it():
    got = facts("The case was announced at a press conference in Vinh on Monday by Colonel Lê Văn Hải, deputy "
                "director of the Nghệ An Provincial Police.", "2024-05-03", "en")
    assert ("Lê Văn Hải", "participatedIn", "press conference") in got


def test_the_day_a_delegation_arrived_for_an_event_does_not_date_it():
    got = facts("A delegation led by Park Ji-hoon arrived in Đà Nẵng on Monday for the Đà Nẵng Investment Forum "
                "2024. The forum, held at the Furama Resort on Tuesday, drew 500 delegates.", "2024-05-04", "en")
    assert ("Đà Nẵng Investment Forum 2024", "date", "2024-04-30") in got
    assert ("Đà Nẵng Investment Forum 2024", "date", "2024-04-29") not in got


def test_a_deputy_minister_of_a_field_in_lower_case_belongs_to_that_ministry():
    got = facts("The forum was organised by the Ministry of Construction. Ngô Văn Tâm, deputy minister of "
                "construction, told the forum that prices rose.", "2024-05-04", "en")
    assert ("Ngô Văn Tâm", "memberOf", "Ministry of Construction") in got
    assert ("Ngô Văn Tâm", "position", "deputy minister") in got


def test_among_the_exhibitors_took_part_in_the_fair():
    got = facts("The 2024 Mango Festival opened in Cao Lãnh on Friday. Among the exhibitors is Hòa Lộc Mango "
                "Company, based in Cái Bè commune, which ships mangoes to China.", "2024-05-04", "en")
    assert ("Hòa Lộc Mango Company", "participatedIn", "2024 Mango Festival") in got


def test_an_open_is_a_contest_but_an_open_university_is_not():
    got = entities("Trần Văn An won the Đà Nẵng Open in June. His sister studied at Hanoi Open University.")
    assert ("Event", "Đà Nẵng Open") in got
    assert not any(t == "Event" and "University" in n for t, n in got)


def test_both_sides_of_a_match_took_part_in_the_contest():
    got = facts("Trần Văn An, who beat Lê Minh Hải in the final of the 2024 National Chess Championship, is seeded "
                "first.", "2024-05-04", "en")
    assert ("Lê Minh Hải", "participatedIn", "2024 National Chess Championship") in got
    assert ("Trần Văn An", "participatedIn", "2024 National Chess Championship") in got


def test_based_in_an_unknown_city_names_a_place():
    got = entities("Daewon Motors, based in Gimhae, will invest US$50 million in Bắc Ninh.")
    assert ("Place", "Gimhae") in got


def test_based_in_after_a_noun_to_a_body_locates_the_body_apposed():
    got = facts("The plant belongs to Daewon Motors, a supplier to Hyundai based in Gimhae.", "2024-05-04", "en")
    assert ("Daewon Motors", "locatedIn", "Gimhae") in got
    assert ("Hyundai", "locatedIn", "Gimhae") not in got


def test_a_hospital_named_without_its_kind_word_is_the_hospital_not_a_person():
    got = entities("Hoàng Long Hospital opened a centre on Monday. Under the deal, 40 doctors from Hoàng Long will "
                   "train in Osaka.")
    assert not any(t == "Person" for t, n in got)
    assert ("Organization", "Hoàng Long Hospital") in got


def test_a_role_after_a_body_and_its_acronym_names_the_person():
    got = facts("Vietnam Chess Federation (VCF) president Lê Văn An said the win was a reward.", "2024-05-04", "en")
    assert ("Lê Văn An", "position", "president") in got
    assert ("Lê Văn An", "memberOf", "Vietnam Chess Federation") in got


def test_a_coach_before_a_name_is_a_position():
    got = facts("The federation thanked coach Lê Văn An after the final.", "2024-05-04", "en")
    assert ("Lê Văn An", "position", "coach") in got


def test_a_korean_family_name_park_after_a_title_is_no_park():
    got = entities("Coach Park Min-soo praised his players after the match.")
    assert ("Person", "Park Min-soo") in got
    assert not any(t == "Place" for t, n in got)


def test_a_time_phrase_before_an_apposition_is_no_company():
    from kg.nlp.recognizers.subsidiaries_en import apposed_company_candidates

    text = ("In March, the retailer signed a deal with the ministry. Last Friday, the carmaker said so. "
            "Sovico Group, the conglomerate behind the airline, agreed.")
    found = [text[c.start:c.end] for c in apposed_company_candidates(text)]
    assert found == ["Sovico Group"]


def test_a_possessive_kind_word_before_a_title_names_the_body_before():
    got = facts("Masan Group posted higher profit. The company's CEO, Danny Le, said retail sales rose.", "2026-11-20",
                lang="en")
    assert ("Danny Le", "position", "CEO") in got
    assert any(s == "Danny Le" and p == "memberOf" and "Masan" in o for s, p, o in got)
