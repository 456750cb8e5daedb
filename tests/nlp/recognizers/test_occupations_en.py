"""Tests of kg.nlp.recognizers.occupations_en: English copy."""
from __future__ import annotations

import kg.nlp


def _spans(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, published)
    return [(sp.label_, sp.text) for sp in doc.spans["kg"]]


def test_an_occupation_after_a_function_word_is_no_qualified_occupation():
    spans = _spans("The film was shot in Hà Nội and director Green Valley Studios released it.")
    assert ("PER", "Green Valley Studios") not in spans
