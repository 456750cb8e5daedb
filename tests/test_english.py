"""English copy that names events, drafts, roles and bodies in lower case (issue 9), on
sentences written for these tests."""
from __future__ import annotations

from kg.nlp.recognizers.drafts_en import draft_candidates
from kg.nlp.recognizers.events_en import english_event_candidates
from test_extract import facts


def _spans(cands, text):
    return [text[c.start:c.end] for c in cands]


# ----------------------------------------------------------------------------- events in lower case

def test_lower_case_event_keeps_its_destination_and_stops_before_a_place_of_its_own():
    text = "The Indian Prime Minister began a three-day official visit to Viet Nam, then attended a trial in Hanoi."
    assert _spans(english_event_candidates(text), text) == ["official visit to Viet Nam", "trial"]


def test_capitalised_event_names_are_left_to_the_recogniser():
    text = "Delegates met at the Party Congress of the city."
    assert english_event_candidates(text) == []


def test_a_state_visit_is_an_event_placed_where_it_goes_and_dated():
    got = facts("Japanese Prime Minister Ishiba Shigeru on Monday began his state visit to Viet Nam. "
                "Prime Minister Pham Minh Chinh chaired the official welcome.", "2025-04-30", "en")
    assert ("state visit to Viet Nam", "locatedIn", "Vietnam") in got
    assert ("state visit to Viet Nam", "date", "2025-04-28") in got


def test_trial_parties_and_the_court_that_holds_it():
    got = facts("The Da Nang People's Court opened a trial in Da Nang on Tuesday. The court sentenced "
                "Tran Van Minh, former chairman of the city, to 17 years. Le Huu Nam received three years.",
                "2025-03-20", "en")
    assert ("Tran Van Minh", "participatedIn", "trial") in got
    assert ("Le Huu Nam", "participatedIn", "trial") in got
    assert ("trial", "locatedIn", "Da Nang") in got


def test_no_trial_no_parties():
    got = facts("Le Huu Nam received an award from the ministry on Tuesday.", "2025-03-20", "en")
    assert not any(p == "participatedIn" for _, p, _ in got)


# ----------------------------------------------------------------------------- drafts

def test_draft_in_lower_case_runs_to_a_stop_word():
    text = "The ministry sent the draft decree on electronic invoices to the Government."
    assert _spans(draft_candidates(text), text) == ["draft decree on electronic invoices"]


def test_draft_names_its_topic():
    got = facts("The Ministry of Science and Technology reviewed the draft law on artificial intelligence.",
                "2025-05-02", "en")
    assert ("draft law on artificial intelligence", "about", "artificial intelligence") in got


def test_a_draft_without_a_subject_is_no_policy():
    text = "The draft was sent back. The draft decree was approved."
    assert draft_candidates(text) == []


# ----------------------------------------------------------------------------- roles

def test_former_roles_in_lower_case_before_and_after_the_name():
    got = facts("The court heard former deputy director of the Finance Department Bui Van Tam. "
                "Dang Thi Hue, former Ben Tre Party secretary, also spoke. Former chairman Vo Van Tan left.",
                "2025-03-20", "en")
    assert ("Bui Van Tam", "position", "former deputy director of the Finance Department") in got
    assert ("Dang Thi Hue", "position", "former Ben Tre Party secretary") in got
    assert ("Vo Van Tan", "position", "former chairman") in got
    assert not any(s == "Bui Van Tam" and p == "memberOf" for s, p, _ in got)


def test_former_without_a_role_word_is_no_position():
    got = facts("Hoang Van Quy, former Lao Cai resident, moved to Hanoi.", "2025-03-20", "en")
    assert not any(p == "position" for _, p, _ in got)


def test_body_written_before_the_role_and_nationality_before_it():
    got = facts("National Assembly Chairman Tran Thanh Man met Vietnamese President Luong Cuong.", "2025-03-20", "en")
    assert ("Tran Thanh Man", "memberOf", "National Assembly") in got
    assert ("Luong Cuong", "position", "President") in got
    assert ("Luong Cuong", "position", "Vietnamese President") not in got


def test_bare_provincial_body_before_an_unaccented_name_is_the_province_body():
    got = facts("Lao Cai Province opened a trade fair. Lao Cai Province has nine districts. Chairman of the "
                "provincial People's Committee Trinh Xuan Truong visited the fair.", "2025-03-20", "en")
    assert ("Trinh Xuan Truong", "memberOf", "Lao Cai Provincial People's Committee") in got


def test_lower_case_role_in_apposition_gives_position_and_body():
    got = facts("Nguyen Van Binh, director of the Department of Finance, met reporters. "
                "Le Van Tam, a member of the Politburo, left.", "2025-03-20", "en")
    assert ("Nguyen Van Binh", "position", "director") in got
    assert ("Nguyen Van Binh", "memberOf", "Department of Finance") in got
    assert ("Le Van Tam", "memberOf", "Politburo") in got
    assert not any(s == "Le Van Tam" and p == "position" for s, p, _ in got)


