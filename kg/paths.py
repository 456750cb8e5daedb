"""Explained paths between two entities of the analysis projection (``kg path``).

:func:`resolve_entity` finds an entity by name; :func:`find_paths` gives the
shortest paths between two, each hop explained by its relations or
co-mentions (see :func:`kg.projection.analysis_graph`).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterable

import networkx as nx

from kg.textutil import fold_key, norm_key


class EntityLookupError(ValueError):
    """A name that matches no entity, or several."""


def _names(graph: nx.Graph, node: str) -> list[str]:
    d = graph.nodes[node]
    return [d.get("label", "")] + list(d.get("aliases", []))


def _describe(graph: nx.Graph, nodes: Iterable[str], limit: int = 5) -> str:
    items = sorted(nodes, key=lambda n: (graph.nodes[n].get("label", ""), n))[:limit]
    return ", ".join(f"{graph.nodes[n].get('label', n)} ({graph.nodes[n].get('type', '?')})" for n in items)


def resolve_entity(graph: nx.Graph, name: str) -> str:
    """The entity IRI whose label or alias is ``name`` (case- and diacritic-insensitive).

    An exact folded match wins, then an exact match with diacritics, then a
    unique whole-word match inside a longer name. Otherwise raises
    :class:`EntityLookupError` naming up to 5 close candidates (difflib).
    """
    query = fold_key(name)
    if not query:
        raise EntityLookupError("empty entity name")
    folded: dict[str, set[str]] = defaultdict(set)
    for node in graph.nodes:
        for n in _names(graph, node):
            if n:
                folded[fold_key(n)].add(node)
    hits = folded.get(query, set())
    if len(hits) > 1:
        exact = {n for n in hits if any(norm_key(x) == norm_key(name) for x in _names(graph, n))}
        hits = exact if len(exact) == 1 else hits
    if not hits:
        word = re.compile(rf"(?<!\w){re.escape(query)}(?!\w)")
        hits = {n for key, nodes in folded.items() if word.search(key) for n in nodes}
    if len(hits) == 1:
        return next(iter(hits))
    if hits:
        raise EntityLookupError(f"ambiguous name {name!r}: {_describe(graph, hits)}")
    close = difflib.get_close_matches(query, sorted(folded), n=5, cutoff=0.5)
    nodes = sorted({n for key in close for n in folded[key]},
                   key=lambda n: -max(difflib.SequenceMatcher(None, query, fold_key(x)).ratio()
                                      for x in _names(graph, n) if x))
    hint = f"; close: {_describe(graph, nodes[:5])}" if nodes else ""
    raise EntityLookupError(f"no entity named {name!r}{hint}")


@dataclass
class Link:
    """One reason two neighbours are connected: a relation (with direction) or a co-mention."""

    relation: str | None  # None: co-mentioned in a sentence
    forward: bool  # True when the relation goes from the hop's source to its target
    sentence: str = ""
    title: str | None = None
    url: str | None = None
    scope: str = "sentence"  # co-mentions: "sentence", or "article" (same article, no shared sentence)


@dataclass
class Hop:
    """One step of an explained path."""

    source: str
    target: str
    source_label: str
    target_label: str
    links: list[Link] = field(default_factory=list)


def _hop(graph: nx.Graph, u: str, v: str) -> Hop:
    d = graph.edges[u, v]
    links: list[Link] = []
    for r in d.get("relations", []):
        s = r["sentences"][0] if r["sentences"] else {}
        links.append(Link(r["relation"], r["source"] == u, s.get("text", ""), s.get("title"), s.get("url")))
    if not links:
        s = d["comentions"][0] if d.get("comentions") else {}
        links.append(Link(None, True, s.get("text", ""), s.get("title"), s.get("url"), s.get("scope", "sentence")))
    from kg.projection import local_name

    label = lambda n: graph.nodes[n].get("label", local_name(n))  # noqa: E731
    return Hop(u, v, label(u), label(v), links)


def find_paths(graph: nx.Graph, source: str, target: str, max_paths: int = 3) -> list[list[Hop]]:
    """Up to ``max_paths`` shortest paths from ``source`` to ``target``, each hop explained.

    Typed relations first: the shortest paths made of relation links only come
    first (when there are any), then the shortest paths that need co-mention
    links. Among equally short paths, those with fewer co-mention-only hops
    and more supporting articles come first (then by IRIs, so the order is
    stable). At most 1000 shortest paths are considered per step. No path → [].
    """
    if source == target or source not in graph or target not in graph or not nx.has_path(graph, source, target):
        return []
    typed = graph.edge_subgraph([(u, v) for u, v, d in graph.edges(data=True) if d.get("relations")])

    def rank(path: list[str]) -> tuple[int, float, list[str]]:
        edges = [graph.edges[u, v] for u, v in zip(path, path[1:])]
        return (sum(1 for e in edges if not e.get("relations")), -sum(e["weight"] for e in edges), path)

    chosen: list[list[str]] = []
    if source in typed and target in typed and nx.has_path(typed, source, target):
        chosen = sorted(islice(nx.all_shortest_paths(typed, source, target), 1000), key=rank)[:max(0, max_paths)]
    if len(chosen) < max_paths:
        mixed = sorted(islice(nx.all_shortest_paths(graph, source, target), 1000), key=rank)
        chosen += [p for p in mixed if p not in chosen][:max_paths - len(chosen)]
    return [[_hop(graph, u, v) for u, v in zip(p, p[1:])] for p in chosen]
