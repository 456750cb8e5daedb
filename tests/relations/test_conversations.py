"""Tests of kg.relations.conversations: English."""
from __future__ import annotations

from kg.nlp.recognizers.stages import analyze_text

from articlefacts import facts


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def test_talks_on_a_subject_in_a_city_on_a_day_have_both_parties_and_a_place():
    got = facts("Minister of Transport Lê Văn Sơn and Cambodian Minister of Public Works Peng Ponea held talks on "
                "border bridges in Phnom Penh on Tuesday.", "2025-11-20", lang="en")
    assert ("talks", "locatedIn", "Phnom Penh") in got
    assert ("talks", "date", "2025-11-18") in got
    assert {p for s, p, o in got if o == "talks" and p == "participatedIn"} == {"participatedIn"}
    assert len([1 for s, p, o in got if o == "talks" and p == "participatedIn"]) == 2
    # the subject of talks between two governments is no field of the graph
    assert not any(p == "about" for s, p, o in got)


def test_counterpart_after_the_subject_of_the_talks_and_a_portfolio_title():
    got = facts("Minister of Finance Trịnh Văn Hải held talks on customs cooperation with Japanese Finance Minister "
                "Katsunobu Kato in Tokyo on Friday.", "2025-11-22", lang="en")
    assert any(s == "Katsunobu Kato" and p == "participatedIn" and o == "talks" for s, p, o in got)
    got = facts("Minister of Finance Trịnh Văn Hải held talks with Japanese Minister of Economy and Finance "
                "Katsunobu Kato in Tokyo on Friday.", "2025-11-22", lang="en")
    assert any(s == "Katsunobu Kato" and p == "participatedIn" and o == "talks" for s, p, o in got)


def test_the_body_visited_did_not_hold_what_the_visitor_held_next():
    got = facts("Minister of Health Đào Hồng Lan arrived in Paris on Sunday. On Tuesday, Lan visited the Pasteur "
                "Institute in Paris and held a working session with Sanofi on vaccines.", "2025-12-23", lang="en")
    assert not any(s == "Pasteur Institute" and p == "organized" for s, p, o in got)
    got = facts("On Tuesday, the Ministry of Health held a working session with the World Bank in Paris.",
                "2025-12-23", lang="en")
    assert ("Ministry of Health", "organized", "working session") in got


def test_the_signers_of_the_document_were_at_the_ceremony_it_was_signed_at():
    text = ("HÀ NỘI — The Ministry of Education and Training and Japan's Ministry of Education on Monday signed a "
            "memorandum of understanding on teacher exchanges at a ceremony in Hà Nội. The document was signed by "
            "Minister of Education and Training Nguyễn Kim Sơn and Japanese Education Minister Toshiko Abe.")
    got = facts(text, "2025-12-23", lang="en")
    assert any("Kim S" in s and p == "participatedIn" and o == "ceremony"
               for s, p, o in got)
    assert any("Kim S" in s and p == "signed" for s, p, o in got)
    assert ("Toshiko Abe", "participatedIn", "ceremony") in got


def test_counterpart_of_talks_after_the_place_and_day():
    got = facts("Deputy Prime Minister Bùi Thanh Sơn held talks in Hà Nội on Wednesday with Chilean Foreign Minister "
                "Alberto van Klaveren.", "2025-12-18", lang="en")
    assert ("Alberto van Klaveren", "participatedIn", "talks") in got


def test_the_two_ministers_signed_the_memorandum_at_the_next_ceremony():
    text = ("Minister of Industry and Trade Nguyễn Hồng Diên and Lao Minister of Industry and Commerce Malaythong "
            "Kommasith held talks in Vientiane on Monday. After the talks, the two ministers signed a memorandum of "
            "understanding on power trade. The signing ceremony was witnessed by Ambassador Nguyễn Minh Tâm.")
    got = facts(text, "2025-12-23", lang="en")
    signers = {s for s, p, o in got if p == "signed"}
    assert len(signers) == 2
    assert len({s for s, p, o in got if p == "participatedIn" and o == "signing ceremony"}) == 3


def test_after_the_conference_the_chair_took_part_in_the_working_session():
    got = facts("Deputy Prime Minister Hồ Đức Phớc on Saturday attended a national conference on private firms in Hà "
                "Nội. After the conference, Phớc chaired a working session with the Vietnam Association of Small and "
                "Medium Enterprises.", "2025-12-21", lang="en")
    assert any(p == "participatedIn" and o == "working session" and "Ph" in s and "c" in s for s, p, o in got
               if s != "Vietnam Association of Small and Medium Enterprises")


