"""Tests of kg.nlp.recognizers.org_origins_en: "<a body's own name> of <country>" tells its country."""
from __future__ import annotations

from articlefacts import resolved_entities


def _got(text: str) -> set[tuple[str, str]]:
    return resolved_entities("Headline\n\n" + text, "en", "2026-12-07")


def test_a_named_university_or_group_of_a_country_is_the_body_and_the_country():
    got = _got("The Đà Nẵng People's Committee and Sungkyunkwan University of South Korea signed a deal, and "
               "students from Chulalongkorn University of Thailand joined engineers of Phongsubthavy Group of Laos.")
    for body in ("Sungkyunkwan University", "Chulalongkorn University", "Phongsubthavy Group"):
        assert (body, "Organization") in got
    assert ("South Korea", "Place") in got and ("Thailand", "Place") in got


def test_a_generic_name_keeps_its_country():
    got = _got("Lecturers of the National University of Singapore met officials of the State Bank of Vietnam and "
               "the Airports Corporation of Vietnam.")
    assert ("National University of Singapore", "Organization") in got
    assert not any(n == "National University" for n, _ in got)
