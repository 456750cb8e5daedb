"""Incremental ingest and parallel extraction (kg.build, kg.cache, kg.executors).

A build into a folder adds its inputs to the articles the folder holds; the
result must equal a clean build of the union, compared as sorted N-Quads.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

import kg.build
import kg.store
from kg import buildfolder
from kg.build import build
from kg.cli import app
from corpus_files import write_jsonl

# "Nghị định 13" alone is unqualified; the corpus-level merge maps it onto
# "Nghị định 13/2023/NĐ-CP" only when an article naming that one is in the build.
A = [
    {"id": "a1", "lang": "vi", "published": "2025-01-15",
     "text": "Tổng Bí thư Tô Lâm dự Diễn đàn quốc gia tại Hà Nội ngày 15/1. "
             "Chính phủ thực hiện Nghị định 13 về bảo vệ dữ liệu cá nhân."},
    {"id": "a2", "lang": "en", "published": "2025-01-15",
     "text": "General Secretary To Lam attended the forum in Hanoi on 15 January."},
]
B = [
    {"id": "b1", "lang": "vi", "published": "2023-04-17",
     "text": "Ngày 17/4/2023, Chính phủ ban hành Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân."},
    {"id": "b2", "lang": "vi", "published": "2024-12-24",
     "text": "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về khoa học, công nghệ."},
]
FAST = dict(use_crf=False, validate=False, html=False)


def nquads(out: Path) -> list[str]:
    """The build's graph.trig as sorted N-Quads lines."""
    quads = ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    return sorted(str(q) for q in quads)


def graph_names(out: Path) -> set[str]:
    return {str(q.graph_name) for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)}


def no_extraction(monkeypatch) -> None:
    """Make any extraction fail, to prove a build reuses cached results."""
    def refuse(article, use_crf=True):
        raise AssertionError(f"{article.id} was extracted again")

    monkeypatch.setattr(kg.build, "analyze_article", refuse)


def test_incremental_build_equals_clean_build_of_the_union(tmp_path):
    a, b = write_jsonl(tmp_path / "a.jsonl", A), write_jsonl(tmp_path / "b.jsonl", B)
    inc, clean = tmp_path / "inc", tmp_path / "clean"
    first = build([a], inc, **FAST)
    second = build([b], inc, **FAST)
    build([a, b], clean, **FAST)
    assert (first.extracted, second.extracted, second.reused, second.articles) == (2, 2, 0, 4)
    assert nquads(inc) == nquads(clean)
    assert (inc / "merges.tsv").read_bytes() == (clean / "merges.tsv").read_bytes()
    # the cross-article merge ran over the union: a1's unqualified decree is b1's
    trig = (inc / "graph.trig").read_text(encoding="utf-8")
    assert "policy/nghi-dinh-13-2023" in trig and "policy/nghi-dinh-13>" not in trig
    assert [x["id"] for x in buildfolder.read_manifest(inc)["articles"]] == ["a1", "a2", "b1", "b2"]


def store_quads(out: Path) -> list[str]:
    """Every quad of the build's store (named graphs and the union in the default graph), sorted."""
    store = ox.Store.read_only(str(out / "store"))
    try:
        return sorted(str(q) for q in store)
    finally:
        del store


def no_full_store_load(monkeypatch) -> None:
    """Make loading the store from graph.trig fail, to prove a build updates the previous store."""
    def refuse(store_dir, trig_path):
        raise AssertionError("the store was loaded whole")

    monkeypatch.setattr(kg.store, "write_store", refuse)


def test_adding_articles_updates_the_store_to_what_a_clean_build_loads(tmp_path, monkeypatch):
    a, b = write_jsonl(tmp_path / "a.jsonl", A), write_jsonl(tmp_path / "b.jsonl", B)
    inc, clean = tmp_path / "inc", tmp_path / "clean"
    whole = build([a, b], clean, **FAST)
    build([a], inc, **FAST)
    build([write_jsonl(tmp_path / "b1.jsonl", B[:1])], inc, **FAST)  # a1's decree now maps onto b1's
    no_full_store_load(monkeypatch)
    stages: list[str] = []
    last = build([write_jsonl(tmp_path / "b2.jsonl", B[1:])], inc, on_stage=stages.append, **FAST)
    assert "updating the store (graphs added: 1, dropped: 0)" in stages
    assert store_quads(inc) == store_quads(clean)
    assert last.quads == whole.quads
    assert (inc / "graph.trig").read_bytes() == (clean / "graph.trig").read_bytes()
    assert union_triples(inc) == union_triples(clean)


