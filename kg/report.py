"""Analysis reports: ``report.json``, ``report.md`` and ``report.html``.

:func:`build_report` turns what :func:`kg.analyze.analyze_build` computed into
one plain dict (the content of ``report.json``): top entities by PageRank,
communities and the policies they gather around, brokers, bridges, a timeline
of dated events and policies, and the articles. :func:`render_markdown` and
:func:`render_html` present the same dict. The HTML page is self-contained:
inline CSS, two inline SVG bar charts drawn here, no script, no external
resource; the only links are the articles' own URLs, and every piece of text
is escaped. Output is deterministic (no timestamps, sorted everywhere).
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
from rdflib import RDF, Literal
from rdflib.namespace import DCTERMS

from kg.analyze import BuildAnalysis, NodeMetrics
from kg.fsutil import write_atomic
from kg.projection import ENTITY_TYPES, union_triples, local_name, pick_label
from kg.rdf import KGO, SCHEMA

TOP_TYPES: tuple[str, ...] = ("Person", "Organization", "Policy", "Event")
TOP_N = 10
TYPE_COLORS: dict[str, str] = {  # same Okabe–Ito colours as graph.html
    "Person": "#0072B2", "Organization": "#E69F00", "Policy": "#009E73",
    "Event": "#CC79A7", "Place": "#56B4E9", "Topic": "#F0E442",
}
SECTIONS: tuple[str, ...] = ("summary", "counts_by_type", "top", "mentions", "communities", "brokers",
                             "bridges", "timeline", "articles", "entities")
MEMBERS_SHOWN = 25  # community members listed in the HTML/Markdown (report.json has all)


def _r6(x: float) -> float:
    return round(float(x), 6)


def _safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links (never ``javascript:`` or ``data:``)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _entity(m: NodeMetrics) -> dict[str, Any]:
    return {"iri": m.iri, "label": m.label, "type": m.type, "pagerank": _r6(m.pagerank),
            "degree": m.degree, "relation_degree": m.relation_degree, "betweenness": _r6(m.betweenness),
            "community": m.community, "kcore": m.kcore, "mentions": m.mentions}


def _by_rank(metrics: Iterable[NodeMetrics]) -> list[NodeMetrics]:
    """Highest PageRank first (as stored: 6 places), ties by IRI, as a SPARQL ORDER BY would."""
    return sorted(metrics, key=lambda m: (-_r6(m.pagerank), m.iri))


def articles_of(ds: Any) -> list[dict[str, Any]]:
    """Every article: IRI, title, URL and publication date, sorted by IRI."""
    g = union_triples(ds)
    out = []
    for art in sorted(set(g.subjects(RDF.type, KGO.Article)), key=str):
        urls = sorted(str(u) for u in g.objects(art, SCHEMA.url))
        dates = sorted(str(d) for d in g.objects(art, SCHEMA.datePublished))
        out.append({"iri": str(art), "title": pick_label(list(g.objects(art, DCTERMS.title)),
                                                         fallback=local_name(str(art))),
                    "url": urls[0] if urls else None, "published": dates[0] if dates else None})
    return out


def timeline(ds: Any, graph: nx.Graph, articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Dated events and policies (``kgo:date``), oldest first, with the articles naming them."""
    g = union_triples(ds)
    rows = []
    for s, o in g.subject_objects(KGO.date):
        node = str(s)
        if node not in graph or not isinstance(o, Literal):
            continue
        d = graph.nodes[node]
        if d.get("type") not in ("Event", "Policy"):
            continue
        arts = [{"title": articles[a]["title"], "url": articles[a]["url"]}
                for a in d.get("articles", []) if a in articles]
        rows.append({"date": str(o), "iri": node, "label": d.get("label", ""), "type": d["type"],
                     "articles": arts})
    return sorted(rows, key=lambda r: (r["date"], r["label"], r["iri"]))


