"""English round en10 (issue 9): fields named after "on" in a policy's or event's name
(kg.nlp.recognizers.field_topics_en) are Topics the name is about."""
import kg.nlp
from articlefacts import graph_triples


def _spans(text: str, label: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-12-04")
    return [sp.text for sp in list(doc.spans["kg"]) + list(doc.spans.get("nested", [])) if sp.label_ == label]


def _triples(text: str, published: str = "2025-12-04") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _about(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples(text) if p == "about"}


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


def test_agreements_and_groups_of_people_give_no_field():
    assert _spans("The two ministries signed a memorandum of understanding on electricity trade.", "TOPIC") == []
    assert _spans("The ministry drafted a decree on Vietnamese migrant workers abroad.", "TOPIC") == []


def test_a_short_form_in_brackets_does_not_push_the_venue_away():
    got = _triples("The Vietnam International Aquaculture Exhibition 2026 (Vietaqua 2026) opened on Wednesday at the "
                   "Saigon Exhibition and Convention Centre in Hồ Chí Minh City.")
    located = {o for s, p, o in got if p == "locatedIn" and s.startswith("Vietnam International Aquaculture")}
    assert "Saigon Exhibition and Convention Centre" in located


def test_earlier_in_the_day_dates_a_happening_by_the_lead():
    text = ("ĐÀ NẴNG, Dec 5 — The Đà Nẵng Tourism Authority on Friday granted licences to five hotel chains. "
            "Earlier in the day, the authority held a conference in Đà Nẵng for Japanese tour operators.")
    assert any(p == "locatedIn" and o in ("Đà Nẵng", "Da Nang") for s, p, o in _triples(text, "2025-12-05"))
    # without the lead's date, the same words name no happening
    text = "The authority held a conference in Đà Nẵng for Japanese tour operators."
    assert not any(p == "locatedIn" for s, p, o in _triples(text, "2025-12-05"))


def test_lower_case_programmes_and_regulations_are_policies():
    assert "national action programme on green transport for 2026-2030" in _spans(
        "The ministry adopted the national action programme on green transport for 2026-2030.", "POLICY")
    assert "national technical regulation on drinking water quality" in _spans(
        "The ministry is drafting a national technical regulation on drinking water quality.", "POLICY")
    assert "agreement on wildlife protection" in _spans(
        "The two provinces signed an agreement on wildlife protection last week.", "POLICY")


def test_a_field_word_before_data_or_testing_is_a_modifier():
    assert _spans("The province will use satellite data to warn farmers of floods.", "TOPIC") == []
    assert "satellites" not in [t.casefold() for t in _spans("Engineers ran chip testing lines in Bắc Ninh.", "TOPIC")]
    assert "chip" not in [t.casefold() for t in _spans("Engineers ran chip testing lines in Bắc Ninh.", "TOPIC")]


def test_bare_education_is_no_topic_but_education_and_training_is():
    assert _spans("Education and health would take a third of the budget.", "TOPIC") == []
    assert "education and training" in _spans("The province will invest more in education and training.", "TOPIC")


def test_a_weekday_dates_the_plan_despite_the_day_its_rule_applies():
    text = ("The Đà Nẵng People's Committee on Friday issued Plan 45/KH-UBND on rural sanitation, under which "
            "all villages will have sewers from July 1, 2027.")
    assert ("Plan 45/KH-UBND", "date", "2025-11-28") in _triples(text)
    # a day the sentence writes for the issue itself still wins
    text = "The Đà Nẵng People's Committee issued Plan 45/KH-UBND on rural sanitation on November 20."
    assert ("Plan 45/KH-UBND", "date", "2025-11-20") in _triples(text)


def test_the_day_of_a_press_release_does_not_date_the_circular():
    text = ("The Ministry of Finance has issued Circular 40/2025/TT-BTC requiring all hotels to issue an electronic "
            "invoice for each stay from July 1, the ministry said in a press release on Tuesday.")
    assert not any(p == "date" for s, p, o in _triples(text))
    assert ("Circular 40/2025/TT-BTC", "date", "2025-12-02") in _triples(
        "The Ministry of Finance on Tuesday issued Circular 40/2025/TT-BTC on hotel invoices.")


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


def test_based_in_after_an_apposition_goes_with_the_body_it_describes():
    text = ("The board will work with the Institute of Biotechnology, a unit of the Vietnam Academy of Science and "
            "Technology based in Đà Lạt, to survey the forests.")
    located = {(s, o) for s, p, o in _triples(text) if p == "locatedIn"}
    assert any(s == "Institute of Biotechnology" for s, o in located)
    assert not any(s.startswith("Vietnam Academy") for s, o in located)


def test_a_described_second_organiser_is_an_organiser():
    text = ("Sơn attended the Vietnam-Japan Business Forum in Tokyo on Monday, organised by the Vietnamese Embassy in "
            "Japan and the Japanese trade agency Japan External Trade Organization.")
    organisers = {s for s, p, o in _triples(text) if p == "organized"}
    assert {"Vietnamese Embassy in Japan", "Japan External Trade Organization"} <= organisers


def test_a_lower_case_master_plan_with_its_scope_is_a_policy():
    assert "master plan for the national railway network to 2050" in _spans(
        "The ministry is compiling a master plan for the national railway network to 2050.", "POLICY")
    assert _spans("The city will revise its master plan next year.", "POLICY") == []


def test_a_place_named_after_its_kind_locates_the_event():
    text = "HÀ NỘI, Dec 3 (VNA) — The Ministry of Health held a conference in the central province of Quảng Ngãi on Friday."
    assert any(p == "locatedIn" and o in ("Quảng Ngãi", "Quang Ngai") for s, p, o in _triples(text))
    text = "The Ministry of Health on Friday held a conference in the Mekong Delta city of Cần Thơ."
    located = {o for s, p, o in _triples(text) if p == "locatedIn"}
    assert located & {"Cần Thơ", "Can Tho"} and not located & {"Mekong Delta"}


def test_the_subject_after_an_events_place():
    text = ("Also on Monday, the Bình Định Provincial People's Committee held a meeting in Quy Nhơn on saltwater "
            "intrusion, chaired by Vice Chairman Nguyễn Văn Hùng.")
    assert ("meeting", "saltwater intrusion") in _about(text)
    # a day after the place is no subject, nor are fields later in the clause
    text = ("Prime Minister Pham Minh Chinh held talks at the Government Complex in Seoul on Monday, agreeing to study "
            "cooperation on nuclear power and critical minerals.")
    assert not any(s == "talks" for s, o in _about(text))


def test_a_date_in_what_was_told_to_an_event_is_not_its_date():
    text = ("HÀ NỘI — The ministry on Tuesday held a forum on green logistics in Hà Nội.\n\nDeputy Minister Phan Thị "
            "Thắng told the forum that the new rules would apply to large firms from December 30 next year.")
    dates = {o for s, p, o in _triples(text, "2025-12-03") if p == "date"}
    assert dates == {"2025-12-02"}


def test_what_participants_at_the_event_discussed_is_its_field():
    text = ("HÀ NỘI — The ministry on Tuesday held a forum on green shipping in Hà Nội.\n\nParticipants at the forum "
            "also discussed carbon border taxes and electric trucks.")
    fields = {o for s, o in _about(text)}
    assert {"carbon border taxes", "electric trucks"} <= fields
