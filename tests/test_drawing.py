"""kg.drawing: graph.html drawn from the build's store shows what the in-memory drawing showed."""
from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.analyze import load_build
from kg.build import build
from kg.drawing import StoreCorpus, store_drawing
from kg.projection import drawing_graph, entity_graph
from kg.store import materialise_union
from test_analyze import ORG, POLICY, KGO, KGR, build_dataset

sys.path.insert(0, str(Path(__file__).parent / "bench"))


def same(a, b) -> None:
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def store_of(ds: rdflib.Dataset, where: Path) -> ox.Store:
    store = ox.Store(str(where))
    store.bulk_load(ds.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    materialise_union(store)
    return store


def test_a_store_gives_the_dataset_projection(tmp_path) -> None:
    ds = build_dataset()
    ds.graph(KGR["graph/a2"]).add((ORG, KGO.issued, POLICY))  # one relation stated by two articles
    store = store_of(ds, tmp_path / "store")
    try:
        for project in (entity_graph, drawing_graph):
            same(project(ds), project(StoreCorpus(store)))
        assert entity_graph(StoreCorpus(store)).edges[str(ORG), str(POLICY), "issued"]["weight"] == 2
    finally:
        del store
        gc.collect()


def test_a_build_draws_from_its_store_what_its_graphs_give(tmp_path) -> None:
    """News-like articles (people, offices, policies, events, co-mentions): the same nodes, edges and page."""
    from make_corpus import corpus

    from kg.viz import write_graph_html

    inp = tmp_path / "a.jsonl"
    inp.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in corpus(12)), encoding="utf-8")
    build([inp], tmp_path / "out", use_crf=False, validate=False)
    old = drawing_graph(load_build(tmp_path / "out"))
    new = store_drawing(tmp_path / "out" / "store")
    assert old.number_of_nodes() > 20 and any(d.get("comention") for _, _, d in old.edges(data=True))
    assert any(not d.get("comention") for _, _, d in old.edges(data=True))
    same(old, new)
    page = write_graph_html(old, tmp_path / "old.html").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "graph.html").read_text(encoding="utf-8") == page