def mentions_report(ds: Any, an: Any, articles: dict[str, dict[str, Any]], top_n: int) -> dict[str, Any]:
    """Mention counts and a monthly timeline of mentions (NIF mentions; article dates).

    ``top``: the ``top_n`` most-mentioned entities (mentions, articles);
    ``timeline``: one row per publication month, oldest first, with the number
    of mentions, of articles, and the mentions of each top entity that month.
    """
    from kg.rdf import ITSRDF, NIF

    g = union_triples(ds)
    ranked = sorted(an.nodes.values(), key=lambda m: (-m.mentions, m.iri))
    top = [m for m in ranked[:top_n] if m.mentions > 0]
    top_iris = {m.iri for m in top}
    months: dict[str, dict[str, Any]] = {}
    for mention, entity in g.subject_objects(ITSRDF.taIdentRef):
        art = articles.get(str(g.value(mention, NIF.referenceContext)))
        if art is None or not art["published"]:
            continue
        row = months.setdefault(art["published"][:7], {"month": art["published"][:7], "mentions": 0,
                                                       "articles": set(), "entities": {}})
        row["mentions"] += 1
        row["articles"].add(art["iri"])
        if str(entity) in top_iris:
            row["entities"][str(entity)] = row["entities"].get(str(entity), 0) + 1
    timeline_rows = [{**r, "articles": len(r["articles"]), "entities": dict(sorted(r["entities"].items()))}
                     for _, r in sorted(months.items())]
    return {"total": sum(m.mentions for m in an.nodes.values()),
            "top": [{"iri": m.iri, "label": m.label, "type": m.type, "mentions": m.mentions,
                     "articles": len(an.graph.nodes[m.iri].get("articles", []))} for m in top],
            "timeline": timeline_rows}


def _communities(an: Any, graph: nx.Graph, limit: int) -> list[dict[str, Any]]:
    out = []
    for cid, members in enumerate(an.communities, start=1):
        if len(members) < 2:
            continue
        ranked = _by_rank(an.nodes[n] for n in members)
        inside = set(members)
        links: dict[str, int] = {}
        for n in members:
            for nb in graph.neighbors(n):
                if an.nodes[nb].type == "Policy":
                    links[nb] = links.get(nb, 0) + 1
            if an.nodes[n].type == "Policy":
                links.setdefault(n, 0)
        policies = sorted(links, key=lambda p: (-links[p], -_r6(an.nodes[p].pagerank), p))[:limit]
        out.append({
            "id": cid, "size": len(members),
            "label": ", ".join(m.label for m in ranked[:3]),
            "members": [{"iri": m.iri, "label": m.label, "type": m.type, "pagerank": _r6(m.pagerank)}
                        for m in ranked],
            "policies": [{"iri": p, "label": an.nodes[p].label, "member": p in inside,
                          "links": links[p]} for p in policies],
        })
    return out


def _brokers(an: Any, graph: nx.Graph, limit: int) -> list[dict[str, Any]]:
    rows = []
    for m in an.nodes.values():
        comms = sorted({m.community} | {an.nodes[nb].community for nb in graph.neighbors(m.iri)})
        if m.betweenness > 0 and len(comms) >= 2:
            rows.append({**_entity(m), "communities": comms})
    return sorted(rows, key=lambda r: (-r["betweenness"], r["iri"]))[:limit]


def _bridges(an: Any, graph: nx.Graph) -> list[dict[str, Any]]:
    out = []
    for u, v in an.bridges:
        rels = sorted({r["relation"] for r in graph.edges[u, v].get("relations", [])}) or ["co-mention"]
        out.append({"source": u, "source_label": an.nodes[u].label,
                    "target": v, "target_label": an.nodes[v].label, "relations": rels})
    return out


def build_report(result: BuildAnalysis, top_n: int = TOP_N) -> dict[str, Any]:
    """The content of ``report.json``: sections named in :data:`SECTIONS`."""
    an = result.analysis
    graph = an.graph
    arts = articles_of(result.dataset)
    by_iri = {a["iri"]: a for a in arts}
    counts = {t: sum(1 for m in an.nodes.values() if m.type == t) for t in ENTITY_TYPES}
    relation_edges = result.multi.number_of_edges()
    comention_only = sum(1 for *_, d in graph.edges(data=True) if not d.get("relations"))
    return {
        "summary": {
            "articles": len(arts), "entities": graph.number_of_nodes(),
            "relations": relation_edges, "links": graph.number_of_edges(),
            "co_mention_only_links": comention_only,
            "communities": len(an.communities),
            "communities_2_or_more": sum(1 for c in an.communities if len(c) >= 2),
            "community_method": an.method, "seed": an.seed,
        },
        "counts_by_type": counts,
        "top": {t: [_entity(m) for m in _by_rank(m for m in an.nodes.values() if m.type == t)][:top_n]
                for t in TOP_TYPES},
        "top_overall": [_entity(m) for m in _by_rank(an.nodes.values())][:top_n],
        "communities": _communities(an, graph, top_n),
        "brokers": _brokers(an, graph, top_n),
        "bridges": _bridges(an, graph),
        "mentions": mentions_report(result.dataset, an, by_iri, top_n),
        "timeline": timeline(result.dataset, graph, by_iri),
        "articles": arts,
        "entities": _named_entities(an, graph),
    }


