"""The build's SHACL stage: article graphs checked as they are written, the corpus layer and
the SPARQL constraints checked from the store, each reused from the cache where nothing it
reads changed (:mod:`kg.build` calls it; :mod:`kg.shacl` holds the checks themselves)."""
from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import rdflib

from kg.cache import ArticleCache
from kg.fsutil import write_atomic

if TYPE_CHECKING:
    from kg.build import BuildReport


def check_shapes(store: Path, shapes, checks: list[tuple[bool, list[str]]], change, previous: dict | None,
                  cache: ArticleCache, options: dict, report: "BuildReport") -> str:
    """The SHACL stage: the corpus layer checked from the store (after an update of the store,
    only the nodes ``change`` touched; :class:`kg.storeupdate.StoreChange`), the SPARQL
    constraints (after an update, only where a result may differ), and the article
    ``checks`` made while writing graph.trig; writes shacl-report.txt and returns the
    token of the corpus results kept in the cache."""
    from kg.bulkload import malloc_trim
    from kg.shacl import ARTICLE_CLASSES, corpus_results, corpus_verdict, recheck_corpus
    from kg.shacl_constraints import constraint_lines, constraint_results, recheck_constraints

    token = None if change is None else _previous_corpus_token(previous or {}, options)
    constraints_before = cache.load_constraint_check(token) if token else None
    # the SPARQL constraints run inside Oxigraph (outside the GIL): on a thread, beside the corpus layer's rules
    with ThreadPoolExecutor(max_workers=1) as beside:
        if constraints_before is None:
            constraints = beside.submit(constraint_results, store, shapes.constraints)
        else:
            constraints = beside.submit(recheck_constraints, store, shapes.constraints, constraints_before,
                                        change.graphs, not change.shrank, {str(c) for c in ARTICLE_CLASSES})
        before = cache.load_corpus_check(token) if token else None
        if before is None:
            results = corpus_results(store, shapes)
        else:
            results = recheck_corpus(store, shapes, before, change.touched_through(shapes.corpus_predicates),
                                     change.retyped)
        violators = constraints.result()
    corpus_token = uuid.uuid4().hex
    cache.save_corpus_check(corpus_token, results)
    cache.save_constraint_check(corpus_token, violators)
    corpus_ok, lines = corpus_verdict(results)
    lines += constraint_lines(shapes.constraints, violators)
    lines += [line for _, found in checks for line in found]
    report.conforms = corpus_ok and all(ok for ok, _ in checks) and not lines
    report.violations = sorted(lines)
    checks.clear()
    malloc_trim()
    report.outputs["shacl"] = write_atomic(
        store.parent / "shacl-report.txt",
        ("conforms\n" if report.conforms else "") + "".join(v + "\n" for v in report.violations))
    return corpus_token


def article_check(cache: ArticleCache, entry: dict, block: bytes, graph: rdflib.Graph | None,
                   shapes) -> tuple[bool, list[str]]:
    """:func:`kg.shacl.check_article` of one article graph (``block``: its TriG; ``graph``: the
    same triples in rdflib, when at hand), reused from the cache when the graph (its
    signature) and the shapes are unchanged."""
    from kg.graphfiles import block_graph
    from kg.render import check_digest, check_graph

    digest = check_digest(entry["graph"])
    found = cache.load_check(entry["key"], digest)
    if found is None:
        found = check_graph(block_graph(block) if graph is None else graph, shapes)
        cache.save_check(entry["key"], digest, found)
    return found


def _previous_corpus_token(manifest: dict, options: dict) -> str | None:
    """The token of the corpus SHACL results of the previous build (``manifest``: its manifest), if
    it checked the same shapes with the same code."""
    before = manifest.get("options") or {}
    if not isinstance(before, dict) or any(before.get(k) != options[k] for k in ("code", "ontology")):
        return None
    token = manifest.get("corpus_check")
    return token if isinstance(token, str) else None