def test_bodies_after_officials_of_in_an_attendance_list_took_part():
    got = facts("The Ministry of Health held a dialogue on hospital reform in Paris on Monday. Taking part in the "
                "dialogue were Ambassador Nguyễn Văn Bình and officials of the Pasteur Institute and the World Bank.",
                "2025-12-23", lang="en")
    assert any(s == "World Bank" and p == "participatedIn" for s, p, o in got)


def test_the_person_who_held_a_working_session_took_part_in_it():
    got = facts("On Tuesday, Minister of Health Đào Hồng Lan held a working session with the World Bank in Paris.",
                "2025-12-23", lang="en")
    assert any("Lan" in s and p == "participatedIn" and o == "working session" for s, p, o in got)
    got = facts("The Ministry of Health on Tuesday held a meeting with the World Bank in Hà Nội.", "2025-12-23",
                lang="en")
    assert ("Ministry of Health", "organized", "meeting") in got
    assert ("Ministry of Health", "participatedIn", "meeting") not in got


def test_government_agencies_are_no_attendee_body():
    got = facts("The Government on Tuesday held a thematic meeting on law-making in Hà Nội. Attending the meeting "
                "were Minister of Justice Nguyễn Hải Ninh and leaders of ministries and Government agencies.",
                "2025-12-24", lang="en")
    assert not any(s == "Government" and p == "participatedIn" for s, p, o in got)


def test_both_sides_of_a_phone_call_and_who_joined_it():
    text = ("Minister Bui Thanh Son held a phone call with Chinese Foreign Minister Wang Yi on Thursday to prepare "
            "for the upcoming meeting of the Steering Committee. Ambassador He Wei also joined the call.")
    got = facts(text, published="2025-10-31", lang="en")
    for who in ("Bui Thanh Son", "Wang Yi", "He Wei"):
        assert (who, "participatedIn", "phone call") in got
    assert ("phone call", "date", "2025-10-30") in got
    assert not any(p == "date" and s.startswith("meeting") for s, p, _ in got)


def test_a_possessive_visit_and_its_visitor():
    got = facts("The sides will carry out the deals reached during General Secretary To Lam's state visit to "
                "China last year.", lang="en")
    assert ("To Lam", "participatedIn", "state visit to China") in got
    assert ("Huu Nghi international border gate", "LOC") in _ents("Trucks wait at the Huu Nghi international border gate.")


def test_the_two_leaders_are_the_two_titled_people_named_before():
    text = ("Prime Minister Pham Minh Chinh and Thai Prime Minister Anutin Charnvirakul spoke on Tuesday. Minister "
            "Nguyen Hong Dien said trade grew after the two leaders held a phone call.")
    got = facts(text, published="2025-10-15", lang="en")
    assert ("Pham Minh Chinh", "participatedIn", "phone call") in got
    assert ("Anutin Charnvirakul", "participatedIn", "phone call") in got
    assert ("Nguyen Hong Dien", "participatedIn", "phone call") not in got


def test_a_visitor_staying_in_the_country_of_the_visit():
    got = facts("Prime Minister Pham Minh Chinh is in Singapore for a three-day official visit, his second.", lang="en")
    assert any(s == "Pham Minh Chinh" and p == "participatedIn" and "visit" in o for s, p, o in got)


def test_a_courtesy_call_at_a_venue_has_both_sides():
    """"A paid a courtesy call on B at the Presidential Palace": the call is an event, A and B took part."""
    text = ("Japanese Ambassador Ito Naoki paid a courtesy call on Chairman of the Hà Nội People's Committee Trần Sỹ "
            "Thanh at the City Hall on Tuesday.")
    got = facts(text, "2026-12-07", "en")
    assert ("Ito Naoki", "participatedIn", "courtesy call") in got
    assert ("Tran Sy Thanh", "participatedIn", "courtesy call") in got
    text = ("Later on Monday, Carver paid a courtesy call on Prime Minister Pham Minh Chinh, who asked New Zealand to "
            "share its farming experience.")
    assert not [t for t in facts(text, "2026-12-07", "en") if t[1] == "participatedIn"]