def test_lower_case_role_that_runs_on_is_left_alone():
    got = facts("Nguyen Van Binh, director of several small local firms, met reporters.", "2025-03-20", "en")
    assert not any(s == "Nguyen Van Binh" and p == "position" for s, p, _ in got)


# ----------------------------------------------------------------------------- where bodies are

def test_place_based_body_is_located_there():
    got = facts("Nguyen Van A, director of the Hanoi-based Thang Long Construction Company, met reporters.",
                "2025-03-20", "en")
    assert ("Thang Long Construction Company", "locatedIn", "Hanoi") in got
    assert not any(p == "position" and s == "Long Construction Company" for s, p, _ in got)


def test_place_in_brackets_after_a_body_locates_it():
    got = facts("Ông Nguyễn Văn An, Giám đốc Công ty cổ phần Thép Hòa Phát (Hải Dương), cho biết doanh thu tăng.",
                "2025-03-20")
    assert ("Công ty cổ phần Thép Hòa Phát", "locatedIn", "Hải Dương") in got



def test_lower_case_event_dated_this_morning():
    got = facts("This morning, the court opened a trial in Da Nang against 12 officials.", "2025-03-20", "en")
    assert ("trial", "date", "2025-03-20") in got
    assert ("trial", "locatedIn", "Da Nang") in got


def test_a_lower_case_role_of_a_provincial_body_in_apposition():
    text = ("Floods cut roads in 14 communes of Nghe An province on Sunday. Hoang Thi Mai, deputy director of the "
            "provincial Department of Health, said 40 patients were moved.")
    got = facts(text, "2026-10-05", lang="en")
    assert ("Hoang Thi Mai", "position", "deputy director") in got
    assert any(s == "Hoang Thi Mai" and p == "memberOf" and "Department of Health" in o for s, p, o in got)


def test_a_nationality_and_a_title_in_a_headline_are_no_person():
    import kg.nlp
    from kg.article import Article
    from kg.extract import extract
    from kg.resolve import resolve_article

    text = ("Malaysian Prime Minister Wraps Up Visit To Viet Nam\n\nHÀ NỘI — Malaysian Prime Minister Anwar Ibrahim "
            "left Hà Nội on Friday.")
    res = resolve_article(extract(Article(id="t", text=text, lang="en", published="2026-10-03"),
                                  kg.nlp.annotate(kg.nlp.load("en"), text, "2026-10-03")))
    people = sorted(e.name for e in res.entities.values() if e.type == "Person")
    assert people == ["Anwar Ibrahim"]


def test_a_dash_joins_the_parties_in_an_events_name():
    for text in ("He spoke at the Viet Nam – Thailand Business Forum in Bangkok.",
                 "He spoke at the Viet Nam–Thailand Business Forum in Bangkok."):
        got = facts(text, "2026-10-03", lang="en")
        assert any(s.startswith("Viet Nam") and s.endswith("Thailand Business Forum") and p == "locatedIn"
                   for s, p, o in got), got


def test_a_foreign_name_written_short_by_its_first_word():
    got = facts("Indonesian President Prabowo Subianto arrived in Hanoi on Thursday. On Saturday, Prabowo attended the "
                "Viet Nam – Indonesia Business Forum in Hanoi.", "2026-11-22", lang="en")
    assert any(s == "Prabowo Subianto" and p == "participatedIn" for s, p, o in got)
    got = facts("Choi Joo-ho, General Director of Samsung Vietnam, arrived on Thursday. On Saturday, Choi attended "
                "the Vietnam Business Forum in Hanoi.", "2026-11-22", lang="en")
    assert ("Choi Joo-ho", "participatedIn", "Vietnam Business Forum") in got
    # a Vietnamese name is short for its last word only: "Pham" alone is nobody
    got = facts("Prime Minister Pham Minh Chinh arrived on Thursday. Pham Van Dong Street was closed on Saturday for "
                "the Vietnam Business Forum.", "2026-11-22", lang="en")
    assert not any(s == "Pham Minh Chinh" and p == "participatedIn" for s, p, o in got)


def test_a_line_of_joiner_words_in_capitals_is_read_without_failing():
    # "ON" alone (a joiner word, capitalised in a heading) once ran the body reader past its run
    assert facts("ON", "2026-10-02", lang="en") == set()
    assert facts("ON THE RECORD", "2026-10-02", lang="en") == set()


def test_a_body_with_its_acronym_in_brackets_before_a_role_is_the_holders():
    from articlefacts import graph_triples
    got = graph_triples("The World Health Organization (WHO) Representative in Việt Nam, Angela Pratt, said the ban "
                        "would protect young people.", "en", "2026-12-02")
    assert ("Angela Pratt", "memberOf", "World Health Organization") in got
