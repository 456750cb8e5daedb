"""Interactive HTML picture of the entity graph that works fully offline.

:func:`write_graph_html` draws the projection of :func:`kg.analyze.entity_graph`
with pyvis / vis-network. pyvis's template links Bootstrap and vis-network from
CDNs, so the generated page is post-processed: every external ``<script src>``
and ``<link href>`` is removed and vis-network's JS and CSS are inlined from the
copy shipped inside the installed pyvis package. No network is ever needed to
open the page.

Tooltips are plain multi-line text: vis-network 9 sets a string tooltip with
``innerText``, so text from articles can never become markup there; node data
is embedded with Jinja's ``tojson`` (which escapes ``<``, ``>``, ``&``), and the
heading and legend we add ourselves are ``html.escape``-d.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx

from kg.fsutil import write_atomic

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


def node_tooltip(attrs: dict[str, Any]) -> str:
    """Plain multi-line tooltip text for a node (vis-network shows it as text)."""
    lines = [str(attrs.get("label", "")), f"Type: {attrs.get('type', '?')}"]
    if attrs.get("aliases"):
        lines.append("Also: " + "; ".join(attrs["aliases"]))
    if attrs.get("titles"):
        lines.append("Titles: " + "; ".join(attrs["titles"]))
    n_articles = len(attrs.get("articles", []))
    if n_articles:
        lines.append(f"Mentioned in {n_articles} article{'s' if n_articles != 1 else ''}")
    if attrs.get("sentences"):
        lines.append("")
        lines += _sentence_lines(attrs["sentences"])
    return "\n".join(lines)


def edge_tooltip(src_label: str, relation: str, dst_label: str, attrs: dict[str, Any]) -> str:
    """Plain multi-line tooltip text for an edge."""
    w = attrs.get("weight", 1)
    lines = [f"{src_label} —{relation}→ {dst_label}", f"{w} supporting article{'s' if w != 1 else ''}"]
    if attrs.get("sentences"):
        lines.append("")
        lines += _sentence_lines(attrs["sentences"])
    return "\n".join(lines)


# --------------------------------------------------------------------------- HTML


def _options() -> dict[str, Any]:
    return {
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -8000,
                "centralGravity": 0.3,
                "springLength": 160,
                "springConstant": 0.04,
                "damping": 0.09,
                "avoidOverlap": 0.2,
            },
            "stabilization": {"enabled": True, "iterations": 1000, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "nodes": {"shape": "dot", "font": {"size": 14}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 10, "align": "middle"},
            "color": {"inherit": False, "color": "#888888"},
            "smooth": {"enabled": True, "type": "dynamic"},
        },
    }


def _legend_html(g: nx.MultiDiGraph, title: str) -> str:
    counts = Counter(str(d.get("type", "")) for _, d in g.nodes(data=True))
    items = []
    for t, color in TYPE_COLORS.items():
        items.append(
            '<span class="kg-legend-item">'
            f'<span class="kg-swatch" style="background:{html.escape(color)}"></span>'
            f"{html.escape(t)} ({counts.get(t, 0)})</span>"
        )
    return (
        '<div id="kg-header">'
        f"<h1>{html.escape(title)}</h1>"
        f'<p class="kg-summary">{g.number_of_nodes()} entities, {g.number_of_edges()} relations. '
        "Hover a node or edge for its sources; drag to move, scroll to zoom.</p>"
        f'<div id="kg-legend">{"".join(items)}</div>'
        f"{_entity_list_html(g)}"
        "</div>\n"
    )


def _entity_list_html(g: nx.MultiDiGraph) -> str:
    """A collapsed, searchable (Ctrl+F) list of the entities, by type then label."""
    order = {t: i for i, t in enumerate(TYPE_COLORS)}
    rows = sorted(
        (order.get(str(d.get("type")), len(order)), str(d.get("label") or n), str(d.get("type", "")))
        for n, d in g.nodes(data=True)
    )
    lis = "".join(f"<li>{html.escape(label)} <small>({html.escape(t)})</small></li>" for _, label, t in rows)
    return f'<details id="kg-entities"><summary>Entities ({len(rows)})</summary><ul>{lis}</ul></details>'



_PAGE_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0.5rem; }
#kg-header h1 { font-size: 1.3rem; margin: 0.2rem 0; }
#kg-header .kg-summary { margin: 0.2rem 0; color: #444; font-size: 0.9rem; }
#kg-legend { margin: 0.3rem 0 0.5rem; font-size: 0.9rem; }
#kg-entities { font-size: 0.85rem; margin-bottom: 0.4rem; }
#kg-entities ul { columns: 3; margin: 0.3rem 0; }
.kg-legend-item { display: inline-block; margin-right: 1rem; }
.kg-swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%;
             margin-right: 0.3em; vertical-align: -0.1em; border: 1px solid #333; }
div.vis-tooltip { white-space: pre-wrap; max-width: 480px; font-size: 12px; }
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


def make_offline(page: str, js: str, css: str) -> str:
    """Strip external/relative script and link tags and inline vis-network's JS/CSS."""
    page = re.sub(r"<!--.*?-->", "", page, flags=re.DOTALL)  # commented-out asset tags
    # <script ... src=...></script> (any src: remote CDNs or pyvis's relative lib/ paths)
    page = re.sub(r"<script\b[^>]*\bsrc\s*=[^>]*>\s*</script\s*>", "", page, flags=re.IGNORECASE)
    page = re.sub(r"<link\b[^>]*\bhref\s*=[^>]*>", "", page, flags=re.IGNORECASE)
    # pyvis's own <center><h1>heading</h1></center> (we add an escaped heading)
    page = re.sub(r"<center>\s*<h1>.*?</h1>\s*</center>", "", page, flags=re.DOTALL)
    # One <meta charset> first in <head> (browsers look for it in the first
    # 1024 bytes), then the inlined assets.
    page = re.sub(r"<meta\s+charset[^>]*>", "", page, flags=re.IGNORECASE)
    assets = f'\n<meta charset="utf-8">\n<style>\n{css}\n{_PAGE_CSS}</style>\n<script>\n{js}\n</script>\n'
    m = re.search(r"<head[^>]*>", page, re.IGNORECASE)
    if m is None:
        raise RuntimeError("unexpected pyvis page: no <head>")
    # plain slicing, never re.sub, so backslashes in the JS are kept verbatim
    return page[: m.end()] + assets + page[m.end() :]


