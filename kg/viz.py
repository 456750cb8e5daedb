"""Interactive HTML picture of the entity graph that works fully offline.

:func:`write_graph_html` draws the projection of :func:`kg.analyze.entity_graph`
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

import html
import json
import math
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
import rdflib
from rdflib import URIRef

from kg.fsutil import write_atomic
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

_EXTERNAL = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)


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


def _with_scores(g: nx.MultiDiGraph, scores: dict[str, dict[str, Any]] | None) -> nx.MultiDiGraph:
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
    ``extra`` (short tooltips, and every edge touching them), so the page's
    search finds any entity and draws its neighbourhood on demand. From
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

    extra: dict[str, list[dict[str, Any]]] = {"nodes": [], "edges": []}
    if rest:
        outside = set(rest)
        extra["nodes"] = [_node_item(full, n, score, measure, n in unlinked, short=True) for n in rest]
        extra["edges"] = [_edge_item(full, s, o, key, d, short=True)
                          for s, o, key, d in sorted(full.edges(keys=True, data=True),
                                                     key=lambda e: (e[0], e[1], str(e[2])))
                          if s in outside or o in outside]
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


# --------------------------------------------------------------------------- HTML


def _header_html(data: dict[str, Any], title: str, note: str | None) -> str:
    nodes = data["nodes"]
    counts = Counter(n["type"] for n in nodes)
    items = []
    for t, color in TYPE_COLORS.items():
        disabled = "" if counts.get(t) else " disabled"
        checked = " checked" if counts.get(t) else ""
        items.append(
            f'<label class="kg-legend-item"><input type="checkbox" class="kg-type" value="{html.escape(t)}"'
            f"{checked}{disabled}>"
            f'<span class="kg-swatch" style="background:{html.escape(color)}"></span>'
            f"{html.escape(t)} ({counts.get(t, 0)})</label>"
        )
    communities = Counter(n["community"] for n in nodes if "community" in n)
    community = ""
    if communities:
        opts = "".join(
            f'<option value="{c}">community {c} ({k})</option>'
            for c, k in sorted(communities.items(), key=lambda ck: (-ck[1], ck[0]))
        )
        community = (
            '<label class="kg-control">Community <select id="kg-community">'
            f'<option value="">all ({len(communities)})</option>{opts}</select></label>'
        )
    size = "PageRank" if data["measure"] == "PageRank" else "number of links"
    links = f"{data['relations']} relations"
    if data["comentions"]:
        links += f" and {data['comentions']} co-mention links (dashed)"
    summary = f"{data['shown']} entities, {links}. Node size: {size}."
    if data["truncated"]:
        summary = (
            f"Large graph: showing the {data['shown']} most central or most mentioned of {data['total']} "
            f"entities (by {data['measure']} and mentions), {links} among them; precomputed layout, "
            "physics off. Find reaches every entity and draws its neighbourhood."
        )
    if data["isolated"]:
        checked = "" if data["hideIsolated"] else " checked"
        community += (f'<label class="kg-control"><input type="checkbox" id="kg-isolated"{checked}> '
                      f'unlinked entities ({data["isolated"]})</label>')
    note_html = f'<p class="kg-note">{html.escape(note)}</p>' if note else ""
    return (
        '<div id="kg-header">'
        f"<h1>{html.escape(title)}</h1>"
        f"{note_html}"
        f'<p class="kg-summary" id="kg-summary">{html.escape(summary)} '
        "Hover a node or edge for its sources; drag to move, scroll to zoom.</p>"
        '<div id="kg-controls">'
        '<label class="kg-control">Find <input id="kg-search" type="search" list="kg-search-list" '
        'placeholder="name or alias, e.g. To Lam" autocomplete="off"></label>'
        '<datalist id="kg-search-list"></datalist> <span id="kg-search-status" role="status"></span>'
        f"{community}"
        "</div>"
        f'<div id="kg-legend">{"".join(items)}</div>'
        f"{_entity_list_html(nodes)}"
        "</div>\n"
    )


def _entity_list_html(nodes: list[dict[str, Any]]) -> str:
    """A collapsed, searchable (Ctrl+F) list of the entities, by type then label."""
    order = {t: i for i, t in enumerate(TYPE_COLORS)}
    rows = sorted((order.get(n["type"], len(order)), n["label"], n["type"]) for n in nodes)
    lis = "".join(f"<li>{html.escape(label)} <small>({html.escape(t)})</small></li>" for _, label, t in rows)
    return f'<details id="kg-entities"><summary>Entities ({len(rows)})</summary><ul>{lis}</ul></details>'


_PAGE_CSS = """
html, body { height: 100%; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
       display: flex; flex-direction: column; }
