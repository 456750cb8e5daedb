"""implements through a possessive issuer: "Decree 192 detailing the National Assembly's Resolution 201"."""
from rdflib import RDFS

from kg import rdf
from kg.article import Article
from kg.build import analyze_article
from kg.evaluate import predicted


def test_decree_detailing_a_possessed_resolution_implements_it():
    text = ("The Government last month issued Decree 192/2025/ND-CP detailing the National Assembly's "
            "Resolution 201/2025/QH15 on piloting special mechanisms for social housing.")
    art = Article(id="t", text=text, url=None, published="2025-07-11", lang="en", source=None)
    g = rdf.article_graph(analyze_article(art, use_crf=False))
    _, rels = predicted(g)
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    pairs = {(label.get(s, ""), p, label.get(o, "")) for s, p, o in rels}
    assert any(p == "implements" and "192" in s and "201" in o for s, p, o in pairs)
