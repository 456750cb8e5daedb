"""Tests of kg.relations.firm_places_en: "<Place> <firm noun> <Organization>" puts the firm in the place."""
from __future__ import annotations

from articlefacts import facts


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-12-07", "en") if p == "locatedIn"}


def test_a_city_before_a_firm_noun_locates_the_firm_named_after_it():
    assert ("Daikin Industries", "Osaka") in located("Osaka firm Daikin Industries plans a second plant in Hưng Yên.")
    assert ("CapitaLand", "Singapore") in located("Singapore developer CapitaLand will build the complex in Thủ Đức ward.")
    assert ("Viettel Construction", "Hanoi") in located(
        "The contract went to Hanoi telecoms infrastructure contractor Viettel Construction on Monday.")


def test_a_place_with_no_firm_noun_or_a_possessive_locates_nothing():
    got = located("Japan's Marubeni Corporation and the Hai Phong People's Committee signed the memorandum.")
    assert ("Marubeni Corporation", "Japan") not in got
    got = located("Investors from Osaka and Daikin Industries met in the city.")
    assert not any(s == "Daikin Industries" for s, o in got)