#kg-header { padding: 0.4rem 0.6rem 0.2rem; border-bottom: 1px solid #ddd; }
#kg-header h1 { font-size: 1.3rem; margin: 0.2rem 0; }
#kg-header .kg-summary, #kg-header .kg-note { margin: 0.2rem 0; color: #444; font-size: 0.9rem; }
#kg-controls { margin: 0.3rem 0; font-size: 0.9rem; }
#kg-controls input[type=search] { width: 18rem; font-size: 0.9rem; }
.kg-control { margin-right: 1rem; }
#kg-search-status { color: #555; margin-right: 1rem; }
#kg-legend { margin: 0.3rem 0 0.4rem; font-size: 0.9rem; }
#kg-entities { font-size: 0.85rem; margin-bottom: 0.2rem; }
#kg-entities ul { columns: 3; margin: 0.3rem 0; }
.kg-legend-item { display: inline-block; margin-right: 1rem; cursor: pointer; }
.kg-legend-item input { margin: 0 0.3em 0 0; vertical-align: -0.1em; }
.kg-swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%;
             margin-right: 0.3em; vertical-align: -0.1em; border: 1px solid #333; }
#kg-graph { flex: 1 1 auto; min-height: 420px; position: relative; }
div.vis-tooltip { white-space: pre-wrap; max-width: 480px; font-size: 12px; }
"""

# The page's own script. Data comes from window.kgData (escaped JSON); text only
# ever reaches the DOM through textContent / value / vis-network's innerText.
_PAGE_JS = r"""
(function () {
  "use strict";
  var data = window.kgData;
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0111\u0110]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
  }
  window.kgFold = fold;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var activeTypes = {};
  data.nodes.forEach(function (n) { activeTypes[n.type] = true; });
  var community = null;
  var showIsolated = !data.hideIsolated;
  function nodeVisible(n) {
    return activeTypes[n.type] === true && (community === null || n.community === community) &&
      (showIsolated || !n.isolated || n.revealed === true);
  }
  var nodesView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgesView = new vis.DataView(edges, { filter: function (e) {
    var a = nodes.get(e.from), b = nodes.get(e.to);
    return !!a && !!b && nodeVisible(a) && nodeVisible(b);
  } });
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgNodesView = nodesView;
  window.kgEdgesView = edgesView;
  window.kgReady = false;
  window.kgVisibleCount = function () { return nodesView.length; };
  window.kgTooltip = function (id) { var n = nodes.get(id); return n ? n.title : null; };

  function refresh() { nodesView.refresh(); edgesView.refresh(); }
  Array.prototype.forEach.call(document.querySelectorAll("input.kg-type"), function (box) {
    box.addEventListener("change", function () { activeTypes[box.value] = box.checked; refresh(); });
  });
  var isolatedBox = document.getElementById("kg-isolated");
  if (isolatedBox) {
    isolatedBox.addEventListener("change", function () { showIsolated = isolatedBox.checked; refresh(); });
  }
  var select = document.getElementById("kg-community");
  if (select) {
    select.addEventListener("change", function () {
      community = select.value === "" ? null : parseInt(select.value, 10);
      refresh();
    });
  }

  var extra = data.extra || { nodes: [], edges: [] };
  var extraById = {};
  extra.nodes.forEach(function (n) { extraById[n.id] = n; });
  var allNodes = data.nodes.concat(extra.nodes);
  var index = allNodes.map(function (n) {
    return { id: n.id, value: n.value, keys: [fold(n.label)].concat(n.aliases.map(fold)) };
  });
  // An entity outside the drawn ones: add it, its neighbours and their links, placed
  // around a drawn neighbour (or beside the drawing), so a search always shows something.
  function reveal(id) {
    var center = null;
    extra.edges.forEach(function (e) {
      var other = e.from === id ? e.to : e.to === id ? e.from : null;
      if (other !== null && center === null && nodes.get(other)) { center = other; }
    });
    var base;
    if (center !== null) {
      var p = network.getPositions([center])[center];
      base = { x: p.x + 160, y: p.y + 120 };
    } else {
      var xs = Object.values(network.getPositions()).map(function (q) { return q.x; });
      base = { x: (xs.length ? Math.max.apply(null, xs) : 0) + 300, y: 0 };
    }
    var added = [];
    function add(nid, x, y) {
      if (nodes.get(nid) || !extraById[nid]) { return; }
      var n = Object.assign({}, extraById[nid], { x: x, y: y, revealed: true });
      nodes.add(n);
      added.push(nid);
    }
    add(id, base.x, base.y);
    var around = [];
    extra.edges.forEach(function (e) {
      var other = e.from === id ? e.to : e.to === id ? e.from : null;
      if (other !== null && around.indexOf(other) < 0) { around.push(other); }
    });
    around.forEach(function (nid, i) {
      var a = 2 * Math.PI * i / Math.max(1, around.length);
      add(nid, base.x + 220 * Math.cos(a), base.y + 220 * Math.sin(a));
    });
    extra.edges.forEach(function (e) {
      if (!edges.get(e.id) && nodes.get(e.from) && nodes.get(e.to) &&
          (added.indexOf(e.from) >= 0 || added.indexOf(e.to) >= 0)) { edges.add(e); }
    });
    refresh();
    return added.length;
  }
  window.kgReveal = reveal;
  var list = document.getElementById("kg-search-list");
  allNodes.map(function (n) { return n.label; }).sort().forEach(function (label) {
    var opt = document.createElement("option");
    opt.value = label;
    list.appendChild(opt);
  });
  // Every entity whose name or alias matches, best tier first (exact, prefix, anywhere),
  // then by importance: several entities may share a name ("họp báo" of several articles).
  function findAll(query) {
    var q = fold(query);
    if (!q) { return []; }
    var tests = [
      function (k) { return k === q; },
      function (k) { return k.indexOf(q) === 0; },
      function (k) { return k.indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hits = index.filter(function (e) { return e.keys.some(tests[i]); });
      if (hits.length) {
        hits.sort(function (a, b) { return (b.value - a.value) || (a.id < b.id ? -1 : 1); });
        return hits.map(function (h) { return h.id; });
      }
    }
    return [];
  }
  function find(query) { var all = findAll(query); return all.length ? all[0] : null; }
  window.kgFindAll = findAll;
  function focusNode(id) {
    var n = nodes.get(id);
    if (!n) { reveal(id); n = nodes.get(id); }
    if (n.isolated && !showIsolated && !n.revealed) { nodes.update({ id: id, revealed: true }); n = nodes.get(id); }
    if (!nodeVisible(n)) {
      activeTypes[n.type] = true;
      Array.prototype.forEach.call(document.querySelectorAll("input.kg-type"), function (box) {
        if (box.value === n.type) { box.checked = true; }
      });
      if (community !== null && n.community !== community) { community = null; if (select) { select.value = ""; } }
      refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
  }
  var status = document.getElementById("kg-search-status");
  var lastQuery = null, lastHit = 0;
  window.kgSearch = function (query) {
    var all = findAll(query);
    if (!all.length) {
      status.textContent = query.trim() ? "no entity matches \u201c" + query.trim() + "\u201d" : "";
      lastQuery = null;
      return null;
    }
    lastHit = query === lastQuery ? (lastHit + 1) % all.length : 0;  // Enter again: the next match
    lastQuery = query;
    var id = all[lastHit];
    var outside = !nodes.get(id);
    var n = nodes.get(id) || extraById[id];
    focusNode(id);
    status.textContent = n.label + " (" + n.type + ")" + (all.length > 1 ? " \u2014 match " + (lastHit + 1) +
      " of " + all.length + ", Enter for the next" : "") + (outside ? " \u2014 not among the drawn entities; " +
      "added with its neighbourhood" : "");
    return id;
  };
  var search = document.getElementById("kg-search");
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { window.kgSearch(search.value); } });
  search.addEventListener("input", function () {  // a pick from the suggestion list
    var v = search.value;
    if (allNodes.some(function (n) { return n.label === v; })) { window.kgSearch(v); }
  });
  window.kgFind = find;

  function ready() {
    if (window.kgReady) { return; }
    window.kgReady = true;
    network.setOptions({ physics: { enabled: false } });
    if (data.focus) { focusNode(data.focus); }
  }
  if (data.options.physics.enabled && data.nodes.length) {
    network.once("stabilizationIterationsDone", ready);
    setTimeout(ready, 15000);
  } else {
    setTimeout(ready, 0);
  }
})();
"""


class _ExternalRefFinder(HTMLParser):
    """Collects src/href attributes of script/link tags that point off the machine."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "link"):
            for name, value in attrs:
                if name in ("src", "href") and value and _EXTERNAL.match(value):
                    self.external.append(f"<{tag} {name}={value}>")

    handle_startendtag = handle_starttag


