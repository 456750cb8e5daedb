"""Tests of kg.nlp.recognizers.brand_arms_en: a company's Vietnamese arm named as its brand and the country."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_a_brand_before_vietnam_names_the_company_arm():
    text = "Workers at Hyosan Vietnam and Taiwanese-owned Mintex Việt Nam got a pay rise on Monday."
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("Hyosan Vietnam", "Organization") in ents
    assert ("Mintex Việt Nam", "Organization") in ents
    assert ("Hyosan", "Person") not in ents


def test_a_compass_word_or_an_opener_before_vietnam_names_no_company():
    text = "Exports from South Vietnam rose. In Vietnam, rice prices fell. The Vietnam team won."
    ents = resolved_entities(text, "en", "2026-12-04")
    assert not any(t == "Organization" for _, t in ents)
