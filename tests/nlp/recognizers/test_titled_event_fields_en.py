"""Tests of kg.nlp.recognizers.titled_event_fields_en: the field a capitalised event name states before its head."""
from __future__ import annotations

from articlefacts import graph_triples


def _about(text: str) -> set[tuple[str, str]]:
    return {(s, o.casefold()) for s, p, o in graph_triples(text, "en", "2026-12-04") if p.endswith("about")}


def test_the_field_before_an_event_s_head_word_is_its_subject():
    cases = [
        ("VŨNG TÀU — The Vietnam Offshore Energy Summit 2026 was held on Tuesday in Vũng Tàu.",
         "Vietnam Offshore Energy Summit 2026", "offshore energy"),
        ("ĐÀ NẴNG — The Đà Nẵng Urban Mobility Forum 2026 was held on Wednesday.",
         "Đà Nẵng Urban Mobility Forum 2026", "urban mobility"),
        ("KIÊN GIANG — The Phú Quốc Marine Tourism Week 2026 opened on Thursday.",
         "Phú Quốc Marine Tourism Week 2026", "marine tourism"),
        ("HÀ NỘI — The Việt Nam Maritime Security Dialogue 2026 was held on Saturday.",
         "Việt Nam Maritime Security Dialogue 2026", "maritime security"),
    ]
    for text, event, field in cases:
        assert (event, field) in _about(text), text


def test_a_name_with_no_field_form_before_its_head_states_no_field():
    # "Youth Job", "University", "Agricultural Machinery" (goods), "Vietnam-US Energy" (two parties): no field form
    for text in ("HÀ NỘI — The Vietnam Agricultural Machinery Expo 2026 opened on Sunday.",
                 "HÀ NỘI — The Vietnam-US Energy Forum 2026 opened on Sunday.",
                 "HÀ NỘI — The Hà Nội Youth Job Fair 2026 was held on Sunday.",
                 "TOKYO — The Việt Nam–Japan University Forum 2026 was held on Friday."):
        assert not _about(text), text


def test_the_field_before_a_plan_s_kind_is_its_subject_where_the_plan_is_made():
    cases = [("HÀ NỘI — The ministry has issued the Tidal Energy Development Plan to 2035.",
              "Tidal Energy Development Plan to 2035", "tidal energy"),
             ("HÀ NỘI — The Government approved the Urban Mobility Action Programme on Monday.",
              "Urban Mobility Action Programme", "urban mobility")]
    for text, plan, field in cases:
        assert (plan, field) in _about(text), text


def test_a_plan_the_text_only_cites_states_no_field():
    text = "HÀ NỘI — The Tidal Energy Development Strategy, approved in 2024, targets output of 100,000 tonnes a year."
    assert not _about(text)
