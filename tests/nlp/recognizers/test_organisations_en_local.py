"""Tests of kg.nlp.recognizers.organisations_en (kept apart from test_organisations_en.py): names that open with a
place's syllable "An", newspapers and polytechnics, and a lower-case level before a local body's kind."""
from __future__ import annotations

from articlefacts import facts, kg_spans, resolved_entities


def _spans(text: str) -> list[tuple[str, str]]:
    return kg_spans(text, "en", "2025-10-10")


def test_an_opening_a_known_place_is_no_article():
    spans = _spans("The An Giang Department of Agriculture and Environment will send technicians, and An Giang "
                   "Provincial Police will guard the fields. An Australian firm also took part.")
    assert ("ORG", "An Giang Department of Agriculture and Environment") in spans
    assert not any(name.startswith("Giang") for _, name in spans)


def test_newspapers_and_polytechnics_are_bodies():
    spans = _spans("Lạng Sơn Newspaper reported the queue. Teachers from the Seoul-based Korea Polytechnics and "
                   "the Tokyo-based Japan Tobacco will visit.")
    assert ("ORG", "Lạng Sơn Newspaper") in spans
    assert ("ORG", "Korea Polytechnics") in spans
    assert ("ORG", "Japan Tobacco") in spans
    assert ("LOC", "Seoul") in spans


def test_a_lower_case_level_before_peoples_committee_refers_back_and_names_no_body():
    text = ("The deal was signed at the Phú Tân Commune People's Committee. Chairman of the commune People's "
            "Committee Lâm Thị Bích said more farms would join.")
    got = facts(text, "2026-12-06", "en")
    assert ("Lâm Thị Bích", "memberOf", "Phú Tân Commune People's Committee") in got
    names = resolved_entities("Residents asked the ward People's Committee to fix the road, and the district "
                              "People's Council agreed.", "en", "2026-12-06")
    assert not any(t == "Organization" for _, t in names)
