"""The build pipeline: articles in, knowledge graph out.

Named stages, each a plain function, so a later incremental build can cache
them: ``read`` (kg.corpus) → ``annotate`` (kg.nlp) → ``extract`` → ``resolve``
→ ``to_rdf`` → ``write`` (TriG, Turtle, store, SHACL report, graph.html).
Articles stream through the first stages (in ``--jobs`` worker processes,
see :mod:`kg.executors`); each result is cached on disk (:mod:`kg.cache`), so a
later build into the same folder only extracts what is new or changed. The
graph files are streamed out with Oxigraph, one article graph at a time.
"""
from __future__ import annotations

import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator


from kg import buildfolder
from kg.article import Article, ReadError, unique_id
from kg.buildcheck import article_check, check_shapes
from kg.cache import ArticleCache, graph_signature
from kg.collect import fewer_collections
from kg.corpus import iter_articles
from kg.drawing import DrawingProcess, drawing_beside, drawing_process, draws_apart
from kg.entity_merge import merge_events, merge_keys
from kg.executors import ExecutorError
from kg.fsutil import BackgroundWrites, write_atomic
from kg.resolve import Resolved, resolve_article


@dataclass
class BuildReport:
    """What a build did, for the CLI and tests."""

    out_dir: Path
    articles: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # warnings about the build folder itself
    cleaned: list[str] = field(default_factory=list)  # leftovers of killed builds removed first
    extracted: int = 0  # articles extracted in this build
    reused: int = 0  # input articles whose cached result was reused
    changed: list[str] = field(default_factory=list)  # ids whose content changed since the last build
    removed: list[str] = field(default_factory=list)  # ids the last build held and this one drops
    pushed: object = None  # kg.remote.PushReport when written to a remote store
    up_to_date: bool = False  # nothing to do: the folder already held this build
    entities: int = 0
    facts: int = 0
    quads: int = 0
    conforms: bool | None = None
    violations: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0


def analyze_article(article: Article, use_crf: bool = True) -> Resolved:
    """Run nlp → extract → resolve on one article."""
    import kg.nlp
    from kg.extract import extract

    lang = article.lang if article.lang in kg.nlp.SUPPORTED_LANGS else "vi"
    nlp = kg.nlp.load(lang, use_crf=use_crf)
    doc = kg.nlp.annotate(nlp, article.text, article.published)
    return resolve_article(extract(article, doc))


class BuildError(Exception):
    """A build that cannot run or has nothing to write; the message is one line."""


class NoArticles(BuildError):
    """The inputs gave no article: nothing is replaced."""


