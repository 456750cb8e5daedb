"""Tests of kg.nlp.recognizers.occupations_en: English copy."""
from __future__ import annotations

from articlefacts import kg_spans


def _spans(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def test_an_occupation_after_a_function_word_is_no_qualified_occupation():
    spans = _spans("The film was shot in Hà Nội and director Green Valley Studios released it.")
    assert ("PER", "Green Valley Studios") not in spans
