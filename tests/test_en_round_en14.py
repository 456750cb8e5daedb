"""English round en14: entities of foreign visits, deals and aid — leaders named by one word after
their title, a nationality adjective that looks like a Vietnamese family name, companies written with
a legal form first ("PT …") or with "&", Viet Nam's military regions, reservoirs and terminals named
before a lower-case kind word, welcome and handover ceremonies, business dialogues, and memoranda
"on Cooperation in" a capitalised field."""
import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article


def _spans(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, published)
    return [(sp.label_, sp.text) for sp in doc.spans["kg"]]


def _entities(text: str, published: str = "2025-12-22") -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, published)
    res = resolve_article(extract(Article(id="t", text=text, lang="en", published=published), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def test_one_word_name_after_a_title_is_a_person():
    spans = _spans("Myanmar Foreign Minister Thanswe and Thai President Srettha met in Vientiane on Friday.")
    assert ("PER", "Thanswe") in spans


def test_one_word_after_a_title_that_names_a_place_is_no_person():
    spans = _spans("Ambassador Tokyo said nothing, and the Governor Bangkok office stayed shut.")
    assert ("PER", "Tokyo") not in spans


def test_a_given_name_standing_for_a_named_vietnamese_is_not_a_new_person():
    spans = _spans("Deputy Prime Minister Bui Thanh Son met the delegation. Deputy Prime Minister Son said "
                   "the two sides would sign a deal.")
    assert ("PER", "Son") not in spans or ("PER", "Bui Thanh Son") in spans
    assert ("PER", "Bui Thanh Son") in spans


def test_nationality_adjective_before_a_title_opens_no_vietnamese_name():
    spans = _spans("Thai Prime Minister Paetongtarn Shinawatra arrived in Hà Nội on Sunday.")
    assert not any(label == "PER" and text.startswith("Thai") for label, text in spans)
    assert ("PER", "Paetongtarn Shinawatra") in spans


def test_a_vietnamese_name_with_a_syllable_spelled_like_an_honorific_stays_whole():
    spans = _spans("The plan was approved, said Hoàng Anh Dũng, director of the provincial department.")
    assert ("PER", "Hoàng Anh Dũng") in spans


def test_legal_form_before_the_name_makes_a_company_and_its_short_form():
    text = ("Executives of PT Garuda Indonesia met Vietjet managers. Garuda Indonesia's chief executive said "
            "the airline wanted more flights.")
    spans = _spans(text)
    assert ("ORG", "PT Garuda Indonesia") in spans
    assert ("ORG", "Garuda Indonesia") in spans


def test_company_name_joined_by_ampersand_after_a_describing_noun():
    spans = _spans("Japanese contractor Shimizu Engineering & Construction will build the terminal.")
    assert ("ORG", "Shimizu Engineering & Construction") in spans


def test_military_region_is_an_organization():
    spans = _spans("Military Region 7 sent 800 soldiers to help residents clear mud after the flood.")
    assert ("ORG", "Military Region 7") in spans


def test_reservoir_and_terminal_named_before_the_lower_case_kind():
    spans = _spans("Water from the Dầu Tiếng reservoir will reach the Cái Mép LNG terminal by pipeline.")
    assert ("LOC", "Dầu Tiếng reservoir") in spans
    assert ("LOC", "Cái Mép LNG terminal") in spans


def test_a_describing_compound_before_a_kind_names_no_place():
    spans = _spans("Japan-backed reservoir opens in Ninh Thuận to water grape farms.")
    assert not any(label == "LOC" and "reservoir" in text for label, text in spans)


def test_a_terminal_of_a_named_airport_is_the_airport():
    spans = _spans("Work started on the Phù Cát Airport terminal, due to open in 2027.")
    assert ("LOC", "Phù Cát Airport") in spans
    assert not any(label == "LOC" and text.endswith("terminal") for label, text in spans)



def test_welcome_and_handover_ceremonies_are_events():
    spans = _spans("An official welcome ceremony for the Lao leader took place at the Presidential Palace on "
                   "Monday. The handover ceremony followed on Tuesday.")
    assert ("EVENT", "official welcome ceremony") in spans
    assert ("EVENT", "handover ceremony") in spans


def test_business_dialogue_named_by_its_countries():
    spans = _spans("The Prime Minister attended a Việt Nam–Philippines business dialogue in Manila on Tuesday.")
    assert ("EVENT", "Việt Nam–Philippines business dialogue") in spans


def test_a_welcome_ceremony_with_no_time_is_no_event_of_its_own():
    ents = _entities("The President chaired the official welcome ceremony and a state banquet in honour of the guest.")
    assert not any(kind == "Event" for kind, _ in ents)
    ents = _entities("An official welcome ceremony for the guest took place at the Presidential Palace on Monday.")
    assert ("Event", "official welcome ceremony") in ents


def test_memorandum_on_cooperation_in_a_capitalised_field():
    spans = _spans("The ministries signed a Memorandum of Understanding on Cooperation in Marine Fisheries "
                   "between the two governments.")
    assert ("POLICY", "Memorandum of Understanding on Cooperation in Marine Fisheries") in spans


def test_a_lower_case_role_with_a_modifier_after_its_body_or_country_opens_a_name():
    spans = _spans("The loan was signed by KOICA senior vice president Lee Dong-ho and Lao sports minister "
                   "Phoxay Sayasone in Vientiane.")
    assert ("PER", "Lee Dong-ho") in spans
    assert ("PER", "Phoxay Sayasone") in spans


def test_a_list_of_bodies_after_a_company_word_is_cut_at_each_comma_and_and():
    spans = _spans("The minister met executives of Marubeni Corporation, Canon and Nippon Steel Group in Osaka.")
    assert ("ORG", "Marubeni Corporation") in spans
    assert ("ORG", "Nippon Steel Group") in spans
    assert not any(label == "ORG" and "," in text or " and " in text for label, text in spans if label == "ORG")


def test_the_last_body_of_a_list_keeps_its_own_and():
    spans = _spans("Deo Ca Group, Son Hai Group and the Vietnam Rubber and Chemicals Joint Stock Corporation attended.")
    assert ("ORG", "Vietnam Rubber and Chemicals Joint Stock Corporation") in spans


def test_field_lists_in_a_ministry_name_stay_whole():
    spans = _spans("The Ministry of Culture, Sports and Tourism and the Ministry of Health signed the plan.")
    assert ("ORG", "Ministry of Culture, Sports and Tourism") in spans


def test_foreign_companies_active_in_vietnam_are_known():
    ents = _entities("The delegation visited plants of Hitachi and Renesas before meeting Petronas.")
    assert {("Organization", "Hitachi"), ("Organization", "Renesas Electronics"),
            ("Organization", "Petronas")} <= ents


def test_provinces_and_states_of_partner_countries_are_places():
    ents = _entities("Exporters sell to buyers in Gyeonggi, Queensland and Ohio, and trucks cross into Guangxi.")
    assert {("Place", "Gyeonggi"), ("Place", "Queensland"), ("Place", "Ohio"), ("Place", "Guangxi")} <= ents


def test_chinese_cities_have_their_english_names():
    ents = _entities("Flights to Kunming and Nanning will resume next month.")
    assert ("Place", "Kunming") in ents and ("Place", "Nanning") in ents


def test_recommendation_and_statement_named_on_a_subject_are_policies():
    spans = _spans("Delegates adopted the Da Nang Statement on Ocean Plastic and cited the 2019 Recommendation "
                   "on Open Science.")
    assert ("POLICY", "Da Nang Statement on Ocean Plastic") in spans
    assert ("POLICY", "Recommendation on Open Science") in spans


def test_a_statement_on_a_weekday_is_no_policy():
    spans = _spans("The ministry issued a Statement on Monday about the floods.")
    assert not any(label == "POLICY" for label, _ in spans)


def test_the_visitor_after_a_visit_is_not_part_of_its_name():
    ents = _entities("The deal was signed during the state visit to Laos of President Lương Cường on Tuesday.")
    assert ("Event", "state visit to Laos") in ents


def test_a_football_final_is_an_event():
    spans = _spans("Indonesia beat Malaysia 3-0 in the women's football final at the national stadium on Friday.")
    assert ("EVENT", "women's football final") in spans


def test_metro_lines_and_railways_named_before_the_kind():
    spans = _spans("The Nhổn–Ga Hà Nội metro line and the Lào Cai–Hà Nội–Hải Phòng railway will open next year.")
    assert ("LOC", "Nhổn–Ga Hà Nội metro line") in spans
    assert ("LOC", "Lào Cai–Hà Nội–Hải Phòng railway") in spans


def test_national_university_named_with_its_city_after_a_comma():
    ents = _entities("Researchers at Vietnam National University, Hồ Chí Minh City built the model.")
    assert ("Organization", "Vietnam National University, Ho Chi Minh City") in ents


def test_a_plural_owner_inside_a_body_name():
    spans = _spans("Members of the Korea–Vietnam Parliamentarians' Union and the Vietnam Farmers' Association met.")
    assert ("ORG", "Korea–Vietnam Parliamentarians' Union") in spans
    assert ("ORG", "Vietnam Farmers' Association") in spans


def test_a_role_after_a_body_and_its_abbreviation():
    spans = _spans("It was signed by Korea Eximbank (KEXIM) executive director Park Sung-ho on Monday.")
    assert ("PER", "Park Sung-ho") in spans


def test_a_railway_before_a_describing_word_is_no_place():
    spans = _spans("Japan will train 500 Vietnamese railway engineers in Osaka.")
    assert not any(label == "LOC" and "railway" in text for label, text in spans)


def test_each_name_of_a_list_a_plural_company_noun_opens_is_a_company():
    spans = _spans("Three shrimp exporters, Sao Ta Foods, Thong Thuan Seafood and Camimex, were named in the case.")
    assert {("ORG", "Sao Ta Foods"), ("ORG", "Thong Thuan Seafood"), ("ORG", "Camimex")} <= set(spans)


def test_foreign_given_names_with_accents_after_a_title_and_its_body():
    spans = _spans("Chile's Minister of Agriculture Ignacia Fernández and Australia's Assistant Minister for Trade "
                   "Tim Ayres attended.")
    assert ("PER", "Ignacia Fernández") in spans
    assert not any(label == "ORG" and "Assistant" in text for label, text in spans)


def test_a_person_named_after_a_qualified_occupation():
    spans = _spans("Korean actress Song Hye-kyo and Filipino filmmaker Lav Diaz joined Boeing chief financial "
                   "officer Brian West at the gala.")
    assert ("PER", "Lav Diaz") in spans
    assert ("PER", "Brian West") in spans


def test_an_occupation_after_a_function_word_is_no_qualified_occupation():
    spans = _spans("The film was shot in Hà Nội and director Green Valley Studios released it.")
    assert ("PER", "Green Valley Studios") not in spans


def test_theatres_palaces_of_and_numbered_streets_are_places():
    spans = _spans("The leaders met at 10 Downing Street, toured the Palace of Westminster and watched a show at "
                   "the Hà Nội Opera House. A play opened at the Hồ Gươm Theatre. They later visited the Élysée Palace.")
    assert {("LOC", "10 Downing Street"), ("LOC", "Palace of Westminster"), ("LOC", "Hà Nội Opera House"),
            ("LOC", "Hồ Gươm Theatre"), ("LOC", "Élysée Palace")} <= set(spans)


def test_a_theatre_not_where_something_is_held_is_no_place():
    spans = _spans("Dancers from the Việt Bắc Traditional Arts Theatre performed for the guests.")
    assert ("LOC", "Việt Bắc Traditional Arts Theatre") not in spans


def test_a_peninsula_named_before_the_kind():
    assert ("LOC", "Sơn Trà peninsula") in _spans("Visitors toured the Sơn Trà peninsula on Sunday.")


def test_talks_held_at_a_numbered_address_are_an_event():
    ents = _entities("LONDON — The two prime ministers held talks at 10 Downing Street on Wednesday.")
    assert ("Event", "talks") in ents


def test_a_named_person_after_a_title_of_a_known_foreign_body():
    spans = _spans("He met Speaker of the House of Lords John McFall in London.")
    assert ("PER", "John McFall") in spans
    assert ("ORG", "House of Lords") in spans


def test_an_apposition_calls_a_name_an_agency_or_a_joint_venture():
    spans = _spans("Engines come from Vinfast Powertrain, its joint venture with a Korean firm, and the loan from "
                   "Proparco, the French development agency, will pay for them.")
    assert ("ORG", "Vinfast Powertrain") in spans
    assert ("ORG", "Proparco") in spans


def test_a_maker_before_a_numbered_model_names_no_unit():
    spans = _spans("Bamboo Airways will lease 12 Boeing 787 Dreamliner jets and six Airbus A350 aircraft.")
    assert not any(label == "ORG" and any(ch.isdigit() for ch in text) for label, text in spans)
