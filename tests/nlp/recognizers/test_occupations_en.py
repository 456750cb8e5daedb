"""Tests of kg.nlp.recognizers.occupations_en: English copy."""
from __future__ import annotations

import kg.nlp

from articlefacts import kg_spans


def _spans(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def test_an_occupation_after_a_function_word_is_no_qualified_occupation():
    spans = _spans("The film was shot in Hà Nội and director Green Valley Studios released it.")
    assert ("PER", "Green Valley Studios") not in spans


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_a_plain_name_after_a_nationality_is_a_person_but_not_a_holiday_or_a_body():
    got = spans("Bich finished second, ahead of Ugandan Joshua Kiplimo and Kenyan Mary Wambui. Crowds marked "
                "Chinese New Year, and the Korean Film Council sent a jury.")
    assert ("PER", "Joshua Kiplimo") in got and ("PER", "Mary Wambui") in got
    assert not any(label == "PER" and "Year" in t for label, t in got)
    assert ("ORG", "Korean Film Council") in got


def test_scientific_and_advisory_occupations_name_the_person_after_them():
    got = spans("Swedish geneticist Lars Eklund and Italian consultant Paola Ricci spoke, and Kenyan agronomist "
                "Grace Achieng answered questions.")
    assert {("PER", "Lars Eklund"), ("PER", "Paola Ricci"), ("PER", "Grace Achieng")} <= got


def test_an_occupation_that_opens_a_sentence_names_the_person_after_it():
    got = spans("The concert sold out. Singer Hà Anh Tuấn will open the show, and Pianist is no name here.")
    assert ("PER", "Hà Anh Tuấn") in got
    assert not any(label == "PER" and t.startswith("Singer") for label, t in got)


def test_a_national_or_tourist_after_a_nationality_names_the_person():
    got = spans("The court jailed South Korean national Lee Min-ho and detained Russian tourist Ivan Petrov.")
    assert ("PER", "Ivan Petrov") in got and ("PER", "Lee Min-ho") in got
