"""English round 13 (issue 9): "Hồ Chí Minh City" written with its marks is the city, not a person; a body "of <place> province" keeps its kind word; policy fields of the topic lexicon."""
from rdflib import RDFS

import kg.nlp
from kg import rdf
from kg.article import Article
from kg.build import analyze_article
from kg.evaluate import predicted


def _spans(text: str) -> list[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-12-04")
    return [(sp.label_, sp.text) for sp in doc.spans["kg"]]


def _triples(text: str) -> set[tuple[str, str, str]]:
    g = rdf.article_graph(analyze_article(Article(id="t", text=text, url=None, published="2025-12-04", lang="en",
                                                  source=None), use_crf=False))
    _, rels = predicted(g)
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    return {(label.get(s, str(s)), p, label.get(o, str(o))) for s, p, o in rels}


def test_city_with_marks_is_a_place_not_a_person():
    got = _spans("HỒ CHÍ MINH CITY, Dec 2 (VNA) — Traders met in Hồ Chí Minh City on Tuesday.")
    assert not any(label == "PER" for label, _ in got)
    assert ("LOC", "Hồ Chí Minh City") in got


def test_body_of_a_province_keeps_the_kind_word():
    got = _spans("The People's Committee of Nghệ An province on Friday approved the plan.")
    assert ("ORG", "People's Committee of Nghệ An province") in got
    got = _spans("The People's Committee of Nghệ An said the plan would start soon.")
    assert ("ORG", "People's Committee of Nghệ An") in got


def test_policy_fields_of_the_topic_lexicon():
    got = _triples("The provincial People's Council on Monday passed Resolution 12/2025/NQ-HĐND on trade. "
                   "The resolution focuses on digital marketing and access to credit. "
                   "The council also approved a plan on flood prevention for mountain districts.")
    assert ("Resolution 12/2025/NQ-HĐND", "about", "digital marketing") in got
    assert ("Resolution 12/2025/NQ-HĐND", "about", "access to credit") in got
    assert any(s.startswith("plan on flood prevention") and p == "about" and o == "flood prevention"
               for s, p, o in got)
