"""Tests of kg.entity_merge: Merging entities."""
from __future__ import annotations

import kg.nlp


def test_an_event_named_without_its_year_is_the_one_named_with_it():
    text = ("Bamboo Design Awards draw 300 entries\n\nHÀ NỘI — The Bamboo Design Awards 2025 were presented in Hà Nội "
            "on Friday. The awards are organised by the Vietnam Design Association.")
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    from kg.article import Article
    from kg.extract import extract
    from kg.resolve import resolve_article
    res = resolve_article(extract(Article(id="t", text=text, published="2026-01-10", lang="en"), doc))
    events = [e.name for e in res.entities.values() if e.type == "Event"]
    assert events.count("Bamboo Design Awards 2025") == 1 and "Bamboo Design Awards" not in events
