"""Interactive HTML picture of the entity graph that works fully offline.

:func:`write_graph_html` draws the projection of :func:`kg.projection.entity_graph`
with vis-network. The page is self-contained: vis-network's JS and CSS are
inlined from the copy shipped inside the installed pyvis package, and our own
script and style are inline too, so no network is ever needed to open it.

What the page offers: nodes coloured by type (legend with one filter checkbox
per type), sized by PageRank (``kgo:pagerank`` when the RDF has it, else by
degree), a community filter (when ``kgo:community`` is present), a search box
that focuses an entity by label or alias (diacritic-insensitive), plain-text
tooltips with type, aliases and supporting sentences, and edges labelled by
relation. Graphs above ``max_nodes`` are cut to the most central entities and
drawn with a precomputed, deterministic layout (physics off).

Escaping: vis-network 9 sets a string tooltip with ``innerText``, so text from
articles can never become markup there; all data is embedded as JSON with
``<``, ``>`` and ``&`` written as ``\\u003c`` … (safe inside ``<script>``), and
every piece of text in the HTML itself goes through ``html.escape``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
import rdflib
from rdflib import URIRef

from kg.rdf import KGO

TYPE_COLORS: dict[str, str] = {  # Okabe–Ito palette (colour-blind friendly)
    "Person": "#0072B2",  # blue
    "Organization": "#E69F00",  # orange
    "Policy": "#009E73",  # bluish green
    "Event": "#CC79A7",  # reddish purple
    "Place": "#56B4E9",  # sky blue
    "Topic": "#F0E442",  # yellow
}
DEFAULT_COLOR = "#999999"
MAX_TOOLTIP_SENTENCES = 5
MAX_SENTENCE_CHARS = 300
MAX_NODES = 300  # above this, only the most central entities are drawn
LARGE_GRAPH = 150  # from this many entities on, unlinked entities start hidden
MENTIONED_SHARE = 4  # when cutting, the 1/4 of the drawing goes to the most-mentioned entities first
LAYOUT_SEED = 42

EXTERNAL = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)


# --------------------------------------------------------------------------- pyvis assets


def _pyvis_lib_dir() -> Path:
    import pyvis

    return Path(pyvis.__file__).resolve().parent / "templates" / "lib"


def _version_key(p: Path) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", p.parent.name.split("-", 1)[-1]))


def vis_assets() -> tuple[str, str]:
    """vis-network's (JS, CSS) from the installed pyvis package (newest bundled version)."""
    candidates = sorted(_pyvis_lib_dir().glob("vis-*/vis-network.min.js"), key=_version_key)
    if not candidates:
        raise RuntimeError("vis-network.min.js not found in the installed pyvis package")
    js_path = candidates[-1]
    js = js_path.read_text(encoding="utf-8")
    css_path = js_path.with_name("vis-network.css")
    css = css_path.read_text(encoding="utf-8") if css_path.is_file() else ""
    # Drop the source-map comment: it names a file that is not shipped.
    js = re.sub(r"//# sourceMappingURL=\S+\s*$", "", js)
    if re.search(r"</script", js, re.IGNORECASE) or re.search(r"</style", css, re.IGNORECASE):
        raise RuntimeError("vis-network assets cannot be inlined safely")
    return js, css


# --------------------------------------------------------------------------- analysis values


