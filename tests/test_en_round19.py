"""English general news (round en19): fairs, races, contests, courts; sentences written for these tests."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="en"), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def test_an_event_word_modifying_a_company_noun_is_no_event():
    got = entities("The show is run by Expocon, a Đà Nẵng-based trade fair company, and opens on Friday.")
    assert not any(t == "Event" for t, n in got)
    assert ("Organization", "Expocon") in got


def test_a_named_fair_is_still_an_event():
    got = entities("Visitors crowded the Việt Nam–Laos trade fair in Vientiane on Friday.")
    assert any(t == "Event" and "trade fair" in n for t, n in got)


def test_a_long_city_name_before_based_is_a_place_not_a_person():
    got = entities("Two managers of the Hồ Chí Minh City-based developer were arrested on Monday.")
    assert not any(t == "Person" for t, n in got)
    assert any(t == "Place" and "Minh City" in n for t, n in got)


def test_a_hyphened_korean_given_name_still_joins_the_name():
    got = entities("Kim Sang-sik said the Busan-based firm would grow.")
    assert ("Person", "Kim Sang-sik") in got


def test_a_possessive_after_a_name_after_an_occupation_is_cut():
    got = entities("Chilean novelist Pedro Araya's publisher Ana Morales will speak on Sunday.")
    assert ("Person", "Pedro Araya") in got
    assert not any(n.endswith("'s") for t, n in got)


def test_a_name_after_an_illustrator_or_a_medallist_is_a_person():
    got = entities("French illustrator Claire Dubois and Olympic bronze medallist Sara Lindqvist signed books.")
    assert ("Person", "Claire Dubois") in got
    assert ("Person", "Sara Lindqvist") in got
