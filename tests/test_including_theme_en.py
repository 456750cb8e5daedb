"""English attendance counts with named members, and an event's theme far from its name."""
from rdflib import RDFS

from kg import rdf
from kg.article import Article
from kg.build import analyze_article
from kg.evaluate import predicted
from articlefacts import graph_triples

TEXT = ('The Mekong Delta Economic Cooperation Forum 2025 took place on Friday at the Can Tho International '
        'Convention Centre in Ninh Kieu ward, Can Tho City, under the theme "Green transition and regional linkage".\n\n'
        'The forum was organised by the Ministry of Finance. More than 800 delegates attended, including Deputy '
        'Prime Minister Mai Van Chinh and Australian Ambassador Gillian Bird.')


def _triples() -> set[tuple[str, str, str]]:
    return graph_triples(TEXT, published="2025-11-22")


def test_members_after_including_took_part_in_the_event_before():
    got = _triples()
    for who in ("Mai Van Chinh", "Gillian Bird"):
        assert any(s == who and p == "participatedIn" and "Forum" in o for s, p, o in got)


def test_theme_gives_the_event_its_topics_and_the_venue_chain_runs_through_in():
    got = _triples()
    assert {p for s, p, o in got if "Forum" in s and p == "about"} == {"about"}
    places = {o for s, p, o in got if "Forum" in s and p == "locatedIn"}
    assert len(places) == 3


def test_witnesses_of_a_signing_ceremony_took_part():
    art = Article(id="t", text="The signing ceremony at the US Department of Commerce in Washington on Thursday was "
                               "witnessed by Deputy Prime Minister Ho Duc Phoc and US Commerce Secretary Howard Lutnick.",
                  url=None, published="2025-05-16", lang="en", source=None)
    g = rdf.article_graph(analyze_article(art, use_crf=False))
    _, rels = predicted(g)
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    assert any(p == "participatedIn" and label.get(s) == "Ho Duc Phoc" for s, p, o in rels)


def test_addressing_the_opening_ceremony_is_taking_part():
    art = Article(id="t", text="The 9th Buon Ma Thuot Coffee Festival opened on Monday evening in Buon Ma Thuot ward. "
                               "Addressing the opening ceremony, Deputy Prime Minister Tran Hong Ha asked growers to "
                               "meet the new rules.", url=None, published="2026-03-11", lang="en", source=None)
    g = rdf.article_graph(analyze_article(art, use_crf=False))
    _, rels = predicted(g)
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    assert any(p == "participatedIn" and label.get(s) == "Tran Hong Ha" for s, p, o in rels)


def test_members_of_an_unnamed_event_of_another_kind_join_no_earlier_event():
    # "attended the semi-final, including …" after "told a press conference": the match, which kg does not name,
    # not the press conference; "attended the event, including …" still refers back
    text = ('"We still have work to do," head coach Kim Sang-sik told a press conference after the match. More than '
            '40,000 fans attended the semi-final, including Minister of Culture, Sports and Tourism Nguyễn Văn Hùng.')
    got = graph_triples(text, published="2026-12-07")
    assert {s for s, p, o in got if p == "participatedIn" and o == "press conference"} == {"Kim Sang-sik"}
    text = ("The Mekong Delta Economic Cooperation Forum 2025 took place on Friday in Can Tho City. More than 800 "
            "delegates attended the event, including Deputy Prime Minister Mai Van Chinh.")
    got = graph_triples(text, published="2025-11-22")
    assert any(s == "Mai Van Chinh" and p == "participatedIn" and "Forum" in o for s, p, o in got)