def build(paths: Iterable[str | Path], out_dir: str | Path, *, use_crf: bool = True,
          validate: bool = True, html: bool = True,
          on_article: Callable[[Article | ReadError], None] | None = None,
          on_stage: Callable[[str], None] | None = None,
          wait: float = 10.0, prune: bool = False, jobs: int = 1, executor: str = "local",
          scheduler: str | None = None, store_url: str | None = None) -> BuildReport:
    """Build the knowledge graph of ``paths`` into ``out_dir``, as one transaction.

    Unreadable files are reported in ``BuildReport.errors`` (one line each)
    and skipped; everything else is built. The outputs are written into a
    staging folder and switched into ``out_dir`` last (see
    :mod:`kg.buildfolder`), so ``out_dir`` always holds one whole build. Raises
    :class:`NoArticles` (``out_dir`` untouched) when no article could be read,
    and :class:`BuildError` when another build holds ``out_dir`` for longer
    than ``wait`` seconds. ``on_stage`` hears the name of each stage after
    the article loop (for a progress line). With ``store_url`` the build's
    named graphs are then written to that Graph Store endpoint too (see
    :mod:`kg.remote`). ``jobs`` > 1 starts worker processes (spawned: a script
    calling this must guard its top level with ``if __name__ == "__main__":``).
    """
    from kg import rdf
    from kg.remote import RemoteStoreError, check_url, note_pushed, push_store, unpushed_graphs

    t0 = time.monotonic()
    if store_url:
        try:
            check_url(store_url)
        except RemoteStoreError as e:
            raise BuildError(str(e)) from None
    if validate:
        rdf.ontology_path("shapes.ttl")  # a missing resource stops the build before anything is written
    out = Path(out_dir)
    report = BuildReport(out)
    created = not out.exists()
    try:
        with buildfolder.locked(out, wait):
            report.cleaned = buildfolder.recover(out)
            previous = buildfolder.read_manifest(out)  # the build out holds, read once
            staging = buildfolder.new_staging(out)
            try:
                # a rebuild of a large folder starts graph.html's process now: its imports beside the extraction,
                # and merges the previous build's drawing facts
                listed_before = (previous or {}).get("articles", [])
                with drawing_process(draws_apart(html, jobs, len(listed_before)), (out, use_crf)) as drawer:
                    changed = _build_into(staging, paths, out, previous, report, use_crf=use_crf,
                                          validate=validate, html=html, on_article=on_article, prune=prune,
                                          jobs=jobs, executor=executor, scheduler=scheduler, on_stage=on_stage,
                                          drawer=drawer)
                if changed:
                    buildfolder.commit(staging, out)
                else:
                    shutil.rmtree(staging, ignore_errors=True)
                    report.up_to_date = True
                    _fill_from_manifest(out, report)
            except BaseException:
                if not (out / buildfolder.COMMIT_NAME).exists():  # else the next build rolls it forward
                    shutil.rmtree(staging, ignore_errors=True)
                raise
            ArticleCache(out, use_crf).keep_only(*_manifest_keys(out))
            if store_url:
                report.pushed = push_store(out / "store", store_url,
                                           [str(rdf.graph_iri(i)) for i in report.removed],
                                           only=unpushed_graphs(out, store_url, previous or {}))
                note_pushed(out, store_url)
    except buildfolder.BuildFolderError as e:
        raise BuildError(str(e)) from None
    except (ExecutorError, RemoteStoreError) as e:
        raise BuildError(str(e)) from None
    except NoArticles:
        if created:  # leave no empty folder behind for a mistyped input
            buildfolder.remove_if_empty(out)
        raise
    report.outputs = {k: out / p.name for k, p in report.outputs.items()}
    report.seconds = time.monotonic() - t0
    return report


