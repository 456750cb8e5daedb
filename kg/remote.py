"""Write a build into a remote triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

``kg build … --store URL`` names the store's Graph Store endpoint (Oxigraph
server: ``http://HOST:7878/store``; Apache Jena Fuseki: ``http://HOST:3030/DATASET/data``;
GraphDB: ``http://HOST:7200/repositories/REPO/rdf-graphs/service``). After the
local build is switched into place, each named graph of it is sent with one
``PUT URL?graph=IRI`` (N-Triples), which replaces that graph whole, so a rerun
is idempotent; the graphs of articles the build dropped are removed with
``DELETE``. ``kg query --endpoint URL`` reads such a store back through its
SPARQL 1.1 Protocol query endpoint (:func:`query_endpoint`). Only the standard
library talks HTTP.
"""
from __future__ import annotations

import gc
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


class RemoteStoreError(Exception):
    """The remote store refused or could not be reached; the message is one line."""


@dataclass
class PushReport:
    """What was sent: graphs replaced, graphs deleted, triples sent."""

    graphs: int = 0
    deleted: int = 0
    triples: int = 0


def check_url(url: str, option: str = "--store", what: str = "Graph Store") -> str:
    """``url`` if it is an http(s) address, else :class:`RemoteStoreError`."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RemoteStoreError(f"{option} {url!r} is not an http:// or https:// {what} address")
    return url


def graph_url(url: str, graph: str) -> str:
    """The Graph Store address of one named graph (indirect identification, ``?graph=``)."""
    sep = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _send(method: str, url: str, body: bytes | None = None, timeout: float = 60.0,
          headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    """Send one request; (status, content type, body read). HTTP errors raise :class:`RemoteStoreError`."""
    if headers is None:
        headers = {"Content-Type": "application/n-triples"} if body is not None else {}
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers.get_content_type(), resp.read()
    except urllib.error.HTTPError as e:
        if method == "DELETE" and e.code == 404:  # already gone
            return 404, "", b""
        detail = e.read(200).decode("utf-8", "replace").strip().splitlines()[:1]
        raise RemoteStoreError(f"{method} {url}: HTTP {e.code} {e.reason}"
                               + (f": {detail[0]}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise RemoteStoreError(f"cannot reach the store at {url}: {reason}") from None


def push_store(store_dir: Path, url: str, removed_graphs: Iterable[str] = (),
               only: set[str] | None = None) -> PushReport:
    """PUT every named graph of the local store at ``store_dir`` (or those named in ``only``)
    to ``url``; DELETE ``removed_graphs``."""
    import pyoxigraph as ox

    check_url(url)
    report = PushReport()
    store = ox.Store.read_only(str(store_dir))
    try:
        for name in sorted(store.named_graphs(), key=lambda g: g.value):
            if only is not None and name.value not in only:
                continue
            triples = [ox.Triple(q.subject, q.predicate, q.object)
                       for q in store.quads_for_pattern(None, None, None, name)]
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            _send("PUT", graph_url(url, name.value), body)
            report.graphs += 1
            report.triples += len(triples)
    finally:
        del store
        gc.collect()
    for graph in removed_graphs:
        if _send("DELETE", graph_url(url, graph))[0] != 404:
            report.deleted += 1
    return report


PUSHED = "pushed.json"  # in DIR/cache: the build each remote store was last brought up to


def unpushed_graphs(out: Path, url: str, before: dict) -> set[str] | None:
    """The graphs to send to the store at ``url``: those whose articles changed since the
    build it was last brought up to, when that was the build ``out`` held before this one
    (``before``: its manifest); else None, every graph."""
    from kg import buildfolder, rdf
    from kg.cache import CACHE_DIR

    try:
        pushed = json.loads((out / CACHE_DIR / PUSHED).read_text(encoding="utf-8")).get(url)
    except (OSError, ValueError, AttributeError):
        return None
    now = buildfolder.read_manifest(out) or {}
    if not pushed or pushed not in (before.get("build_id"), now.get("build_id")):
        return None
    if pushed == now.get("build_id"):
        return set()  # nothing was built since
    old = {a.get("id"): a.get("graph") for a in before.get("articles", []) if isinstance(a, dict)}
    return {str(rdf.graph_iri(a["id"])) for a in now.get("articles", [])
            if isinstance(a, dict) and (a.get("graph") is None or old.get(a["id"]) != a.get("graph"))}


def note_pushed(out: Path, url: str) -> None:
    """Record that the store at ``url`` now holds the build in ``out``."""
    from kg import buildfolder
    from kg.cache import CACHE_DIR
    from kg.fsutil import write_atomic

    path = out / CACHE_DIR / PUSHED
    try:
        pushed = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(pushed, dict):
            pushed = {}
    except (OSError, ValueError):
        pushed = {}
    pushed[url] = (buildfolder.read_manifest(out) or {}).get("build_id")
    write_atomic(path, json.dumps(pushed, indent=1) + "\n")


# SELECT/ASK answers as SPARQL JSON; CONSTRUCT/DESCRIBE as N-Triples.
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"


def query_endpoint(url: str, query: str, *, timeout: float = 60.0):
    """Run ``query`` on the SPARQL 1.1 Protocol query endpoint ``url`` (one POST).

    kg's prefixes are declared for the query as ``kg query`` declares them
    locally. Returns pyoxigraph's answer (``QuerySolutions``, ``QueryBoolean``
    or a list of ``Triple``), for :func:`kg.store.query_result`. Which graph
    the endpoint's default graph is depends on the server: Oxigraph server
    answers over the union of the named graphs with ``URL?union-default-graph``.
    """
    import pyoxigraph as ox

    from kg.sparql_guard import check_shape
    from kg.store import expand_slash_names, prefix_block

    check_url(url, "--endpoint", "SPARQL query endpoint")
    check_shape(query)
    text = prefix_block(query) + expand_slash_names(query)
    _, ctype, data = _send("POST", url, text.encode("utf-8"), timeout,
                           {"Content-Type": "application/sparql-query", "Accept": _ACCEPT})
    try:
        if ctype in ("application/sparql-results+json", "application/json"):
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        if ctype in ("application/n-triples", "text/plain"):
            return [ox.Triple(q.subject, q.predicate, q.object)
                    for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
    except (SyntaxError, ValueError) as e:
        raise RemoteStoreError(f"{url} answered what is not SPARQL results: {str(e).splitlines()[0]}") from None
    raise RemoteStoreError(f"{url} answered {ctype or 'no content type'}, not SPARQL JSON results or N-Triples")
