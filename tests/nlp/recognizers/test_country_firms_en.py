"""Tests of kg.nlp.recognizers.country_firms_en: companies English copy names by their home country."""
from __future__ import annotations

from articlefacts import graph_triples, resolved_entities


def test_firm_of_a_country_is_an_organisation_located_there():
    text = "The port operator signed a towage contract with Svitzer of Denmark and KT Marine of South Korea on Monday."
    ents = resolved_entities(text, "en", "2026-02-02")
    assert ("Svitzer", "Organization") in ents
    assert ("KT Marine", "Organization") in ents
    triples = graph_triples(text, "en", "2026-02-02")
    assert ("Svitzer", "locatedIn", "Denmark") in triples


def test_offices_bodies_and_longer_names_of_a_country_are_no_firm():
    text = ("The King of Denmark and the Embassy of Ireland sent greetings. Officials from the Port of Singapore and "
            "the Central Bank of Ireland attended.")
    ents = resolved_entities(text, "en", "2026-02-02")
    assert not any(n in ("King", "Port", "Central Bank") for n, t in ents)
    assert ("King", "Organization") not in ents


def test_two_plain_words_before_a_country_are_not_read_as_a_firm():
    ents = resolved_entities("The prize went to Lena Varga of Hungary and two other chemists.", "en", "2026-02-02")
    assert ("Lena Varga", "Organization") not in ents


def test_sentence_openers_possessives_and_name_tails_are_no_firm():
    text = ("HÀ NỘI — Officials of Vietnam's Lào Cai province met on Monday. Delegates of the Directorate of Fisheries "
            "and Aquaculture of Cambodia attended.")
    ents = resolved_entities(text, "en", "2026-02-02")
    assert ("Officials", "Organization") not in ents
    assert ("Aquaculture", "Organization") not in ents


def test_a_sector_noun_of_a_country_is_no_firm():
    # "Electricity of Vietnam" is the state utility's old English name (the gazetteer's EVN), not a firm
    # "Electricity" at home in Việt Nam
    text = "The province worked with Electricity of Vietnam (EVN) and the Power of Siberia pipeline's operator."
    ents = resolved_entities(text, "en", "2026-02-02")
    assert ("Vietnam Electricity", "Organization") in ents
    assert not any(n in ("Electricity", "Power") for n, t in ents)
