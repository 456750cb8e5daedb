"""The build's shortcuts for writing its graph files give what the plain route gives."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.build import build
from kg.graphfiles import oxigraph_triples
from tests.corpus_files import write_jsonl

TEXTS = ["Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về khoa học, công nghệ.",
         "Tổng Bí thư Tô Lâm dự Diễn đàn quốc gia tại Hà Nội ngày 15/1/2025. Thủ tướng Phạm Minh Chính "
         "đề nghị Bộ Tài chính và UBND TP.HCM báo cáo trước ngày 30/6."]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("out")
    inp = write_jsonl(tmp / "a.jsonl", [{"id": f"o{i}", "text": t, "published": "2025-01-15"}
                                        for i, t in enumerate(TEXTS)])
    build([inp], tmp / "out", use_crf=False, html=False)
    return tmp / "out"


def test_graph_ttl_holds_the_union_of_the_article_graphs_each_triple_once(built):
    store = ox.Store.read_only(str(built / "store"))
    expected = sorted(str(ox.Triple(r["s"], r["p"], r["o"])) for r in store.query(
        "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"))
    del store
    assert len(expected) > 50
    ttl = sorted(str(t) for t in ox.parse(path=str(built / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    assert ttl == expected


def test_graph_trig_is_the_prefix_lines_and_one_cached_block_per_article(built):
    from kg.graphfiles import trig_header

    trig = (built / "graph.trig").read_bytes()
    blocks = sorted((built / "cache" / "graphs").glob("*.block"))
    assert len(blocks) == len(TEXTS) and trig.startswith(trig_header())
    assert len(trig) == len(trig_header()) + sum(p.stat().st_size for p in blocks)
    for p in blocks:
        assert p.read_bytes() in trig
    # every RDF file of a build folder parses on its own (tools read them all)
    for path in built.rglob("*"):
        if path.suffix in (".trig", ".ttl", ".nt", ".nq"):
            assert list(ox.parse(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]))), path


def test_oxigraph_triples_equal_an_n_triples_round_trip():
    g = Graph(store="SimpleMemory", identifier=URIRef("urn:g"))
    s = URIRef("https://example.org/a")
    for o in (Literal("Hà Nội", lang="vi"), Literal("x"), Literal("2025-01-15", datatype=XSD.date),
              Literal(3), Literal(0.5), Literal("a \"quoted\"\nline"), URIRef("https://example.org/b")):
        g.add((s, URIRef("https://example.org/p"), o))
    quads = sorted(ox.parse(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES), key=str)
    ours = sorted(oxigraph_triples(g, {}), key=str)
    assert ours == [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    assert [str(t) for t in ours] == [str(q) for q in quads]  # the order graph.trig was written in
    g.add((BNode("b1"), URIRef("https://example.org/p"), s))  # blank nodes take the N-Triples route
    assert len(oxigraph_triples(g, {})) == len(g)


def test_a_build_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    before = gc.get_threshold()
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": "g1", "text": TEXTS[0]}])
    build([inp], tmp_path / "out", use_crf=False, html=False)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
