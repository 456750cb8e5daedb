"""``kg serve``: the built store as a read-only SPARQL 1.1 endpoint, plus an offline explorer.

One in-process server (stdlib ``ThreadingHTTPServer`` + pyoxigraph, no extra
dependency) serves:

- ``/sparql``: the SPARQL 1.1 Protocol (GET ``?query=``, POST
  ``application/sparql-query``, POST form ``query=``), read-only (updates are
  refused), results negotiated by ``Accept`` (SPARQL JSON/XML/CSV/TSV; Turtle,
  N-Triples, JSON-LD, RDF/XML for CONSTRUCT/DESCRIBE), the union of the
  article graphs as the default graph unless ``default-graph-uri`` /
  ``named-graph-uri`` are given, a service description when there is no query;
- ``/``: the explorer page (query editor with the example queries, results
  table, CSV download, entity search), ``/api/search?q=``, ``/api/mentions?iri=&page=``, ``/entity?iri=``
  and ``/entity/graph?iri=`` (the 2-hop ego network, drawn by kg.viz).

Limits (see "Running kg serve safely" in README.md): each client query runs
in a worker process of a pool (kg.query_pool) under a memory cap, and is killed
with its worker at the timeout (503); queries nested too deeply and SERVICE
clauses are refused before any engine sees them (kg.sparql_guard); result rows
are capped (``X-KG-Truncated: true``); requests wait in bounded queues (a free
worker, a connection thread, the listen backlog) and get 503 with Retry-After
when those are full; request bodies, URLs and headers are bounded; CORS is off
unless ``--cors`` names an origin. Everything is served from this machine; no
page loads anything from the network.
"""

from __future__ import annotations

import html
import json
import re
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, quote, urlsplit

import pyoxigraph as ox

from kg.query_pool import DEFAULT_MAX_MEMORY_MB, MIN_MEMORY_MB, Job, QueryPool
from kg.sparql_protocol import RequestError, is_update, render_result, run_in_pool, service_description
from kg.store import PREFIXES, first_line as _first_line, open_store, plain, shorten, union_options
from kg.textutil import fold_key

MAX_BODY = 1_000_000  # bytes of a POST body
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_CONCURRENT = 4
DEFAULT_MAX_QUEUE = 64  # queries waiting for a worker; beyond, 503 at once
MAX_CONNECTIONS = 128  # requests handled at once (threads); beyond, connections wait in the backlog
LISTEN_BACKLOG = 1024  # connections the kernel holds before we accept them
SEARCH_LIMIT = 20
EGO_RADIUS = 2
MENTIONS_PAGE = 20  # articles per page of an entity's "Mentioned in"
MENTION_SENTENCES = 5  # sentences shown per article

KGO = PREFIXES["kgo"]
ENTITY_CLASSES = ("Person", "Organization", "Policy", "Event", "Place", "Topic")
DATA_DIR = Path(__file__).resolve().parent / "data" / "explorer"


# --------------------------------------------------------------------------- state


@dataclass
class Entity:
    """What the search box knows of one entity."""

    iri: str
    type: str
    label: str
    labels: list[str]
    keys: list[str]  # fold_key of each label


@dataclass
class ServerState:
    """Everything the handlers share: the store, limits, search index and entity graph."""

    out_dir: Path
    store: ox.Store
    timeout: float
    max_rows: int
    max_concurrent: int
    pool: QueryPool | None = None  # None only until load_state has started it
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    allow_service: list[str] = field(default_factory=list)  # IRI prefixes SERVICE may call
    cors: list[str] = field(default_factory=list)  # origins allowed by CORS ("*": any)
    public_url: str | None = None  # http(s)://host[:port] clients use, for the service description
    entities: dict[str, Entity] = field(default_factory=dict)
    graph: Any = None  # networkx.MultiDiGraph from kg.analyze.entity_graph, or None
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (name, comment, text)
    log: bool = False

    def close(self) -> None:
        """Stop the query workers."""
        if self.pool is not None:
            self.pool.close()