def render_html(g: nx.MultiDiGraph, *, title: str = "kg — entity graph") -> str:
    """The complete offline HTML page for an entity graph."""
    from pyvis.network import Network

    net = Network(height="90vh", width="100%", directed=True, cdn_resources="remote", heading="")
    degree = dict(g.degree())
    for node, d in sorted(g.nodes(data=True)):
        label = str(d.get("label") or node)
        net.add_node(
            node,
            label=label,
            title=node_tooltip(d),
            color=TYPE_COLORS.get(str(d.get("type")), DEFAULT_COLOR),
            value=1 + degree.get(node, 0),
        )
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for s, o, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        rel = str(d.get("relation") or key)
        k = parallel[(s, o)]
        parallel[(s, o)] += 1
        edge: dict[str, Any] = {
            "label": rel,
            "title": edge_tooltip(str(g.nodes[s].get("label", s)), rel, str(g.nodes[o].get("label", o)), d),
            "value": int(d.get("weight", 1)),
        }
        if k:  # bend parallel edges apart so their labels stay readable
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 * k}
        net.add_edge(s, o, **edge)
    net.options = _options()

    # Render the template ourselves so pyvis's "tooltip_link" mode (which shows
    # titles with innerHTML when one contains "href") can never be switched on.
    template = net.templateEnv.get_template(net.path)
    nodes, edges, _heading, height, width, options = net.get_network_data()
    page = template.render(
        height=height,
        width=width,
        nodes=nodes,
        edges=edges,
        heading="",
        options=options,
        physics_enabled=True,
        use_DOT=False,
        dot_lang="",
        widget=False,
        bgcolor=net.bgcolor,
        conf=False,
        tooltip_link=False,
        neighborhood_highlight=False,
        select_menu=False,
        filter_menu=False,
        notebook=False,
        cdn_resources="remote",
    )
    js, css = vis_assets()
    page = make_offline(page, js, css)
    m = re.search(r"<body[^>]*>", page, re.IGNORECASE)
    if m is None:
        raise RuntimeError("unexpected pyvis page: no <body>")
    page = page[: m.end()] + "\n" + _legend_html(g, title) + page[m.end() :]
    page = page.replace("<html>", '<html lang="vi">', 1)
    charset = '<meta charset="utf-8">'
    page = page.replace(charset, f"{charset}\n<title>{html.escape(title)}</title>", 1)
    page = "<!DOCTYPE html>\n" + page.rstrip() + "\n"
    left = external_refs(page)
    if left:
        raise RuntimeError(f"page still references external resources: {left}")
    return page


def write_graph_html(g: nx.MultiDiGraph, path: Path, *, title: str = "kg — entity graph") -> Path:
    """Write the interactive, fully offline graph page atomically; return its path."""
    path = Path(path)
    write_atomic(path, render_html(g, title=title))
    return path