def _build_into(staging: Path, paths: Iterable[str | Path], out: Path, previous: dict | None,
                report: BuildReport, *,
                use_crf: bool, validate: bool, html: bool,
                on_article: Callable[[Article | ReadError], None] | None,
                prune: bool = False, jobs: int = 1, executor: str = "local",
                scheduler: str | None = None,
                on_stage: Callable[[str], None] | None = None, drawer: DrawingProcess | None = None) -> bool:
    """Read, analyse and write every output of the build into ``staging``, manifest last
    (graph.html in ``drawer`` when the build draws it apart: :func:`kg.drawing.drawing_beside`).

    Returns False, writing nothing, when ``out`` already holds this very build.
    """
    from kg import rdf
    from kg.buildmerge import load_result, scan_results, surfaces_of
    from kg.cache import ArticleCache, ontology_fingerprint
    from kg.bulkload import malloc_trim
    from kg.graphfiles import write_trig, write_union_turtle
    from kg.graphfacts import graph_facts
    from kg.render import for_pyshacl, render_block, shipped_shapes
    from kg.store import write_store
    from kg.storeupdate import update_store

    stage = on_stage or (lambda name: None)
    cache = ArticleCache(out, use_crf)
    with fewer_collections():
        listed = _ingest(paths, out, previous, cache, report, use_crf=use_crf, validate=validate,
                         on_article=on_article, prune=prune, jobs=jobs, executor=executor, scheduler=scheduler)
    options = {"code": cache.options, "ontology": ontology_fingerprint(), "validate": validate, "html": html}
    if _up_to_date(out, previous, listed, options):
        return False
    # Two passes over the cached results, one article at a time: the first for
    # what merging needs (keys, names, events), the second to write the graphs;
    # it reads a result again only when its graph is not cached or names a renamed entity.
    scan = scan_results(listed, cache, report, use_crf=use_crf)
    stage("merging entities across articles")
    key_map = merge_keys(list(scan.keys))
    key_map.update(merge_events(scan.events, key_map))
    table = scan.table
    table.start(key_map)
    report.entities = len({key_map.get(k, k) for k in scan.keys})
    report.facts = scan.facts
    graph_keys = scan.graph_keys
    del scan
    shapes = shipped_shapes() if validate else None  # the workers' copy, when they ran here
    checks: list[tuple[bool, list[str]]] = []
    terms: dict = {}  # rdflib IRI -> Oxigraph IRI, shared by the articles (emptied when large)

    for entry in listed:
        entry["graph"] = graph_signature(cache.options, graph_keys[entry["id"]], key_map)

    def article_blocks() -> Iterator[bytes]:
        for entry in sorted(listed, key=lambda a: str(rdf.graph_iri(a["id"]))):
            keys = graph_keys.pop(entry["id"])
            block = cache.load_graph(entry["key"], entry["graph"])
            res = None
            if block is None:
                res = load_result(entry, cache, report, use_crf=use_crf)
                table.add_names(res)
            elif table.names_renamed(keys):  # its names from its summary, a fraction of the result to unpickle
                summary = cache.load_summary(entry["key"])
                surfaces = surfaces_of(summary)
                if surfaces is None:
                    table.add_names(load_result(entry, cache, report, use_crf=use_crf))
                else:
                    table.add_surfaces(summary.article, surfaces)
            graph = None
            if block is None:
                block, graph = render_block(res, key_map, terms, for_check=for_pyshacl(shapes))
                cache.save_graph(entry["key"], entry["graph"], block)
                if html:
                    cache.save_facts(entry["key"], entry["graph"], graph_facts(graph))
            if shapes is not None:
                checks.append(article_check(cache, entry, block, graph, shapes))
            yield block

    # a large build with jobs to spare draws graph.html in a process of its own (kg.drawing.drawing_beside):
    # it reads only the cached facts (and graph.trig where an entity was renamed) and runs beside the store

    with ExitStack() as drawing:
        def draw() -> Callable[[], Path | None]:
            return drawing.enter_context(drawing_beside(out, use_crf, listed, staging / "graph.html", html, jobs,
                                                        drawer))

        changes = _graph_changes(out, previous, listed)
        # beside an update of the store the page is drawn from the start (from the cached facts, or once
        # graph.trig is written when an entity was renamed); beside a full load, once the load is done
        # with the cores, beside the store's single-threaded compaction
        pages: list[Callable[[], Path | None]] = [draw()] if changes is not None and cache.has_facts(listed) else []
        stage("writing graph.trig and graph.ttl")
        trig = staging / "graph.trig"
        with fewer_collections():
            write_trig(trig, article_blocks())
        report.outputs["merges"] = write_atomic(staging / "merges.tsv", table.text())
        terms.clear()
        if changes is not None and not pages:
            pages.append(draw())
        stage("loading the store" if changes is None else
              f"updating the store (graphs added: {len(changes[1])}, dropped: {len(changes[0])})")
        buildfolder.pause("store")
        change = None  # what changed in the union, when the store was updated
        if changes is None:
            report.quads = write_store(staging / "store", trig, staging / "graph.ttl",  # graph.ttl beside the load
                                       loaded=lambda: pages.append(draw()))
        else:
            drop, add, before = changes
            change = update_store(out / "store", staging / "store", drop,
                                  (cache.load_graph(a["key"], a["graph"]) or b"" for a in add))
            report.quads = before + change.gained
        report.outputs["store"] = staging / "store"
        malloc_trim()  # what the store's threads freed goes back, not kept beside the drawing
        # after an update, Oxigraph dumps graph.ttl outside the GIL: beside the checks and the drawing
        with ThreadPoolExecutor(max_workers=1) as background:
            grown = change is not None and change.added is not None and not change.shrank  # graph.ttl + added
            ttl = None if change is None else background.submit(
                write_union_turtle, staging / "store", staging / "graph.ttl",
                buildfolder.previous_file(out, previous, "graph.ttl") if grown else None,
                change.added if grown else None)
            corpus_token = None
            if validate:
                stage("checking SHACL shapes")
                corpus_token = check_shapes(staging / "store", shapes, checks, change, previous, cache, options,
                                             report)
            if html:
                stage("drawing graph.html")
                report.outputs["html"] = (pages[0] if pages else draw())()
            report.outputs.update(trig=trig, ttl=staging / "graph.ttl" if ttl is None else ttl.result())
    buildfolder.write_manifest(staging, listed, report.errors, report.quads,
                               {"options": options, "stats": {"entities": report.entities, "facts": report.facts},
                                "corpus_check": corpus_token})
    return True


