"""kg.graphfacts: the facts of article graphs, merged, give the projections of the whole corpus."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import rdflib

from kg.analyze import load_build
from kg.build import build
from kg.drawing import corpus_facts
from kg.buildfolder import read_manifest
from kg.cache import ArticleCache
from kg.graphfacts import GraphFacts, dataset_facts, graph_facts, merged
from kg.projection import drawing_graph, entity_graph, sentence_groups
from test_analyze import A1, A2, ORG, PERSON, POLICY, build_dataset, sentence_dataset
from test_drawing import same
from rdflib import URIRef
from kg.build import analyze_article
from kg.rdf import article_triples
from kg.corpus import iter_articles, sample_corpus_dir

sys.path.insert(0, str(Path(__file__).parent / "bench"))


def article_graphs(ds: rdflib.Dataset) -> list[rdflib.Graph]:
    return [g for g in ds.graphs() if len(g)]


@pytest.fixture(scope="module")
def triples() -> list[list[tuple]]:
    """The article triples of the bundled sample corpus (Vietnamese and English)."""
    return [article_triples(analyze_article(a, use_crf=False), {}) for a in iter_articles([sample_corpus_dir()])]


def test_graph_facts_read_each_predicate_once_as_before(triples):
    """The facts with one text per predicate object noted equal those with every predicate a new object."""
    from dataclasses import asdict

    from kg.graphfacts import graph_facts

    for t in triples:
        fresh = [(s, URIRef(str(p)), o) for s, p, o in t]
        assert asdict(graph_facts(t)) == asdict(graph_facts(fresh))
        assert graph_facts(t).relations and graph_facts(t).types


def test_merged_article_facts_give_the_dataset_projections() -> None:
    for ds in (build_dataset(), sentence_dataset()):
        pieces = [graph_facts(g) for g in article_graphs(ds)]
        assert len(pieces) == 2
        for project in (entity_graph, drawing_graph):
            same(project(ds), project(merged(pieces)))
            same(project(ds), project(merged(reversed(pieces))))  # in any order
        assert sentence_groups(ds) == sentence_groups(merged(pieces))


def test_a_relation_is_supported_by_each_article_stating_it() -> None:
    ds = build_dataset()
    facts = dataset_facts(ds)
    assert facts.relations[(str(PERSON), "https://w3id.org/kg-vn/ontology#memberOf", str(ORG))] == {
        str(A1), str(A2)}
    assert entity_graph(facts).edges[str(PERSON), str(ORG), "memberOf"]["weight"] == 2
    assert (str(ORG), "https://w3id.org/kg-vn/ontology#issued", str(POLICY)) in facts.relations


def test_merging_adds_counts_and_keeps_the_inputs_unchanged() -> None:
    a, b = (graph_facts(g) for g in article_graphs(build_dataset()))
    before = dict(a.mentions), {k: set(v) for k, v in b.types.items()}
    total = GraphFacts().merge(a).merge(b)
    assert (dict(a.mentions), {k: set(v) for k, v in b.types.items()}) == before
    for iri in set(a.mentions) | set(b.mentions):
        assert total.mentions[iri] == a.mentions.get(iri, 0) + b.mentions.get(iri, 0)


def test_a_build_keeps_facts_beside_its_graphs_and_remakes_missing_ones(tmp_path) -> None:
    """graph.html is drawn from the cached facts; facts lost from the cache are made again from the blocks."""
    from make_corpus import corpus

    inp = tmp_path / "a.jsonl"
    inp.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in corpus(8)), encoding="utf-8")
    out = tmp_path / "out"
    build([inp], out, use_crf=False, validate=False)
    listed = read_manifest(out)["articles"]
    cache = ArticleCache(out, use_crf=False)
    facts_files = sorted((out / "cache" / "graphs").glob("*.facts"))
    assert len(facts_files) == len(listed) == 8
    whole = drawing_graph(load_build(out))
    same(whole, drawing_graph(corpus_facts(cache, listed)))
    for p in facts_files[:3]:
        p.unlink()
    assert corpus_facts(cache, listed, remake=False) is None  # kg serve then reads the store instead
    same(whole, drawing_graph(corpus_facts(cache, listed)))
    assert len(list((out / "cache" / "graphs").glob("*.facts"))) == 8


def test_the_explorer_reads_the_cached_facts_or_the_store_alike(tmp_path) -> None:
    import gc

    import pyoxigraph as ox
    from make_corpus import corpus

    from kg.explorer import load_entity_graph

    inp = tmp_path / "a.jsonl"
    inp.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in corpus(6)), encoding="utf-8")
    out = tmp_path / "out"
    build([inp], out, use_crf=False, validate=False, html=False)
    store = ox.Store.read_only(str(out / "store"))
    try:
        from_cache, from_store = load_entity_graph(store, out), load_entity_graph(store)
        assert from_cache.number_of_edges() > 10
        same(from_cache, from_store)
    finally:
        del store
        gc.collect()


def test_a_page_drawn_in_its_own_process_is_the_page_drawn_in_the_build(tmp_path, monkeypatch) -> None:
    """With jobs > 1 and enough articles graph.html is drawn in a spawned process beside the checks."""
    import kg.drawing
    from make_corpus import corpus

    inp = tmp_path / "a.jsonl"
    inp.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in corpus(6)), encoding="utf-8")
    build([inp], tmp_path / "one", use_crf=False, jobs=1)
    started = []
    real_draw = kg.drawing.DrawingProcess.draw

    def recording(self, *args):
        started.append("draw_page")
        return real_draw(self, *args)

    monkeypatch.setattr(kg.drawing.DrawingProcess, "draw", recording)
    monkeypatch.setattr(kg.drawing, "DRAW_APART", 2)
    build([inp], tmp_path / "two", use_crf=False, jobs=2)
    assert "draw_page" in started
    page = (tmp_path / "two" / "graph.html").read_bytes()
    assert page == (tmp_path / "one" / "graph.html").read_bytes() and b"vis-network" in page


def test_a_drawing_process_closed_unused_ends_and_one_that_fails_raises(tmp_path):
    """kg.drawing.DrawingProcess: closed before any page is asked for, the process ends at once;
    a page it cannot draw raises its error in the build."""
    import time

    from kg.drawing import DrawingProcess

    unused = DrawingProcess()
    t = time.monotonic()
    unused.close()
    assert not unused._process.is_alive() and time.monotonic() - t < 5
    failing = DrawingProcess()
    try:
        (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
        result = failing.draw(tmp_path, False, [], tmp_path / "a-file" / "graph.html")
        with pytest.raises(OSError):
            result()
    finally:
        failing.close()


def test_facts_merged_ahead_are_taken_only_as_the_first_entries_they_merged(tmp_path) -> None:
    """kg.drawing.premerge merges a previous build's facts in its order (up to the first not cached);
    corpus_facts starts from them when the new entries begin with those, and ignores them otherwise."""
    from make_corpus import corpus

    from kg.drawing import premerge

    inp = tmp_path / "a.jsonl"
    inp.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in corpus(6)), encoding="utf-8")
    out = tmp_path / "out"
    build([inp], out, use_crf=False, validate=False)
    listed = read_manifest(out)["articles"]
    cache = ArticleCache(out, use_crf=False)
    whole = drawing_graph(corpus_facts(cache, listed))
    ahead = premerge(cache, listed[:4])
    assert ahead.merged == [(e["key"], e["graph"]) for e in listed[:4]]
    same(whole, drawing_graph(corpus_facts(cache, listed, start=premerge(cache, listed[:4]))))
    reordered = listed[1:] + listed[:1]  # the same articles, another first entry: merged from scratch
    start = premerge(cache, listed[:4])
    taken = corpus_facts(cache, reordered, start=start)
    assert taken is not start.facts
    same(drawing_graph(corpus_facts(cache, reordered)), drawing_graph(taken))
    (out / "cache" / "graphs" / f"{listed[2]['key']}-{listed[2]['graph']}.facts").unlink(missing_ok=True)
    stopped = premerge(cache, listed)
    assert len(stopped.merged) < len(listed)
    same(whole, drawing_graph(corpus_facts(cache, listed, start=stopped)))


def test_a_rebuild_drawn_apart_from_facts_merged_ahead_is_the_clean_page(tmp_path, monkeypatch) -> None:
    """A rebuild whose drawing process merged the previous build's facts during the extraction draws
    the page a clean build of all the articles draws."""
    import kg.drawing
    from make_corpus import corpus

    records = corpus(7)
    first, more = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:5]), encoding="utf-8")
    more.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[5:]), encoding="utf-8")
    build([first, more], tmp_path / "clean", use_crf=False, validate=False, jobs=1)
    monkeypatch.setattr(kg.drawing, "DRAW_APART", 2)  # the rebuild's process merges the five first articles
    build([first], tmp_path / "grown", use_crf=False, validate=False, jobs=2)
    build([more], tmp_path / "grown", use_crf=False, validate=False, jobs=2)
    assert (tmp_path / "grown" / "graph.html").read_bytes() == (tmp_path / "clean" / "graph.html").read_bytes()
