"""Tests of kg.nlp.recognizers.local_acronyms_en: a province's name before a local body's acronym."""
from __future__ import annotations

from articlefacts import facts, kg_spans


def test_a_province_before_an_acronym_the_article_defines_is_that_provinces_body():
    text = ("The provincial Department of Agriculture and Rural Development (DARD) of Thanh Hoa said on Monday that "
            "bird flu had spread. Le Van Tam, deputy director of the Thanh Hoa DARD, said farmers were warned.")
    assert ("ORG", "Thanh Hoa DARD") in kg_spans(text, "en", "2026-02-02")
    got = facts(text, lang="en", published="2026-02-02")
    assert ("Le Van Tam", "memberOf", "Thanh Hoa DARD") in got


def test_a_place_before_an_undefined_acronym_is_no_body():
    spans = kg_spans("Exports from Da Nang rose, and trucks crossed the Lao Cai XYZ checkpoint.", "en", "2026-02-02")
    assert not any(label == "ORG" for label, _ in spans)


def test_the_province_or_city_before_lower_case_police_names_its_police():
    spans = kg_spans("The fraud came to light when the Bình Dương police checked the firm's books. Officers of "
                     "the Hanoi police and the Quảng Ninh provincial police later joined the case.", "en", "2026-02-02")
    assert ("ORG", "Bình Dương police") in spans
    assert ("ORG", "Hanoi police") in spans
    assert ("ORG", "Quảng Ninh provincial police") in spans


def test_police_after_no_known_place_or_without_the_is_no_local_body():
    spans = kg_spans("Traffic police stopped the bus. Đắk Lắk police bust a drug ring near the Golden River police post.",
                     "en", "2026-02-02")
    assert not any(label == "ORG" and "police" in name for label, name in spans)
