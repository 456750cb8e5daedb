"""Tests of kg.nlp.recognizers.legal_forms_en: companies written with their legal form."""
from __future__ import annotations

from articlefacts import kg_spans


def test_two_trades_joined_by_and_before_the_legal_form_make_one_company():
    text = ("Among the buyers was Minh Khang Construction and Trading Joint Stock Company, a contractor. "
            "The Sao Mai Import-Export and Services Co., Ltd in Bình Dương was fined, and the Phú Yên Tourism "
            "and Trading Corporation opened a resort. Bến Thành Printing & Media JSC won the bid.")
    spans = kg_spans(text, "en", "2026-02-02")
    assert ("ORG", "Minh Khang Construction and Trading Joint Stock Company") in spans
    assert ("ORG", "Sao Mai Import-Export and Services Co., Ltd") in spans
    assert ("ORG", "Phú Yên Tourism and Trading Corporation") in spans
    assert ("ORG", "Bến Thành Printing & Media JSC") in spans


def test_two_companies_joined_by_and_stay_two():
    spans = kg_spans("Hòa Phát Group and Thành Công Construction JSC signed a deal on Monday.", "en", "2026-02-02")
    assert ("ORG", "Thành Công Construction JSC") in spans
    assert not any("and" in name.split() for label, name in spans)


def test_a_local_company_with_the_country_in_brackets_is_one_name():
    from articlefacts import facts, resolved_entities
    text = "Standard Chartered Bank (Vietnam) and Shinhan Bank (Việt Nam) Ltd began offering green loans."
    got = resolved_entities(text, "en", "2026-12-07")
    assert ("Standard Chartered Bank (Vietnam)", "Organization") in got
    assert ("Shinhan Bank (Việt Nam) Ltd", "Organization") in got
    assert not any(t == "Place" for _, t in got)
    # a city in brackets still says where the firm is (kg.relations.places.org_places)
    got = facts("Saigon Newport Corporation (Ho Chi Minh City) hired 300 staff.", "2026-12-07", "en")
    assert ("Saigon Newport Corporation", "locatedIn", "Ho Chi Minh City") in got


def test_a_foreign_legal_form_makes_a_company_and_a_possessive_owner_stays_out():
    from articlefacts import resolved_entities
    text = ("Headline\n\nOfficials said Volkswagen AG and BASF SE opened offices in Hanoi, while Linde plc and "
            "Heineken N.V. expanded. Its first tenant is Foxconn's Hon Hai Precision Industry Co., Ltd., an "
            "electronics maker. Analysts at SE Asia Research said demand rose.")
    got = {n for n, t in resolved_entities(text, "en", "2026-12-07") if t == "Organization"}
    assert {"Volkswagen AG", "BASF SE", "Linde plc", "Hon Hai Precision Industry Co., Ltd."} <= got
    assert not any(n.startswith("Foxconn's") for n in got)
