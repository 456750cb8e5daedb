"""English topics and ``about`` (round en16): which words name a field the article is about."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def topics(text: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2025-11-14")
    res = resolve_article(extract(Article(id="t", text=text, lang="en", published="2025-11-14"), doc))
    return {e.name for e in res.entities.values() if e.type == "Topic"}


def test_a_field_only_inside_a_body_name_is_no_topic():
    assert topics("Officers of the Trade Remedies Authority of Vietnam checked the steel imports in Huế.") == set()
    assert topics("Samples went to the Institute of Environmental Science and Technology for testing.") == set()
    assert "cybersecurity" not in topics("The Department of Cyber Security arrested 12 people in Cần Thơ.")


def test_a_field_the_text_also_names_on_its_own_stays_with_the_body():
    text = "The Vietnam E-commerce Association said e-commerce revenue rose by 25 per cent this year."
    assert ("Vietnam E-commerce Association", "about", "e-commerce") in facts(text, "2025-11-14", lang="en")
    assert "cybersecurity" in topics("The Department of Cyber Security said the Law on Cybersecurity would take "
                                     "effect in July.")


def test_what_a_company_makes_is_no_subject_of_it():
    got = facts("VinGreen, the electric vehicle maker of the Sao Mai group, opened a plant in Hà Tĩnh on Monday.",
                "2025-11-14", lang="en")
    assert not any(p == "about" for s, p, o in got)


def test_a_field_word_that_only_qualifies_an_event_or_a_deal_is_no_topic():
    assert topics("Quảng Ngãi held an investment promotion conference for Korean firms on Friday.") == set()
    assert topics("PV Gas signed a 10-year liquefied natural gas deal with a Qatari supplier on Monday.") == set()
    assert topics("Customs officers will scan every e-commerce parcel from January.") == set()
    assert "e-commerce" in topics("Customs officers said e-commerce grew by a fifth this year.")


def test_a_field_inside_a_body_named_in_an_event_is_no_subject_of_the_event():
    text = ("The third plenary meeting of the Vietnam Cyber Security Association was held in Quảng Ngãi "
            "on Sunday.")
    assert topics(text) == set()
    assert not any(p == "about" for s, p, o in facts(text, "2025-11-14", lang="en"))


def test_a_capitalised_field_is_a_topic_only_of_a_law_being_made():
    assert "Credit Institutions" not in topics("Banks must comply with the Law on Credit Institutions from July.")
    assert "Atomic Energy" not in topics("The ministry is drafting a decree to guide the Law on Atomic Energy 2025.")
    assert "Tax Administration" in topics("Lawmakers on Tuesday discussed the draft Law on Tax Administration.")


def test_an_acronym_that_only_qualifies_a_thing_is_no_topic():
    assert topics("Patients can see their test results on the VNeID app from March.") == set()
    assert "artificial intelligence" in topics("The school will teach AI to every student from March.")


def test_an_instrument_that_extends_or_requires_something_of_a_field_is_about_it():
    got = facts("The amended Law on Employment will extend unemployment insurance to workers on short contracts.",
                "2025-11-14", lang="en")
    assert ("Law on Employment", "about", "unemployment insurance") in got
    got = facts("The ministry issued Circular 40/2025/TT-BTC requiring all shops to issue an electronic invoice for "
                "each sale.", "2025-11-14", lang="en")
    assert any(s.startswith("Circular 40") and p == "about" for s, p, o in got)
    got = facts("Decree 12/2025/NĐ-CP requires Hà Nội firms to report the use of artificial intelligence.",
                "2025-11-14", lang="en")
    assert not any(p == "about" for s, p, o in got)  # a name between the verb and the field ends the clause


def test_an_on_subject_ends_where_the_sentence_goes_on_with_a_verb():
    got = facts("The bank is implementing Resolution 68 of the Politburo on private economic development and has "
                "told lenders to cut fees for small and medium-sized enterprises.", "2025-11-14", lang="en")
    abouts = {o for s, p, o in got if p == "about" and s == "Resolution 68"}
    assert "private economy" in abouts and "small and medium-sized enterprises" not in abouts
    got = facts("The Government issued Decree 13/2025/NĐ-CP on e-commerce and digital transformation on Monday.",
                "2025-11-14", lang="en")
    assert {o for s, p, o in got if p == "about"} == {"e-commerce", "digital transformation"}


def test_whom_a_list_of_fields_serves_is_not_one_of_them():
    got = facts("VCCI on Wednesday organised the Mekong Business Forum 2025 in Cần Thơ, focusing on e-commerce and "
                "digital transformation for small and medium-sized enterprises.", "2025-11-14", lang="en")
    assert {o for s, p, o in got if p == "about"} == {"e-commerce", "digital transformation"}


def test_personal_data_written_as_a_phrase_is_the_field():
    assert "personal data protection" in topics("The ministers agreed on common standards for the protection of "
                                                 "personal data in cloud services.")


def test_an_expo_named_for_a_field_in_the_singular_is_about_it():
    got = facts("The Vietnam International Drone Expo 2025 opened on Saturday in Hà Nội.", "2025-11-14", lang="en")
    assert ("Vietnam International Drone Expo 2025", "about", "drones") in got


def test_a_board_named_on_or_for_its_subject_keeps_it():
    got = facts("The Lang Son Provincial Steering Committee for Digital Transformation met on Sunday.", "2025-11-14",
                lang="en")
    assert any(p == "about" and o == "digital transformation" for s, p, o in got)


def test_what_a_thing_a_body_builds_specialises_in_is_no_subject_of_the_body():
    got = facts("Hòa Phát Group signed a deal with Japan's Sojitz Corporation to build a plant specialising in "
                "semiconductors and solar panels.", "2025-11-14", lang="en")
    assert not any(p == "about" for s, p, o in got)


def test_a_company_named_for_its_trade_is_not_about_it():
    got = facts("The Hà Nội Urban Railway Company No. 2 runs the metro line, and the city wants more urban railway "
                "lines.", "2025-11-14", lang="en")
    assert not any(p == "about" for s, p, o in got)
    got = facts("The Vietnam Semiconductor Association said semiconductors drove exports.", "2025-11-14", lang="en")
    assert ("Vietnam Semiconductor Association", "about", "semiconductors") in got