def _objects(rdf: rdflib.Graph, p: URIRef) -> Iterable[tuple[Any, Any]]:
    """(subject, object) pairs of ``p`` in a Graph, or in every graph of a Dataset."""
    if isinstance(rdf, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        return ((s, o) for s, _, o, _ in rdf.quads((None, p, None, None)))
    return rdf.subject_objects(p)


def analysis_scores(rdf: rdflib.Graph | None) -> dict[str, dict[str, Any]]:
    """``{entity IRI: {"pagerank": float, "community": int}}`` read from the RDF (may be empty)."""
    out: dict[str, dict[str, Any]] = {}
    if rdf is None:
        return out
    for prop, key, conv in (("pagerank", "pagerank", float), ("community", "community", int)):
        values: dict[str, list[Any]] = {}
        for s, o in _objects(rdf, KGO[prop]):
            try:
                value = conv(o.toPython())
            except (TypeError, ValueError, AttributeError):
                continue
            values.setdefault(str(s), []).append(value)
        for s, vs in values.items():
            out.setdefault(s, {})[key] = sorted(vs)[0]
    return out


def with_scores(g: nx.MultiDiGraph, scores: dict[str, dict[str, Any]] | None) -> nx.MultiDiGraph:
    """A copy of ``g`` whose nodes carry ``pagerank``/``community`` from ``scores`` (if given)."""
    if not scores:
        return g
    g = g.copy()
    for node, vals in scores.items():
        if node in g:
            g.nodes[node].update(vals)
    return g


def centrality(g: nx.MultiDiGraph) -> tuple[dict[str, float], str]:
    """Node → importance and its name: PageRank when any node has one, else degree."""
    if any("pagerank" in d for _, d in g.nodes(data=True)):
        return {n: float(d.get("pagerank") or 0.0) for n, d in g.nodes(data=True)}, "PageRank"
    return {n: float(k) for n, k in g.degree()}, "degree"


def top_nodes(g: nx.MultiDiGraph, n: int) -> list[str]:
    """The ``n`` most central nodes, ties broken by label then IRI (deterministic)."""
    score, _ = centrality(g)
    ranked = sorted(g.nodes, key=lambda x: (-score[x], str(g.nodes[x].get("label", "")), str(x)))
    return ranked[:n]


def drawn_nodes(g: nx.MultiDiGraph, n: int) -> list[str]:
    """The ``n`` entities a cut picture draws: the most mentioned first (up to a quarter
    of ``n``: whatever a corpus names most is on the page), then the most central."""
    mentioned = sorted((x for x in g.nodes if g.nodes[x].get("mentions")),
                       key=lambda x: (-int(g.nodes[x]["mentions"]), str(g.nodes[x].get("label", "")), str(x)))
    first = mentioned[:max(1, n // MENTIONED_SHARE)]
    return list(dict.fromkeys(first + top_nodes(g, n)))[:n]


def spring_positions(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Deterministic layout (spring_layout, seed 42) scaled to screen pixels."""
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in g.edges() if u != v))
    scale = 120.0 * math.sqrt(g.number_of_nodes())
    pos = nx.spring_layout(simple, seed=LAYOUT_SEED, scale=scale)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}


# --------------------------------------------------------------------------- tooltips


def _clip(text: str, n: int = MAX_SENTENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _sentence_lines(sentences: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for s in sentences[:MAX_TOOLTIP_SENTENCES]:
        lines.append(f"• “{_clip(s.get('text') or '')}”")
        source = s.get("title") or s.get("article") or ""
        if s.get("url"):
            source = f"{source} <{s['url']}>" if source else s["url"]
        if source:
            lines.append(f"   — {_clip(source, 200)}")
    if len(sentences) > MAX_TOOLTIP_SENTENCES:
        lines.append(f"… and {len(sentences) - MAX_TOOLTIP_SENTENCES} more")
    return lines


def node_sentences(g: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    """A node's own sentences, then those of its relations, without repeats."""
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    own = list(g.nodes[node].get("sentences") or [])
    edges = sorted(
        list(g.out_edges(node, keys=True, data=True)) + list(g.in_edges(node, keys=True, data=True)),
        key=lambda e: (str(e[0]), str(e[1]), str(e[2])),
    )
    for d in own + [s for *_, ed in edges for s in ed.get("sentences") or []]:
        seen.setdefault((d.get("article") or "", d.get("text") or ""), d)
    return list(seen.values())


def node_tooltip(attrs: dict[str, Any]) -> str:
    """Plain multi-line tooltip text for a node (vis-network shows it as text)."""
    label = str(attrs.get("label", ""))
    lines = [label, f"Type: {attrs.get('type', '?')}"]
    aliases = [a for a in attrs.get("aliases") or [] if a != label]
    if aliases:
        lines.append("Also: " + "; ".join(aliases))
    if attrs.get("titles"):
        lines.append("Titles: " + "; ".join(attrs["titles"]))
    if attrs.get("pagerank") is not None:
        lines.append(f"PageRank: {float(attrs['pagerank']):.4f}")
    if attrs.get("community") is not None:
        lines.append(f"Community: {attrs['community']}")
    n_articles = len(attrs.get("articles", []))
    if n_articles:
        times = f"{attrs['mentions']} times in " if attrs.get("mentions") else "in "
        lines.append(f"Mentioned {times}{n_articles} article{'s' if n_articles != 1 else ''}")
    if attrs.get("sentences"):
        lines.append("")
        lines += _sentence_lines(attrs["sentences"])
    return "\n".join(lines)


def edge_tooltip(src_label: str, relation: str, dst_label: str, attrs: dict[str, Any]) -> str:
    """Plain multi-line tooltip text for an edge."""
    if attrs.get("comention"):
        n = len(attrs.get("sentences") or [])
        lines = [f"{src_label} — co-mentioned with — {dst_label}",
                 f"named together in {n} sentence{'s' if n != 1 else ''} (no extracted relation)"]
        lines += [""] + _sentence_lines(attrs.get("sentences") or []) if attrs.get("sentences") else []
        return "\n".join(lines)
    w = attrs.get("weight", 1)
    lines = [f"{src_label} —{relation}→ {dst_label}", f"{w} supporting article{'s' if w != 1 else ''}"]
    if attrs.get("sentences"):
        lines.append("")
        lines += _sentence_lines(attrs["sentences"])
    return "\n".join(lines)


# --------------------------------------------------------------------------- page data


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>``, ``&`` become ``\\u003c`` etc."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _options(physics: bool) -> dict[str, Any]:
    return {
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -5000,
                "centralGravity": 0.8,
                "springLength": 150,
                "springConstant": 0.04,
                "damping": 0.09,
                "avoidOverlap": 0.5,
            },
            "stabilization": {"enabled": physics, "iterations": 1000, "fit": True},
        },
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": physics},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "nodes": {
            "shape": "dot",
            "font": {"size": 18, "strokeWidth": 4, "strokeColor": "#ffffff"},
            "scaling": {"min": 10, "max": 40, "label": {"enabled": True, "min": 18, "max": 28}},
            "borderWidth": 1,
            "widthConstraint": {"maximum": 360},  # long names wrap onto several lines
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 13, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "color": {"inherit": False, "color": "#999999", "highlight": "#333333"},
            "smooth": {"enabled": True, "type": "dynamic"} if physics else {"enabled": False},
            "scaling": {"min": 1, "max": 5, "label": {"enabled": False}},
        },
    }


def _edge_item(g: nx.MultiDiGraph, s: str, o: str, key: Any, d: dict[str, Any], short: bool = False) -> dict[str, Any]:
    """One vis-network edge; co-mention edges are dashed, unlabelled and undirected."""
    rel = str(d.get("relation") or key)
    src, dst = str(g.nodes[s].get("label", s)), str(g.nodes[o].get("label", o))
    attrs = dict(d, sentences=(d.get("sentences") or [])[:1]) if short else d
    edge: dict[str, Any] = {"id": f"{s} {rel} {o}", "from": s, "to": o, "label": rel,
                            "title": edge_tooltip(src, rel, dst, attrs),
                            "value": max(1, int(d.get("weight", 1)))}
    if d.get("comention"):
        edge.update(label="", dashes=True, arrows={"to": {"enabled": False}},
                    color={"color": "#c8c8c8", "highlight": "#777777"}, value=1, comention=True)
    return edge


def _link_item(s: str, o: str, key: Any, d: dict[str, Any], index: dict[str, int],
               texts: dict[str, int], sources: dict[str, int]) -> list[Any]:
    """An edge the page draws only on demand: ``[from, to, relation, value, count, text, comention, source]``.

    ``from``/``to`` index the page's nodes (drawn, then extra); ``count`` is the
    supporting articles (the sentences of a co-mention). ``text`` and ``source``
    index ``texts`` and ``sources``, the two tooltip lines of the first
    sentence (:func:`_sentence_lines`), each kept once: a sentence naming many
    entities is shared by many edges, an article by its sentences; -1 for none.
    The page's ``linkEdge`` makes the vis-network edge :func:`_edge_item` would
    (its tooltip as :func:`edge_tooltip` writes it, with the one sentence). A
    10,000-article page held 103,000 such edges: as full objects, 78 MB of its
    89 MB of data.
    """
    rel = str(d.get("relation") or key)
    lines = _sentence_lines((d.get("sentences") or [])[:1]) + ["", ""]
    text = texts.setdefault(lines[0], len(texts)) if lines[0] else -1
    source = sources.setdefault(lines[1], len(sources)) if lines[1] else -1
    count = len(d.get("sentences") or []) if d.get("comention") else d.get("weight", 1)
    if isinstance(count, float) and count.is_integer():
        count = int(count)
    return [index[s], index[o], rel, max(1, int(d.get("weight", 1))), count, text,
            1 if d.get("comention") else 0, source]


def _node_item(g: nx.MultiDiGraph, node: str, score: dict[str, float], measure: str, isolated: bool,
               short: bool = False) -> dict[str, Any]:
    d = g.nodes[node]
    attrs = dict(d, sentences=[] if short else node_sentences(g, node))
    item: dict[str, Any] = {
        "id": node,
        "label": str(d.get("label") or node),
        "type": str(d.get("type", "")),
        "aliases": [str(a) for a in d.get("aliases") or []],
        "title": node_tooltip(attrs),
        "color": TYPE_COLORS.get(str(d.get("type")), DEFAULT_COLOR),
        "value": round(score.get(node, 0.0), 6) if measure == "PageRank" else score.get(node, 0.0) + 1,
        "mentions": int(d.get("mentions") or 0),
    }
    if isolated:
        item["isolated"] = True
    if d.get("community") is not None:
        item["community"] = int(d["community"])
    return item


def graph_data(
    g: nx.MultiDiGraph, *, max_nodes: int = MAX_NODES, focus: str | None = None
) -> dict[str, Any]:
    """Everything the page's script needs: nodes, edges, options and a summary.

    A graph above ``max_nodes`` is cut to :func:`drawn_nodes`; the others go to
    ``extra`` (short tooltips, and every edge touching them as a compact
    :func:`_link_item`), so the page's search finds any entity and draws its
    neighbourhood on demand. From
    :data:`LARGE_GRAPH` entities on, entities without any link start hidden.
    """
    full = g
    total = g.number_of_nodes()
    score, measure = centrality(g)
    unlinked = {n for n in g.nodes if not any(True for _ in nx.all_neighbors(g, n))}
    truncated = total > max_nodes
    rest: list[str] = []
    if truncated:
        keep = set(drawn_nodes(g, max_nodes))
        if focus is not None and focus in g:
            keep.add(focus)
        rest = sorted(set(g.nodes) - keep)
        g = g.subgraph(keep).copy()
    pos = spring_positions(g) if truncated else {}

    nodes = []
    for node in sorted(g.nodes):
        item = _node_item(g, node, score, measure, node in unlinked)
        if node in pos:
            item["x"], item["y"] = pos[node]
        nodes.append(item)

    edges = []
    parallel: Counter[tuple[str, str]] = Counter()
    for s, o, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        k = parallel[(s, o)]
        parallel[(s, o)] += 1
        edge = _edge_item(g, s, o, key, d)
        if k and not truncated:  # bend parallel edges apart so their labels stay readable
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 * k}
        edges.append(edge)

    extra: dict[str, list[Any]] = {"nodes": [], "links": [], "texts": [], "sources": []}
    if rest:
        outside = set(rest)
        extra["nodes"] = [_node_item(full, n, score, measure, n in unlinked, short=True) for n in rest]
        index = {nid: i for i, nid in enumerate([n["id"] for n in nodes] + rest)}
        texts: dict[str, int] = {}
        sources: dict[str, int] = {}
        extra["links"] = [_link_item(s, o, key, d, index, texts, sources)
                          for s, o, key, d in sorted(full.edges(keys=True, data=True),
                                                     key=lambda e: (e[0], e[1], str(e[2])))
                          if s in outside or o in outside]
        extra["texts"], extra["sources"] = list(texts), list(sources)
    return {
        "nodes": nodes,
        "edges": edges,
        "extra": extra,
        "options": _options(physics=not truncated),
        "total": total,
        "shown": len(nodes),
        "truncated": truncated,
        "measure": measure,
        "hideIsolated": total >= LARGE_GRAPH and bool(unlinked),
        "isolated": len(unlinked),
        "relations": sum(1 for e in edges if not e.get("comention")),
        "comentions": sum(1 for e in edges if e.get("comention")),
        "focus": focus if focus in g else None,
    }


