"""Tests for kg.analyze.entity_graph: the RDF → networkx projection."""

from __future__ import annotations

import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from kg.analyze import ENTITY_TYPES, entity_graph

KGO = Namespace("https://w3id.org/kg-vn/ontology#")
KGR = Namespace("https://w3id.org/kg-vn/resource/")
SCHEMA = Namespace("https://schema.org/")

PERSON = KGR["person/to-lam"]
ORG = KGR["organization/bo-chinh-tri"]
POLICY = KGR["policy/nghi-quyet-57"]
EVENT = KGR["event/dien-dan-quoc-gia"]
A1, A2 = KGR["article/a1"], KGR["article/a2"]
XSS = "<script>alert(1)</script>"


def assertion(g: rdflib.Graph, name: str, s, p, o, article, sentence: str) -> None:
    a = KGR[f"assertion/{name}"]
    g.add((a, RDF.type, KGO.Assertion))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, p))
    g.add((a, RDF.object, o))
    g.add((a, PROV.wasDerivedFrom, article))
    g.add((a, KGO.sentence, Literal(sentence)))
    g.add((a, KGO.charStart, Literal(0)))
    g.add((a, KGO.charEnd, Literal(len(sentence))))


def entity(g: rdflib.Graph, iri, cls, article, *labels: Literal) -> None:
    g.add((iri, RDF.type, cls))
    for lab in labels:
        g.add((iri, RDFS.label, lab))
    g.add((iri, KGO.mentionedIn, article))


def build_dataset() -> rdflib.Dataset:
    """Two article graphs as in ontology/README.md."""
    ds = rdflib.Dataset()
    g1 = ds.graph(KGR["graph/a1"])
    g1.add((A1, RDF.type, KGO.Article))
    g1.add((A1, DCTERMS.title, Literal("Bộ Chính trị ban hành Nghị quyết 57", lang="vi")))
    g1.add((A1, SCHEMA.url, URIRef("https://example.vn/a1")))
    g1.add((A1, SCHEMA.datePublished, Literal("2025-01-16", datatype=XSD.date)))
    entity(g1, PERSON, KGO.Person, A1, Literal("To Lam", lang="en"), Literal("Tô Lâm", lang="vi"))
    g1.add((PERSON, SKOS.altLabel, Literal("Tổng Bí thư Tô Lâm", lang="vi")))
    g1.add((PERSON, KGO.position, Literal("Tổng Bí thư", lang="vi")))
    g1.add((PERSON, KGO.memberOf, ORG))
    entity(g1, ORG, KGO.Organization, A1, Literal("Politburo", lang="en"), Literal("Bộ Chính trị", lang="vi"))
    g1.add((ORG, KGO.issued, POLICY))
    entity(g1, POLICY, KGO.Policy, A1, Literal("Nghị quyết 57", lang="vi"))
    g1.add((POLICY, KGO.date, Literal("2024-12-22", datatype=XSD.date)))
    assertion(g1, "p1", PERSON, KGO.position, Literal("Tổng Bí thư", lang="vi"), A1,
              "Tổng Bí thư Tô Lâm chủ trì hội nghị.")
    assertion(g1, "m1", PERSON, KGO.memberOf, ORG, A1, "Tô Lâm, Ủy viên Bộ Chính trị, phát biểu.")
    assertion(g1, "i1", ORG, KGO.issued, POLICY, A1, "Bộ Chính trị ban hành Nghị quyết 57.")

    g2 = ds.graph(KGR["graph/a2"])
    g2.add((A2, RDF.type, KGO.Article))
    g2.add((A2, DCTERMS.title, Literal("National forum on science", lang="en")))
    g2.add((A2, SCHEMA.url, URIRef("https://example.com/a2")))
    entity(g2, PERSON, KGO.Person, A2, Literal("To Lam", lang="en"))
    g2.add((PERSON, KGO.memberOf, ORG))
    g2.add((PERSON, KGO.participatedIn, EVENT))
    entity(g2, ORG, KGO.Organization, A2, Literal("Politburo", lang="en"))
    entity(g2, EVENT, KGO.Event, A2, Literal(f"Forum {XSS}", lang="en"))
    assertion(g2, "m2", PERSON, KGO.memberOf, ORG, A2, "Politburo member To Lam spoke.")
    assertion(g2, "e2", PERSON, KGO.participatedIn, EVENT, A2,
              'To Lam attended the forum <a href="x">link</a>.')
    return ds


