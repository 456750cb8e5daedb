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
