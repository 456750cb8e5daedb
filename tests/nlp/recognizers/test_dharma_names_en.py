"""Tests of kg.nlp.recognizers.dharma_names_en: Vietnamese monastics' dharma names in English copy."""
from __future__ import annotations

from articlefacts import kg_spans


def test_thich_and_two_syllables_is_a_monk_with_or_without_tones():
    spans = kg_spans("Most Venerable Thích Thanh Nhiễu chaired the meeting, and a book by Thich Nhat Hanh was read.",
                     "en", "2026-02-02")
    assert ("PER", "Thích Thanh Nhiễu") in spans and ("PER", "Thich Nhat Hanh") in spans
    assert not any(label == "LOC" for label, _ in spans)


def test_thich_with_one_capitalised_word_is_no_name():
    assert not any(label == "PER" for label, _ in kg_spans("Thich Foundation grants rose.", "en", "2026-02-02"))
