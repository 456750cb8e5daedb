"""Tests of kg.nlp.recognizers.dated_events_en: events named by a name and a year that a clause says happened."""
from __future__ import annotations

from articlefacts import graph_triples, resolved_entities


def test_name_and_year_that_opened_is_an_event():
    text = "About 300 firms took part in Agrotech Mekong 2026, which opened in Cần Thơ on Friday."
    assert ("Agrotech Mekong 2026", "Event") in resolved_entities(text, "en", "2026-03-14")
    assert ("Agrotech Mekong 2026", "date", "2026-03-13") in graph_triples(text, "en", "2026-03-14")


def test_plans_and_years_after_a_preposition_are_no_event():
    ents = resolved_entities("Digital Vision 2030 was held up as a model. In 2026 began a new era for the port.",
                             "en", "2026-03-14")
    assert not any(t == "Event" for n, t in ents)
