"""Tests of kg.nlp.recognizers.held_compounds_en: a lower-case compound before a meeting head, said to be held."""
from __future__ import annotations

from articlefacts import kg_spans


def test_a_held_compound_conference_is_an_event():
    spans = kg_spans("The provincial People's Committee held an investment promotion conference for the "
                     "electronics sector on Monday.")
    assert ("EVENT", "investment promotion conference") in spans


def test_the_compound_before_took_place_is_an_event():
    spans = kg_spans("A trade promotion conference for Japanese investors took place at the Hải Phòng Convention "
                     "Centre on the same day.")
    assert ("EVENT", "trade promotion conference") in spans


def test_a_described_conference_is_no_compound_name():
    spans = kg_spans("The firm held a two-day sales review conference with its dealers.")
    assert not any(label == "EVENT" and "two-day" in text for label, text in spans)
