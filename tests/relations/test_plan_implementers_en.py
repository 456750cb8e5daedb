"""Tests of kg.relations.plan_implementers_en: a body that draws up an unnamed plan to carry out an instrument."""
from __future__ import annotations

from articlefacts import facts


def implementers(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-05-20", "en") if p == "implements"}


def test_a_body_issuing_a_plan_to_implement_a_named_instrument():
    got = implementers("The Ministry of Construction has drawn up an action plan to carry out Decree 44/2026/NĐ-CP "
                       "on building safety.")
    assert ("Ministry of Construction", "Decree 44/2026/NĐ-CP") in got


def test_the_instrument_named_again_by_its_kind():
    text = ("The National Assembly passed the Law on Water Resources in November. The Ministry of Agriculture and "
            "Environment last week issued a plan to implement the law, listing 30 tasks.")
    assert ("Ministry of Agriculture and Environment", "Law on Water Resources") in implementers(text)


def test_a_fronted_plan_names_the_body_after_the_comma():
    text = ("The State Bank of Vietnam issued Circular 12/2026/TT-NHNN on mobile payments. In a plan to realise the "
            "circular, the Hà Nội Tax Department said it would train its staff.")
    assert ("Hà Nội Tax Department", "Circular 12/2026/TT-NHNN") in implementers(text)


def test_a_plan_rejected_or_only_asked_for_implements_nothing():
    text = ("The Government issued Decree 44/2026/NĐ-CP on building safety. The Việt Nam Construction Association "
            "criticised a plan to implement the decree.")
    assert not any(s == "Việt Nam Construction Association" for s, o in implementers(text))


def test_each_instrument_listed_after_the_plan_is_implemented():
    text = ("The Cần Thơ City People's Committee on Friday approved a plan to implement the Politburo's Resolution "
            "68-NQ/TW and Government Resolution 138/NQ-CP on private enterprise.")
    got = implementers(text)
    assert {("Cần Thơ City People's Committee", "Resolution 68-NQ/TW"),
            ("Cần Thơ City People's Committee", "Resolution 138/NQ-CP")} <= got
