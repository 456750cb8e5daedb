"""Tests for kg.viz: the offline, escaped HTML picture of the entity graph."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.analyze import entity_graph
from kg.viz import TYPE_COLORS, edge_tooltip, node_tooltip, write_graph_html

KGO = Namespace("https://w3id.org/kg-vn/ontology#")
KGR = Namespace("https://w3id.org/kg-vn/resource/")
SCHEMA = Namespace("https://schema.org/")
XSS = "<script>alert(1)</script>"

PERSON = KGR["person/to-lam"]
ORG = KGR["organization/bo-chinh-tri"]
POLICY = KGR["policy/nghi-quyet-57"]
EVENT = KGR["event/dien-dan"]


def build_dataset() -> rdflib.Dataset:
    """Two article graphs: person, organization, policy, event, with sentences."""
    ds = rdflib.Dataset()
    arts = {}
    for aid, title, url in (
        ("a1", "Nghị quyết 57 về khoa học", "https://example.vn/a1"),
        ("a2", f"Forum news {XSS}", "https://example.com/a2"),
    ):
        g = ds.graph(KGR[f"graph/{aid}"])
        art = KGR[f"article/{aid}"]
        g.add((art, RDF.type, KGO.Article))
        g.add((art, DCTERMS.title, Literal(title)))
        g.add((art, SCHEMA.url, URIRef(url)))
        arts[aid] = (g, art)

    def ent(aid: str, iri, cls, label: Literal) -> None:
        g, art = arts[aid]
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, label))
        g.add((iri, KGO.mentionedIn, art))

    def rel(aid: str, n: str, s, p, o, sentence: str) -> None:
        g, art = arts[aid]
        g.add((s, p, o))
        a = KGR[f"assertion/{n}"]
        g.add((a, RDF.type, KGO.Assertion))
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        g.add((a, PROV.wasDerivedFrom, art))
        g.add((a, KGO.sentence, Literal(sentence)))

    ent("a1", PERSON, KGO.Person, Literal("Tô Lâm", lang="vi"))
    ent("a1", ORG, KGO.Organization, Literal("Bộ Chính trị", lang="vi"))
    ent("a1", POLICY, KGO.Policy, Literal("Nghị quyết 57", lang="vi"))
    ent("a2", PERSON, KGO.Person, Literal("To Lam", lang="en"))
    ent("a2", ORG, KGO.Organization, Literal("Politburo", lang="en"))
    ent("a2", EVENT, KGO.Event, Literal(f"Diễn đàn {XSS}", lang="vi"))
    arts["a1"][0].add((PERSON, SKOS.altLabel, Literal(f"alias {XSS}")))
    rel("a1", "pos", PERSON, KGO.position, Literal("Tổng Bí thư", lang="vi"), "Tổng Bí thư Tô Lâm phát biểu.")
    rel("a1", "m1", PERSON, KGO.memberOf, ORG, "Tô Lâm, Ủy viên Bộ Chính trị.")
    rel("a2", "m2", PERSON, KGO.memberOf, ORG, f"To Lam {XSS} of the Politburo.")
    rel("a1", "i1", ORG, KGO.issued, POLICY, "Bộ Chính trị ban hành Nghị quyết 57.")
    rel("a2", "e1", PERSON, KGO.participatedIn, EVENT, 'He attended <a href="https://evil.example/">here</a>.')
    return ds


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


@pytest.fixture()
def graph() -> nx.MultiDiGraph:
    return entity_graph(build_dataset())


@pytest.fixture()
def page(graph: nx.MultiDiGraph, tmp_path: Path) -> str:
    out = write_graph_html(graph, tmp_path / "sub" / "graph.html", title=f"Graph {XSS}")
    assert out == tmp_path / "sub" / "graph.html"
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]  # no temp files left
    return out.read_text(encoding="utf-8")


def test_page_is_complete(page: str) -> None:
    assert page.lstrip().startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")


def test_no_external_resources(page: str) -> None:
    parser = TagCollector()
    parser.feed(page)
    for tag, attrs in parser.tags:
        if tag in ("script", "link"):
            for name in ("src", "href"):
                value = attrs.get(name) or ""
                assert "http://" not in value and "https://" not in value, (tag, attrs)
                assert not value.startswith("//"), (tag, attrs)
                assert not value, f"{tag} still loads {value!r}"
    assert "bootstrap" not in page.lower()
    assert "cdnjs" not in page and "jsdelivr" not in page


def test_vis_network_is_inlined(page: str) -> None:
    import pyvis

    js = (Path(pyvis.__file__).parent / "templates/lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")
    assert "vis-network" in page
    assert "new vis.Network(" in page
    assert js[2000:2400] in page  # a chunk of the shipped library, verbatim
    assert ".vis-network" in page  # its CSS


def test_labels_and_legend(page: str, graph: nx.MultiDiGraph) -> None:
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page).group(1))
    assert {n["label"] for n in nodes} == {d["label"] for _, d in graph.nodes(data=True)}
    for _, d in graph.nodes(data=True):
        assert html.escape(d["label"]) in page  # the escaped entity list
    assert "Tô Lâm" in page and "Diễn đàn &lt;script&gt;" in page
    colors = {n["id"]: n["color"] for n in nodes}
    assert colors[str(PERSON)] == TYPE_COLORS["Person"]
    assert colors[str(EVENT)] == TYPE_COLORS["Event"]
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);", page).group(1))
    assert sorted(e["label"] for e in edges) == ["issued", "memberOf", "participatedIn"]
    for t, color in TYPE_COLORS.items():
        assert t in page and color in page  # legend


def test_text_is_escaped(page: str) -> None:
    assert XSS not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the escaped heading
    # pyvis's innerHTML popup mode ("href" in a title) is never used
    assert "popup.innerHTML" not in page


def test_tooltips_are_plain_text(graph: nx.MultiDiGraph) -> None:
    tip = node_tooltip(graph.nodes[str(PERSON)])
    assert tip.splitlines()[0] == "Tô Lâm"
    assert "Type: Person" in tip
    assert "Titles: Tổng Bí thư" in tip
    assert "Tổng Bí thư Tô Lâm phát biểu." in tip
    assert "<br" not in tip and "&lt;" not in tip
    e = graph.edges[str(PERSON), str(ORG), "memberOf"]
    etip = edge_tooltip("Tô Lâm", "memberOf", "Bộ Chính trị", e)
    assert "2 supporting articles" in etip
    assert "Forum news" in etip and "https://example.com/a2" in etip


def test_rewrite_replaces_file(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "g.html"
    path.write_text("old", encoding="utf-8")
    write_graph_html(graph, path)
    text = path.read_text(encoding="utf-8")
    assert text.rstrip().endswith("</html>") and "kg — entity graph" in text
