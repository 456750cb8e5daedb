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
