"""Tests of kg.nlp.lexicon: The shipped gazetteer."""
from __future__ import annotations

import kg.nlp

from articlefacts import graph_triples


def _triples(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _orgs(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-11-29")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "ORG"]


def test_viet_nam_spelling_of_a_known_english_body_name():
    text = "The talks were organised by the Ministry of Finance and the Việt Nam General Confederation of Labour."
    assert "Việt Nam General Confederation of Labour" in _orgs(text)
    triples = _triples(text + " It was attended by Deputy Minister Lê Văn An.")
    assert any(s.endswith("General Confederation of Labour") and p == "organized" for s, p, o in triples)