# --------------------------------------------------------------------------- neighbourhoods


def entity_names(g: nx.MultiDiGraph, rdf: rdflib.Graph | None = None) -> dict[str, set[str]]:
    """Node → every name it has: label and aliases, plus all rdfs:label/skos:altLabel in ``rdf``."""
    from rdflib.namespace import RDFS, SKOS

    names: dict[str, set[str]] = {
        n: {str(d.get("label") or "")} | {str(a) for a in d.get("aliases") or []} for n, d in g.nodes(data=True)
    }
    if rdf is not None:
        for prop in (RDFS.label, SKOS.altLabel):
            for s, o in _objects(rdf, prop):
                if str(s) in names:
                    names[str(s)].add(str(o))
    return {n: {x for x in v if x.strip()} for n, v in names.items()}


def _describe(g: nx.MultiDiGraph, nodes: Iterable[str], limit: int = 5, rank: bool = True) -> str:
    score, _ = centrality(g)
    ranked = list(dict.fromkeys(nodes))
    if rank:
        ranked.sort(key=lambda n: (-score.get(n, 0.0), str(g.nodes[n].get("label", "")), n))
    return ", ".join(f"{g.nodes[n].get('label', n)} ({g.nodes[n].get('type', '?')})" for n in ranked[:limit])


