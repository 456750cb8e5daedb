"""Tests of kg.nlp.recognizers.bodies_en: Bodies that English copy names in lower case."""
from __future__ import annotations

from kg.nlp.recognizers.bodies_en import lower_body_candidates

from articlefacts import graph_triples, kg_spans


def _triples(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _graph_labels(text: str) -> set[str]:
    from rdflib import RDFS

    from kg import rdf
    from kg.article import Article
    from kg.build import analyze_article

    g = rdf.article_graph(analyze_article(Article(id="t", text=text, url=None, published="2026-02-06", lang="en",
                                                  source=None), use_crf=False))
    return {str(o) for o in g.objects(None, RDFS.label)}


def test_a_drafting_committee_for_a_named_law_holds_its_meeting():
    text = ("HUẾ — The drafting committee for the amended Law on Archives held its second meeting in Huế on "
            "Thursday, chaired by Minister Lý Quốc Bảo.")
    triples = _triples(text)
    assert ("drafting committee for the amended Law on Archives", "organized", "second meeting") in triples
    assert "Law on Archives" in _graph_labels(text)  # the law is an entity of its own


def test_a_joint_committee_with_its_task_is_a_body_and_names_its_meeting():
    text = "The two ministries will hold the second meeting of the joint committee on rail connectivity in Lào Cai."
    assert [text[c.start:c.end] for c in lower_body_candidates(text)] == ["joint committee on rail connectivity"]
    got = kg_spans(text, "en", "2026-08-03")
    assert ("EVENT", "second meeting of the joint committee on rail connectivity") in got
