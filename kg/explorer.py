"""The explorer of ``kg serve``: entity search and the HTML pages, and the data they are drawn from.

- :func:`load_entities`, :func:`load_entity_graph`, :func:`load_examples` read, once at
  start, the search index (labels and aliases of every typed entity), the entity graph
  (from the store's union graph) and the example queries of ``ontology/queries``;
- :func:`search` finds entities by label or alias, ignoring case and diacritics;
- :func:`explorer_page`, :func:`entity_page` (with :func:`entity_facts` and the paged
  "Mentioned in" list of :func:`entity_mentions`) and :func:`ego_graph_page` are the pages.

Every page is self-contained (CSS and JS inlined from kg/data/explorer); nothing loads
from the network. The HTTP server that routes to them is kg.serve.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pyoxigraph as ox

from kg.sparql_protocol import RequestError
from kg.store import PREFIXES, plain, shorten, union_options
from kg.textutil import fold_key, escaped_alternation

if TYPE_CHECKING:
    from kg.serve import ServerState


SEARCH_LIMIT = 20
EGO_RADIUS = 2
MENTIONS_PAGE = 20  # articles per page of an entity's "Mentioned in"
MENTION_SENTENCES = 5  # sentences shown per article

KGO = PREFIXES["kgo"]
ENTITY_CLASSES = ("Person", "Organization", "Policy", "Event", "Place", "Topic")
DATA_DIR = Path(__file__).resolve().parent / "data" / "explorer"


# --------------------------------------------------------------------------- data


@dataclass
class Entity:
    """What the search box knows of one entity."""

    iri: str
    type: str
    label: str
    labels: list[str]
    keys: list[str]  # fold_key of each label


def load_entities(store: ox.Store) -> dict[str, Entity]:
    """IRI → Entity for every typed entity, with its labels and their fold keys."""
    values = " ".join(f"<{KGO}{c}>" for c in ENTITY_CLASSES)
    q = (f"SELECT DISTINCT ?e ?t ?p ?l WHERE {{ VALUES ?t {{ {values} }} ?e a ?t . "
         f"OPTIONAL {{ ?e ?p ?l . VALUES ?p {{ rdfs:label skos:altLabel }} }} }}")
    found: dict[str, dict[str, Any]] = {}
    for sol in store.query(q, prefixes=PREFIXES, **union_options(store)):
        e = sol["e"]
        if not isinstance(e, ox.NamedNode):
            continue
        d = found.setdefault(e.value, {"types": set(), "labels": set()})
        d["types"].add(sol["t"].value.rsplit("#", 1)[-1])
        lit = sol["l"]
        if isinstance(lit, ox.Literal):
            main = sol["p"].value.endswith("#label")
            d["labels"].add((0 if main else 1, _lang_rank(lit.language), lit.value))
    out: dict[str, Entity] = {}
    for iri, d in sorted(found.items()):
        ranked = sorted(d["labels"])
        labels = list(dict.fromkeys(v for _, _, v in ranked))
        etype = next(t for t in ENTITY_CLASSES if t in d["types"])
        label = labels[0] if labels else iri.rsplit("/", 1)[-1]
        out[iri] = Entity(iri, etype, label, labels, [fold_key(v) for v in labels])
    return out


def _lang_rank(lang: str | None) -> int:
    return {"vi": 0, "en": 1}.get((lang or "").lower(), 2)


def load_entity_graph(store: ox.Store, out_dir: Path | None = None) -> Any:
    """The entity graph of the store with its co-mention links (kg.projection.drawing_graph).

    Read from the drawing facts the build ``out_dir`` cached beside its article
    graphs when they are all there (what graph.html was drawn from), else from
    the store's union graph (:func:`kg.drawing.store_facts`): the same graph.
    """
    from kg.drawing import store_facts
    from kg.projection import drawing_graph

    facts = _cached_facts(out_dir) if out_dir is not None else None
    return drawing_graph(facts if facts is not None else store_facts(store))


def _cached_facts(out_dir: Path) -> Any:
    """The merged facts of the build in ``out_dir`` from its cache, or None when any is missing."""
    from kg.drawing import corpus_facts
    from kg.buildfolder import read_manifest
    from kg.cache import ArticleCache

    manifest = read_manifest(out_dir)
    if not manifest or not manifest.get("articles"):
        return None
    return corpus_facts(ArticleCache(out_dir), manifest["articles"], remake=False)


def load_examples() -> list[tuple[str, str, str]]:
    """(file stem, first comment line, text) of each ontology/queries/*.rq, sorted by name."""
    from kg.rdf import ontology_path

    out = []
    for path in sorted(ontology_path("queries").glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        first = text.splitlines()[0] if text.strip() else ""
        comment = first.lstrip("# ").split(" -> ")[0] if first.startswith("#") else ""
        out.append((path.stem, comment, text))
    return out


# --------------------------------------------------------------------------- search


def search(entities: dict[str, Entity], q: str, limit: int = SEARCH_LIMIT) -> list[dict[str, str]]:
    """Entities with a label or alias containing ``q``, ignoring case and diacritics.

    Exact matches first, then prefix matches (of the label or of a word), then the rest.
    """
    key = fold_key(q)
    if not key:
        return []
    hits = []
    for e in entities.values():
        best: tuple[int, str] | None = None
        for label, k in zip(e.labels, e.keys):
            if key not in k:
                continue
            rank = 0 if k == key else 1 if k.startswith(key) or f" {key}" in k else 2
            if best is None or rank < best[0]:
                best = (rank, label)
        if best is not None:
            hits.append((best[0], fold_key(e.label), e.iri, best[1], e))
    hits.sort(key=lambda h: h[:3])
    return [{"iri": e.iri, "label": e.label, "type": e.type, "matched": m} for _, _, _, m, e in hits[:limit]]


# --------------------------------------------------------------------------- pages


def _asset(name: str) -> str:
    """A file of kg/data/explorer, checked to be safe to inline in <script> / <style>."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise RuntimeError(f"{name} cannot be inlined safely")
    return text


def _script_json(value: Any) -> str:
    """JSON safe to put inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def explorer_page(state: ServerState) -> str:
    """The explorer: query editor with examples, results table, CSV download, entity search."""
    examples = [{"name": n, "comment": c, "text": t} for n, c, t in state.examples]
    if not examples:
        examples = [{"name": "any", "comment": "Some triples",
                     "text": "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20"}]
    options = "".join(
        f'<option value="{i}">{html.escape(e["name"])}{" — " + html.escape(e["comment"]) if e["comment"] else ""}'
        "</option>" for i, e in enumerate(examples))
    stats = (f"{len(state.entities)} entities · results capped at {state.max_rows} rows · "
             f"timeout {state.timeout:g} s")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg — SPARQL explorer</title>
<style>
{_asset("explorer.css")}
</style>
</head>
<body>
<header><h1>kg — SPARQL explorer</h1>
<p class="muted">Read-only endpoint at <code>/sparql</code> (SPARQL 1.1 Protocol); the default graph is
the union of the article graphs and the usual prefixes (kgo:, kgr:, rdfs:, skos:, prov:, schema:,
dcterms: …) are declared for you. {html.escape(stats)}.</p></header>
<main>
<section id="query-pane">
<label for="examples">Example</label> <select id="examples">{options}</select>
<textarea id="query" spellcheck="false" rows="16" aria-label="SPARQL query"></textarea>
<div class="buttons"><button id="run" type="button">Run (Ctrl+Enter)</button>
<button id="download" type="button">Download CSV</button>
<span id="status" role="status"></span></div>
<div id="results"></div>
</section>
<aside id="search-pane">
<label for="search">Find an entity</label>
<input id="search" type="search" placeholder="e.g. to lam, nghi quyet 57" autocomplete="off">
<ul id="search-results"></ul>
</aside>
</main>
<script type="application/json" id="kg-examples">{_script_json(examples)}</script>
<script>
{_asset("explorer.js")}
</script>
</body>
</html>
"""


ANALYSIS_PROPERTIES = frozenset(PREFIXES["kgo"] + name for name in
                                ("pagerank", "degree", "betweenness", "community", "kcore"))


def _entity_link(iri: str, text: str) -> str:
    return f'<a href="/entity?iri={html.escape(quote(iri, safe=""))}">{html.escape(text)}</a>'


def _safe_url(url: str) -> str | None:
    return url if re.match(r"^https?://", url, re.IGNORECASE) else None


def entity_facts(state: ServerState, iri: str) -> dict[str, Any]:
    """Labels, types, relations out and in, and source sentences of one entity, from the store."""
    node = str(ox.NamedNode(iri))  # validated: no character of an IRI can break out of <…>
    q = state.store.query
    kw: dict[str, Any] = {"prefixes": PREFIXES, **union_options(state.store)}
    labels = sorted({(s["p"].value.rsplit("#", 1)[-1], s["l"].value, s["l"].language or "")
                     for s in q(f"SELECT ?p ?l WHERE {{ {node} ?p ?l . VALUES ?p {{ rdfs:label skos:altLabel }} }}",
                                **kw)})
    types = sorted({s["t"].value for s in q(f"SELECT ?t WHERE {{ {node} a ?t }}", **kw)})
    out_all = sorted({(s["p"].value, str(s["o"]), s["o"]) for s in q(
        f"SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o . FILTER(?p NOT IN (rdf:type, rdfs:label, skos:altLabel, "
        f"kgo:mentionedIn)) }}", **kw)}, key=lambda t: t[:2])
    # relations between entities; analysis numbers apart; bookkeeping nodes (assertions, merge
    # records, statements, communities) are not relations of the entity
    out_rel = [t for t in out_all if t[0] not in ANALYSIS_PROPERTIES]
    analysis = [(t[0], plain(t[2])) for t in out_all if t[0] in ANALYSIS_PROPERTIES]
    in_rel = sorted({(s["p"].value, s["s"].value) for s in q(
        f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} . FILTER(isIRI(?s)) "
        f"FILTER NOT EXISTS {{ ?s a ?bookkeeping . VALUES ?bookkeeping {{ kgo:Assertion kgo:Merge kgo:Statement "
        f"kgo:Community nif:Phrase }} }} }}", **kw)})
    sources = sorted({(plain(s["art"]) or "", s["sentence"].value, plain(s["title"]) or "", plain(s["url"]) or "")
                      for s in q(
        f"SELECT DISTINCT ?sentence ?art ?title ?url WHERE {{ ?a a kgo:Assertion ; kgo:sentence ?sentence . "
        f"{{ ?a rdf:subject {node} }} UNION {{ ?a rdf:object {node} }} "
        f"OPTIONAL {{ ?a prov:wasDerivedFrom ?art . OPTIONAL {{ ?art dcterms:title ?title }} "
        f"OPTIONAL {{ ?art schema:url ?url }} }} }}", **kw)})
    return {"labels": labels, "types": types, "out": out_rel, "in": in_rel, "sources": sources,
            "analysis": analysis}


def entity_mentions(state: ServerState, iri: str, page: int = 1,
                    per_page: int = MENTIONS_PAGE) -> dict[str, Any]:
    """The articles naming an entity (newest first, ``per_page`` a page) and their sentences.

    Articles come from ``kgo:mentionedIn``; the sentences, surface forms and
    mention counts from the NIF mentions (``itsrdf:taIdentRef``), so a store
    built before mentions existed still lists its articles.
    Returns ``{"total", "page", "pages", "mentions", "articles": [{article,
    title, published, url, mentions, sentences: [{text, begin, surfaces}]}]}``.
    """
    node = str(ox.NamedNode(iri))
    kw: dict[str, Any] = {"prefixes": PREFIXES, **union_options(state.store)}
    q = state.store.query
    total = next(iter(q(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {node} kgo:mentionedIn ?a }}", **kw)))["n"]
    total = int(total.value) if total is not None else 0
    count = next(iter(q(f"SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ ?m itsrdf:taIdentRef {node} }}", **kw)))["n"]
    pages = max(1, -(-total // per_page))
    page = max(1, min(page, pages))
    rows = q(f"SELECT ?a (MIN(?t) AS ?title) (MIN(?d) AS ?published) (MIN(?u) AS ?url) WHERE {{ "
             f"{node} kgo:mentionedIn ?a . OPTIONAL {{ ?a dcterms:title ?t0 BIND(STR(?t0) AS ?t) }} "
             f"OPTIONAL {{ ?a schema:datePublished ?d0 BIND(STR(?d0) AS ?d) }} "
             f"OPTIONAL {{ ?a schema:url ?u0 BIND(STR(?u0) AS ?u) }} }} GROUP BY ?a "
             f"ORDER BY DESC(?published) ?a LIMIT {per_page} OFFSET {(page - 1) * per_page}", **kw)
    articles = [{"article": r["a"].value, "title": plain(r["title"]) or "", "published": plain(r["published"]) or "",
                 "url": plain(r["url"]) or "", "mentions": 0, "sentences": []} for r in rows]
    if articles:
        by_iri = {a["article"]: a for a in articles}
        values = " ".join(str(ox.NamedNode(a)) for a in by_iri)
        found: dict[tuple[str, int], dict[str, Any]] = {}
        for r in q(f"SELECT DISTINCT ?a ?m ?surface ?text ?begin WHERE {{ VALUES ?a {{ {values} }} "
                   f"?m itsrdf:taIdentRef {node} ; nif:referenceContext ?a ; nif:anchorOf ?surface ; "
                   f"nif:sentence ?s . ?s nif:anchorOf ?text ; nif:beginIndex ?begin }}", **kw):
            art = by_iri[r["a"].value]
            art["mentions"] += 1
            key = (r["a"].value, int(r["begin"].value))
            sent = found.setdefault(key, {"text": " ".join(r["text"].value.split()), "begin": key[1], "surfaces": []})
            if r["surface"].value not in sent["surfaces"]:
                sent["surfaces"].append(r["surface"].value)
        for (art_iri, _), sent in sorted(found.items()):
            if len(by_iri[art_iri]["sentences"]) < MENTION_SENTENCES:
                by_iri[art_iri]["sentences"].append(sent)
    return {"total": total, "page": page, "pages": pages, "per_page": per_page,
            "mentions": int(count.value) if count is not None else 0, "articles": articles}


def _highlight(text: str, surfaces: list[str]) -> str:
    """``text`` escaped, with each surface form in <mark>."""
    if not surfaces:
        return html.escape(text)
    pattern = re.compile(escaped_alternation(surfaces))
    out, pos = [], 0
    for m in pattern.finditer(text):
        out += [html.escape(text[pos:m.start()]), f"<mark>{html.escape(m.group(0))}</mark>"]
        pos = m.end()
    return "".join(out) + html.escape(text[pos:])


def mentions_section(iri: str, found: dict[str, Any]) -> str:
    """The "Mentioned in" list of an entity page: articles (title, date, link), sentences, pager."""
    esc = html.escape
    if not found["total"]:
        return ""
    first = (found["page"] - 1) * found["per_page"] + 1
    last = first + len(found["articles"]) - 1
    head = (f'<h2 id="mentioned-in">Mentioned in {found["total"]} article{"s" if found["total"] != 1 else ""}'
            f'</h2><p class="mentions-note">{found["mentions"]} mention{"s" if found["mentions"] != 1 else ""} · '
            f'articles {first}–{last}, newest first</p>')
    items = []
    for a in found["articles"]:
        name = esc(a["title"] or _short(a["article"]))
        link = (f'<a href="{esc(a["url"])}" rel="noopener noreferrer">{name}</a>'
                if a["url"] and _safe_url(a["url"]) else name)
        date = f'<time>{esc(a["published"])}</time> · ' if a["published"] else ""
        count = f' <small>({a["mentions"]} mention{"s" if a["mentions"] != 1 else ""})</small>' if a["mentions"] else ""
        sents = "".join(f"<li><q>{_highlight(s['text'], s['surfaces'])}</q></li>" for s in a["sentences"])
        items.append(f'<li class="mention">{date}{link}{count}'
                     + (f'<ul class="sentences">{sents}</ul>' if sents else "") + "</li>")
    pager = []
    base = f"/entity?iri={quote(iri, safe='')}"
    if found["page"] > 1:
        pager.append(f'<a rel="prev" href="{esc(base)}&amp;page={found["page"] - 1}#mentioned-in">← newer</a>')
    pager.append(f'<span>page {found["page"]} of {found["pages"]}</span>')
    if found["page"] < found["pages"]:
        pager.append(f'<a rel="next" href="{esc(base)}&amp;page={found["page"] + 1}#mentioned-in">older →</a>')
    nav = f'<nav class="pager">{" ".join(pager)}</nav>' if found["pages"] > 1 else ""
    return head + f'<ol class="mentions" start="{first}">{"".join(items)}</ol>' + nav


def _label_of(state: ServerState, iri: str) -> str:
    e = state.entities.get(iri)
    return e.label if e else _short(iri)


def _short(iri: str) -> str:
    return shorten(iri, brackets=False)


def entity_page(state: ServerState, iri: str, page: int = 1) -> str:
    """The HTML page of one entity; RequestError 404 when the store knows nothing of it.

    ``page`` selects the page of its "Mentioned in" list (:data:`MENTIONS_PAGE` articles each).
    """
    facts = entity_facts(state, iri)
    if not (facts["labels"] or facts["types"] or facts["out"] or facts["in"]):
        raise RequestError(404, f"no entity {iri} in the store")
    e = state.entities.get(iri)
    title = e.label if e else (facts["labels"][0][1] if facts["labels"] else _short(iri))
    esc = html.escape
    parts = [f"<h1>{esc(title)}</h1>",
             f'<p class="muted"><code>{esc(iri)}</code> · '
             + ", ".join(esc(_short(t)) for t in facts["types"]) + "</p>"]
    names = [(v, lang) for p, v, lang in facts["labels"] if p == "label"]
    aliases = [(v, lang) for p, v, lang in facts["labels"] if p == "altLabel" and (v, lang) not in names]
    for heading, values in (("Labels", names), ("Also written", aliases)):
        if values:
            items = "".join(f"<li>{esc(v)}{f' <small>@{esc(lang)}</small>' if lang else ''}</li>"
                            for v, lang in sorted(values, key=lambda x: (_lang_rank(x[1]), x[0])))
            parts.append(f"<h2>{heading}</h2><ul>{items}</ul>")
    rows = []
    for p, _, o in facts["out"]:
        if isinstance(o, ox.NamedNode):
            value = _entity_link(o.value, _label_of(state, o.value))
        else:
            lang = getattr(o, "language", None)
            value = esc(plain(o) or "") + (f" <small>@{esc(lang)}</small>" if lang else "")
        rows.append(f"<tr><td>{esc(_short(p))}</td><td>{value}</td></tr>")
    if rows:
        parts.append("<h2>Relations out</h2><table><tr><th>relation</th><th>to</th></tr>" + "".join(rows) + "</table>")
    rows = [f"<tr><td>{_entity_link(s, _label_of(state, s))}</td><td>{esc(_short(p))}</td></tr>"
            for p, s in facts["in"]]
    if rows:
        parts.append("<h2>Relations in</h2><table><tr><th>from</th><th>relation</th></tr>" + "".join(rows) + "</table>")
    if facts["analysis"]:
        cells = " · ".join(f"{esc(_short(p).removeprefix('kgo:'))} {esc(v or '')}" for p, v in facts["analysis"])
        parts.append(f'<p class="analysis">Analysis: {cells}</p>')
    if facts["sources"]:
        items = []
        for art, sentence, atitle, url in facts["sources"]:
            name = esc(atitle or _short(art) or "?")
            link = f'<a href="{esc(url)}" rel="noopener noreferrer">{name}</a>' if url and _safe_url(url) else name
            items.append(f"<li><q>{esc(' '.join(sentence.split()))}</q> — {link}</li>")
        parts.append(f"<h2>Sources</h2><ul class=\"sources\">{''.join(items)}</ul>")
    parts.append(mentions_section(iri, entity_mentions(state, iri, page, MENTIONS_PAGE)))
    if state.graph is not None and iri in state.graph:
        src = f"/entity/graph?iri={quote(iri, safe='')}"
        parts.append(f'<h2>Neighbourhood ({EGO_RADIUS} hops)</h2>'
                     f'<iframe src="{esc(src)}" title="{esc(title)} — neighbourhood"></iframe>'
                     f'<p><a href="{esc(src)}">open the picture on its own</a></p>')
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} — kg</title>
<style>
{_asset("explorer.css")}
</style>
</head>
<body>
<p><a href="/">← explorer</a></p>
<article id="entity">
{body}
</article>
</body>
</html>
"""


def ego_graph_page(state: ServerState, iri: str) -> str:
    """The offline kg.viz picture of the entity's neighbourhood (``EGO_RADIUS`` hops, any direction)."""
    import networkx as nx

    from kg.viz import render_html

    if state.graph is None:
        raise RequestError(404, "entity pictures are drawn from a local build only (kg serve DIR); "
                                "this server reads a remote store")
    if iri not in state.graph:
        raise RequestError(404, f"no entity {iri} in the entity graph")
    nodes = nx.ego_graph(state.graph, iri, radius=EGO_RADIUS, undirected=True).nodes
    sub = state.graph.subgraph(nodes).copy()
    return render_html(sub, title=f"{_label_of(state, iri)} — {EGO_RADIUS}-hop neighbourhood", focus=iri)