def load_state(out_dir: Path, *, timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
               max_concurrent: int = DEFAULT_MAX_CONCURRENT, max_queue: int = DEFAULT_MAX_QUEUE,
               max_memory_mb: int = DEFAULT_MAX_MEMORY_MB, allow_service: list[str] | None = None,
               cors: list[str] | None = None, public_url: str | None = None, log: bool = False) -> ServerState:
    """Open the store of a build folder read-only, start the query workers and load the
    search index and entity graph. Call ``close()`` on the result when done.

    ValueError when there is no store (``kg build`` first) or an option is out of range.
    """
    if timeout <= 0:
        raise ValueError(f"--timeout must be positive, not {timeout:g}")
    if max_rows < 1:
        raise ValueError(f"--max-rows must be at least 1, not {max_rows}")
    if max_concurrent < 1:
        raise ValueError(f"--max-concurrent must be at least 1, not {max_concurrent}")
    if max_queue < 0:
        raise ValueError(f"--max-queue must be 0 or more, not {max_queue}")
    if max_memory_mb < MIN_MEMORY_MB:
        raise ValueError(f"--max-memory must be at least {MIN_MEMORY_MB} (MB), not {max_memory_mb}")
    for prefix in allow_service or []:
        if not re.match(r"https?://[^/?#\s]+", prefix):
            raise ValueError(f"--allow-service needs an http(s):// IRI prefix, not {prefix!r}")
    for origin in cors or []:
        if origin != "*" and not re.fullmatch(r"https?://[^/?#\s]+", origin):
            raise ValueError(f"--cors needs an origin like https://example.org (or *), not {origin!r}")
    if public_url is not None and not re.fullmatch(r"https?://[^/?#\s]+(/[^?#\s]*)?", public_url):
        raise ValueError(f"--public-url needs an http(s):// URL, not {public_url!r}")
    out_dir = Path(out_dir)
    store = open_store(out_dir / "store")
    state = ServerState(out_dir=out_dir, store=store, timeout=timeout, max_rows=max_rows,
                        max_concurrent=max_concurrent, max_memory_mb=max_memory_mb,
                        allow_service=list(allow_service or []), cors=list(cors or []),
                        public_url=public_url.rstrip("/") if public_url else None, log=log)
    state.entities = load_entities(store)
    state.graph = load_entity_graph(out_dir / "graph.trig")
    state.examples = load_examples()
    pool = QueryPool(str(out_dir / "store"), size=max_concurrent, max_memory_mb=max_memory_mb,
                     max_queue=max_queue, render=render_result, log=_log if log else None)
    pool.start()
    state.pool = pool
    return state


def _log(message: str) -> None:
    sys.stderr.write(f"kg serve: {message}\n")


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


def load_entity_graph(trig: Path) -> Any:
    """The entity graph of ``graph.trig`` with its co-mention links (kg.analyze.drawing_graph), or None
    if the file is missing."""
    if not trig.is_file():
        return None
    import rdflib

    from kg.analyze import ANALYSIS_GRAPH, drawing_graph

    ds = rdflib.Dataset()
    ds.parse(trig, format="trig")
    ds.remove_graph(ANALYSIS_GRAPH)
    return drawing_graph(ds)


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
    pattern = re.compile("|".join(re.escape(x) for x in sorted(surfaces, key=len, reverse=True)))
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

    if state.graph is None or iri not in state.graph:
        raise RequestError(404, f"no entity {iri} in the entity graph")
    nodes = nx.ego_graph(state.graph, iri, radius=EGO_RADIUS, undirected=True).nodes
    sub = state.graph.subgraph(nodes).copy()
    return render_html(sub, title=f"{_label_of(state, iri)} — {EGO_RADIUS}-hop neighbourhood", focus=iri)


# --------------------------------------------------------------------------- HTTP