def union_graph(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_nodes_and_attributes() -> None:
    g = entity_graph(build_dataset())
    assert sorted(g.nodes) == sorted(str(x) for x in (PERSON, ORG, POLICY, EVENT))
    assert "Article" not in ENTITY_TYPES
    p = g.nodes[str(PERSON)]
    assert p["type"] == "Person"
    assert p["label"] == "Tô Lâm"  # @vi preferred over @en
    assert g.nodes[str(EVENT)]["label"] == f"Forum {XSS}"  # any language when no vi
    assert p["aliases"] == ["Tổng Bí thư Tô Lâm"]
    assert p["titles"] == ["Tổng Bí thư"]
    assert p["articles"] == [str(A1), str(A2)]
    assert p["sentences"] == [
        {
            "text": "Tổng Bí thư Tô Lâm chủ trì hội nghị.",
            "article": str(A1),
            "title": "Bộ Chính trị ban hành Nghị quyết 57",
            "url": "https://example.vn/a1",
        }
    ]
    assert g.nodes[str(ORG)]["type"] == "Organization"
    assert g.nodes[str(POLICY)]["type"] == "Policy"
    assert g.nodes[str(EVENT)]["type"] == "Event"


def test_edges_weights_and_sentences() -> None:
    g = entity_graph(build_dataset())
    edges = sorted((s, o, k) for s, o, k in g.edges(keys=True))
    assert edges == sorted(
        [
            (str(PERSON), str(ORG), "memberOf"),
            (str(ORG), str(POLICY), "issued"),
            (str(PERSON), str(EVENT), "participatedIn"),
        ]
    )  # no edges for position/date (literals) or mentionedIn (articles)
    member = g.edges[str(PERSON), str(ORG), "memberOf"]
    assert member["relation"] == "memberOf"
    assert member["weight"] == 2
    assert [d["article"] for d in member["sentences"]] == [str(A1), str(A2)]
    assert member["sentences"][1] == {
        "text": "Politburo member To Lam spoke.",
        "article": str(A2),
        "title": "National forum on science",
        "url": "https://example.com/a2",
    }
    issued = g.edges[str(ORG), str(POLICY), "issued"]
    assert issued["weight"] == 1
    assert issued["sentences"][0]["text"] == "Bộ Chính trị ban hành Nghị quyết 57."


def test_plain_graph_gives_same_projection() -> None:
    ds = build_dataset()
    a, b = entity_graph(ds), entity_graph(union_graph(ds))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_edge_without_assertion_still_has_weight_one() -> None:
    g = union_graph(build_dataset())
    g.add((ORG, KGO.organized, EVENT))
    out = entity_graph(g)
    e = out.edges[str(ORG), str(EVENT), "organized"]
    assert e["weight"] == 1 and e["sentences"] == []


def test_weight_counts_article_graphs_in_a_dataset() -> None:
    ds = build_dataset()
    ds.graph(KGR["graph/a2"]).add((ORG, KGO.issued, POLICY))  # stated in a2 too, no sentence
    e = entity_graph(ds).edges[str(ORG), str(POLICY), "issued"]
    assert e["weight"] == 2
    assert e["articles"] == [str(A1), str(A2)]


def test_deterministic_order() -> None:
    a, b = entity_graph(build_dataset()), entity_graph(build_dataset())
    assert list(a.nodes) == sorted(a.nodes)
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
