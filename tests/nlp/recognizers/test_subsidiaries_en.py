"""Tests of kg.nlp.recognizers.subsidiaries_en: English companies named by context."""
from __future__ import annotations

import kg.nlp

from articlefacts import graph_triples, kg_spans, resolved_entities


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    return {(t, n) for n, t in resolved_entities(text, "en", published)}


def _spans(text: str, published: str = "2025-12-10") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _spans_20251222(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def test_a_known_company_and_viet_nam_name_its_vietnamese_arm():
    got = entities("Nestlé Việt Nam and Bosch Việt Nam signed the pledge on Friday.")
    assert ("Organization", "Nestlé Việt Nam") in got
    assert ("Organization", "Bosch Việt Nam") in got


def test_one_company_named_after_firms_including_is_a_company():
    got = entities("The province signed deals with four Japanese firms, including Kanemoto Seiki, on Monday.")
    assert ("Organization", "Kanemoto Seiki") in got


def test_an_airline_is_air_and_a_place():
    spans = _spans("Bamboo Airways and Air Canada will start flights between Hà Nội and Toronto next year.")
    assert ("ORG", "Air Canada") in spans
    assert ("LOC", "Canada") not in spans


def test_a_company_owned_by_a_foreign_country():
    spans = _spans("The plant will be built by Taiwan's Foxlink Precision and Japan's Marubeni, while China's "
                   "Guangxi province will supply power. Singapore's Deputy Prime Minister attended.")
    assert ("ORG", "Foxlink Precision") in spans
    assert ("ORG", "Marubeni") in spans
    assert not any(label == "ORG" and text.startswith(("Guangxi", "Deputy")) for label, text in spans)


def test_a_company_before_a_title_and_a_name():
    text = "The contract was signed by Minister Lê Văn An and Siemag Director General Markus Berger on Monday."
    spans = _spans(text)
    assert ("ORG", "Siemag") in spans
    assert ("Markus Berger", "memberOf", "Siemag") in graph_triples(text, "en", "2025-12-10")


def test_no_body_from_a_nationality_or_the_end_of_a_longer_name_before_a_title():
    spans = _spans("He met Lao Deputy Prime Minister Saleumxay Kommasith, New Zealand Ambassador Helen Carver "
                   "and Minister of Public Security General Lương Tam Quang.")
    assert not any(label == "ORG" and text in ("Lao", "Zealand", "Security") for label, text in spans)


def test_a_nationality_and_a_describing_word_before_a_company_noun():
    assert ("ORG", "Danieli") in _spans("It signed a deal with Italian engineering firm Danieli last year.")


def test_legal_form_before_the_name_makes_a_company_and_its_short_form():
    text = ("Executives of PT Garuda Indonesia met Vietjet managers. Garuda Indonesia's chief executive said "
            "the airline wanted more flights.")
    spans = _spans_20251222(text)
    assert ("ORG", "PT Garuda Indonesia") in spans
    assert ("ORG", "Garuda Indonesia") in spans


def test_company_name_joined_by_ampersand_after_a_describing_noun():
    spans = _spans_20251222("Japanese contractor Shimizu Engineering & Construction will build the terminal.")
    assert ("ORG", "Shimizu Engineering & Construction") in spans


def test_each_name_of_a_list_a_plural_company_noun_opens_is_a_company():
    spans = _spans_20251222("Three shrimp exporters, Sao Ta Foods, Thong Thuan Seafood and Camimex, were named in the case.")
    assert {("ORG", "Sao Ta Foods"), ("ORG", "Thong Thuan Seafood"), ("ORG", "Camimex")} <= set(spans)


def test_an_apposition_calls_a_name_an_agency_or_a_joint_venture():
    spans = _spans_20251222("Engines come from Vinfast Powertrain, its joint venture with a Korean firm, and the loan from "
                   "Proparco, the French development agency, will pay for them.")
    assert ("ORG", "Vinfast Powertrain") in spans
    assert ("ORG", "Proparco") in spans


def test_a_time_phrase_before_an_apposition_is_no_company():
    from kg.nlp.recognizers.subsidiaries_en import apposed_company_candidates

    text = ("In March, the retailer signed a deal with the ministry. Last Friday, the carmaker said so. "
            "Sovico Group, the conglomerate behind the airline, agreed.")
    found = [text[c.start:c.end] for c in apposed_company_candidates(text)]
    assert found == ["Sovico Group"]


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_a_firm_set_off_before_its_countrys_possessive_description():
    got = spans("Skyline Tours, Thailand's largest tour operator, signed the deal with the province.")
    assert ("ORG", "Skyline Tours") in got


def test_the_name_set_off_after_a_companys_part_is_a_company():
    got = spans("The dairy group plans to list its nutrition business, Mộc Châu Nutrition, in Singapore next year.")
    assert ("ORG", "Mộc Châu Nutrition") in got
    assert not any(t == "Singapore next" for _, t in got)


def test_a_company_noun_with_two_describing_words_before_it_names_the_company_after_it():
    from articlefacts import kg_spans
    spans = kg_spans("The study was carried out by Swiss market research firm Helvetia Insights on Monday.", "en",
                     "2026-02-02")
    assert ("ORG", "Helvetia Insights") in spans


def test_an_owners_possessive_and_a_unit_noun_name_the_unit_after_them():
    from articlefacts import kg_spans
    spans = kg_spans("Siemens's subsidiary Valeo Rail Systems will build a depot, and the plant run by Nidec's unit "
                     "Nidec Sankyo Vietnam, opened in May.", "en", "2026-02-04")
    assert ("ORG", "Valeo Rail Systems") in spans and ("ORG", "Nidec Sankyo Vietnam") in spans


def test_a_person_set_off_before_the_firms_role_is_no_company():
    from articlefacts import kg_spans
    spans = kg_spans("The governor handed the licence to Maria Gonzalez, the firm's general manager.", "en", "2026-02-04")
    assert ("ORG", "Maria Gonzalez") not in spans


def test_an_apposition_calling_a_name_the_companys_subsidiary_names_a_company():
    from articlefacts import kg_spans
    spans = kg_spans("Park Ji-hoon, general director of Hanmi Parts Vina, the company's Vietnamese subsidiary, spoke.",
                     "en", "2026-02-04")
    assert ("ORG", "Hanmi Parts Vina") in spans


def test_a_company_noun_opening_a_sentence_is_no_part_of_the_companys_name():
    from articlefacts import kg_spans
    spans = kg_spans("Investors were upbeat. Startup FarmBridge, based in Cần Thơ, raised US$5 million. Airline Pacific "
                     "Airlines resumed flights.", "en", "2026-02-04")
    assert ("ORG", "FarmBridge") in spans and ("ORG", "Pacific Airlines") in spans
    assert not any(t.startswith(("Startup", "Airline")) for _, t in spans)


def test_a_holding_or_technologies_name_is_written_again_without_its_kind_word():
    from articlefacts import facts
    got = facts("The deal was signed with Blue Harbor Holdings on Monday. Ellen Park, CEO of Blue Harbor, said the drones "
                "were ready.", lang="en", published="2026-02-04")
    assert ("Ellen Park", "memberOf", "Blue Harbor Holdings") in got


def test_a_nationality_or_place_before_air_names_an_airline_but_not_an_air_force():
    from articlefacts import kg_spans
    spans = kg_spans("Philippine Air and Bangkok Air added flights, while the Vietnamese Air Force held drills.", "en",
                     "2026-02-04")
    assert ("ORG", "Philippine Air") in spans and ("ORG", "Bangkok Air") in spans
    assert ("ORG", "Vietnamese Air") not in spans


def test_a_place_based_publisher_names_the_company_after_it():
    from articlefacts import kg_spans
    spans = kg_spans("The cup is run with Singapore-based game publisher Garena and the platform Tiki.", "en", "2026-02-04")
    assert ("ORG", "Garena") in spans


def test_a_listed_brands_vietnamese_arm_is_one_company_but_a_region_is_not():
    from articlefacts import kg_spans
    spans = kg_spans("The port said shipping lines including Hapag Vietnam and Gemadept sent staff; exporters such as Central Vietnam "
                     "and Hanoi Foods did not.", "en", "2026-02-04")
    assert ("ORG", "Hapag Vietnam") in spans and ("ORG", "Central Vietnam") not in spans


def test_a_name_set_off_by_commas_after_a_company_noun_is_the_company():
    from articlefacts import facts, kg_spans
    text = ("The band will play in May, the organiser, eXa Vietnam, said on Monday. Trần Minh Quân, director of eXa "
            "Vietnam, said 1,000 guards were hired.")
    assert ("ORG", "eXa Vietnam") in kg_spans(text, "en", "2026-02-04")
    assert ("Trần Minh Quân", "memberOf", "eXa Vietnam") in facts(text, lang="en", published="2026-02-04")


def test_apposition_calling_a_name_a_start_up_wins_over_a_family_name_reading():
    got = entities("Lâm Gia Xanh, a start-up in Đà Lạt that grows strawberries, raised US$2 million.")
    assert ("Organization", "Lâm Gia Xanh") in got
    assert ("Person", "Lâm Gia Xanh") not in got


def test_apposition_of_a_role_near_a_company_noun_leaves_the_person():
    got = entities("Lâm Văn Hùng, a company director in Đà Lạt, said strawberry prices fell.")
    assert ("Person", "Lâm Văn Hùng") in got
    got = entities("Lâm Văn Hùng, the founder of a firm that grows strawberries, said prices fell.")
    assert ("Person", "Lâm Văn Hùng") in got


def test_a_chain_in_the_apposition_makes_the_name_before_a_company():
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), "Central Retail has agreed to buy a 65 per cent stake in "
                          "Pharmacity, Việt Nam's largest pharmacy chain by number of stores.", "2026-12-05")
    assert ("Pharmacity", "ORG") in [(sp.text, sp.label_) for sp in doc.spans["kg"]]


