"""Tests of kg.nlp.recognizers.name_edges_en: English names cut at a place's possessive or a date phrase."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_a_country_in_the_possessive_is_no_part_of_the_company_after_it():
    text = ("The plant belongs to Finland's Nordkraft Holdings, which is based in Espoo. "
            "Japan's Sakura Foods Co., Ltd. will open a store in Thailand.")
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("Nordkraft Holdings", "Organization") in ents
    assert ("Sakura Foods Co., Ltd.", "Organization") in ents
    assert ("Japan", "Place") in ents
    assert ("Japan's Sakura Foods Co., Ltd.", "Organization") not in ents


def test_a_day_and_the_words_after_it_are_no_part_of_a_body():
    text = "The samples went on Monday to the Lâm Đồng Provincial Centre for Disease Control for testing."
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("Lâm Đồng Provincial Centre for Disease Control", "Organization") in ents
    assert not any(n.startswith("Monday") for n, _ in ents)


def test_a_possessive_that_is_no_place_stays_in_the_name():
    ents = resolved_entities("Doctors at the Children's Hospital 2 treated 40 patients.", "en", "2026-12-04")
    assert ("Children's Hospital 2", "Organization") in ents


def test_a_based_place_is_no_part_of_the_venue_after_it():
    text = "The firm opened a lab at the Hồ Chí Minh City-based Phú An Innovation Park on Friday."
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("Phú An Innovation Park", "Place") in ents
    assert not any(n.startswith("Hồ Chí Minh City-based") for n, _ in ents)

