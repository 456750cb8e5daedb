"""Tests of kg.introduced_policies: "a decision on X … Decision 58/2026/QĐ-UBND was signed …" is one instrument."""
from __future__ import annotations

from articlefacts import graph_triples, resolved_entities


def test_a_decision_introduced_by_its_subject_then_by_its_number_is_one_instrument():
    text = ("HÀ NỘI — The Hà Nội People's Committee has issued a decision on the city's land price table for 2027. "
            "Decision 58/2026/QĐ-UBND was signed by Vice Chairman Dương Đức Tuấn on December 3.")
    policies = {name for name, kind in resolved_entities(text, "en", "2026-12-07") if kind == "Policy"}
    assert policies == {"Decision 58/2026/QĐ-UBND"}
    got = graph_triples(text, "en", "2026-12-07")
    assert ("Hanoi People's Committee", "issued", "Decision 58/2026/QĐ-UBND") in got


def test_a_circular_named_by_number_after_it_is_introduced_takes_its_issuer():
    text = ("HÀ NỘI — The Ministry of Health has issued a circular guiding the ban on e-cigarettes. "
            "Circular 52/2026/TT-BYT, dated November 28, sets out how shops are inspected.")
    got = graph_triples(text, "en", "2026-12-07")
    assert ("Ministry of Health", "issued", "Circular 52/2026/TT-BYT") in got


def test_an_instrument_of_another_kind_in_the_next_sentence_stays_apart():
    text = ("HÀ NỘI — The Ministry of Health has issued a circular guiding the ban on e-cigarettes. "
            "Decree 15/2026/NĐ-CP sets the fines.")
    policies = {name for name, kind in resolved_entities(text, "en", "2026-12-07") if kind == "Policy"}
    assert "Decree 15/2026/NĐ-CP" in policies and len(policies) == 2


def test_an_instrument_brought_in_by_its_purpose_then_named_in_full_is_one_instrument():
    cases = [
        ("ĐÀ NẴNG — The Đà Nẵng People's Committee on Monday approved a plan to develop marine tourism. "
         "The Đà Nẵng Marine Tourism Development Plan to 2030 sets aside land for three new piers.",
         "Đà Nẵng Marine Tourism Development Plan to 2030"),
        ("HÀ NỘI — The Prime Minister has signed a decision approving a national programme to promote organic farming. "
         "The National Programme on Organic Farming 2026-2030 aims to certify 200,000 hectares.",
         "National Programme on Organic Farming 2026-2030"),
        ("CẦN THƠ — The city has launched a new strategy to boost river logistics. "
         "The Cần Thơ River Logistics Strategy to 2035 was drafted by the city's transport department.",
         "Cần Thơ River Logistics Strategy to 2035"),
    ]
    for text, name in cases:
        policies = {n for n, kind in resolved_entities(text, "en", "2026-12-07") if kind == "Policy"}
        assert policies == {name}, (text, policies)


def test_a_named_instrument_on_another_subject_stays_apart_from_the_one_introduced():
    text = ("HÀ NỘI — The ministry has approved a plan to develop offshore aquaculture. "
            "The National Forestry Plan to 2030 was adopted last year.")
    policies = {name for name, kind in resolved_entities(text, "en", "2026-12-07") if kind == "Policy"}
    assert "National Forestry Plan to 2030" in policies and len(policies) == 2