class Handler(BaseHTTPRequestHandler):
    """Routes requests to the endpoint, the explorer and the entity pages."""

    server_version = "kg-serve/0.1"
    timeout = 30  # seconds a client may take to send its request
    state: ServerState  # set on the subclass made by make_server

    # -- plumbing

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        if self.state.log:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    def cors_origin(self) -> str | None:
        """The Access-Control-Allow-Origin value for this request: none unless ``--cors`` allows it."""
        allowed = self.state.cors
        if "*" in allowed:
            return "*"
        origin = self.headers.get("Origin") if self.headers else None
        return origin if origin and origin in allowed else None

    def send(self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        """Send a complete response (CORS headers only for origins ``--cors`` allows)."""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        origin = self.cors_origin()
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated")
            if origin != "*":
                self.send_header("Vary", "Origin")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_text(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self.send(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"), headers)

    def send_html(self, page: str) -> None:
        self.send(200, "text/html; charset=utf-8", page.encode("utf-8"),
                  {"Content-Security-Policy": "default-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                                              "frame-ancestors 'self'"})

    def handle_safely(self, route: Callable[[], None]) -> None:
        try:
            route()
        except RequestError as e:
            self.send_text(e.status, e.message, e.headers)
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception as e:  # a bug or an I/O error: one line to the client, never a hang
            try:
                self.send_text(500, f"internal error: {_first_line(e)}")
            except OSError:
                pass

    # -- methods

    def do_GET(self) -> None:  # noqa: N802 (stdlib naming)
        self.handle_safely(self.route_get)

    def do_HEAD(self) -> None:  # noqa: N802
        self.handle_safely(self.route_get)

    def do_POST(self) -> None:  # noqa: N802
        self.handle_safely(self.route_post)

    def do_OPTIONS(self) -> None:  # noqa: N802
        headers = {"Allow": "GET, HEAD, POST, OPTIONS"}
        if self.cors_origin():
            headers.update({"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                            "Access-Control-Allow-Headers": "Content-Type, Accept",
                            "Access-Control-Max-Age": "86400"})
        self.send(204, "text/plain", b"", headers)

    def refuse_method(self) -> None:
        self.send_text(405, f"{self.command} is not allowed: this endpoint is read-only",
                       {"Allow": "GET, HEAD, POST, OPTIONS"})

    do_PUT = do_DELETE = do_PATCH = refuse_method  # noqa: N815

    # -- routes

    def route_get(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        path = url.path
        if path == "/sparql":
            if "update" in params:
                raise RequestError(405, "this endpoint is read-only: SPARQL Update is not accepted",
                                   {"Allow": "GET, HEAD, POST, OPTIONS"})
            if "query" not in params:
                endpoint = self.endpoint_iri()
                ctype, body = service_description(endpoint, self.headers.get("Accept"))
                self.send(200, ctype, body)
                return
            self.answer_query(params)
        elif path in ("/", "/index.html"):
            self.send_html(explorer_page(self.state))
        elif path == "/api/search":
            q = _one(params, "q", required=False) or ""
            limit = _int_param(params, "limit", SEARCH_LIMIT, 1, 100)
            found = search(self.state.entities, q, limit)
            body = json.dumps({"query": q, "results": found}, ensure_ascii=False).encode("utf-8")
            self.send(200, "application/json; charset=utf-8", body)
        elif path == "/api/mentions":
            found = entity_mentions(self.state, _iri_param(params), _int_param(params, "page", 1, 1, 10**6),
                                    _int_param(params, "limit", MENTIONS_PAGE, 1, 100))
            self.send(200, "application/json; charset=utf-8", json.dumps(found, ensure_ascii=False).encode("utf-8"))
        elif path == "/entity":
            self.send_html(entity_page(self.state, _iri_param(params), _int_param(params, "page", 1, 1, 10**6)))
        elif path == "/entity/graph":
            self.send_html(ego_graph_page(self.state, _iri_param(params)))
        elif path == "/favicon.ico":
            self.send(204, "image/x-icon", b"")
        else:
            raise RequestError(404, f"not found: {path}")

    def route_post(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            raise RequestError(405 if url.path in ("/", "/api/search", "/api/mentions", "/entity") else 404,
                               f"POST is only accepted at /sparql, not {url.path}")
        if self.headers.get("Transfer-Encoding", "").lower() not in ("", "identity"):
            raise RequestError(411, "send the body with a Content-Length (chunked bodies are not accepted)")
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            raise RequestError(411, "a POST needs a Content-Length")
        try:
            length = int(length_text)
        except ValueError:
            raise RequestError(400, f"bad Content-Length: {length_text!r}") from None
        if length < 0:
            raise RequestError(400, f"bad Content-Length: {length_text!r}")
        if length > MAX_BODY:
            # Read (and drop) a moderately large body so the client sees the 413, not a reset.
            self.close_connection = True
            if length <= 16 * MAX_BODY:
                left = length
                while left > 0:
                    chunk = self.rfile.read(min(left, 65536))
                    if not chunk:
                        break
                    left -= len(chunk)
            raise RequestError(413, f"request body too large: {length} bytes (limit {MAX_BODY})")
        raw = self.rfile.read(length)
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise RequestError(400, "the request body is not UTF-8") from None
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            raise RequestError(405, "this endpoint is read-only: SPARQL Update is not accepted",
                               {"Allow": "GET, HEAD, POST, OPTIONS"})
        if ctype == "application/sparql-query":
            if "query" in params:
                raise RequestError(400, "send the query either in the body or as ?query=, not both")
            params["query"] = [body]
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                raise RequestError(405, "this endpoint is read-only: SPARQL Update is not accepted",
                                   {"Allow": "GET, HEAD, POST, OPTIONS"})
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            if "query" not in params:
                raise RequestError(400, "the form has no query= field")
        else:
            raise RequestError(415, f"unsupported Content-Type {ctype or '(none)'}: use "
                                    "application/sparql-query or application/x-www-form-urlencoded")
        self.answer_query(params)

    def answer_query(self, params: dict[str, list[str]]) -> None:
        """Run the protocol's query operation and send the negotiated result."""
        text = _one(params, "query")
        if not text.strip():
            raise RequestError(400, "empty query")
        if is_update(text):
            raise RequestError(400, "this endpoint is read-only: SPARQL Update is not accepted")
        state = self.state
        job = Job(text=text, default_graphs=params.get("default-graph-uri", []),
                  named_graphs=params.get("named-graph-uri", []), limit=state.max_rows,
                  accept=self.headers.get("Accept"))
        ctype, body, truncated = run_in_pool(state, job)
        headers = {"Vary": "Accept"}
        if truncated:
            headers["X-KG-Truncated"] = "true"
            headers["X-KG-Max-Rows"] = str(state.max_rows)
        self.send(200, ctype, body, headers)

    def endpoint_iri(self) -> str:
        """The absolute /sparql IRI: ``--public-url`` if given, else the address we listen on
        (never the client's Host header, which anyone can set to anything)."""
        if self.state.public_url:
            return f"{self.state.public_url}/sparql"
        addr, port = self.server.server_address[:2]
        if addr in ("0.0.0.0", "::"):  # every interface: name the machine
            addr = socket.gethostname()
        addr = f"[{addr}]" if ":" in str(addr) else addr
        return ox.NamedNode(f"http://{addr}:{port}/sparql").value


def _one(params: dict[str, list[str]], name: str, required: bool = True) -> str:
    values = params.get(name, [])
    if len(values) > 1:
        raise RequestError(400, f"give {name}= once, not {len(values)} times")
    if not values:
        if required:
            raise RequestError(400, f"missing {name}= parameter")
        return ""
    return values[0]


def _int_param(params: dict[str, list[str]], name: str, default: int, low: int, high: int) -> int:
    text = _one(params, name, required=False)
    if not text:
        return default
    try:
        return max(low, min(high, int(text)))
    except ValueError:
        raise RequestError(400, f"{name}= must be a number, not {text!r}") from None


def _iri_param(params: dict[str, list[str]]) -> str:
    iri = _one(params, "iri").strip()
    try:
        return ox.NamedNode(iri).value
    except ValueError:
        raise RequestError(400, f"not an IRI: {iri!r}") from None


class _Server(ThreadingHTTPServer):
    """A thread per request, at most ``max_connections`` at once.

    When every thread is busy the accept loop waits, so new connections queue
    in the kernel's listen backlog (``request_queue_size``) instead of being
    reset; queries beyond the worker pool's queue get 503 with Retry-After.
    """

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = LISTEN_BACKLOG
    max_connections = MAX_CONNECTIONS
    _stopping = False

    def server_activate(self) -> None:
        self._connection_slots = threading.BoundedSemaphore(self.max_connections)
        super().server_activate()

    def process_request(self, request: Any, client_address: Any) -> None:
        while not self._connection_slots.acquire(timeout=0.25):
            if self._stopping:
                self.shutdown_request(request)
                return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._connection_slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connection_slots.release()

    def shutdown(self) -> None:
        self._stopping = True
        super().shutdown()


class _Server6(_Server):
    address_family = socket.AF_INET6


def make_server(state: ServerState, host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> ThreadingHTTPServer:
    """A threading HTTP server bound to host:port (port 0: any free port), not yet serving.

    OSError when the address cannot be bound.
    """
    handler = type("KgHandler", (Handler,), {"state": state})
    cls = _Server6 if ":" in host else _Server
    return cls((host, port), handler)


def server_url(server: ThreadingHTTPServer) -> str:
    """``http://host:port`` of a bound server."""
    host, port = server.server_address[:2]
    host = f"[{host}]" if ":" in str(host) else host
    return f"http://{host}:{port}"


def serve(out_dir: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
          on_ready: Callable[[str], None] | None = None, **options: Any) -> None:
    """Serve a build folder until interrupted (Ctrl+C or SIGTERM).

    ``options`` are load_state's (timeout, max_rows, max_concurrent, max_queue,
    max_memory_mb, allow_service, cors, public_url). ValueError / OSError as
    in load_state / make_server.
    """
    import signal

    t0 = time.monotonic()
    state = load_state(out_dir, log=True, **options)
    try:
        server = make_server(state, host, port)
    except BaseException:
        state.close()
        raise

    def on_term(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_term)  # stop the workers too when asked to stop
    try:
        if on_ready:
            on_ready(f"{server_url(server)}/ ({len(state.entities)} entities, ready in {time.monotonic() - t0:.1f}s)")
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        state.close()
