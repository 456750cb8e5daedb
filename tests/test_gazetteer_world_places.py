"""World ports, sea lanes and capitals the English news names are known places (kg/data/gazetteer/places.json)."""
import pytest

import kg.nlp


@pytest.fixture(scope="module")
def nlp_en():
    return kg.nlp.load("en")


def places(nlp, text: str) -> list[str]:
    doc = kg.nlp.annotate(nlp, text, "2026-12-01")
    return [s.text for s in doc.spans["kg"] if s.label_ == "LOC"]


def test_ports_and_straits(nlp_en):
    text = "The ship sailed through the Strait of Malacca to Port Klang, Tanjung Pelepas and Laem Chabang."
    assert places(nlp_en, text) == ["Strait of Malacca", "Port Klang", "Tanjung Pelepas", "Laem Chabang"]


def test_cities_and_capitals(nlp_en):
    assert places(nlp_en, "The team will visit Stuttgart, Santiago and Addis Ababa next month.") == [
        "Stuttgart", "Santiago", "Addis Ababa"]


def test_ha_long_bay_is_not_the_city(nlp_en):
    doc = kg.nlp.annotate(nlp_en, "Tourists visited Hạ Long Bay and stayed in Hạ Long.", "2026-12-01")
    gids = {s.text: s._.kg_gid for s in doc.spans["kg"] if s.label_ == "LOC"}
    assert gids["Hạ Long Bay"] != gids["Hạ Long"]


def test_port_of_a_place_is_a_venue(nlp_en):
    assert places(nlp_en, "Ships will call at the Port of Singapore next year.") == ["Port of Singapore"]


def test_shipping_lines_and_terminals(nlp_en):
    doc = kg.nlp.annotate(nlp_en, "The service, run jointly with Hapag-Lloyd, calls at Cái Mép International Terminal "
                                  "and the Cái Mép – Thị Vải port cluster.", "2026-12-01")
    spans = {(s.label_, s.text) for s in doc.spans["kg"]}
    assert ("ORG", "Hapag-Lloyd") in spans
    assert ("LOC", "Cái Mép International Terminal") in spans
    assert ("LOC", "Cái Mép – Thị Vải port cluster") in spans
