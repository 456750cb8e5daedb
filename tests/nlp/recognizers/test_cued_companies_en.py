"""Tests of kg.nlp.recognizers.cued_companies_en: unknown companies named in a company's slot."""
from __future__ import annotations

from articlefacts import resolved_entities


def _orgs(text: str) -> set[str]:
    return {n for n, t in resolved_entities("Headline\n\n" + text, "en", "2026-12-07") if t == "Organization"}


def test_names_in_an_owner_s_or_employer_s_slot_are_companies():
    got = _orgs("Shares of Pharmacity rose 5 per cent on Monday. Analysts at Rong Viet said the board of Becamex "
                "IDC had approved the plan, and Kido bought a stake in Tuong An.")
    assert {"Pharmacity", "Rong Viet", "Becamex IDC", "Tuong An"} <= got


def test_a_name_that_reports_a_result_is_a_company():
    got = _orgs("Sabeco reported a net profit of 4 trillion VND, while Coteccons posted a record revenue.")
    assert {"Sabeco", "Coteccons"} <= got


def test_adjectives_places_and_dates_are_not_companies():
    got = _orgs("Shares of Vietnamese firms rose while analysts at Hanoi-based brokerages were cautious. Hanoi "
                "posted record revenue in March, and shares of Japanese exporters fell.")
    assert not got & {"Vietnamese", "Hanoi-based", "Hanoi", "Japanese"}


def test_a_title_case_headline_names_no_company_by_its_slot():
    got = {n for n, t in resolved_entities("Shares Of Steel Makers Rise As Demand Recovers\n\nSteel prices rose in "
                                           "November.", "en", "2026-12-07") if t == "Organization"}
    assert not any(n.startswith("Steel") for n in got)
