"""Tests of kg.relations.trial_topics: about of a trial (English)."""
from __future__ import annotations

from articlefacts import graph_triples


def _triples(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def test_a_trial_is_about_the_crime_the_court_sentences_for():
    text = ("The Huế People's Court on Friday sentenced nine people to between two and ten years in prison for "
            "smuggling cigarettes, at the end of a three-day trial.")
    triples = _triples(text)
    assert any(s == "trial" and p == "about" and "smuggling" in o for s, p, o in triples)


def test_a_crime_named_outside_a_sentencing_sentence_is_no_trials_subject():
    text = ("The Huế People's Court on Friday sentenced nine people to prison at the end of a three-day trial. "
            "The province has stepped up the fight against smuggling.")
    assert not any(s == "trial" and p == "about" for s, p, o in _triples(text))