def test_a_nationality_owned_firm_and_a_local_arm_named_for_viet_nam_are_companies():
    got = entities("About 3,000 workers at a factory run by Taiwanese-owned Pouyuen Việt Nam in the Amata Industrial "
                   "Park stopped work. South Korean company Hansae Vietnam said it would hire 2,000 workers.")
    assert {("Organization", "Pouyuen Việt Nam"), ("Organization", "Hansae Vietnam")} <= got
    assert ("Organization", "Vietnam Electricity") in entities("State-owned Vietnam Electricity raised power prices.")
    assert not any(t == "Organization" for t, _ in entities("Foreign-invested enterprises grew by 5 percent."))


def test_a_compass_word_opening_a_body_is_no_brand():
    # "the Northern Power Corporation … Northern Việt Nam has become …": a region, no company's Vietnamese arm
    got = entities("The Northern Power Corporation raised output. Northern Việt Nam has become a hub for chipmakers.")
    assert ("Organization", "Northern Power Corporation") in got
    assert not any("Northern Việt Nam" in n for t, n in got)


def test_the_vietnam_arm_of_a_company_named_with_an_abbreviated_legal_form():
    text = ("Aeon Vietnam, the local arm of Japan's Aeon Co., will open a mall. Aeon Vietnam general director "
            "Furusawa Yasuyuki told a press conference.")
    assert ("ORG", "Aeon Vietnam") in kg_spans(text)
    assert ("Furusawa Yasuyuki", "memberOf", "Aeon Vietnam") in graph_triples(text, "en", "2026-11-24")


def test_an_organisation_noun_before_an_acronym_names_a_body():
    text = "The health ministry worked with the international organisation FHI and local doctors."
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("FHI", "Organization") in ents
    assert ("FHI", "Person") not in ents


def test_a_person_whose_apposition_ties_him_to_a_company_is_no_company():
    for text, person in [("Le Quoc Binh, a lawyer representing the bank, told reporters the client would appeal.", "Le Quoc Binh"),
                         ("Dang Thu Trang, a consultant working for the lender, said the loans were safe.", "Dang Thu Trang"),
                         ("Vo Anh Tuan, an engineer serving the carmaker, showed the plant.", "Vo Anh Tuan")]:
        got = entities(text)
        assert ("Person", person) in got, text
        assert ("Organization", person) not in got, text
    # the apposition that calls the name itself a company still does
    assert ("Organization", "Becamex IDC") in entities("Becamex IDC, a state-owned developer and the biggest firm in the "
                                                       "province, said on Monday it would build a park.") | \
        entities("Becamex IDC, a Binh Duong-based firm, said on Monday it would build a park.")