def union_triples(out: Path) -> list[str]:
    """The build's graph.ttl as sorted N-Triples lines, each once (a clean build writes each article's
    triples as they are loaded, so a triple two articles state is written twice; the same graph)."""
    return sorted({str(t) for t in ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)})


def test_a_union_that_only_grew_extends_the_previous_graph_ttl(tmp_path):
    inc, clean = tmp_path / "inc", tmp_path / "clean"
    build([write_jsonl(tmp_path / "ab.jsonl", A + B[1:])], clean, **FAST)
    build([write_jsonl(tmp_path / "a.jsonl", A)], inc, **FAST)
    before = (inc / "graph.ttl").read_bytes()
    build([write_jsonl(tmp_path / "b.jsonl", B[1:])], inc, **FAST)  # renames nothing of A: no triple goes
    after = (inc / "graph.ttl").read_bytes()
    assert after.startswith(before) and len(after) > len(before)  # the old file, then what was added
    assert union_triples(inc) == union_triples(clean)
    assert buildfolder.read_manifest(inc)["files"]["graph.ttl"]["bytes"] == len(after)


def test_a_graph_ttl_changed_since_its_build_is_dumped_again(tmp_path):
    inc, clean = tmp_path / "inc", tmp_path / "clean"
    build([write_jsonl(tmp_path / "ab.jsonl", A + B[1:])], clean, **FAST)
    build([write_jsonl(tmp_path / "a.jsonl", A)], inc, **FAST)
    (inc / "graph.ttl").write_bytes((inc / "graph.ttl").read_bytes() + b"<urn:x> <urn:y> <urn:z> .\n")
    build([write_jsonl(tmp_path / "b.jsonl", B[1:])], inc, **FAST)
    assert union_triples(inc) == union_triples(clean)  # Oxigraph's dump: the tampered triple is gone
    assert b"urn:x" not in (inc / "graph.ttl").read_bytes()


def test_pruning_an_article_updates_the_store_and_its_union(tmp_path, monkeypatch):
    both = write_jsonl(tmp_path / "ab.jsonl", A + B)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build([both], out, **FAST)
    kept = write_jsonl(tmp_path / "kept.jsonl", A + B[:1])
    build([kept], clean, **FAST)
    no_full_store_load(monkeypatch)
    build([kept], out, prune=True, **FAST)
    assert store_quads(out) == store_quads(clean)
    assert not any("nghi-quyet-57" in q for q in store_quads(out))  # gone from the union too
    assert union_triples(out) == union_triples(clean)  # dumped again
    assert b"nghi-quyet-57" not in (out / "graph.ttl").read_bytes()


def test_a_graph_whose_entities_were_renamed_is_rebuilt_and_its_old_version_dropped(tmp_path):
    a, b = write_jsonl(tmp_path / "a.jsonl", A), write_jsonl(tmp_path / "b.jsonl", B)
    out = tmp_path / "out"
    build([a], out, **FAST)
    before = {x["id"]: x["graph"] for x in buildfolder.read_manifest(out)["articles"]}
    a1 = next(x["key"] for x in buildfolder.read_manifest(out)["articles"] if x["id"] == "a1")
    build([b], out, **FAST)
    after = {x["id"]: x["graph"] for x in buildfolder.read_manifest(out)["articles"]}
    assert after["a1"] != before["a1"] and after["a2"] == before["a2"]  # only a1 names the decree
    graphs = sorted(p.name for p in (out / "cache" / "graphs").iterdir())
    blocks = [g for g in graphs if g.endswith(".block")]
    assert len(blocks) == 4 and f"{a1}-{after['a1']}.block" in graphs and f"{a1}-{before['a1']}.block" not in graphs
    assert f"{a1}-{before['a1']}.facts" not in graphs  # the drawing facts of the old graph went with it


def test_unchanged_articles_are_reused_and_a_rebuild_with_nothing_new_writes_nothing(tmp_path, monkeypatch):
    a = write_jsonl(tmp_path / "a.jsonl", A)
    out = tmp_path / "out"
    build([a], out, **FAST)
    manifest = (out / "manifest.json").read_bytes()
    no_extraction(monkeypatch)
    again = build([a], out, **FAST)
    assert again.up_to_date and again.extracted == 0 and again.reused == 2
    assert again.quads == buildfolder.read_manifest(out)["files"]["store"]["quads"] > 0
    assert (out / "manifest.json").read_bytes() == manifest  # same build id: nothing was rewritten


