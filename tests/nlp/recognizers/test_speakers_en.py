"""Tests of kg.nlp.recognizers.speakers_en: English copy."""
from __future__ import annotations

from kg.nlp.recognizers.stages import analyze_text


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def test_a_given_name_that_folds_to_a_foreign_city():
    text = "Major General Nguyen Van Vien opened the briefing. Vien said the ring used trucks."
    assert ("Vien", "PER") in _ents(text)
