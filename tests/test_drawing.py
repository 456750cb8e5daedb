"""kg.drawing: graph.html drawn from the build's store shows what the in-memory drawing showed."""
from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg import rdf
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


def _drawing_from_the_analysis_graph(facts, per_node):
    """drawing_graph as it was made before it weighed pairs from counts: every co-mention edge of
    kg.projection.analysis_graph built, the strongest per node kept."""
    import heapq
    from collections import defaultdict

    from kg.projection import COMENTION, analysis_graph, entity_graph

    multi = entity_graph(facts)
    proj = analysis_graph(facts, multi)
    out = multi.copy()
    strongest = defaultdict(set)
    for n, links in proj.adj.items():
        mine = heapq.nsmallest(per_node, ((-d["weight"], (n, m) if n < m else (m, n))
                                          for m, d in links.items() if d["kind"] == "co-mention"))
        strongest[n] = {pair for _, pair in mine}
    for u, v, d in proj.edges(data=True):
        if d["kind"] != "co-mention" or ((u, v) not in strongest[u] and (u, v) not in strongest[v]):
            continue
        sents = [s for s in d["comentions"] if s.get("scope") == "sentence"] or d["comentions"]
        out.add_edge(u, v, key=COMENTION, relation=COMENTION, comention=True, sentences=sents,
                     articles=d["articles"], weight=d["weight"])
    return out


@pytest.mark.parametrize("per_node", [1, 3, 8])
def test_the_drawing_weighed_from_counts_is_the_one_built_from_the_analysis_graph(per_node) -> None:
    """kg.projection.drawing_graph keeps the same co-mention edges, with the same data and in the same
    order, as the strongest edges of the whole analysis graph (bench articles and the bundled sample)."""
    sys.path.insert(0, str(Path(__file__).parent / "bench"))
    from make_corpus import corpus

    from kg.article import Article
    from kg.build import analyze_article
    from kg.corpus import iter_articles
    from kg.graphfacts import GraphFacts, graph_facts

    sample = [a for a in iter_articles([Path(__file__).parent.parent / "kg" / "data" / "sample"])
              if isinstance(a, Article)]
    bench = [Article(id=r["id"], text=r["text"], url=None, published=r.get("published"), lang="vi", source=None)
             for r in corpus(25)]
    facts = GraphFacts()
    for a in sample + bench:
        facts.merge(graph_facts(rdf.article_graph(analyze_article(a, use_crf=False))))
    got = drawing_graph(facts, per_node=per_node)
    assert sum(1 for *_, k in got.edges(keys=True) if k == "co-mentioned") > 20
    same(_drawing_from_the_analysis_graph(facts, per_node), got)