def test_a_changed_article_replaces_its_named_graph(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", A)], out, **FAST)
    changed = [dict(A[1], text="General Secretary To Lam met Prime Minister Pham Minh Chinh in Hanoi.")]
    report = build([write_jsonl(tmp_path / "a2.jsonl", changed)], out, **FAST)
    assert report.changed == ["a2"] and report.extracted == 1 and report.articles == 2
    clean = tmp_path / "clean"
    build([write_jsonl(tmp_path / "u.jsonl", [A[0]] + changed)], clean, **FAST)
    assert nquads(out) == nquads(clean)
    assert "forum" not in (out / "graph.trig").read_text(encoding="utf-8").lower()


def test_prune_removes_what_only_the_dropped_articles_supported(tmp_path):
    a, b = write_jsonl(tmp_path / "a.jsonl", A), write_jsonl(tmp_path / "b.jsonl", B)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build([a, b], out, **FAST)
    assert "nghi-quyet-57" in (out / "graph.trig").read_text(encoding="utf-8")
    report = build([a], out, prune=True, **FAST)
    assert report.removed == ["b1", "b2"] and report.extracted == 0
    build([a], clean, **FAST)
    assert nquads(out) == nquads(clean)
    assert "nghi-quyet-57" not in (out / "graph.trig").read_text(encoding="utf-8")
    # the cache keeps only what the build holds
    assert len(list((out / "cache" / "articles").iterdir())) == 2


def test_derived_reports_are_removed_by_a_new_build(tmp_path):
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", A)], out, **FAST)
    result = CliRunner().invoke(app, ["analyze", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").is_file()
    assert "graph/analysis" in (out / "graph.trig").read_text(encoding="utf-8")
    build([write_jsonl(tmp_path / "b.jsonl", B)], out, **FAST)
    assert not any((out / n).exists() for n in ("report.json", "report.md", "report.html"))
    assert "graph/analysis" not in (out / "graph.trig").read_text(encoding="utf-8")


def test_other_options_extract_again(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", A[:1])
    out = tmp_path / "out"
    build([a], out, **FAST)
    report = build([a], out, use_crf=True, validate=False, html=False)
    assert report.extracted == 1 and not report.up_to_date


def test_a_changed_ontology_rewrites_the_outputs_without_extracting_again(tmp_path, monkeypatch):
    import kg.cache

    a = write_jsonl(tmp_path / "a.jsonl", A[:1])
    out = tmp_path / "out"
    build([a], out, **FAST)
    no_extraction(monkeypatch)
    monkeypatch.setattr(kg.cache, "ontology_fingerprint", lambda: "edited-shapes")
    report = build([a], out, **FAST)
    assert not report.up_to_date and report.extracted == 0 and report.reused == 1
    assert buildfolder.read_manifest(out)["options"]["ontology"] == "edited-shapes"


def test_an_old_article_without_its_cache_is_extracted_from_its_kept_text(tmp_path):
    a, b = write_jsonl(tmp_path / "a.jsonl", A), write_jsonl(tmp_path / "b.jsonl", B)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build([a], out, **FAST)
    for p in (out / "cache" / "resolved").iterdir():
        p.unlink()
    a.unlink()  # the input is gone: only the cached article text is left
    report = build([b], out, **FAST)
    assert report.extracted == 4
    build([write_jsonl(tmp_path / "ab.jsonl", A + B)], clean, **FAST)
    assert nquads(out) == nquads(clean)


def test_cli_reports_what_it_did(tmp_path):
    a, b = write_jsonl(tmp_path / "a.jsonl", A), write_jsonl(tmp_path / "b.jsonl", B)
    out = tmp_path / "out"
    runner = CliRunner()
    flags = ["--no-crf", "--no-html", "--no-validate", "--jobs", "1"]
    r1 = runner.invoke(app, ["build", str(a), "--out", str(out), *flags])
    assert r1.exit_code == 0, r1.stderr
    assert "kg: 2 extracted, 0 reused" in r1.stderr
    r2 = runner.invoke(app, ["build", str(b), "--out", str(out), "--prune", *flags])
    assert r2.exit_code == 0, r2.stderr
    assert "kg: 2 extracted, 0 reused, 2 removed" in r2.stderr
    r3 = runner.invoke(app, ["build", str(b), "--out", str(out), *flags])
    assert "kg: up to date; 0 extracted, 2 reused" in r3.stderr
    assert graph_names(out) >= {"<https://w3id.org/kg-vn/resource/graph/b1>"}
    r4 = runner.invoke(app, ["build", str(b), "--out", str(out), "--executor", "spark"])
    assert r4.exit_code == 2 and r4.stderr.strip() == "kg: error: unknown --executor 'spark' (choose from local, dask)"


def test_jobs_2_gives_the_same_graph_as_jobs_1(tmp_path, monkeypatch):
    from kg.executors import MIN_PARALLEL

    records = A + B + [dict(r, id=f"{r['id']}-x") for r in A + B]
    assert len(records) >= MIN_PARALLEL  # enough for worker processes to start
    inp = write_jsonl(tmp_path / "all.jsonl", records)
    one = build([inp], tmp_path / "one", jobs=1, **FAST)
    no_extraction(monkeypatch)  # only in this process: the spawned workers extract
    two = build([inp], tmp_path / "two", jobs=2, **FAST)
    assert one.extracted == two.extracted == len(records)
    assert nquads(tmp_path / "one") == nquads(tmp_path / "two")
    assert (tmp_path / "one" / "graph.trig").read_bytes() == (tmp_path / "two" / "graph.trig").read_bytes()
    ids = [x["id"] for x in buildfolder.read_manifest(tmp_path / "two")["articles"]]
    assert ids == [r["id"] for r in records]  # results merged in input order


def test_dask_executor_gives_the_same_graph_as_a_local_build(tmp_path):
    distributed = pytest.importorskip("distributed")
    inp = write_jsonl(tmp_path / "all.jsonl", A + B)
    local = build([inp], tmp_path / "local", jobs=1, **FAST)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        remote = build([inp], tmp_path / "dask", executor="dask", scheduler=cluster.scheduler_address, **FAST)
    assert remote.extracted == local.extracted == 4
    assert (tmp_path / "dask" / "graph.trig").read_bytes() == (tmp_path / "local" / "graph.trig").read_bytes()


def test_dask_without_a_scheduler_is_one_error_line(tmp_path):
    pytest.importorskip("distributed")
    inp = write_jsonl(tmp_path / "a.jsonl", A)
    result = CliRunner().invoke(app, ["build", str(inp), "--out", str(tmp_path / "o"), "--executor", "dask",
                                      "--scheduler", "tcp://127.0.0.1:1", "--no-crf"])
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_damaged_cache_entry_is_extracted_again(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", A)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build([a], out, **FAST)
    first = sorted((out / "cache" / "resolved").iterdir())[0]
    first.write_bytes(b"not a pickle")
    (out / "graph.trig").unlink()  # and the folder is no longer whole: it must be rebuilt
    for p in (out / "cache" / "graphs").iterdir():  # from the results (a cached graph needs none read)
        p.unlink()
    report = build([a], out, **FAST)
    assert report.extracted == 1 and report.reused == 1 and not report.up_to_date
    build([a], clean, **FAST)
    assert nquads(out) == nquads(clean)


def test_ontology_fingerprint_follows_the_ttl_files_only(tmp_path, monkeypatch) -> None:
    import shutil

    import kg.rdf
    from kg.cache import ontology_fingerprint

    onto = tmp_path / "ontology"
    shutil.copytree(kg.rdf.ontology_path("shapes.ttl").parent, onto)
    monkeypatch.setattr(kg.rdf, "ontology_path", lambda *parts: onto.joinpath(*parts))

    def fingerprint() -> str:
        ontology_fingerprint.cache_clear()  # computed once per process otherwise
        return ontology_fingerprint()

    first = fingerprint()
    (onto / "README.md").write_text("edited docs\n", encoding="utf-8")
    next(onto.glob("queries/*.rq")).write_text("# edited example\nASK {}\n", encoding="utf-8")
    assert fingerprint() == first  # docs and example queries change no output
    with (onto / "shapes.ttl").open("a", encoding="utf-8") as f:
        f.write("\n# an edited shape file\n")
    assert fingerprint() != first
    ontology_fingerprint.cache_clear()


def test_a_rebuild_merges_from_the_cached_summaries_without_reading_a_result(tmp_path, monkeypatch):
    """kg.buildmerge.Summary: the first pass reads the small summaries the workers made; a result is
    read again only for a graph that must be made again (none here)."""
    import kg.cache

    b = write_jsonl(tmp_path / "b.jsonl", B)
    out = tmp_path / "out"
    build([b], out, **FAST)
    trig, merges = (out / "graph.trig").read_bytes(), (out / "merges.tsv").read_bytes()
    assert len(list((out / "cache" / "summaries").iterdir())) == 2

    def refuse(self, key):
        raise AssertionError(f"the result of {key} was read")

    monkeypatch.setattr(kg.cache.ArticleCache, "load_resolved", refuse)
    again = build([b], out, **dict(FAST, html=True))  # another option: every output is written again
    assert not again.up_to_date and again.extracted == 0 and (out / "graph.html").is_file()
    assert (out / "graph.trig").read_bytes() == trig and (out / "merges.tsv").read_bytes() == merges
    # a damaged summary is a cache miss: made again from the result, the same merge
    monkeypatch.undo()
    for p in (out / "cache" / "summaries").iterdir():
        p.write_bytes(b"not a pickle")
    build([b], out, **FAST)
    assert (out / "graph.trig").read_bytes() == trig and (out / "merges.tsv").read_bytes() == merges
    assert all(p.read_bytes() != b"not a pickle" for p in (out / "cache" / "summaries").iterdir())


def test_a_drawing_started_before_graph_trig_equals_a_clean_build_s(tmp_path, monkeypatch):
    """With every graph's drawing facts cached (no entity renamed), graph.html is drawn in a process of
    its own from before graph.trig is written; the page is the one a clean build draws."""
    import kg.drawing
    from kg.cache import ArticleCache

    monkeypatch.setattr(kg.drawing, "DRAW_APART", 1)  # draw apart at any size
    opts = dict(use_crf=False, validate=False, html=True, jobs=2)
    inc, clean = tmp_path / "inc", tmp_path / "clean"
    build([write_jsonl(tmp_path / "ab.jsonl", A + B[1:])], clean, **opts)
    build([write_jsonl(tmp_path / "a.jsonl", A)], inc, **opts)
    build([write_jsonl(tmp_path / "b.jsonl", B[1:])], inc, **opts)
    assert (inc / "graph.html").read_bytes() == (clean / "graph.html").read_bytes()
    cache, entries = ArticleCache(inc, False), buildfolder.read_manifest(inc)["articles"]
    assert cache.has_facts(entries)
    (inc / "cache" / "graphs" / f"{entries[0]['key']}-{entries[0]['graph']}.facts").unlink()
    assert not cache.has_facts(entries)


def test_the_names_of_renamed_entities_come_from_the_summaries(tmp_path, monkeypatch):
    """merges.tsv lists an entity named differently in two articles ("Tô Lâm" / "To Lam") with each
    article's name: a rebuild whose graphs are cached reads those names from the summaries
    (kg.buildmerge.Summary.surfaces), not from the results; a summary pickled without them (older
    code) sends the build back to the result, for the same file."""
    import pickle

    import kg.cache
    from kg.buildmerge import SAME_NAME

    a = write_jsonl(tmp_path / "a.jsonl", A)
    out = tmp_path / "out"
    build([a], out, **FAST)
    merges = (out / "merges.tsv").read_text(encoding="utf-8")
    assert f"Tô Lâm\t{SAME_NAME}\ta1" in merges and f"To Lam\t{SAME_NAME}\ta2" in merges

    def refuse(self, key):
        raise AssertionError(f"the result of {key} was read")

    with monkeypatch.context() as m:
        m.setattr(kg.cache.ArticleCache, "load_resolved", refuse)
        build([a], out, **dict(FAST, html=True))  # another option: every output written again
    assert (out / "merges.tsv").read_text(encoding="utf-8") == merges
    for p in (out / "cache" / "summaries").iterdir():  # as pickled before the field
        summary = pickle.loads(p.read_bytes())
        del summary.__dict__["surfaces"]
        p.write_bytes(pickle.dumps(summary))
    build([a], out, **FAST)
    assert (out / "merges.tsv").read_text(encoding="utf-8") == merges
