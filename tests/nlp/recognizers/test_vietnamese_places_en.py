"""Tests of kg.nlp.recognizers.vietnamese_places_en: Vietnamese names after a preposition of place in English copy."""
from __future__ import annotations

import kg.nlp


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_a_vietnamese_name_after_in_is_a_place_the_gazetteer_may_not_know():
    got = spans("The cooperative grows pepper in Lộc Ninh and Bù Đốp, and its factory in Hàm Tân employs 500 people. "
                "A team from Bách Khoa won. Offices in Trần Hưng Đạo Street closed.")
    assert ("LOC", "Lộc Ninh") in got and ("LOC", "Bù Đốp") in got and ("LOC", "Hàm Tân") in got
    assert not any(t == "Bách Khoa" for _, t in got)
    assert not any(label == "LOC" and t == "Trần Hưng Đạo" for label, t in got)
