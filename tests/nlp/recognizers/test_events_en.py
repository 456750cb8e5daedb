"""kg.nlp.recognizers.events_en: lower-case English events whose noun names an event only with its
complement ("visit to X")."""
from functools import partial

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.nlp.recognizers.events_en import english_event_candidates
from kg.resolve import resolve_article

from articlefacts import facts, graph_triples, kg_spans, resolved_entities


def _spans(text: str) -> list[str]:
    return [text[c.start:c.end] for c in english_event_candidates(text)]


def test_visit_with_its_destination_is_an_event():
    assert "visit to Kuala Lumpur" in _spans("The partnership was set up during To Lam's visit to Kuala Lumpur in 2024.")


def test_bare_visit_is_not_an_event():
    assert _spans("The visit was short, and the visit ended early.") == []


def test_lower_case_subject_and_name_modifiers_stay_in_the_name():
    text = "Chinh was chairing an online national conference on social housing development, which connected 34 provinces."
    assert "online national conference on social housing development" in _spans(text)
    assert "workshop on climate-smart rice farming" in _spans(
        "IRRI will hold a workshop on climate-smart rice farming at the Dong Thap Convention Centre.")


def test_date_after_on_is_no_subject_and_a_venue_is_no_event():
    assert _spans("They met at a seminar on Thursday.") == ["seminar"]
    assert _spans("The session was held at the provincial conference centre in Vinh.") == []


def test_ordinal_session_is_its_own_event():
    out = english_event_candidates("The bill goes to the National Assembly at its tenth session, which opens on October 20.")
    assert [(c.ref, c.meta["kind"]) for c in out] == [(False, "session")]
    assert english_event_candidates("The session was long.") == []


def test_verb_after_a_lower_case_subject_ends_the_event_name():
    from articlefacts import facts

    got = facts("A seminar on protecting children online took place in Hanoi on Thursday, co-hosted by the "
                "Ministry of Information and Communications and UNICEF.", "2025-11-14", lang="en")
    assert ("seminar on protecting children online", "locatedIn", "Hanoi") in got
    got = facts("A workshop on renewable energy opened in Can Tho yesterday.", "2025-11-14", lang="en")
    assert ("workshop on renewable energy", "locatedIn", "Can Tho") in got


_triples = partial(graph_triples, published="2025-05-10")
_spans_20250929 = partial(kg_spans, published="2025-09-29")
_spans_20251120 = partial(kg_spans, published="2025-11-20")