def find_entity(g: nx.MultiDiGraph, name: str, rdf: rdflib.Graph | None = None) -> str:
    """The node named ``name`` (label or alias, diacritic- and case-insensitive, or its IRI).

    Raises LookupError with a one-line message (and up to 5 suggestions) when
    no entity or several entities match.
    """
    import difflib

    from kg.textutil import fold_key

    if name in g:
        return name
    q = fold_key(name)
    if not q:
        raise LookupError("empty entity name")
    keys = {n: {fold_key(x) for x in names} for n, names in entity_names(g, rdf).items()}
    exact = [n for n, ks in keys.items() if q in ks]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise LookupError(f"{name!r} names {len(exact)} entities: {_describe(g, exact)}; use a fuller name")
    words = re.compile(r"(?:^|\W)" + re.escape(q) + r"(?:\W|$)")
    partial = [n for n, ks in keys.items() if any(words.search(k) for k in ks)]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise LookupError(f"{name!r} is ambiguous; did you mean: {_describe(g, partial)}")
    by_key: dict[str, set[str]] = {}
    for n, ks in keys.items():
        for k in ks:
            by_key.setdefault(k, set()).add(n)
    close = difflib.get_close_matches(q, sorted(by_key), n=10, cutoff=0.5)
    near = [n for k in close for n in sorted(by_key[k])]
    if near:
        hint = f"; did you mean: {_describe(g, near, rank=False)}"
    else:
        hint = f"; the most connected are: {_describe(g, g.nodes)}" if len(g) else " (the graph is empty)"
    raise LookupError(f"no entity named {name!r}{hint}")


def ego_network(g: nx.MultiDiGraph, center: str, hops: int) -> nx.MultiDiGraph:
    """The entities within ``hops`` relations of ``center`` (either direction), with their relations."""
    keep = nx.ego_graph(g.to_undirected(as_view=True), center, radius=hops).nodes
    return g.subgraph(keep).copy()


# The page itself (HTML, script, streaming writer) lives in kg.vizpage; kept importable from here, on first use
# (kg.vizpage imports this module, so either may be imported first).
_PAGE_NAMES = ("external_refs", "render_html", "write_graph_html")


def __getattr__(name: str):
    """``kg.viz.render_html`` and the other page functions of :mod:`kg.vizpage`."""
    if name in _PAGE_NAMES:
        from kg import vizpage

        return getattr(vizpage, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