def _graph_changes(out: Path, manifest: dict | None, listed: list[dict]) -> tuple[list[str], list[dict], int] | None:
    """The named graphs to drop from the store of the previous build in ``out`` (``manifest``:
    its manifest), the articles whose graphs to add and the quads of its named graphs, or None when the
    store is better loaded whole.

    A graph changes with its signature (:func:`kg.cache.graph_signature`); the
    previous build must have recorded them, and few enough graphs must change
    (:data:`kg.storeupdate.MAX_CHANGED_SHARE`).
    """
    from kg import rdf
    from kg.storeupdate import MAX_CHANGED_SHARE

    if manifest is None or not (out / "store" / "CURRENT").is_file():
        return None
    quads = (manifest["files"].get("store") or {}).get("quads")
    if not isinstance(quads, int):
        return None
    before = {a.get("id"): a.get("graph") for a in manifest.get("articles", []) if isinstance(a, dict)}
    if not before or not all(isinstance(g, str) for g in before.values()):
        return None
    add = [a for a in listed if before.get(a["id"]) != a["graph"]]
    keep = {a["id"] for a in listed} - {a["id"] for a in add}
    drop = [str(rdf.graph_iri(i)) for i in before if i not in keep]
    if len(add) + len(drop) > MAX_CHANGED_SHARE * max(len(listed), 1):
        return None
    return drop, add, quads


def _ingest(paths: Iterable[str | Path], out: Path, previous: dict | None, cache, report: BuildReport, *,
            use_crf: bool, validate: bool,
            on_article: Callable[[Article | ReadError], None] | None, prune: bool, jobs: int,
            executor: str, scheduler: str | None) -> list[dict]:
    """Read the inputs, extract what the cache lacks, and list the articles of the new build.

    The new build holds the inputs plus, unless ``prune``, the articles the
    previous build of ``out`` held under other ids (kept from the cache,
    before the inputs, in their old order). An input with the id of an old
    article replaces it. Every listed article has its result in ``cache``,
    with its graph block and check as if merging renamed none of its
    entities (:func:`kg.render.prerender`, made where it was extracted).
    """
    from functools import partial

    from kg.cache import article_key
    from kg.executors import extract_all
    from kg.linememo import LineMemo, remembering
    from kg.render import Kept, keep_prerendered, prerender, prerender_into

    # local workers keep their results in the cache themselves (only the key comes back); Dask
    # workers may not share this disk, so their results come back and are kept here
    finish = (partial(prerender_into, options=cache.options, validate=validate, out=out)
              if executor == "local" else partial(prerender, options=cache.options, validate=validate))

    def keep(done) -> None:
        if not isinstance(done, Kept):
            keep_prerendered(cache, article_key(done.result.extraction.article), done)
        report.extracted += 1

    inputs: list[dict] = []
    used_ids: set[str] = set()

    def to_extract() -> Iterable[Article]:
        for item in iter_articles(paths, exclude=[out]):
            if isinstance(item, ReadError):
                report.errors.append(str(item))
            else:
                item = unique_id(item, used_ids)
                report.warnings += [f"{item.path}: {w}" for w in item.warnings]
                key = article_key(item)
                inputs.append({"id": item.id, "path": item.path, "sha256": buildfolder.text_hash(item.text),
                               "chars": len(item.text), "key": key})
                cache.save_article(key, item)
                if cache.has_resolved(key):
                    report.reused += 1
                else:
                    yield item
            if on_article:
                on_article(item)

    # a line read by the last build is taken from the cache (kg.linememo): no reading of 10,000 unchanged lines again
    with BackgroundWrites() as cache.background, remembering(LineMemo(cache)):  # texts synced beside the loop
        try:
            for done in extract_all(to_extract(), use_crf=use_crf, jobs=jobs, executor=executor,
                                    scheduler=scheduler, finish=finish):
                keep(done)
        finally:
            cache.background = None
    if not inputs:
        raise NoArticles(f"no articles to build; {out} left as it was")
    old = _previous_articles(out, previous, report)
    new_ids = {a["id"] for a in inputs}
    kept = [] if prune else [a for a in old if a["id"] not in new_ids]
    stale = [a for a in kept if not cache.has_resolved(a["key"])]
    missing: set[str] = set()

    def stale_articles() -> Iterable[Article]:
        for a in stale:
            article = cache.load_article(a["key"])
            if article is None:
                missing.add(a["id"])
                report.notes.append(f"{out}: article {a['id']} has no cached text; dropped "
                                       "(build it again from its input)")
            else:
                yield article

    for done in extract_all(stale_articles(), use_crf=use_crf, jobs=jobs, executor=executor,
                            scheduler=scheduler, finish=finish):
        keep(done)
    listed = [a for a in kept if a["id"] not in missing] + inputs
    old_keys = {a["id"]: a["key"] for a in old}
    report.changed = sorted(a["id"] for a in inputs if a["id"] in old_keys and old_keys[a["id"]] != a["key"])
    final_ids = {a["id"] for a in listed}
    report.removed = sorted(i for i in old_keys if i not in final_ids)
    report.articles = len(listed)
    return listed