def _named_entities(an: Any, graph: nx.Graph) -> list[dict[str, Any]]:
    """Every entity, most mentioned first, with what the report's entity index shows."""
    rows = []
    for m in sorted(an.nodes.values(), key=lambda m: (-m.mentions, -_r6(m.pagerank), m.iri)):
        rows.append({**_entity(m), "articles": len(graph.nodes[m.iri].get("articles", [])),
                     "aliases": list(graph.nodes[m.iri].get("aliases", []))[:8]})
    return rows


# --------------------------------------------------------------------------- SVG


def svg_bar_chart(items: list[tuple[str, float, str]], title: str, value_format: str = "{:.4f}",
                  width: int = 640) -> str:
    """A horizontal bar chart as inline SVG: one ``(label, value, colour)`` per bar.

    Drawn here rather than with a chart library, so the page needs no script.
    Labels are escaped and cut to 40 characters (the full label is the tooltip).
    """
    bar, gap, label_w, value_w, top = 18, 6, 260, 70, 28
    height = top + len(items) * (bar + gap) + 6
    biggest = max((v for _, v, _ in items), default=0) or 1
    esc = html.escape
    parts = [f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{esc(title)}">',
             f"<title>{esc(title)}</title>",
             f'<text x="0" y="16" font-weight="bold">{esc(title)}</text>']
    for i, (label, value, color) in enumerate(items):
        y = top + i * (bar + gap)
        w = max(1.0, (width - label_w - value_w) * value / biggest)
        short = label if len(label) <= 40 else label[:39] + "…"
        shown = value_format.format(value)
        parts.append(f'<text x="{label_w - 6}" y="{y + bar - 4}" text-anchor="end">{esc(short)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar}" fill="{esc(color)}">'
                     f"<title>{esc(label)}: {esc(shown)}</title></rect>")
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar - 4}">{esc(shown)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def charts(report: dict[str, Any]) -> list[str]:
    """The two charts of the page: PageRank of the top 10, and entities by type."""
    top = [(e["label"], e["pagerank"], TYPE_COLORS.get(e["type"], "#999999"))
           for e in report["top_overall"][:10]]
    counts = [(t, float(n), TYPE_COLORS.get(t, "#999999")) for t, n in report["counts_by_type"].items()]
    return [svg_bar_chart(top, "PageRank, top 10"),
            svg_bar_chart(counts, "Entities by type", value_format="{:.0f}")]