def external_refs(page: str) -> list[str]:
    """External script/link references left in a page (should be none)."""
    finder = _ExternalRefFinder()
    finder.feed(page)
    finder.close()
    return finder.external


def render_html(
    g: nx.MultiDiGraph,
    *,
    title: str = "kg — entity graph",
    rdf: rdflib.Graph | None = None,
    max_nodes: int = MAX_NODES,
    focus: str | None = None,
    note: str | None = None,
) -> str:
    """The complete offline HTML page for an entity graph.

    ``rdf`` (the build's Dataset) supplies ``kgo:pagerank``/``kgo:community``
    when present; ``max_nodes`` caps the drawing; ``focus`` is a node IRI
    selected on load; ``note`` is an extra line under the heading.
    """
    g = _with_scores(g, analysis_scores(rdf))
    data = graph_data(g, max_nodes=max(1, max_nodes), focus=focus)
    js, css = vis_assets()
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<style>\n{css}\n{_PAGE_CSS}</style>\n"
        f"<script>\n{js}\n</script>\n"
        "</head>\n<body>\n"
        f"{_header_html(data, title, note)}"
        '<div id="kg-graph"></div>\n'
        f"<script>\nwindow.kgData = {script_json(data)};\n</script>\n"
        f"<script>{_PAGE_JS}</script>\n"
        "</body>\n</html>\n"
    )
    left = external_refs(page)
    if left:
        raise RuntimeError(f"page still references external resources: {left}")
    return page


def write_graph_html(
    g: nx.MultiDiGraph,
    path: Path,
    *,
    title: str = "kg — entity graph",
    rdf: rdflib.Graph | None = None,
    max_nodes: int = MAX_NODES,
    focus: str | None = None,
    note: str | None = None,
) -> Path:
    """Write the interactive, fully offline graph page atomically; return its path."""
    path = Path(path)
    write_atomic(path, render_html(g, title=title, rdf=rdf, max_nodes=max_nodes, focus=focus, note=note))
    return path


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