def _triples_20251204(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2025-12-04")


def _spans_20251210(text: str, published: str = "2025-12-10") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _entities(text: str, published: str = "2025-12-22") -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, published)
    res = resolve_article(extract(Article(id="t", text=text, lang="en", published=published), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def _spans_20251222(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    return {(t, n) for n, t in resolved_entities(text, "en", published)}


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2025-11-20", "en") if p == "locatedIn"}


def test_named_parade_is_an_event():
    got = _triples("To Lam attended the Victory Day parade in Red Square on Friday.")
    assert any(p == "participatedIn" and o == "Victory Day parade" for s, p, o in got)


def test_named_summit_and_exchange():
    got = _spans_20250929("He welcomed the results of the Cambodia-Laos-Vietnam summit held in Vientiane. The Vietnam "
                 "Exchange will list its shares.")
    assert ("EVENT", "Cambodia-Laos-Vietnam summit") in got and ("ORG", "Vietnam Exchange") in got


def test_meeting_on_a_subject_that_opens_with_a_capital_but_not_on_the_sidelines():
    got = _spans_20251120("FAO and the ministry held a regional meeting on African swine fever control in Huế on Monday. "
                 "Leaders held a meeting on the sidelines of the summit.")
    assert ("EVENT", "regional meeting on African swine fever control") in got
    assert not any(t.startswith("meeting on the sidelines") for _, t in got)


def test_leaders_who_held_talks_at_a_venue():
    got = _triples_20251204("Prime Minister Phạm Minh Chính and Lao Prime Minister Sonexay Siphandone held talks at the "
                   "Government Office in Hà Nội on Monday.")
    assert ("talks", "locatedIn", "Hanoi") in got
    assert ("Sonexay Siphandone", "participatedIn", "talks") in got
    got = _triples_20251204("Prime Minister Phạm Minh Chính held talks with Lao Prime Minister Sonexay Siphandone in Hà Nội.")
    assert len({o for s, p, o in got if p == "participatedIn"}) <= 1  # "talks with …" stays one event


def test_talks_held_in_a_city_on_a_day_are_an_event():
    text = ("TASHKENT — Prime Minister Phạm Minh Chính and Uzbek Prime Minister Abdulla Aripov held talks in "
            "Tashkent on Monday. The two sides agreed to open a direct flight.")
    triples = graph_triples(text, "en", "2025-12-10")
    assert ("talks", "date", "2025-12-08") in triples
    assert ("talks", "locatedIn", "Tashkent") in triples


def test_a_named_fair_in_lower_case_after_capitalised_words():
    spans = _spans_20251210("The department said it would hold a Vietnam-Laos trade fair in Savannakhet in March and "
                   "an OCOP handicraft fair later.")
    assert ("EVENT", "Vietnam-Laos trade fair") in spans


def test_a_forum_of_two_countries_joined_by_a_dash():
    spans = _spans_20251210("He attended the Việt Nam–Uzbekistan business forum in Tashkent on Monday.")
    assert ("EVENT", "Việt Nam–Uzbekistan business forum") in spans


def test_a_provincial_party_congress_in_lower_case():
    spans = _spans_20251210("The secretary asked officials to prepare for the provincial Party congress in October.")
    assert ("EVENT", "provincial Party congress") in spans


def test_the_visitor_after_a_visit_is_not_part_of_its_name():
    ents = _entities("The deal was signed during the state visit to Laos of President Lương Cường on Tuesday.")
    assert ("Event", "state visit to Laos") in ents


def test_a_football_final_is_an_event():
    spans = _spans_20251222("Indonesia beat Malaysia 3-0 in the women's football final at the national stadium on Friday.")
    assert ("EVENT", "women's football final") in spans


def test_talks_held_at_a_numbered_address_are_an_event():
    ents = _entities("LONDON — The two prime ministers held talks at 10 Downing Street on Wednesday.")
    assert ("Event", "talks") in ents


def test_based_in_an_unknown_city_names_a_place():
    got = entities("Daewon Motors, based in Gimhae, will invest US$50 million in Bắc Ninh.")
    assert ("Place", "Gimhae") in got


def test_a_name_set_off_before_a_based_firm_apposition_is_a_company():
    got = located("Hoàng Phát Seafood, a Cà Mau-based shrimp processor, showed frozen products.")
    assert any(e == "Hoàng Phát Seafood" and p in ("Cà Mau", "Ca Mau") for e, p in got)
    got = located("Tân Long Textile, based in Nam Định, employs 2,000 workers.")
    assert any(e == "Tân Long Textile" for e, p in got)


def test_a_road_show_is_a_happening():
    got = facts("The agency held a road show at the Marina Bay Sands in Singapore on Tuesday.", "2026-01-10", "en")
    assert any(s == "road show" and p == "date" for s, p, o in got)


def test_races_rallies_and_fiestas_are_event_kinds():
    from articlefacts import kg_spans
    spans = kg_spans("Some 800 riders joined the Huế Cycling Race 2026 on Sunday, and the Sa Pa Mountain Rally will "
                     "start on May 2, before the Hội An Lantern Fiesta.", "en", "2026-02-02")
    assert {("EVENT", "Huế Cycling Race 2026"), ("EVENT", "Sa Pa Mountain Rally"), ("EVENT", "Hội An Lantern Fiesta")} \
        <= set(spans)


def test_a_masters_tournament_is_an_event():
    from articlefacts import kg_spans
    assert ("EVENT", "Dubai Open Chess Masters") in kg_spans("He won the Dubai Open Chess Masters on Sunday.", "en",
                                                              "2026-02-02")


def test_lower_case_happening_held_or_attended_is_named_by_its_words():
    from articlefacts import resolved_entities
    got = resolved_entities("The city held a regional flood rescue drill on Tuesday. Exporters joined a business matching "
                            "session in Huế. The national robotics contest will be held on May 9.", "en", "2026-02-02")
    assert ("regional flood rescue drill", "Event") in got
    assert ("business matching session", "Event") in got
    assert ("national robotics contest", "Event") in got


def test_a_happening_noun_without_a_holding_verb_is_no_event():
    from articlefacts import resolved_entities
    got = resolved_entities("Exporters worried about the price competition in Europe.", "en", "2026-02-02")
    assert ("price competition", "Event") not in got


def test_a_panel_discussion_named_with_its_subject():
    text = "In a panel discussion on battery recycling, experts said the country needed clearer rules."
    assert [text[c.start:c.end] for c in english_event_candidates(text)] == ["panel discussion on battery recycling"]


def test_a_lower_case_setting_after_in_closes_an_events_subject():
    got = kg_spans("The bar association held a seminar on data protection in accounting firms at the Lotte Hotel on "
                   "Friday.", "en", "2026-05-08")
    assert ("EVENT", "seminar on data protection in accounting firms") in got
    got = kg_spans("The ministry will hold a workshop on drones in agriculture in Cần Thơ next month.", "en",
                   "2026-05-08")
    assert ("EVENT", "workshop on drones in agriculture") in got


def test_a_time_or_a_place_after_in_is_no_setting():
    got = kg_spans("They held a conference on tourism in recent years.", "en", "2026-05-08")
    assert ("EVENT", "conference on tourism") in got
    got = kg_spans("They held a seminar on shrimp farming in the delta.", "en", "2026-05-08")
    assert ("EVENT", "seminar on shrimp farming") in got


def test_a_forum_keeps_its_lower_case_subject():
    got = kg_spans("The union will hold a forum on green jobs for young workers in Huế in May.", "en", "2026-05-08")
    assert ("EVENT", "forum on green jobs for young workers") in got


def test_a_name_after_of_closes_an_events_subject():
    got = kg_spans("The museum opened a photo exhibition on the rebuilding of the Hội An Old Town at its main hall.",
                   "en", "2026-05-08")
    assert ("EVENT", "photo exhibition on the rebuilding of the Hội An Old Town") in got
    got = kg_spans("They held a workshop on the protection of the Mekong Delta on Monday.", "en", "2026-05-08")
    assert ("EVENT", "workshop on the protection of the Mekong Delta") in got


def test_an_exhibition_without_a_subject_is_not_named_by_this_reader():
    text = "The guests viewed a photo exhibition highlighting fifty years of ties, organised by the embassy."
    assert not any(text[c.start:c.end].startswith("photo exhibition") for c in english_event_candidates(text))


def test_an_indefinite_held_happening_keeps_its_words_past_its_complement():
    from kg.nlp.recognizers.events_en import held_lower_event_candidates
    text = "A business matching session between seafood exporters and buyers was held on Monday at the Hải Phòng port."
    spans = [text[c.start:c.end] for c in held_lower_event_candidates(text)]
    assert spans == ["business matching session"]


def test_an_indefinite_happening_not_said_to_be_held_is_no_candidate():
    from kg.nlp.recognizers.events_en import held_lower_event_candidates
    text = "A business matching session between seafood exporters and buyers would help them, the minister said."
    assert held_lower_event_candidates(text) == []


def test_a_field_modifier_before_a_named_dialogue_stays_in_its_name():
    from kg.nlp.recognizers.events_en import named_lower_event_candidates
    text = "Officials attended the Vietnam–Japan energy dialogue in Tokyo."
    assert [text[c.start:c.end] for c in named_lower_event_candidates(text)] == ["Vietnam–Japan energy dialogue"]


def test_an_airshow_is_an_event():
    from articlefacts import kg_spans
    assert ("EVENT", "Dubai Airshow") in kg_spans("Vietjet signed the deal at the Dubai Airshow on Tuesday.", "en",
                                                  "2026-12-01")


def test_a_reception_is_an_event_only_as_the_reception():
    got = facts("General Secretary Tô Lâm hosted a reception for President Macron in Hà Nội on Tuesday.",
                "2026-12-05", "en")
    assert not any("reception" in (s, o) for s, _, o in got)


def test_a_lower_case_subject_ends_before_and_a_second_thing():
    spans = kg_spans("On the sidelines, the city held a workshop on developing night-time economy and a press "
                     "conference to launch the forum.", "en", "2025-09-05")
    assert ("EVENT", "workshop on developing night-time economy") in spans


def test_talks_at_a_named_place_after_during_are_the_event():
    got = kg_spans("KUALA LUMPUR — Prime Minister Phạm Minh Chính and his Malaysian counterpart Anwar Ibrahim agreed on "
                   "Monday to raise bilateral trade to US$20 billion by 2030, during talks in Putrajaya.", "en",
                   "2026-12-05")
    assert ("EVENT", "talks") in got
    assert ("EVENT", "talks") not in kg_spans("Trade rose 10 per cent during talks.", "en", "2026-12-05")


def test_a_span_of_years_opens_an_events_subject():
    got = [t for label, t in kg_spans("An exhibition on 80 years of Vietnamese diplomacy opened on Thursday in Hà Nội. "
                                      "A seminar on ten years of climate policy was held on Friday.", "en", "2025-08-21")
           if label == "EVENT"]
    assert "exhibition on 80 years of Vietnamese diplomacy" in got
    assert "seminar on ten years of climate policy" in got


def test_a_campaign_is_an_event_only_with_what_it_is_against_or_on():
    assert "nationwide campaign against drink driving" in _spans(
        "The police will launch a nationwide campaign against drink driving from December 15.")
    assert not _spans("The firm ran an advertising campaign last year.")


def test_two_lower_case_events_of_one_kind_with_two_subjects_are_two_events():
    text = ("The ministry held a workshop on rabies prevention on Monday. The city also held a workshop on plastic "
            "waste on Friday.")
    names = {n for n, t in resolved_entities(text, "en", "2026-12-02") if t == "Event"}
    assert {"workshop on rabies prevention", "workshop on plastic waste"} <= names


def test_capitals_that_open_a_lower_case_subject_name_no_campaign():
    assert not any(s.startswith("national campaign on HPV") for s in _spans(
        "The Ministry of Health on Monday launched a national campaign on HPV vaccination for girls aged 10 to 14."))


def test_groundbreaking_is_an_event_only_with_what_it_starts():
    assert "groundbreaking of the Cát Lái Bridge" in _spans(
        "The groundbreaking of the Cát Lái Bridge took place this morning in Đồng Nai.")
    assert _spans("The groundbreaking research was published on Monday.") == []


def test_a_final_is_named_apart_from_the_contest_it_closes():
    spans = _spans("Việt Nam beat Thailand 3-2 in the final of the 2026 ASEAN Women's Futsal Championship on Sunday.")
    assert spans == ["final"]
    assert _spans("The final decision was made on Monday.") == []
    assert _spans("He beat Khoa in the final of the Hà Nội Open in September.") == []  # undated, in passing


def test_the_ceremony_names_a_groundbreaking_back_and_its_organisers_held_it():
    got = facts("The groundbreaking of the Cát Lái Bridge took place this morning. The ceremony was jointly held by the "
                "HCM City People's Committee and the Đồng Nai Provincial People's Committee.", "2026-12-07", lang="en")
    assert any(p == "organized" and o == "groundbreaking of the Cát Lái Bridge" and "Đồng Nai" in s for s, p, o in got)
    assert ("groundbreaking of the Cát Lái Bridge", "date", "2026-12-07") in got


def test_a_dated_ceremony_after_an_opening_ceremony_is_another_happening():
    got = facts("The 11th Đà Lạt Flower Festival opened on Lâm Viên Square on Tuesday evening. Hồ Văn Mười said at the "
                "opening ceremony that the province expected 1.5 million visitors. The Lâm Đồng Provincial Party Committee "
                "will hold a ceremony on December 20 to mark the 50th anniversary of the founding of the province.",
                "2026-12-02", lang="en")
    assert ("ceremony", "date", "2026-12-20") in got
    assert not any(o == "2026-12-20" and s.startswith("opening") for s, p, o in got)


def test_a_ceremony_names_the_built_thing_with_its_numerals_and_lower_case_head():
    assert _spans("A groundbreaking ceremony for the Tân Phước industrial park was held on Friday.") == [
        "groundbreaking ceremony for the Tân Phước industrial park"]
    assert _spans("The inauguration ceremony of the Mỹ Thuận 2 Bridge took place on May 2.") == [
        "inauguration ceremony of the Mỹ Thuận 2 Bridge"]
    assert _spans("Deputy Minister Lê Anh Tuấn attended the groundbreaking of the Ninh Bình–Hải Phòng expressway.") == [
        "groundbreaking of the Ninh Bình–Hải Phòng expressway"]
    assert _spans("The inauguration of the Terminal 3 building at Tân Sơn Nhất drew 500 guests.") == [
        "inauguration of the Terminal 3 building"]
    # without its thing the ceremony is the generic reader's, and an inauguration alone names nothing here
    assert _spans("The launch ceremony drew 200 guests after the inauguration.") == []
    # a lower-case word that is no built thing's head stays out of the name
    assert _spans("The groundbreaking of the Cát Lái Bridge ended early.") == ["groundbreaking of the Cát Lái Bridge"]


def test_field_words_before_a_dialogue_stay_in_its_name():
    """"the annual defence policy dialogue", "the strategic dialogue": the field words name the kind of talks."""
    assert "defence policy dialogue" in _spans("The two ministers co-chaired the annual defence policy dialogue in Vientiane.")
    assert "strategic dialogue" in _spans("Deputy ministers of both sides held the strategic dialogue in Canberra on Monday.")
    assert "third maritime security conference" in _spans("She chaired the third maritime security conference in Hai Phong.")
    assert _spans("Their security policy was discussed.") == []


def test_the_assembly_refers_back_to_the_general_assembly():
    text = ("The 47th General Assembly of the ASEAN Inter-Parliamentary Assembly opened in Manila on Monday. House "
            "Speaker Martin Romualdez, who presided over the assembly, welcomed the proposal.")
    got = facts(text, "2026-12-07", "en")
    assert ("Martin Romualdez", "participatedIn",
            "47th General Assembly of the ASEAN Inter-Parliamentary Assembly") in got
    assert _spans("The National Assembly passed the law.") == []


def test_a_name_a_which_clause_says_runs_a_works_is_a_firm():
    # kg.nlp.recognizers.events_en.based_org_candidates
    from articlefacts import resolved_entities
    got = resolved_entities("Fukang Technology, which already runs a plant in the Dong Mai industrial park, got the licence.",
                            "en", "2026-12-07")
    assert ("Fukang Technology", "Organization") in got
    got = resolved_entities("Quang Ninh, which has a port, grew fast. Phu Quoc, which runs on tourism, grew too.",
                            "en", "2026-12-07")
    assert not any(t == "Organization" for _, t in got)


def test_campaigns_drills_elections_and_clean_ups_held_on_a_day_are_events():
    from articlefacts import resolved_entities
    got = resolved_entities("The health department launched a polio vaccination campaign in 40 communes on Monday. "
                            "Dock workers took part on Thursday in a fire and rescue drill at the port. Voters in Can Tho "
                            "went to the polls on Sunday in a by-election. About 900 residents joined a river clean-up "
                            "on Saturday. Pupils sat the 2026 high school graduation exam on Wednesday.", "en", "2026-12-07")
    assert {("polio vaccination campaign", "Event"), ("fire and rescue drill", "Event"), ("by-election", "Event"),
            ("river clean-up", "Event"), ("2026 high school graduation exam", "Event")} <= got


def test_a_campaign_told_with_no_day_or_as_going_on_is_no_event():
    from articlefacts import resolved_entities
    got = resolved_entities("Health authorities have started an emergency vaccination campaign after an outbreak, the "
                            "centre said on Thursday. The tax office launched a campaign to help online sellers.", "en",
                            "2026-12-07")
    assert not any(t == "Event" for n, t in got)


def test_a_dated_reception_held_by_a_body_is_an_event_and_a_visits_reception_is_not():
    from articlefacts import resolved_entities
    assert ("reception", "Event") in resolved_entities(
        "On Tuesday, the embassy held a reception for 300 students in Tokyo.", "en", "2026-12-07")
    assert ("reception", "Event") not in resolved_entities(
        "General Secretary Lâm hosted a reception for the visiting president.", "en", "2026-12-07")


def test_named_elections_campaigns_exercises_and_contests_before_a_lower_case_head():
    spans = kg_spans("The Green Sunday campaign drew 5,000 volunteers in Huế on Sunday. The National Assembly election "
                     "will be held on March 15. The Cobra Gold exercise ended in Thailand on Friday. The Miss Vietnam "
                     "2026 contest crowned its winner on Sunday.", "en", "2026-12-07")
    assert {("EVENT", "Green Sunday campaign"), ("EVENT", "National Assembly election"),
            ("EVENT", "Cobra Gold exercise"), ("EVENT", "Miss Vietnam 2026 contest")} <= set(spans)


def test_a_crackdown_is_named_with_its_subject():
    assert ("crackdown on drink driving", "Event") in resolved_entities(
        "Hanoi's traffic police launched a crackdown on drink driving on Monday.", "en", "2026-12-07")


def test_the_happening_after_of_the_in_a_held_phrase_keeps_its_own_words():
    got = resolved_entities("The second round of the presidential election took place in Romania on Sunday. The first "
                            "edition of the contest was held in Bangkok.", "en", "2026-12-07")
    assert ("presidential election", "Event") in got
    assert ("contest", "Event") not in got


def test_an_owner_before_a_named_lower_case_happening_is_no_part_of_it():
    spans = kg_spans("The clean-up opened the province's Blue Sea 2026 campaign on Sunday.", "en", "2026-12-07")
    assert ("EVENT", "Blue Sea 2026 campaign") in spans


def test_the_vote_refers_back_to_an_election_and_the_election_of_a_person_is_no_event():
    from kg.nlp.recognizers.generic_events_en import generic_events_en
    text = "Shareholders also approved the election of Lê Thành Liêm, the chief financial officer, to the board."
    assert not [c for c in generic_events_en(text) if "election" in text[c.start:c.end]]
    text = "The Human Rights Council election was held on Tuesday. After the vote, the envoy thanked members."
    assert any(text[c.start:c.end] == "vote" and c.meta.get("ref_only") for c in generic_events_en(text))


def test_a_comma_series_of_single_words_stays_in_an_event_s_subject():
    # "illegal, unreported and unregulated fishing": the commas join modifiers of one noun
    text = "The order is part of a campaign against illegal, unreported and unregulated fishing that the Government launched."
    assert ("EVENT", "campaign against illegal, unreported and unregulated fishing") in kg_spans(text)
    # a series of fields followed by a stop word is no series of modifiers: the subject stops at its first comma
    got = kg_spans("The city held a forum on tourism, trade and investment in Huế, attended by 300 businesses.")
    assert ("EVENT", "forum on tourism, trade and investment") not in got
