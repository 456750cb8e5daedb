"""English round 11, batch 5: facilities in lower case, title-case names through "in the
Construction of", two-word draft subjects, signers named with their title's body, named parades."""
from rdflib import RDFS

import kg.nlp
from kg import rdf
from kg.article import Article
from kg.build import analyze_article
from kg.evaluate import predicted


def _spans(text: str) -> list[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-05-10")
    return [(sp.label_, sp.text) for sp in doc.spans["kg"]]


def _triples(text: str) -> set[tuple[str, str, str]]:
    g = rdf.article_graph(analyze_article(Article(id="t", text=text, url=None, published="2025-05-10", lang="en",
                                                  source=None), use_crf=False))
    _, rels = predicted(g)
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    return {(label.get(s, str(s)), p, label.get(o, str(o))) for s, p, o in rels}


def test_facilities_and_long_agreement_names():
    got = _spans("The Agreement on Cooperation in the Construction of the Ninh Thuan 1 Nuclear Power Plant was signed. "
                 "Work on the Nam Kong 3 hydropower plant goes on. The ministry is drafting a decree on nuclear "
                 "safety and radiation control to guide the law.")
    assert ("POLICY", "Agreement on Cooperation in the Construction of the Ninh Thuan 1 Nuclear Power Plant") in got
    assert ("LOC", "Nam Kong 3 hydropower plant") in got
    assert ("POLICY", "decree on nuclear safety and radiation control") in got


def test_signer_after_a_title_with_its_body_in_words_and_a_place_before_by():
    got = _triples("The Law on Energy was signed in the Kremlin by Minister of Industry and Trade Nguyen Hong Dien.")
    assert any(p == "signed" and s == "Nguyen Hong Dien" for s, p, o in got)


def test_named_parade_is_an_event():
    got = _triples("To Lam attended the Victory Day parade in Red Square on Friday.")
    assert any(p == "participatedIn" and o == "Victory Day parade" for s, p, o in got)
