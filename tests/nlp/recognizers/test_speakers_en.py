"""Tests of kg.nlp.recognizers.speakers_en: English copy."""
from __future__ import annotations

from kg.nlp.recognizers.stages import analyze_text


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def test_a_given_name_that_folds_to_a_foreign_city():
    text = "Major General Nguyen Van Vien opened the briefing. Vien said the ring used trucks."
    assert ("Vien", "PER") in _ents(text)


def test_a_plain_name_after_said_that_the_sentence_closes_is_the_speaker():
    from articlefacts import kg_spans
    spans = kg_spans('"Costs will fall," said Helena Varga. Output rose, said the Hanoi Statistics Office, and sales '
                     'grew, said Tom Becker, who runs the shop.', "en", "2026-02-02")
    assert ("PER", "Helena Varga") in spans and ("PER", "Tom Becker") in spans
    assert not any(label == "PER" and "Office" in t for label, t in spans)
