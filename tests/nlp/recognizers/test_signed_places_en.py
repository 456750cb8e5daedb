"""Tests of kg.nlp.recognizers.signed_places_en: the place that closes a signed instrument's subject."""
from __future__ import annotations

import kg.nlp
from kg.nlp.recognizers.signed_places_en import place_tail, sited_place

from articlefacts import facts


def _policies(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2026-12-06")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "POLICY"]


def test_a_place_closing_the_clause_is_read_with_its_article_and_lower_head():
    assert place_tail("a steel pipe plant in the Nam Đình Vũ Industrial Park".split(), 4) == 7
    assert place_tail("a smart park in Bàu Bàng district".split(), 3) == 4
    assert place_tail("promoting rice in South Korea and India".split(), 2) == 5


def test_a_place_before_more_words_or_a_signing_venue_is_no_tail():
    assert place_tail("rice trade in Hà Nội on Friday".split(), 2) == 0
    assert place_tail("rice trade at the Sheraton Hotel".split(), 2) == 0
    assert place_tail("rice trade in March".split(), 2) == 0


def test_only_a_thing_done_somewhere_takes_the_place_and_not_after_a_horizon():
    rest = "promoting Vietnamese farm products in Japan".split()
    assert sited_place(rest[:4], rest) == 2
    rest = "digital economy cooperation in Singapore".split()
    assert sited_place(rest[:3], rest) == 0
    rest = "promoting rice exports for 2027–2031 in Manila".split()
    assert sited_place(rest[:5], rest) == 0


def test_the_memorandum_is_named_with_the_place_where_its_work_is_done():
    text = ("Minister Lê Minh Hoan and Minister Sato Ken signed a memorandum of understanding on promoting Vietnamese "
            "farm products in Japan.")
    assert "memorandum of understanding on promoting Vietnamese farm products in Japan" in _policies(text)
    got = facts(text, "2026-12-06", "en")
    assert ("Sato Ken", "signed", "memorandum of understanding on promoting Vietnamese farm products in Japan") in got


def test_the_city_of_the_signing_stays_out_of_the_name():
    text = ("Minister Lê Minh Hoan and Minister Sato Ken signed a memorandum of understanding on digital economy "
            "cooperation in Singapore.")
    assert "memorandum of understanding on digital economy cooperation" in _policies(text)
