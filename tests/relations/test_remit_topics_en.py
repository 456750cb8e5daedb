"""Tests of kg.relations.remit_topics_en: a body "in charge of" a field is about it."""
from __future__ import annotations

from articlefacts import facts


def about(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-11-20", "en") if p == "about"}


def test_a_body_apposed_as_the_agency_in_charge_of_a_field_is_about_it():
    got = about("The Ministry of Industry and Trade, the agency in charge of e-commerce, will license the platforms "
                "from next year.")
    assert ("Ministry of Industry and Trade", "e-commerce") in got


def test_a_reference_to_an_earlier_body_with_a_remit_clause():
    got = about("The Department of Information Security issued a warning on Monday. The department, which is responsible "
                "for cybersecurity, said phishing had doubled.")
    assert ("Department of Information Security", "cybersecurity") in got


def test_a_remit_over_something_named_is_no_field():
    got = about("The Ministry of Finance, the agency in charge of the Vietnam Development Bank and fintech lending, "
                "met on Monday.")
    assert ("Ministry of Finance", "fintech") not in got
