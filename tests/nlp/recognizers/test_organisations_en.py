"""Tests of kg.nlp.recognizers.organisations_en: English organisation names."""
from __future__ import annotations

from functools import partial

import kg.nlp

from articlefacts import facts, kg_spans, resolved_entities


_spans = partial(kg_spans, published="2025-10-10")


def _spans_20251204(text: str) -> list[tuple[str, str]]:
    return kg_spans(text, "en", "2025-12-04")


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    return {(t, n) for n, t in resolved_entities(text, "en", published)}


def _spans_20260206(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def _spans_20251210(text: str, published: str = "2025-12-10") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _spans_20251222(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-12", "en") if p == "implements"}


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2025-11-20", "en") if p == "locatedIn"}


def test_and_the_starts_a_new_body():
    got = _spans("Officials from Savannakhet Province and the Quang Ninh Province People's Committee came.")
    assert ("ORG", "Quang Ninh Province People's Committee") in got
    assert ("LOC", "Savannakhet Province") in got


def test_field_pair_stays_one_body():
    assert ("ORG", "Natural Resources and Environment Department") in _spans(
        "The Natural Resources and Environment Department said so.")


def test_city_with_marks_is_a_place_not_a_person():
    got = _spans_20251204("HỒ CHÍ MINH CITY, Dec 2 (VNA) — Traders met in Hồ Chí Minh City on Tuesday.")
    assert not any(label == "PER" for label, _ in got)
    assert ("LOC", "Hồ Chí Minh City") in got


def test_body_of_a_province_keeps_the_kind_word():
    got = _spans_20251204("The People's Committee of Nghệ An province on Friday approved the plan.")
    assert ("ORG", "People's Committee of Nghệ An province") in got
    got = _spans_20251204("The People's Committee of Nghệ An said the plan would start soon.")
    assert ("ORG", "People's Committee of Nghệ An") in got


def test_sub_department_ends_a_body_name():
    got = _spans_20251204("Officials of the Kon Tum Forest Protection Sub-Department inspected the area on Monday.")
    assert ("ORG", "Kon Tum Forest Protection Sub-Department") in got


def test_a_publishing_house_is_a_body_not_a_venue():
    got = entities("The Trẻ Publishing House released 200 new titles this year.")
    assert ("Organization", "Trẻ Publishing House") in got
    assert not any(t == "Place" for t, n in got)


def test_one_name_with_of_stays_whole():
    orgs = _spans_20260206("The Hanoi University of Science and Technology and the Vietnam Academy of Social Sciences met.", "ORG")
    assert "Hanoi University of Science and Technology" in orgs
    assert "Vietnam Academy of Social Sciences" in orgs


def test_police_commands_and_senates_are_bodies():
    spans = _spans_20251210("The Đà Nẵng City Police worked with the Japanese National Police and the Quảng Nam Border "
                   "Guard Command, the President of the Philippine Senate said.")
    assert ("ORG", "Đà Nẵng City Police") in spans
    assert ("ORG", "Quảng Nam Border Guard Command") in spans
    assert ("ORG", "Philippine Senate") in spans


def test_a_limited_company():
    assert ("ORG", "Green Delta Logistics Limited") in _spans_20251210("The terminal will be run by Green Delta "
                                                               "Logistics Limited, the port operator said.")


def test_a_titled_body_keeps_its_country_before_a_foreign_name():
    spans = _spans_20251210("Chairman of the Civil Aviation Authority of Singapore Han Kok Juan signed the agreement "
                   "with Indonesian Minister of Foreign Affairs Sugiono.")
    assert ("ORG", "Civil Aviation Authority of Singapore") in spans
    assert ("PER", "Han Kok Juan") in spans
    assert ("PER", "Sugiono") in spans


def test_an_amount_after_a_company_is_not_its_name():
    spans = _spans_20251210("The provincial People's Committee fined Hòa Bình Sand Joint Stock Company 820 million VND.")
    assert ("ORG", "Hòa Bình Sand Joint Stock Company") in spans


def test_an_aircraft_model_is_no_company_mention():
    spans = _spans_20251210("The carrier will lease six Airbus A330neo aircraft. Boeing will supply 787-9 jets.")
    assert ("ORG", "Airbus") not in spans
    assert ("ORG", "Boeing") in spans


def test_a_list_of_bodies_after_a_company_word_is_cut_at_each_comma_and_and():
    spans = _spans_20251222("The minister met executives of Marubeni Corporation, Canon and Nippon Steel Group in Osaka.")
    assert ("ORG", "Marubeni Corporation") in spans
    assert ("ORG", "Nippon Steel Group") in spans
    assert not any(label == "ORG" and "," in text or " and " in text for label, text in spans if label == "ORG")


def test_the_last_body_of_a_list_keeps_its_own_and():
    spans = _spans_20251222("Deo Ca Group, Son Hai Group and the Vietnam Rubber and Chemicals Joint Stock Corporation attended.")
    assert ("ORG", "Vietnam Rubber and Chemicals Joint Stock Corporation") in spans


def test_field_lists_in_a_ministry_name_stay_whole():
    spans = _spans_20251222("The Ministry of Culture, Sports and Tourism and the Ministry of Health signed the plan.")
    assert ("ORG", "Ministry of Culture, Sports and Tourism") in spans


def test_a_plural_owner_inside_a_body_name():
    spans = _spans_20251222("Members of the Korea–Vietnam Parliamentarians' Union and the Vietnam Farmers' Association met.")
    assert ("ORG", "Korea–Vietnam Parliamentarians' Union") in spans
    assert ("ORG", "Vietnam Farmers' Association") in spans


def test_a_sum_of_money_after_a_company_is_not_its_name():
    got = entities("The provincial People's Committee fined Sông Hồng Paper Company VND850 million on Friday.")
    assert ("Organization", "Sông Hồng Paper Company") in got


def test_a_hospital_named_without_its_kind_word_is_the_hospital_not_a_person():
    got = entities("Hoàng Long Hospital opened a centre on Monday. Under the deal, 40 doctors from Hoàng Long will "
                   "train in Osaka.")
    assert not any(t == "Person" for t, n in got)
    assert ("Organization", "Hoàng Long Hospital") in got


def test_it_after_another_body_is_not_read_as_the_opening_body():
    got = implements("The Đà Nẵng City People's Committee has praised the Đà Nẵng Department of Finance as it "
                     "steps up the implementation of Resolution 136/2024/QH15.")
    assert ("Đà Nẵng City People's Committee", "Resolution 136/2024/QH15") not in got


def test_a_company_of_a_city_is_located_there_and_keeps_its_name():
    got = facts("The contract went to Phúc An Trading Company of Hải Phòng last year.", "2025-11-20", "en")
    assert any(s == "Phúc An Trading Company" and p == "locatedIn" and "Ph" in o for s, p, o in got)
    assert not any("of Hải Phòng" in s for s, p, o in got)


def test_and_with_a_preposition_joins_two_phrases_not_one_name():
    got = located("Nurses will train at Hùng Vương Hospital in Ho Chi Minh City and at the Heart Institute, which "
                  "is located in District 3.")
    assert any(e == "Heart Institute" and p == "District 3" for e, p in got)
    assert any(e == "Hùng Vương Hospital" for e, p in got)


def test_a_stake_is_no_hosted_event():
    text = "The annual general meeting opened in Hanoi. Mizuho Bank, which holds 15 percent of it, attended the meeting."
    assert not any(p == "organized" and s == "Mizuho Bank" for s, p, _ in facts(text, lang="en"))


def _names(got, predicate):
    return {(s, o) for s, p, o in got if p == predicate}


def test_a_faculty_named_head_first_is_a_unit_of_the_university_after_it():
    got = facts("The Faculty of Law of Quy Nhon Northern University hosted a seminar on land disputes.",
                "2026-11-20", lang="en")
    assert ("Faculty of Law", "Quy Nhon Northern University") in _names(got, "subOrganizationOf")
    # "Law" after "Faculty of" is the unit's field, not a law of the university
    assert not any(o.startswith("Law") for s, p, o in got)


def test_a_university_with_of_in_its_own_name_stays_whole():
    got = facts("Le Minh Tam, rector of the University of Transport and Communications, opened the fair.",
                "2026-11-20", lang="en")
    assert ("Le Minh Tam", "University of Transport and Communications") in _names(got, "memberOf")
    assert not _names(got, "subOrganizationOf")


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_a_division_of_a_provincial_police_department_is_its_unit():
    got = facts("Officers from the Drug Crime Police Division of the Nghệ An Provincial Police Department seized "
                "the cargo on Friday.", "2026-01-10", "en")
    assert ("Drug Crime Police Division", "subOrganizationOf", "Nghệ An Provincial Police Department") in got
    assert not any("Division of" in s for s, p, o in got)


def test_a_name_and_an_acronym_led_company_are_two_companies():
    got = spans("The lender appointed Deutsche Bank and VPS Securities Joint Stock Company as underwriters.")
    assert ("ORG", "Deutsche Bank") in got
    assert ("ORG", "VPS Securities Joint Stock Company") in got
    got = spans("Capital came from Warburg Pincus and KKR Asia Corporation last year.")
    assert ("ORG", "Warburg Pincus") in got and ("ORG", "KKR Asia Corporation") in got
    assert ("ORG", "Bank for Investment and Development of Vietnam") in spans(
        "The Bank for Investment and Development of Vietnam lent the money.")


def test_a_known_place_and_a_company_are_two_names():
    got = spans("Đồng Nai and Thành Công Textile Corporation signed the deal on Monday.")
    assert ("ORG", "Thành Công Textile Corporation") in got
    assert not any(t.startswith("Đồng Nai and") for _, t in got)


def test_a_place_then_a_two_part_field_then_a_body_word_is_one_body_not_a_person():
    got = spans("Officers of the Bình Dương Fire Prevention and Rescue Police Division put out the blaze.")
    assert ("ORG", "Bình Dương Fire Prevention and Rescue Police Division") in got
    assert not any(label == "PER" for label, _ in got)


def test_a_sangha_and_a_diocese_are_bodies():
    from articlefacts import kg_spans
    spans = kg_spans("The Vietnam Buddhist Sangha and the Bắc Ninh Diocese held prayers on Sunday.", "en", "2026-02-02")
    assert ("ORG", "Vietnam Buddhist Sangha") in spans and ("ORG", "Bắc Ninh Diocese") in spans


def test_a_score_after_a_team_is_no_part_of_its_name():
    from articlefacts import kg_spans
    spans = kg_spans("Thailand's Team Bangkok Tigers 3-1 win came late, and Saigon Heat Club 2-0 up at half time.", "en",
                     "2026-02-02")
    assert not any(label == "ORG" and "-" in t for label, t in spans)


def test_a_run_ending_in_an_event_kind_names_no_body():
    from articlefacts import kg_spans
    spans = kg_spans("The Hanoi Chess Federation Cup opened on Sunday, hosted by the Hanoi Chess Federation.", "en",
                     "2026-02-02")
    assert ("ORG", "Hanoi Chess Federation Cup") not in spans and ("ORG", "Hanoi Chess Federation") in spans


def test_a_company_whose_name_opens_with_a_family_name_and_closes_with_jsc():
    got = resolved_entities("The inspectors fined Hung Thinh Real Estate Investment JSC and Van Phuc Land JSC "
                            "for building without permits.", "en", "2026-12-05")
    assert {("Hung Thinh Real Estate Investment JSC", "Organization"), ("Van Phuc Land JSC", "Organization")} <= got
    assert not any(t == "Person" for _, t in got)


def test_a_quantity_after_a_joiner_ends_a_bodys_name():
    got = kg_spans("The court sentenced the former director of Hòa Bình Trading Bank to 12 years in prison.", "en",
                   "2026-04-02")
    assert ("ORG", "Hòa Bình Trading Bank") in got
    assert not any("to 12" in t for _, t in got)


def test_list_after_a_known_one_word_body_ends_at_its_and():
    import kg.nlp
    nlp = kg.nlp.load("en")
    doc = kg.nlp.annotate(nlp, "Delegates from Vinamilk, Masan Consumer and Hòa Phát Group attended.", "2026-12-01")
    orgs = [s.text for s in doc.spans["kg"] if s.label_ == "ORG"]
    assert "Masan Consumer and Hòa Phát Group" not in orgs
    assert "Hòa Phát Group" in orgs


def test_an_amount_and_its_preposition_open_no_name():
    spans = _spans_20251204("Vinamilk's shares closed 1.2 per cent higher at VNĐ63,500 on the Hồ Chí Minh Stock "
                            "Exchange on Friday. Doctors at 108 Military Central Hospital treated them.")
    assert ("ORG", "Hồ Chí Minh Stock Exchange") in spans
    assert ("ORG", "108 Military Central Hospital") in spans  # a figure that is part of the name stays


def test_a_period_before_to_the_opens_no_body():
    got = _spans("The province submitted a plan for 2026–2035 to the Ministry of Culture, Sports and Tourism on Monday.")
    assert ("ORG", "Ministry of Culture, Sports and Tourism") in got
    assert not any(name.startswith("2035") for _, name in got)


def test_vietnamese_before_a_lower_case_word_ends_a_body_name():
    got = _spans("Trà said the ministry would work with the Department of Overseas Labour and Vietnamese recruitment "
                 "firms to carry out the memorandum.")
    assert ("ORG", "Department of Overseas Labour") in got
    assert not any("Vietnamese" in t for _, t in got)


def test_a_level_of_ties_between_two_countries_is_no_body():
    found = resolved_entities("He called for faster talks under the Comprehensive Strategic Cooperative Partnership "
                              "between Việt Nam and China.", "en", "2025-09-16")
    assert not any(t == "Organization" for _, t in found)


def test_a_titled_person_after_and_ends_a_body_name():
    found = resolved_entities("The prize went to Professor Henry Snaith of the University of Oxford and Professor "
                              "Tsutomu Miyasaka of Toin University of Yokohama.", "en", "2025-12-06")
    assert {("University of Oxford", "Organization"), ("Toin University of Yokohama", "Organization"),
            ("Tsutomu Miyasaka", "Person")} <= found


def test_a_ranking_named_after_universities_is_no_body():
    got = kg_spans("Eleven Vietnamese universities are among the top 500 in the QS Asia University Rankings 2026, "
                   "released on Wednesday.", "en", "2026-12-06")
    assert not any(label == "ORG" for label, _ in got)


def test_a_directorate_and_a_bureau_are_bodies():
    got = kg_spans("The Directorate of Fisheries said catches rose, and the Hà Nội Statistics Bureau said prices fell.",
                   "en", "2025-11-10")
    assert {("ORG", "Directorate of Fisheries"), ("ORG", "Hà Nội Statistics Bureau")} <= set(got)


def test_a_capitalised_compound_with_a_lower_case_tail_stays_in_a_body_name():
    text = ("The case went to the Drug-related Crime Investigation Police Department. The Central Inter-sectoral "
            "Steering Committee on Food Safety met on Monday.")
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("Drug-related Crime Investigation Police Department", "Organization") in ents
    assert ("Central Inter-sectoral Steering Committee on Food Safety", "Organization") in ents
    assert ("Crime Investigation Police Department", "Organization") not in ents


def test_a_name_ending_in_an_acronym_before_and_is_one_of_two_names():
    text = "The deal was signed by Thành Công IDC and Mirae Trading Corporation on Monday."
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("Mirae Trading Corporation", "Organization") in ents
    assert ("Thành Công IDC and Mirae Trading Corporation", "Organization") not in ents


def test_a_based_place_does_not_join_a_known_body_to_the_next():
    text = "The pact was signed between Hà Nội-based Vingroup and Sharp Corporation on Monday."
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("Sharp Corporation", "Organization") in ents
    assert ("Vingroup", "Organization") in ents


def test_a_compound_head_word_and_a_general_field_end_english_bodies():
    text = ("The Đà Nẵng Tax Sub-department will open a new office. Lê Văn Nam, director of the ministry's "
            "Department of General Education, said exams would change.")
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("Đà Nẵng Tax Sub-department", "Organization") in ents
    assert ("Department of General Education", "Organization") in ents
    assert ("General", "Person") not in ents


def test_a_company_whose_name_opens_like_a_person_and_runs_on_to_its_legal_form():
    spans = _spans_20251210("Exporters such as Lộc Trời Group and Trung An High-Tech Agriculture JSC will buy the crop.")
    assert ("ORG", "Trung An High-Tech Agriculture JSC") in spans
    assert not any(label == "TOPIC" for label, _ in spans)  # no field inside the company's name
    # a person's name before a body written apart from it stays the person's
    spans = _spans_20251210("Deputy Minister Trần Văn Sơn met the Hà Nội People's Committee on Monday.")
    assert ("PER", "Trần Văn Sơn") in spans


def test_a_list_of_known_bodies_after_of_is_no_name_with_commas():
    spans = _spans_20251210("Representatives of Viettel, FPT Corporation and VNPT attended the forum on Monday.")
    assert [t for label, t in spans if label == "ORG"] == ["Viettel", "FPT Corporation", "VNPT"]
    # the fields of one body's name keep their commas
    assert ("ORG", "Ministry of Science, Technology and Innovation") in \
        _spans_20251210("The Ministry of Science, Technology and Innovation said it would fund the lab.")


def test_what_a_body_owns_or_sells_before_of_is_not_part_of_its_name():
    spans = kg_spans("Shares of Minh Phu Seafood Corporation rose 3 percent on Monday. Exports of Vinamilk JSC grew.",
                     "en", "2026-03-10")
    orgs = [t for lab, t in spans if lab == "ORG"]
    assert "Minh Phu Seafood Corporation" in orgs
    assert not any(t.startswith(("Shares", "Exports")) for t in orgs)


def test_an_instrument_opening_a_run_is_no_part_of_the_body_after_and():
    for text in ["The plan implements Resolution 43 and Politburo Resolution 57.",
                 "It follows Decree 13 and Government Resolution 66 on data."]:
        got = entities(text)
        assert not any(t == "Organization" and ("Resolution" in n or "Decree" in n) for t, n in got), (text, got)
        assert any(t == "Organization" and n in ("Politburo", "Government") for t, n in got), (text, got)


def test_confederations_and_ballet_companies_are_bodies():
    got = entities("Headline\n\nThe Asian Volleyball Confederation will hold the draw, the Confederation of "
                   "African Football fined a club, and the Vietnam National Opera and Ballet toured Europe.")
    assert ("Organization", "Asian Volleyball Confederation") in got
    assert ("Organization", "Confederation of African Football") in got
    assert ("Organization", "Vietnam National Opera and Ballet") in got
    assert ("Place", "Vietnam") not in got
