"""English general news (issue 9, round en17): sports, business, courts; sentences written for these tests."""
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


def test_the_tournament_refers_to_the_named_championship():
    got = facts("The 2024 National Badminton Championship opened at Hàng Đẫy Stadium in Hà Nội on Tuesday. "
                "The tournament is organised by the Việt Nam Badminton Federation and runs until May 9.",
                "2024-05-03", "en")
    assert ("Việt Nam Badminton Federation", "organized", "2024 National Badminton Championship") in got


def test_the_race_noun_refers_only_to_an_event_of_its_kind():
    got = facts("The Vietnam Economic Forum 2024 opened in Huế on Monday. "
                "The tournament is organised by the Việt Nam Chess Federation.", "2024-05-03", "en")
    assert not any(p == "organized" and o == "Vietnam Economic Forum 2024" for s, p, o in got)


def test_prize_money_is_no_event():
    got = entities("Prize money has been raised to VND500 million this year. The prize money comes from sponsors.")
    assert not any(t == "Event" for t, n in got)