# --------------------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.2em .5em;
text-align:left;vertical-align:top}th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.chart text{font-size:12px}.muted{color:#666}
"""


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text))


def _link(title: str, url: str | None) -> str:
    safe = _safe_url(url)
    return f'<a href="{_e(safe)}">{_e(title)}</a>' if safe else _e(title)


def anchor(iri: str) -> str:
    """The id of an entity's row in the report's entity index ("entity-person/to-lam")."""
    return "entity-" + iri.rsplit("/resource/", 1)[-1]


def _ent(label: str, iri: str) -> str:
    """An entity name linking to its row in the entity index."""
    return f'<a href="#{_e(anchor(iri))}">{_e(label)}</a>'


def _table(headers: list[str], rows: list[list[str]], numeric: Iterable[int] = ()) -> str:
    """An HTML table; cells are already escaped HTML."""
    nums = set(numeric)
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in nums else f"<td>{c}</td>"
                                     for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(report: dict[str, Any]) -> str:
    """The self-contained report page (no script, no external resource, escaped text)."""
    s = report["summary"]
    out = ['<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">',
           "<title>kg — analysis report</title>", f"<style>{_CSS}</style></head><body>",
           "<h1>Knowledge graph analysis</h1>",
           f'<p class="muted">{_e(s["articles"])} articles, {_e(s["entities"])} entities, '
           f'{_e(s["relations"])} relations, {_e(s["co_mention_only_links"])} links by co-mention only; '
           f'{_e(s["communities_2_or_more"])} communities of 2 or more '
           f'({_e(s["community_method"])}, seed {_e(s["seed"])}).</p>']
    out += charts(report)
    out.append("<h2>Top entities by PageRank</h2>"
               '<p class="muted">degree: neighbours linked by a typed relation + by co-mention only.</p>')
    for t, rows in report["top"].items():
        out.append(f"<h3>{_e(t)}</h3>")
        if not rows:
            out.append('<p class="muted">none</p>')
            continue
        out.append(_table(["#", "name", "PageRank", "degree", "mentions", "betweenness", "community"],
                          [[str(i), _ent(r["label"], r["iri"]), _e(f'{r["pagerank"]:.6f}'),
                            _e(f'{r["relation_degree"]} + {r["degree"] - r["relation_degree"]}'), _e(r["mentions"]),
                            _e(f'{r["betweenness"]:.6f}'), _e(r["community"])]
                           for i, r in enumerate(rows, 1)], numeric=(0, 2, 3, 4, 5, 6)))
    mentions = report["mentions"]
    out.append(f'<h2>Mentions</h2><p class="muted">{_e(mentions["total"])} mentions of entities in the '
               "articles; most mentioned:</p>")
    out.append(_table(["name", "type", "mentions", "articles"],
                      [[_ent(m["label"], m["iri"]), _e(m["type"]), _e(m["mentions"]), _e(m["articles"])]
                       for m in mentions["top"]], numeric=(2, 3)))
    if mentions["timeline"]:
        out.append(svg_bar_chart([(r["month"], float(r["mentions"]), "#777777") for r in mentions["timeline"]],
                                 "Mentions per month", value_format="{:.0f}"))
        names = {m["iri"]: m["label"] for m in mentions["top"][:5]}
        out.append(_table(["month", "mentions", "articles"] + list(names.values()),
                          [[_e(r["month"]), _e(r["mentions"]), _e(r["articles"])]
                           + [_e(r["entities"].get(i, 0)) for i in names] for r in mentions["timeline"]],
                          numeric=range(1, 3 + len(names))))
    out.append("<h2>Communities</h2>")

    def members(c: dict[str, Any]) -> str:
        shown = ", ".join(_ent(m["label"], m["iri"]) for m in c["members"][:MEMBERS_SHOWN])
        more = len(c["members"]) - MEMBERS_SHOWN
        return shown + (f" … and {more} more" if more > 0 else "")

    out.append(_table(["id", "size", "members", "policies they gather around"],
                      [[_e(c["id"]), _e(c["size"]), members(c),
                        ", ".join(_ent(p["label"], p["iri"]) for p in c["policies"])]
                       for c in report["communities"]], numeric=(0, 1)))
    out.append("<h2>Brokers</h2><p class=\"muted\">Highest betweenness among entities linked to "
               "two or more communities; degree: by typed relations + by co-mention only.</p>")
    out.append(_table(["name", "type", "betweenness", "degree", "communities"],
                      [[_ent(b["label"], b["iri"]), _e(b["type"]), _e(f'{b["betweenness"]:.6f}'),
                        _e(f'{b["relation_degree"]} + {b["degree"] - b["relation_degree"]}'),
                        _e(", ".join(map(str, b["communities"])))] for b in report["brokers"]],
                      numeric=(2, 3)))
    out.append("<h2>Bridges</h2><p class=\"muted\">Links whose removal disconnects the graph "
               "(a typed relation, or co-mention).</p>")
    out.append(_table(["from", "to", "relation"],
                      [[_ent(b["source_label"], b["source"]), _ent(b["target_label"], b["target"]),
                        _e(", ".join(b["relations"]))] for b in report["bridges"]]))
    out.append("<h2>Timeline</h2>")
    out.append(_table(["date", "name", "type", "articles"],
                      [[_e(r["date"]), _ent(r["label"], r["iri"]), _e(r["type"]),
                        "; ".join(_link(a["title"], a["url"]) for a in r["articles"])]
                       for r in report["timeline"]]))
    out.append("<h2>Articles</h2>")
    out.append(_table(["title", "published"],
                      [[_link(a["title"], a["url"]), _e(a["published"] or "")]
                       for a in report["articles"]]))
    out.append('<h2>Entities</h2><p class="muted">Every entity, most mentioned first; names above link here.</p>')
    rows = []
    for e in report["entities"]:
        cells = [_e(e["label"]), _e(e["type"])]
        cells += [f'<span class="n">{c}</span>' for c in (
            _e(e["mentions"]), _e(e["articles"]), _e(f'{e["relation_degree"]} + {e["degree"] - e["relation_degree"]}'),
            _e(f'{e["pagerank"]:.6f}'))]
        cells.append(_e("; ".join(e["aliases"])))
        rows.append(f'<tr id="{_e(anchor(e["iri"]))}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("<table><thead><tr><th>name</th><th>type</th><th>mentions</th><th>articles</th>"
               "<th>degree (relations + co-mentions)</th><th>PageRank</th><th>also written</th></tr></thead>"
               f"<tbody>{''.join(rows)}</tbody></table>")
    out.append("</body></html>\n")
    return "\n".join(out)


# --------------------------------------------------------------------------- Markdown


def _md(text: Any) -> str:
    """Text for a Markdown table cell: HTML-escaped, Markdown punctuation and ``|`` escaped."""
    t = html.escape(" ".join(str("" if text is None else text).split()), quote=False)
    for ch in "\\`*_[]|":
        t = t.replace(ch, "\\" + ch)
    return t


def _md_link(title: str, url: str | None) -> str:
    safe = _safe_url(url)
    return f"[{_md(title)}](<{safe.replace('>', '%3E').replace(' ', '%20')}>)" if safe else _md(title)


def _md_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return ["_none_", ""]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return lines + [""]


def render_markdown(report: dict[str, Any]) -> str:
    """The report as Markdown (same sections as the HTML page, no charts)."""
    s = report["summary"]
    out = ["# Knowledge graph analysis", "",
           f'{s["articles"]} articles, {s["entities"]} entities, {s["relations"]} relations, '
           f'{s["co_mention_only_links"]} links by co-mention only; {s["communities_2_or_more"]} communities '
           f'of 2 or more ({s["community_method"]}, seed {s["seed"]}).', "",
           "Entities by type: " + ", ".join(f"{t} {n}" for t, n in report["counts_by_type"].items()),
           "", "## Top entities by PageRank", ""]
    for t, rows in report["top"].items():
        out += [f"### {t}", ""]
        out += _md_table(["#", "name", "PageRank", "degree", "betweenness", "community"],
                         [[str(i), _md(r["label"]), f'{r["pagerank"]:.6f}', str(r["degree"]),
                           f'{r["betweenness"]:.6f}', str(r["community"])]
                          for i, r in enumerate(rows, 1)])
    mentions = report["mentions"]
    out += ["## Mentions", "", f'{mentions["total"]} mentions of entities in the articles.', ""]
    out += _md_table(["name", "type", "mentions", "articles"],
                     [[_md(m["label"]), m["type"], str(m["mentions"]), str(m["articles"])] for m in mentions["top"]])
    out += _md_table(["month", "mentions", "articles"],
                     [[r["month"], str(r["mentions"]), str(r["articles"])] for r in mentions["timeline"]])
    out += ["## Communities", ""]
    out += _md_table(["id", "size", "members", "policies they gather around"],
                     [[str(c["id"]), str(c["size"]), _md(", ".join(m["label"] for m in c["members"])),
                       _md(", ".join(p["label"] for p in c["policies"]))] for c in report["communities"]])
    out += ["## Brokers", ""]
    out += _md_table(["name", "type", "betweenness", "communities"],
                     [[_md(b["label"]), b["type"], f'{b["betweenness"]:.6f}',
                       ", ".join(map(str, b["communities"]))] for b in report["brokers"]])
    out += ["## Bridges", ""]
    out += _md_table(["from", "to", "relation"],
                     [[_md(b["source_label"]), _md(b["target_label"]), _md(", ".join(b["relations"]))]
                      for b in report["bridges"]])
    out += ["## Timeline", ""]
    out += _md_table(["date", "name", "type", "articles"],
                     [[r["date"], _md(r["label"]), r["type"],
                       "; ".join(_md_link(a["title"], a["url"]) for a in r["articles"])]
                      for r in report["timeline"]])
    out += ["## Articles", ""]
    out += _md_table(["title", "published"],
                     [[_md_link(a["title"], a["url"]), _md(a["published"] or "")] for a in report["articles"]])
    return "\n".join(out).rstrip("\n") + "\n"


def write_reports(report: dict[str, Any], out_dir: str | Path) -> dict[str, Path]:
    """Write ``report.json``, ``report.md`` and ``report.html`` atomically into ``out_dir``."""
    out = Path(out_dir)
    return {
        "json": write_atomic(out / "report.json",
                             json.dumps(report, ensure_ascii=False, indent=1) + "\n"),
        "md": write_atomic(out / "report.md", render_markdown(report)),
        "html": write_atomic(out / "report.html", render_html(report)),
    }
