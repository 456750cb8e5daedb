"""The graph page's HTML: header, style, script, and a writer that streams it to disk.

:func:`write_graph_html` writes the page of :func:`kg.viz.graph_data` a piece
at a time (the embedded data of a 5,000-article build is ~60 MB of JSON; held
whole, with its escaped copies and the page around it, it took several times
that), :func:`render_html` returns it as one string. See :mod:`kg.viz` for
what the page shows and how text is escaped.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator

import networkx as nx
import rdflib

from kg.viz import (MAX_NODES, TYPE_COLORS, EXTERNAL, with_scores, analysis_scores, graph_data,
                    vis_assets)


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

  var extra = data.extra || { nodes: [], links: [], texts: [], sources: [] };
  var extraById = {};
  extra.nodes.forEach(function (n) { extraById[n.id] = n; });
  var allNodes = data.nodes.concat(extra.nodes);
  var index = allNodes.map(function (n) {
    return { id: n.id, value: n.value, keys: [fold(n.label)].concat(n.aliases.map(fold)) };
  });
  var position = {};
  allNodes.forEach(function (n, i) { position[n.id] = i; });
  // An edge drawn on demand ([from, to, relation, value, count, text, comention, source], see
  // kg.viz._link_item) as the vis-network edge and tooltip kg.viz._edge_item would make.
  function linkEdge(t) {
    var a = allNodes[t[0]], b = allNodes[t[1]], rel = t[2], n = t[4];
    var e = { id: a.id + " " + rel + " " + b.id, from: a.id, to: b.id, label: rel, value: t[3] };
    var head = t[6] === 1 ?
      a.label + " \u2014 co-mentioned with \u2014 " + b.label + "\nnamed together in " + n + " sentence" +
        (n !== 1 ? "s" : "") + " (no extracted relation)" :
      a.label + " \u2014" + rel + "\u2192 " + b.label + "\n" + n + " supporting article" + (n !== 1 ? "s" : "");
    e.title = t[5] >= 0 ? head + "\n\n" + extra.texts[t[5]] + (t[7] >= 0 ? "\n" + extra.sources[t[7]] : "") : head;
    if (t[6] === 1) {
      e.label = ""; e.dashes = true; e.arrows = { to: { enabled: false } };
      e.color = { color: "#c8c8c8", highlight: "#777777" }; e.value = 1; e.comention = true;
    }
    return e;
  }
  // An entity outside the drawn ones: add it, its neighbours and their links, placed
  // around a drawn neighbour (or beside the drawing), so a search always shows something.
  function reveal(id) {
    var k = position[id];
    var around = [];
    extra.links.forEach(function (t) {
      var other = t[0] === k ? t[1] : t[1] === k ? t[0] : -1;
      if (other >= 0 && around.indexOf(allNodes[other].id) < 0) { around.push(allNodes[other].id); }
    });
    var center = null;
    around.forEach(function (nid) { if (center === null && nodes.get(nid)) { center = nid; } });
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
    around.forEach(function (nid, i) {
      var a = 2 * Math.PI * i / Math.max(1, around.length);
      add(nid, base.x + 220 * Math.cos(a), base.y + 220 * Math.sin(a));
    });
    extra.links.forEach(function (t) {
      var from = allNodes[t[0]].id, to = allNodes[t[1]].id;
      if (nodes.get(from) && nodes.get(to) && (added.indexOf(from) >= 0 || added.indexOf(to) >= 0)) {
        var e = linkEdge(t);
        if (!edges.get(e.id)) { edges.add(e); }
      }
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
                if name in ("src", "href") and value and EXTERNAL.match(value):
                    self.external.append(f"<{tag} {name}={value}>")

    handle_startendtag = handle_starttag


def external_refs(page: str) -> list[str]:
    """External script/link references left in a page (should be none)."""
    finder = _ExternalRefFinder()
    finder.feed(page)
    finder.close()
    return finder.external


def json_pieces(value: Any, depth: int = 3) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True)`` in pieces, dicts and lists opened
    ``depth`` levels down (so no piece is the whole of a large page's data)."""
    if depth > 0 and isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
        yield "{"
        for i, key in enumerate(sorted(value)):
            yield (", " if i else "") + json.dumps(key, ensure_ascii=False) + ": "
            yield from json_pieces(value[key], depth - 1)
        yield "}"
    elif depth > 0 and isinstance(value, list) and value:
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ", "
            yield from json_pieces(item, depth - 1)
        yield "]"
    else:
        yield json.dumps(value, ensure_ascii=False, sort_keys=True)


def script_json_pieces(data: Any, size: int = 1 << 20) -> Iterator[str]:
    """:func:`kg.viz.script_json` of ``data`` in pieces of about ``size`` characters."""
    buf: list[str] = []
    n = 0
    for piece in json_pieces(data):
        buf.append(piece)
        n += len(piece)
        if n >= size:
            yield "".join(buf).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            buf, n = [], 0
    if buf:
        yield "".join(buf).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_pieces(
    g: nx.MultiDiGraph,
    *,
    title: str = "kg — entity graph",
    rdf: rdflib.Graph | None = None,
    max_nodes: int = MAX_NODES,
    focus: str | None = None,
    note: str | None = None,
) -> Iterator[str]:
    """The offline HTML page for an entity graph, in pieces (see :func:`render_html`)."""
    g = with_scores(g, analysis_scores(rdf))
    data = graph_data(g, max_nodes=max(1, max_nodes), focus=focus)
    js, css = vis_assets()
    head = (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<style>\n{css}\n{_PAGE_CSS}</style>\n"
        f"<script>\n{js}\n</script>\n"
        "</head>\n<body>\n"
        f"{_header_html(data, title, note)}"
        '<div id="kg-graph"></div>\n'
        "<script>\nwindow.kgData = "
    )
    tail = ";\n</script>\n" f"<script>{_PAGE_JS}</script>\n" "</body>\n</html>\n"
    # The data in between is JSON with every "<" escaped: no tag can come from it.
    left = external_refs(head + tail)
    if left:
        raise RuntimeError(f"page still references external resources: {left}")
    yield head
    yield from script_json_pieces(data)
    yield tail


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
    return "".join(page_pieces(g, title=title, rdf=rdf, max_nodes=max_nodes, focus=focus, note=note))


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
    """Write the interactive, fully offline graph page atomically, a piece at a time; return its path."""
    from kg.fsutil import write_atomic_pieces

    return write_atomic_pieces(Path(path), page_pieces(g, title=title, rdf=rdf, max_nodes=max_nodes,
                                                       focus=focus, note=note))