def _previous_articles(out: Path, manifest: dict | None, report: BuildReport) -> list[dict]:
    """The articles of the build ``out`` holds (``manifest``: its manifest), with their cache keys
    (none for a new folder)."""
    if manifest is None:
        return []
    articles = [a for a in manifest.get("articles", []) if isinstance(a, dict) and "id" in a]
    keyed = [dict(a) for a in articles if isinstance(a.get("key"), str)]  # copies: the build fills in their graphs
    if len(keyed) < len(articles):
        report.notes.append(f"{out}: {len(articles) - len(keyed)} articles of an older kg build "
                               "are not kept (build them again from their inputs)")
    return keyed


def _up_to_date(out: Path, manifest: dict | None, listed: list[dict], options: dict) -> bool:
    """Whether ``out`` (``manifest``: its manifest) already holds the build of exactly these
    articles with these options."""
    if manifest is None or manifest.get("options") != options:
        return False
    old = {(a.get("id"), a.get("key")) for a in manifest.get("articles", []) if isinstance(a, dict)}
    if old != {(a["id"], a["key"]) for a in listed}:  # the outputs do not depend on the order
        return False
    return all((out / name).exists() for name in manifest["files"])


def _manifest_keys(out: Path) -> tuple[set[str], set[str], str | None]:
    """The cache keys of the articles of the build in ``out``, their graphs (``{key}-{signature}``)
    and the token of its corpus SHACL results."""
    manifest = buildfolder.read_manifest(out) or {}
    articles = [a for a in manifest.get("articles", []) if isinstance(a, dict) and isinstance(a.get("key"), str)]
    token = manifest.get("corpus_check")
    return ({a["key"] for a in articles}, {f"{a['key']}-{a.get('graph')}" for a in articles},
            token if isinstance(token, str) else None)


def _fill_from_manifest(out: Path, report: BuildReport) -> None:
    """Report the figures of the unchanged build in ``out`` (a build with nothing to do)."""
    manifest = buildfolder.read_manifest(out) or {}
    report.quads = manifest.get("files", {}).get("store", {}).get("quads", 0)
    report.entities = manifest.get("stats", {}).get("entities", 0)
    report.facts = manifest.get("stats", {}).get("facts", 0)
    shacl = out / "shacl-report.txt"
    if shacl.is_file():
        lines = shacl.read_text(encoding="utf-8").splitlines()
        report.conforms = lines[:1] == ["conforms"]
        report.violations = [ln for ln in lines if ln != "conforms"]
    report.outputs = {name: out / name for name in manifest.get("files", {})}
