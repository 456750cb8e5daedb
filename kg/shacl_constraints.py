"""The SHACL-SPARQL constraints of a build, run over its Oxigraph store.

A full build runs each constraint once over every focus node
(:func:`constraint_results`). An incremental build whose union only grew runs a
constraint again only for the focus nodes whose result may differ
(:func:`recheck_constraints`): those in the graphs it added, and those that
violated it before. That is exact for a constraint :func:`recheckable` says is
monotone — a pattern on the focus node's own triples plus one ``FILTER NOT
EXISTS`` over the union, targeting article-local nodes (whose triples are all in
their article's graph) — such as ``kgsh:AssertedTripleShape``: a triple that
was in the union is there still, so a conforming assertion stays conforming.
At 10,000 articles that query reads every assertion (8–16 s); for 100 new
articles, a few thousand.
"""
from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Iterable

from rdflib import URIRef

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# what may make a constraint's violations appear when data is only added, or read beyond its focus node
_NOT_MONOTONE = re.compile(r"\b(OPTIONAL|MINUS|UNION|GRAPH|SERVICE|VALUES|BIND|GROUP|HAVING|COUNT|SUM|MIN|MAX|AVG|"
                           r"SAMPLE|LIMIT|OFFSET|SELECT)\b", re.IGNORECASE)
_NOT_EXISTS = re.compile(r"FILTER\s+NOT\s+EXISTS\s*\{", re.IGNORECASE)


def constraint_query(c: dict, focus: Iterable[str] | None = None) -> str:
    """The constraint's SELECT for all focus nodes at once: ``$this`` unbound, bound to the targets;
    with ``focus``, bound to those IRIs instead (nodes of a target class: Oxigraph would otherwise
    walk every typed node before joining them)."""
    body = re.sub(r"\$this\b", "?this", c["select"])
    targets = " ".join(f"<{t}>" for t in c["targets"])
    if focus is not None:
        restrict = "VALUES ?this { " + " ".join(f"<{f}>" for f in sorted(focus)) + " } "
    else:
        restrict = ("?this <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/"
                    "<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?kgTarget . "
                    f"VALUES ?kgTarget {{ {targets} }} ")
    body = re.sub(r"\bWHERE\s*\{", lambda m: m.group(0) + " " + restrict, body, count=1, flags=re.IGNORECASE)
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in c["prefixes"].items())
    return prefixes + body


def recheckable(c: dict, local_classes: Iterable[str]) -> bool:
    """Whether, while the union only grows, a focus node outside the added graphs keeps its result
    unless it violated ``c`` before: ``c`` targets only ``local_classes`` (article-local nodes, whose
    triples are all in their article's graph), and its WHERE is triple patterns about ``$this``
    alone plus one ``FILTER NOT EXISTS { … }``, with no other filter, optional or subquery."""
    if not c["targets"] or not set(c["targets"]) <= set(local_classes):
        return False
    select = c["select"]
    start = re.search(r"\bWHERE\s*\{", select, re.IGNORECASE)
    found = list(_NOT_EXISTS.finditer(select))
    if start is None or len(found) != 1:
        return False
    inner_start = found[0].end()
    depth, i = 1, inner_start
    while i < len(select) and depth:
        depth += {"{": 1, "}": -1}.get(select[i], 0)
        i += 1
    if depth:
        return False
    inner = select[inner_start:i - 1]
    positive = select[start.end():found[0].start()] + select[i:select.rstrip().rfind("}")]
    if (_NOT_MONOTONE.search(positive) or _NOT_MONOTONE.search(inner)
            or re.search(r"\b(FILTER|EXISTS)\b|[{}]", positive + inner, re.IGNORECASE)):
        return False
    statements = [x.strip() for x in re.split(r"\s\.(?=\s|$)", positive) if x.strip()]
    return bool(statements) and all(re.match(r"[?$]this\b", x) for x in statements)


def constraint_results(store_dir: Path, constraints: list[dict],
                       focus: dict[str, set[str]] | None = None) -> dict[str, list[str]]:
    """shape IRI → the focus nodes (IRIs, sorted) violating its SPARQL constraint in the store at
    ``store_dir``; with ``focus``, a constraint in it is run for those nodes only."""
    import pyoxigraph as ox

    from kg.store import union_options

    results: dict[str, list[str]] = {}
    if not constraints:
        return results
    store = ox.Store.read_only(str(store_dir))
    try:
        for c in constraints:
            nodes = None if focus is None else focus.get(c["shape"])
            if nodes is not None and not nodes:
                results[c["shape"]] = []
                continue
            rows = store.query(constraint_query(c, nodes), **union_options(store))
            results[c["shape"]] = sorted({row["this"].value for row in rows if isinstance(row["this"], ox.NamedNode)})
    finally:
        del store
        gc.collect()  # RocksDB keeps its lock until the Store object is collected
    return results


def recheck_constraints(store_dir: Path, constraints: list[dict], previous: dict[str, list[str]],
                        added_graphs: Iterable[str], grew_only: bool, local_classes: Iterable[str]
                        ) -> dict[str, list[str]]:
    """:func:`constraint_results` of a store that ``added_graphs`` changed, from the ``previous``
    results: a :func:`recheckable` constraint is run for the focus nodes typed in the added graphs
    and its previous violators when the union only grew (``grew_only``); any other, in full."""
    import pyoxigraph as ox

    local_classes = set(local_classes)
    added = [ox.NamedNode(g) for g in added_graphs]
    focus: dict[str, set[str]] = {}
    store = ox.Store.read_only(str(store_dir))
    try:
        for c in constraints:
            if not grew_only or c["shape"] not in previous or not recheckable(c, local_classes):
                continue
            nodes = set(previous[c["shape"]])
            for graph in added:
                for target in c["targets"]:
                    nodes.update(q.subject.value for q in store.quads_for_pattern(
                        None, ox.NamedNode(RDF_TYPE), ox.NamedNode(target), graph)
                        if isinstance(q.subject, ox.NamedNode))
            focus[c["shape"]] = nodes
    finally:
        del store
        gc.collect()
    full = [c for c in constraints if c["shape"] not in focus]
    results = constraint_results(store_dir, full) if full else {}
    # the previous violators are in the focus, so the focused run's violators are all there are
    results.update(constraint_results(store_dir, [c for c in constraints if c["shape"] in focus], focus))
    return results


def constraint_lines(constraints: list[dict], results: dict[str, list[str]]) -> list[str]:
    """One ``focus : message`` line per violation in ``results``."""
    message = {c["shape"]: c["message"] for c in constraints}
    return [f"{URIRef(f)} : {message.get(shape, 'SPARQL constraint violated')}"
            for shape, nodes in results.items() for f in nodes]


def check_store(store_dir: Path, constraints: list[dict]) -> list[str]:
    """Violations of the SPARQL constraints, each run once over the store at ``store_dir``."""
    return constraint_lines(constraints, constraint_results(store_dir, constraints))
