"""English round en11 (issue 9): instruments named again by their kind or by "It", relative-clause
issuers and signing days, bodies that join an event with a participle clause, lower-case programmes
for "the prevention and control of …", and the "Việt Nam …" spelling of English body names."""
import kg.nlp
from kg.article import Article
from kg.build import analyze_article
from kg import rdf
from kg.evaluate import predicted
from rdflib import RDFS


def _triples(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    g = rdf.article_graph(analyze_article(Article(id="t", text=text, url=None, published=published, lang="en",
                                                  source=None), use_crf=False))
    _, rels = predicted(g)
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    return {(label.get(s, str(s)), p.split("#")[-1].split("/")[-1], label.get(o, str(o))) for s, p, o in rels}


def _orgs(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-11-29")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "ORG"]


def test_viet_nam_spelling_of_a_known_english_body_name():
    text = "The talks were organised by the Ministry of Finance and the Việt Nam General Confederation of Labour."
    assert "Việt Nam General Confederation of Labour" in _orgs(text)
    triples = _triples(text + " It was attended by Deputy Minister Lê Văn An.")
    assert any(s.endswith("General Confederation of Labour") and p == "organized" for s, p, o in triples)
