"""Tests of kg.nlp.recognizers.field_topics_en:
Fields the lexicon does not know, read from the subject of an English policy or event."""
from __future__ import annotations

import kg.nlp

from articlefacts import facts, graph_triples, kg_spans, resolved_entities


def _spans(text: str, label: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-12-04")
    return [sp.text for sp in list(doc.spans["kg"]) + list(doc.spans.get("nested", [])) if sp.label_ == label]


def _triples(text: str, published: str = "2025-12-04") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _about(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples(text) if p == "about"}


def _about_pairs(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples_20251129(text) if p == "about"}


def _triples_20251129(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def topics(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, "en", "2025-11-14") if t == "Topic"}


def test_a_lower_case_subject_after_on_is_a_field():
    text = "The ministry has published the draft decree on river sand mining for public comment."
    assert "river sand mining" in _spans(text, "TOPIC")
    assert ("draft decree on river sand mining", "river sand mining") in _about(text)


def test_two_fields_joined_by_and_and_one_field_with_and_inside():
    text = "On Friday the institute held a workshop on food safety and school nutrition in Huế."
    assert {"food safety", "school nutrition"} <= set(_spans(text, "TOPIC"))
    text = "The province will host a conference on leprosy prevention and control next month."
    assert "leprosy prevention and control" in _spans(text, "TOPIC")


def test_lead_verbs_are_skipped_and_work_words_trimmed():
    text = "The province approved the action plan on rooftop solar development last week."
    assert "rooftop solar" in _spans(text, "TOPIC")
    text = "The city issued the draft plan on promoting night tourism to 2030."
    assert "night tourism" in _spans(text, "TOPIC")


def test_a_title_case_name_gives_its_field():
    text = "Deputies discussed the draft Law on Urban Planning at the session."
    assert any(t.casefold() == "urban planning" for t in _spans(text, "TOPIC"))


def test_an_instrument_followed_by_on_gives_its_field():
    text = "The committee issued Plan 45/KH-UBND on rural sanitation for 2026-2030 on Tuesday."
    assert "rural sanitation" in _spans(text, "TOPIC")


def test_what_a_rule_sets_is_no_field():
    assert _spans("The ministry drafted a decree on penalties for traffic violations.", "TOPIC") == []
    assert _spans("The ministry sent the draft decree on the management of port fees to the Government.",
                  "TOPIC") == []
    # one word is not enough, a date is no subject
    assert _spans("The ministry held a meeting on Monday with the provinces.", "TOPIC") == []
    assert _spans("The board drafted a circular on pensions.", "TOPIC") == []


def test_groups_of_people_give_no_field():
    assert _spans("The ministry drafted a decree on Vietnamese migrant workers abroad.", "TOPIC") == []


def test_a_memorandum_or_agreement_is_about_the_field_of_its_cooperation():
    about = _about("HÀ NỘI — The two ministries on Tuesday signed a memorandum of understanding on cooperation in "
                   "vocational rehabilitation for 2026–2030.")
    assert ("memorandum of understanding on cooperation in vocational rehabilitation for 2026–2030",
            "vocational rehabilitation") in about
    about = _about("HÀ NỘI — The two institutes signed an agreement on training in seed certification.")
    assert ("agreement on training in seed certification", "seed certification") in about
    assert "seed certification" in _spans("The two provinces signed a memorandum of understanding on seed "
                                          "certification.", "TOPIC")
    # the work done under it, not a field: "on building a shared database"
    assert _spans("The two agencies signed an agreement on building a shared database of farm plots.", "TOPIC") == []


def test_the_fields_an_event_focuses_on_or_discussed():
    text = ("HÀ NỘI, Dec 3 (VNA) — The Vietnam International Dairy Exhibition 2025 (Vietdairy 2025) opened on Wednesday "
            "at the National Convention Centre in Hà Nội.\n\nThe three-day exhibition, organised by the Vietnam Dairy "
            "Association, focuses on dairy farming, milk processing and traceability.")
    about = _about(text)
    for field in ("dairy farming", "milk processing", "traceability"):
        assert ("Vietnam International Dairy Exhibition 2025", field) in about
    text = "Scholars attended the seminar on Huế, which focused on royal music and court rituals."
    assert {"royal music", "court rituals"} <= set(_spans(text, "TOPIC"))


def test_a_list_after_a_body_or_with_capitals_is_no_field_list():
    # no event is the clause's subject: a company's focus is not an article's field
    assert _spans("The company focuses on frozen seafood and canned tuna.", "TOPIC") == []
    # the list stops at an item that is not a lower-case phrase
    got = _spans("The workshop discussed rice straw burning and Japanese farming methods.", "TOPIC")
    assert "rice straw burning" in got and not any("Japanese" in t for t in got)


def test_list_items_that_are_names_or_clauses_are_no_fields():
    got = _spans("The conference also discussed the use of drones in farming and the draft decree on seed quality.",
                 "TOPIC")
    assert "use" not in got and "draft decree" not in got


def test_and_a_verb_before_a_name_is_not_a_second_field():
    text = "The circular implements Decree 61/2024/NĐ-CP on digital banking and replaces Circular 12/2019/TT-NHNN."
    assert ("Decree 61/2024/NĐ-CP", "digital banking") in _about_pairs(text)
    text = "The ministry held a workshop on drug prevention and control in Hà Nội on Monday."
    assert any(o == "drug prevention and control" for s, o in _about_pairs(text))


def test_an_instruments_subject_after_for_past_the_task():
    text = ("The Ministry of Finance on Monday launched a national strategy for the development of the bond "
            "market to 2030 at a ceremony in Hà Nội.")
    assert ("national strategy for the development of the bond market to 2030", "about", "bond market") in _triples_20260206(text)


def test_a_capitalised_field_is_a_topic_only_of_a_law_being_made():
    assert "Credit Institutions" not in topics("Banks must comply with the Law on Credit Institutions from July.")
    assert "Atomic Energy" not in topics("The ministry is drafting a decree to guide the Law on Atomic Energy 2025.")
    assert "Tax Administration" in topics("Lawmakers on Tuesday discussed the draft Law on Tax Administration.")


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_the_field_of_a_meeting_after_in_the_field_of():
    got = rel("The Ministry of Education held a seminar in Huế on Friday on cooperation in the field of "
              "education.", "about")
    assert ("seminar", "education") in got
    assert not rel("Nguyễn Văn A has worked in the field of law for 20 years.", "about")


def test_fields_an_instrument_gives_priority_to_are_listed_topics():
    text = ("The province approved the Bình Thuận Energy Development Plan, which gives priority to tidal power, "
            "green ammonia and grid upgrades.")
    got = _spans(text, "TOPIC")
    assert "tidal power" in got and "green ammonia" in got


def test_a_list_an_instrument_focuses_on_names_fields_but_a_list_of_people_does_not():
    got = _spans("The Strategy for the Development of Craft Villages to 2030 focuses on lacquer making and "
                 "silk weaving.", "TOPIC")
    assert "lacquer making" in got and "silk weaving" in got
    assert not _spans("The Strategy for the Development of Craft Villages to 2030 focuses on young people "
                      "and farmers.", "TOPIC")


def test_what_participants_discussed_after_an_event_are_fields():
    text = ("ĐÀ LẠT — The provincial Department of Agriculture held a seminar in Đà Lạt on Friday. "
            "Participants discussed orchid breeding, greenhouse irrigation and frost warnings.")
    got = _spans(text, "TOPIC")
    assert {"orchid breeding", "greenhouse irrigation", "frost warnings"} <= set(got)
    # with no event before them, what people discussed names no field of the article
    assert not _spans("Participants discussed orchid breeding and greenhouse irrigation.", "TOPIC")


def test_a_subject_past_the_task_it_names_after_on_is_a_field():
    text = "The Government on Monday issued Decree 31/2026/NĐ-CP on the management of coastal sand dunes."
    assert "coastal sand dunes" in _spans(text, "TOPIC")
    # a bare "the" still opens no field
    assert not _spans("The Government on Monday issued Decree 31/2026/NĐ-CP on the coastal sand dunes.", "TOPIC")


def test_a_lower_case_subject_goes_on_as_a_comma_list_of_fields():
    got = _about("HÀ NỘI — The ministry on Monday held a workshop on seed quality, soil health and crop insurance.")
    assert {o for s, o in got} >= {"seed quality", "soil health", "crop insurance"}
    # an item that is no field ends the list
    got = _spans("HÀ NỘI — The ministry on Monday held a workshop on seed quality, attended by 200 farmers.", "TOPIC")
    assert got == ["seed quality"]


def test_the_field_an_instrument_is_to_further_is_its_subject():
    got = _about("HÀ NỘI — The province on Monday approved a programme to develop organic tea farming.")
    assert ("programme to develop organic tea farming", "organic tea farming") in got


def test_a_subject_after_regarding_or_about_is_a_field_as_after_on():
    assert "inland waterway transport" in _spans("The ministry on Monday held a seminar regarding inland waterway "
                                                 "transport.", "TOPIC")
    assert "inland waterway transport" in _spans("The ministry on Monday held a seminar about inland waterway "
                                                 "transport.", "TOPIC")
    # "about" before a number is a count
    assert not _spans("The ministry on Monday held a meeting that about 200 officials attended.", "TOPIC")


def test_what_an_event_is_held_to_promote_is_its_field():
    got = _about("ĐÀ LẠT — The ministry on Monday held a conference in Đà Lạt to promote organic tea farming and farm "
                 "tourism.")
    assert {o for s, o in got} >= {"organic tea farming", "farm tourism"}
    # one word is no field after a purpose verb
    assert not _spans("HÀ NỘI — The ministry on Monday held a roadshow to promote investment.", "TOPIC")


def test_a_list_after_a_clause_that_names_the_plan_again():
    text = ("ĐẮK LẮK — The provincial People's Committee approved a plan for the development of organic farming to "
            "2030. The plan, signed by Vice Chairman Trần Văn Hòa, gives priority to durian exports, cocoa growing "
            "and honey processing.")
    assert {"durian exports", "cocoa growing", "honey processing"} <= set(_spans(text, "TOPIC"))
    # no instrument named before: "The plan" opens no holder's list
    text = "ĐẮK LẮK — The plan, said a farmer, gives priority to durian exports and cocoa growing."
    assert _spans(text, "TOPIC") == []


def test_the_fields_a_strategy_named_again_targets():
    text = ("KHÁNH HÒA — The provincial People's Committee approved a strategy for the development of marine "
            "tourism to 2035. The strategy, signed by Chairman Trần Phong, targets yacht tourism, diving centres "
            "and seafood cuisine.")
    assert {"yacht tourism", "diving centres", "seafood cuisine"} <= set(_spans(text, "TOPIC"))
    # a number is no field
    text = ("KHÁNH HÒA — The provincial People's Committee approved a strategy for the development of marine "
            "tourism to 2035. The strategy targets 12 million visitors a year.")
    assert not any("visitors" in t for t in _spans(text, "TOPIC"))


def test_the_field_past_the_means_an_instrument_sets_for_it():
    about = _about("HÀ NỘI — The Government on Monday issued Decree 55/2026/NĐ-CP on special mechanisms for seaport "
                   "logistics.")
    assert ("Decree 55/2026/NĐ-CP", "seaport logistics") in about
    assert "tidal energy" in _spans("The ministry drafted a resolution on pilot policies for tidal energy.", "TOPIC")
    # the means alone name no field
    assert _spans("The ministry drafted a resolution on special mechanisms.", "TOPIC") == []


def test_a_lower_case_event_named_with_a_narrowed_known_field_gives_the_whole_field():
    # the event is a reference ("a seminar on …") whose name holds its field
    got = _about("The department held a seminar on rural digital transformation in Huế on Friday.")
    assert {o for _, o in got} == {"rural digital transformation"}


def test_a_side_event_names_its_field_but_a_bodys_subject_inside_its_name_only_if_known():
    # a side event further down the article is about its subject as the reported one is ("the later tune golds name a
    # side event's field too"); after a body's head inside the event's name the subject is the body's
    got = _about("Pepper festival opens\n\nThe pepper festival opened in Gia Lai on Friday.\n\nIt drew 300 "
                 "firms.\n\nDuring the festival, the association will hold a workshop on pepper traceability at a "
                 "hotel.")
    assert ("workshop on pepper traceability", "pepper traceability") in got
    text = ("Banks told to keep credit flowing\n\nHÀ NỘI — The central bank held its year-end review on Monday.\n\n"
            "Officials later attended the fourth meeting of the joint committee on financial stability in Hà Nội.")
    assert "financial stability" not in _spans(text, "TOPIC")


def test_a_list_item_that_narrows_a_known_field_is_the_whole_item():
    got = _about("The city held a seminar on green logistics on Friday. Speakers at the seminar also discussed "
                 "warehouse robotics and port automation.")
    assert {o for _, o in got} >= {"port automation", "warehouse robotics"}
    assert not {o for _, o in got} & {"automation", "robotics"}


def test_an_agreement_covering_a_field_and_the_training_it_gives():
    got = _about("The university and the company signed an agreement covering semiconductor design training.")
    assert got == {("agreement covering semiconductor design training", "semiconductor design")}


def test_violations_an_instrument_punishes_and_a_closing_adverb_name_no_field():
    got = _about("The ministry will publish a draft decree detailing penalties for food labelling violations later "
                 "this year.")
    assert not any("violations" in o or "later" in o for _, o in got)


def test_a_list_after_covering_may_hold_a_known_field_narrowed_under_its_acronym():
    got = _about("The ministry has finished a draft circular on digital textbooks for primary schools, covering "
                 "machine learning, AI ethics and the safe use of chatbots.")
    assert {o for _, o in got} >= {"machine learning", "AI ethics"}


def test_a_title_opening_with_an_acronym_is_still_a_title():
    from kg.nlp.recognizers.field_topics_en import _fields, _words
    text = "the draft Law on IUU Fishing Prevention"
    at = text.index("IUU")
    assert [text[a:b] for a, b in _fields(text, _words(text, at, len(text)))] == ["IUU Fishing Prevention"]


def test_the_field_of_a_programme_being_launched_is_read_from_its_title():
    got = _about("The Ministry of Labour held a ceremony in Hà Nội on Monday to launch the National Programme on "
                 "Rural Sanitation for 2026-2030.")
    assert {o.casefold() for _, o in got} == {"rural sanitation"}


def test_what_a_workshop_is_focusing_on():
    got = _about("The city will hold a workshop on urban flooding next month, focusing on sponge parks and rainwater "
                 "harvesting.")
    assert {o for _, o in got} >= {"sponge parks", "rainwater harvesting"}


def test_the_policies_an_instrument_sets_name_no_field():
    got = _about("Deputies also approved a resolution on support policies for young teachers in border communes.")
    assert not got


def test_a_known_field_narrowed_by_its_surveillance_or_safety():
    got = _about("The province will hold a workshop on wildfire prevention next month, focusing on fire risk mapping and "
                 "drone surveillance.")
    assert {o for _, o in got} >= {"drone surveillance"}
    assert "drones" not in {o for _, o in got}


def test_a_goal_in_the_comparative_and_the_plants_a_field_is_used_in_name_no_field():
    got = _about("The province held a conference on rice exports on Monday. The programme launched there is aimed at "
                 "higher incomes for farmers. Participants discussed cold storage plants and rice husk power.")
    assert not {o for _, o in got} & {"higher incomes", "cold storage plants"}


def test_higher_education_is_a_field():
    got = _about("The two universities signed a memorandum of understanding on cooperation in higher education reform.")
    assert {o for _, o in got} == {"higher education reform"}


def test_the_reported_events_subject_is_a_field_and_a_side_events_too():
    # the event the article reports gives the field the lexicon does not know; so does a side event further down
    text = ("Jobless fund to pay for reskilling\n\nHÀ NỘI — The ministry will pay for the reskilling of workers, "
            "its deputy minister said on Monday.\n\nHe told a workshop on labour market policies in Hà Nội that the "
            "ministry was drafting a decree.\n\nOfficials visited three factories.\n\nThe union will hold a workshop "
            "on coffee traceability next month.")
    found = _spans(text, "TOPIC")
    assert "labour market" in found  # ("policies": the field's head, trimmed)
    assert "coffee traceability" in found


def test_a_field_head_closing_a_subject_is_trimmed():
    text = "The Government issued the draft decree on renewable energy sector policies last week."
    assert "renewable energy" in _spans(text, "TOPIC")


def test_a_subject_that_opens_with_a_number_word_counts_and_names_no_field():
    text = "The province approved a project on two thousand hectares of organic tea for 2026-2030."
    assert "project on two thousand hectares of organic tea for 2026-2030" in _spans(text, "POLICY")
    assert not any(t.startswith("two thousand") for t in _spans(text, "TOPIC"))


# ----------------------------------------------------------------------------- the general field lexicon

def test_one_word_subject_is_a_field_where_the_general_lexicon_names_it():
    text = "The Government has issued Decree 88/2026/NĐ-CP on aquaculture, which tightens rules on fish feed."
    assert ("Decree 88/2026/NĐ-CP", "aquaculture") in _about(text)
    # a word the lexicon does not name stays no field ("a decree on tariffs" names no field on its own)
    assert _about("The Government has issued Decree 90/2026/NĐ-CP on tariffs, which cuts duties.") == set()


def test_a_cited_laws_one_word_title_names_no_field():
    assert _about("Firms must keep records as the Law on Statistics requires, the inspectors said.") == set()


def test_an_events_one_word_title_names_its_field():
    text = "More than 300 scientists attended the International Conference on Seismology in Huế on Friday."
    assert ("International Conference on Seismology", "Seismology") in _about(text)


def test_a_generic_head_after_a_field_modifier_is_kept():
    text = "The ministry is drafting a decree on postal services, which will open the market to private carriers."
    assert ("decree on postal services", "postal services") in _about(text)


def test_a_participle_closes_a_subject():
    text = "Under a cooperation agreement on flood forecasting signed in Hà Nội on Monday, Japan will supply radars."
    assert ("cooperation agreement on flood forecasting", "flood forecasting") in _about(text)


def test_a_known_field_narrowed_by_enforcement_is_the_subject():
    text = "The ministry held a conference on cybersecurity enforcement in Hà Nội on Thursday."
    assert ("conference on cybersecurity enforcement", "cybersecurity enforcement") in _about(text)


def test_an_amended_laws_title_names_its_field():
    text = "The amended Law on Inland Navigation, passed in June, took effect this month."
    assert ("Law on Inland Navigation", "Inland Navigation") in _about(text)


def test_a_board_set_up_for_a_lexicon_field_is_about_it():
    text = "The National Steering Committee for Fisheries met in Hà Nội on Monday."
    assert ("National Steering Committee for Fisheries", "Fisheries") in _about(text)
    # a board for a relationship names no field
    assert _about("The Joint Steering Committee for Vietnam-China Bilateral Cooperation met on Monday.") == set()


def test_research_and_application_of_a_field_is_no_field():
    from articlefacts import kg_spans
    got = kg_spans("The Prime Minister approved a national strategy for the research and application of quantum "
                   "technology to 2035.", "en", "2025-12-05")
    assert ("TOPIC", "research and application") not in got


def test_one_word_fields_of_the_lexicon_after_on():
    # advertising, telemedicine and transplantation are fields of their own (policy_fields_en.json)
    text = "Two hospitals in Huế signed an agreement on telemedicine on Friday."
    assert ("agreement on telemedicine", "telemedicine") in _about(text)
    text = "The ministry will issue a decree on advertising next year."
    assert "advertising" in _spans(text, "TOPIC")


def test_a_late_side_event_on_a_lexicon_field_keeps_it():
    # a side event named late in the article keeps its subject ("transplantation": a field of the lexicon)
    text = ("Transplant centres short of donors\n\nHCM CITY — Doctors met in HCM City on Friday.\n\n"
            "They discussed donor numbers.\n\nViệt Đức Hospital will host a workshop on liver transplantation in "
            "Hà Nội in January.\n")
    assert ("workshop on liver transplantation", "liver transplantation") in _about(text)



def test_a_generic_head_after_a_field_noun_is_no_field_but_services():
    # "cardiology" is a field noun: "cardiology training" is a course, not a field; "employment services" is one
    text = "On the same day, the hospital signed an agreement on cardiology training with Hanoi Medical University."
    assert not any("cardiology" in t for t in _spans(text, "TOPIC"))
    text = "The ministry submitted the draft decree on employment services to the Government."
    assert "employment services" in _spans(text, "TOPIC")


def test_a_subject_opening_with_removing_obstacles_names_no_field():
    # "on removing obstacles for renewable energy projects": what the instrument does, not a field (reject_first);
    # the known field after it is the instrument's
    text = "HÀ NỘI — The Government issued Resolution 66/NQ-CP on removing obstacles for renewable energy projects."
    assert "removing obstacles" not in _spans(text, "TOPIC")
    assert ("Resolution 66/NQ-CP", "renewable energy") in _about(text)


def test_a_regulating_clause_after_an_instrument_names_its_field():
    # ", which governs …" right after an instrument's name is its subject as "on" is (regulating_clauses cues)
    text = ("HÀ NỘI — The Government issued Decree 17/2026/NĐ-CP, which governs electronic transactions in the "
            "public sector.")
    assert ("Decree 17/2026/NĐ-CP", "electronic transactions") in _about(text)
    assert not _about("HÀ NỘI — The ministry issued Circular 5/2026/TT-BCT, which covers 1,200 firms.")


def test_an_events_subject_after_its_place_and_day():
    # "held a workshop in Vinh on Thursday on …": the place and the day stand between the event and its subject
    text = ("HÀ NỘI — The Directorate of Forestry held a workshop in Vinh on Thursday on forest carbon accounting.")
    assert ("workshop", "forest carbon accounting") in _about(text)
    text = "HÀ NỘI — The Ministry of Health held a seminar on December 2 on hospital waste treatment."
    assert ("seminar", "hospital waste treatment") in _about(text)


def test_a_listed_field_may_open_with_an_acronym():
    # "MICE tourism" is one item of the list ("STEM education" likewise); a name before a noun is none ("EU markets")
    text = ("ĐÀ NẴNG — The city will host the Central Region Tourism Forum on December 9. The forum will focus on MICE "
            "tourism, golf tourism and the night-time economy.")
    assert "MICE tourism" in _spans(text, "TOPIC")
    assert not any("EU" in t for t in _spans("The forum will focus on EU markets and ASEAN partners.", "TOPIC"))


def test_decent_work_is_a_field():
    # "decent" names a field before the generic head "work" (policy_fields_en.json field_modifiers)
    text = "HÀ NỘI — The trade union held a forum on decent work for delivery drivers in Hà Nội on Friday."
    assert ("forum on decent work for delivery drivers", "decent work") in _about(text)


def test_the_digitisation_of_a_field_is_one_field():
    # "the digitisation of X" is a field with its object (object_fields), where "the development of X" opens X
    text = ("HÀ NỘI — The Ministry of Home Affairs has proposed a project on the digitisation of land records for "
            "2027-2030.")
    assert ("project on the digitisation of land records for 2027-2030", "digitisation of land records") in _about(text)


def test_a_verb_of_the_task_before_the_field_is_no_part_of_it():
    # "on applying AI …", "on ensuring food security", "on preventing child drowning": the verb is the task (lead)
    text = "HÀ NỘI — The ministry held a conference on ensuring water security on Monday."
    assert ("conference on ensuring water security", "water security") in _about(text)
    text = "HÀ NỘI — The ministry held a dialogue on preventing child drowning on Monday."
    assert ("dialogue on preventing child drowning", "child drowning") in _about(text)
    assert not any(t.startswith(("ensuring", "preventing")) for t in _spans(text, "TOPIC"))


def test_a_whole_sector_and_investment_in_a_field():
    # "on the insurance sector" is about insurance ("the wider sector" names no field); "on investment in X" about X
    text = "HÀ NỘI — The ministry held a conference on the insurance sector on Monday."
    assert ("conference on the insurance sector", "insurance") in _about(text)
    assert not _spans("HÀ NỘI — The ministry held a conference on the wider sector on Monday.", "TOPIC")
    text = "HÀ NỘI — The ministry held a conference on investment in irrigation infrastructure on Monday."
    assert ("conference on investment in irrigation infrastructure", "irrigation infrastructure") in _about(text)


def test_a_second_verb_of_a_purpose_list_is_no_field():
    # "ways to boost tourism recovery and attract foreign investment": "attract …" is a verb phrase, no Topic
    text = "HÀ NỘI — The conference discussed ways to boost tourism recovery and attract foreign investment in hotels."
    assert not any(t.startswith("attract") for t in _spans(text, "TOPIC"))


def test_documents_and_plans_discussed_are_no_fields():
    spans = kg_spans("The 13th plenum of the Party Central Committee opened in Hà Nội on Monday to discuss draft "
                     "documents and personnel plans.", "en", "2025-10-06")
    assert not any(label == "TOPIC" for label, _ in spans)


def test_what_an_instrument_named_with_regulating_regulates_is_its_field():
    about = _about("The Ministry of Industry and Trade will issue a circular regulating textile waste recycling next year.")
    assert ("circular regulating textile waste recycling", "textile waste recycling") in about


def test_an_event_for_an_audience_is_about_the_field_after_on():
    about = _about("HUẾ — The Huế Department of Culture on Thursday organised a training course for museum staff on "
                   "heritage digitisation.")
    assert ("training course", "heritage digitisation") in about


def test_an_event_for_an_audience_and_a_field_in_its_place():
    about = _about("HÀ NỘI — UNICEF on Monday held a workshop for 60 journalists on child online protection in Hà Nội.")
    assert ("workshop", "child online protection") in about


def test_an_event_for_an_audience_with_no_subject_has_no_field():
    about = _about("HÀ NỘI — The agency held a meeting for foreign investors on Monday in Hà Nội.")
    assert not about


def test_trading_narrows_a_known_field_to_its_trade():
    about = _about("HÀ NỘI — The Government has issued Decree 91/2026/NĐ-CP on rice export trading, which takes effect "
                   "in March.")
    assert ("Decree 91/2026/NĐ-CP", "rice export trading") in about


def test_what_a_campaign_fights_is_its_field():
    text = ("The Ministry of Health on Tuesday launched a nationwide campaign against rabies after 82 people died. "
            "The police will launch a campaign against drink driving from December 15.")
    got = _about(text)
    assert ("nationwide campaign against rabies", "rabies") in got
    assert ("campaign against drink driving", "drink driving") in got


def test_a_training_task_opens_no_field_of_its_own():
    text = ("The Ministry of Education and Training has approved a scheme on training human resources for the "
            "semiconductor industry to 2030.")
    assert not any(o == "training human resources" for _, o in _about(text))


def test_a_name_after_a_lower_case_events_head_is_no_field():
    text = "The museum in Hà Nội opened an exhibition on Đông Sơn bronze drums on Friday, showing 120 objects."
    assert not any("Đông Sơn" == o for _, o in _about(text))
    assert "Đông Sơn" not in _spans(text, "TOPIC")


def test_foreign_direct_investment_is_a_field_though_foreign_opens_whom_a_rule_is_for():
    got = _about("In Hà Nội, the Ministry of Finance held a conference on foreign direct investment on Wednesday.")
    assert ("conference on foreign direct investment", "foreign direct investment") in got
    assert "foreign workers" not in _spans("The ministry held a conference on foreign workers on Monday.", "TOPIC")


def test_a_list_inside_ways_to_names_no_fields():
    text = ("CẦN THƠ — The city held a conference on organic rice farming on Friday, where delegates discussed ways to "
            "cut fertiliser, seed and water costs.")
    topics = set(_spans(text, "TOPIC"))
    assert "organic rice farming" in topics
    assert not topics & {"seed", "water costs", "fertiliser"}


def test_rules_and_costs_close_no_field():
    text = ("HẠ LONG — The conference discussed visa rules, shipping costs and cruise tourism, "
            "officials said on Tuesday.")
    topics = set(_spans(text, "TOPIC"))
    assert not topics & {"visa rules", "shipping costs"}


def test_english_as_a_second_language_is_a_field():
    got = _triples("HÀ NỘI — The Ministry of Education and Training has issued Circular 40/2026/TT-BGDĐT on teaching "
                   "English as a second language in primary schools.")
    assert ("Circular 40/2026/TT-BGDĐT", "about", "English as a second language") in got


def test_a_lone_field_noun_after_and_is_a_second_field():
    text = "The ministry has published a draft decree on the management of mobile apps and esports for comment."
    about = _about(text)
    assert ("draft decree on the management of mobile apps and esports", "mobile apps") in about
    assert ("draft decree on the management of mobile apps and esports", "esports") in about
    assert not any(o == "mobile apps and esports" for _, o in about)
    # no field noun after "and": one field
    assert "pest prevention and control" in topics("The province issued a plan on pest prevention and control.")


def test_funds_after_a_field_are_its_means_not_the_field():
    text = "The ministry has drafted a decree on flood relief funds for the central provinces."
    assert "flood relief" in topics(text)
    assert "flood relief funds" not in topics(text)


def test_a_title_case_subject_read_as_a_body_stays_the_programmes_field():
    text = ("HÀ NỘI — The ministry on Monday launched the National Programme on Cocoa Industry Development to 2030. "
            "The Institute of Cocoa Industry will advise farmers.")
    about = {o.casefold() for s, o in _about(text) if s.startswith("National Programme")}
    assert "cocoa industry" in about


def test_would_focus_on_gives_the_programme_its_fields():
    text = ("HÀ NỘI — The ministry on Monday launched the National Programme on Cocoa Industry Development to 2030.\n\n"
            "The deputy minister said the programme would focus on cocoa seedlings, bean fermentation and chocolate exports.")
    about = {(s, o) for s, o in _about(text)}
    prog = "National Programme on Cocoa Industry Development to 2030"
    assert (prog, "bean fermentation") in about
    assert (prog, "chocolate exports") in about
    assert not any(o == "deputy minister" for _, o in about)


def test_a_title_case_field_ending_in_a_field_head_noun_is_a_board_s_remit():
    # "energy", "security", "finance", "mobility", "economy" name a field after a modifier ("tidal energy",
    # "maritime security"): a board set up "for" such a subject is about it, by form, not by a list of fields
    cases = [
        ("The Government set up the National Steering Committee for Tidal Energy Development.",
         "National Steering Committee for Tidal Energy Development", "tidal energy"),
        ("Hải Phòng has formed a Steering Committee for Maritime Security to guard its ports.",
         "Steering Committee for Maritime Security", "maritime security"),
        ("The province launched the Working Group on Urban Mobility on Tuesday.",
         "Working Group on Urban Mobility", "urban mobility"),
        ("The ministry set up the Steering Committee for Ocean Economy Development to advise coastal cities.",
         "Steering Committee for Ocean Economy Development", "ocean economy"),
    ]
    for text, body, field in cases:
        assert (body, field) in {(s, o.casefold()) for s, o in _about(text)}, text


def test_a_lower_case_subject_ending_in_a_field_head_noun_is_a_field():
    about = {(s.casefold(), o.casefold()) for s, o in _about(
        "HÀ NỘI — The trade ministry will hold a workshop on tidal energy in Huế on December 16, "
        "and the central bank will host a seminar on climate finance on December 18.")}
    assert ("workshop on tidal energy", "tidal energy") in about
    assert ("seminar on climate finance", "climate finance") in about


def test_a_field_head_noun_in_running_text_is_no_topic():
    # the head noun names a field only in a subject slot: the same words in a plain clause make no Topic
    text = "HÀ NỘI — Households paid more for energy this winter, and the city said urban mobility was getting worse."
    assert not {t.casefold() for t in topics(text)} & {"energy", "urban mobility"}


def test_a_titled_task_before_the_field_is_no_field():
    # "Law on Prevention and Control of X", "Decree on Protection of X": the capitalised task opens the field
    about = _about("The National Assembly on Friday passed the Law on Prevention and Control of Human Trafficking.")
    assert ("Law on Prevention and Control of Human Trafficking", "human trafficking") in about
    assert not any(o.casefold() == "prevention and control" for _, o in about)
    about = _about("The Ministry of Health drafted the Law on Prevention and Control of Harmful Effects of Tobacco.")
    assert not any(o.casefold() in ("prevention and control", "harmful effects") for _, o in about)


def test_a_subject_ends_at_a_word_that_opens_a_circumstance():
    # "ahead of", "across", "since" close the field: what follows is when or where
    about = {o for _, o in _about("Ho Chi Minh City launched a campaign against drink driving ahead of Tet.")}
    assert "drink driving" in about and not any("ahead" in o for o in about)
    about = {o for _, o in _about("The ministry held a workshop on organic farming across the Mekong Delta on Friday.")}
    assert about and not any("across" in o for o in about)
    about = {o for _, o in _about("The province adopted a plan on waste sorting since the law took effect.")}
    assert not any("since" in o for o in about)


def test_the_first_cue_of_an_instrument_names_its_subject_not_a_later_for():
    # "to develop X for Y": X is the subject; "for Y" says whom or where it serves
    cases = [("The ministry issued a plan to develop inland waterway transport for the Mekong Delta.",
              "inland waterway transport"),
             ("The city approved a programme to boost cashew processing for export markets in Bình Phước.",
              "cashew processing"),
             ("The province adopted a scheme to promote organic tea farming for ethnic minority households.",
              "organic tea farming")]
    for text, field in cases:
        got = {o for _, o in _about(text)}
        assert field in got, (text, got)
        assert not got & {"Mekong Delta", "export markets", "ethnic minority households"}, (text, got)


def test_a_clause_conjunction_ends_what_a_meeting_focused_on():
    text = "Le Anh Tuan, a lecturer at Cần Thơ University, said the talks focused on saline intrusion forecasting but left out groundwater."
    assert ("talks", "saline intrusion forecasting") in _about(text)
    got = _spans("The seminar focused on flood forecasting but did not cover the budget.", "TOPIC")
    assert "flood forecasting" in got
    assert not any("budget" in t for t in got)


def test_a_work_noun_in_ing_after_a_known_field_narrows_it():
    # the subject's noun phrase ends at its head ("planning", "mapping"), not at the field the lexicon knows
    for text, field in (("The provinces will prepare a draft law on water resources planning, which goes to the "
                         "National Assembly in 2027.", "water resources planning"),
                        ("The conference on coastal erosion mapping drew 200 delegates.", "coastal erosion mapping")):
        assert field in {o for _, o in _about(text)}, text
    # a closing word of the subject ("training") is still trimmed, not kept as a narrowing head
    assert "training" not in " ".join(o for _, o in _about("The ministry held a workshop on cybersecurity training."))


def test_a_regulating_clause_without_comma_or_after_the_issue_day_names_the_subject():
    cases = [("The Government issued Decree 193/2026/NĐ-CP on Wednesday, with new rules for licensing sand and gravel "
              "mining in rivers.", "Decree 193/2026/NĐ-CP", "sand and gravel mining"),
             ("The ministry issued Circular 12/2026/TT-BNNMT setting out rules for shrimp farming in mangrove areas.",
              "Circular 12/2026/TT-BNNMT", "shrimp farming"),
             ("The State Bank issued Circular 09/2026/TT-NHNN on Monday, laying down rules for peer-to-peer lending "
              "platforms.", "Circular 09/2026/TT-NHNN", "peer-to-peer lending")]
    for text, policy, field in cases:
        assert (policy, field) in _about(text), text
    # a day alone after the name opens no subject
    assert not _about("The Government issued Decree 194/2026/NĐ-CP on Wednesday, and officials welcomed it.")


def test_the_work_done_on_a_subject_opens_it():
    assert ("agreement on the joint operation of sluice gates", "sluice gates") in _about(
        "Six provinces on Friday signed an agreement on the joint operation of sluice gates.")
    assert any(o == "mangrove forests" for _, o in _about(
        "The ministry held a workshop on the restoration of mangrove forests in Cà Mau on Friday."))


def test_a_lower_case_body_in_charge_of_a_field_is_about_it():
    cases = [("The ministry will send a steering committee in charge of seafood traceability to Bình Định next week.",
              "steering committee in charge of seafood traceability", "seafood traceability"),
             ("The Ministry of Construction has set up a working group in charge of airport logistics to plan cargo "
              "terminals.", "working group in charge of airport logistics", "airport logistics"),
             ("The province has formed a steering committee for drought prevention.",
              "steering committee for drought prevention", "drought prevention")]
    for text, body, field in cases:
        assert (body, field) in _about(text), text
    # a body in charge of a named happening has no field
    assert not _about("The Ministry of Culture, Sports and Tourism said the provincial People's Committee was in "
                      "charge of the festival.")


def test_what_a_meeting_debated_or_centred_on_is_its_subject():
    text = ("Speaking at a conference in Huế on Friday, the minister welcomed 200 delegates. Delegates at the conference "
            "debated pension reform and the retirement age.")
    assert ("conference", "pension reform") in _about(text)
    assert ("workshop", "mangrove restoration") in _about("The workshop centred on mangrove restoration and shrimp farming.")
    # what people with no event debated is no field
    assert not _spans("The lawmakers debated the budget on Monday.", "TOPIC")


def test_management_is_part_of_the_field_it_closes():
    # "management" is no work word trimmed off a field: the golds name "air quality management" whole
    assert _about("The city has issued Plan 410/KH-UBND on air quality management.") \
        == {("Plan 410/KH-UBND", "air quality management")}
    assert ("conference on mineral resource management", "mineral resource management") \
        in _about("The ministry held a conference on mineral resource management in Thái Nguyên on Friday.")
    assert "urban drainage management" in _spans(
        "Quảng Nam will host a seminar on urban drainage management next month.", "TOPIC")
    # a field the lexicon knows before it stays the lexicon's ("food safety")
    assert "food safety management" not in _spans(
        "The province adopted a plan on food safety management at wholesale markets.", "TOPIC")
