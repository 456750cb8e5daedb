"""Write a build into a remote triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

``kg build … --store URL`` names the store's Graph Store endpoint (Oxigraph
server: ``http://HOST:7878/store``; Apache Jena Fuseki: ``http://HOST:3030/DATASET/data``;
GraphDB: ``http://HOST:7200/repositories/REPO/rdf-graphs/service``). After the
local build is switched into place, each named graph of it is sent with one
``PUT URL?graph=IRI`` (N-Triples), which replaces that graph whole, so a rerun
is idempotent; the graphs of articles the build dropped are removed with
``DELETE``. Only the standard library talks HTTP.
"""
from __future__ import annotations

import gc
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


def check_url(url: str) -> str:
    """``url`` if it is an http(s) address, else :class:`RemoteStoreError`."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RemoteStoreError(f"--store {url!r} is not an http:// or https:// Graph Store address")
    return url


def graph_url(url: str, graph: str) -> str:
    """The Graph Store address of one named graph (indirect identification, ``?graph=``)."""
    sep = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _send(method: str, url: str, body: bytes | None = None, timeout: float = 60.0) -> int:
    headers = {"Content-Type": "application/n-triples"} if body is not None else {}
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status
    except urllib.error.HTTPError as e:
        if method == "DELETE" and e.code == 404:  # already gone
            return 404
        detail = e.read(200).decode("utf-8", "replace").strip().splitlines()[:1]
        raise RemoteStoreError(f"{method} {url}: HTTP {e.code} {e.reason}"
                               + (f": {detail[0]}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise RemoteStoreError(f"cannot reach the store at {url}: {reason}") from None


def push_store(store_dir: Path, url: str, removed_graphs: Iterable[str] = ()) -> PushReport:
    """PUT every named graph of the local store at ``store_dir`` to ``url``; DELETE ``removed_graphs``."""
    import pyoxigraph as ox

    check_url(url)
    report = PushReport()
    store = ox.Store.read_only(str(store_dir))
    try:
        for name in sorted(store.named_graphs(), key=lambda g: g.value):
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
        if _send("DELETE", graph_url(url, graph)) != 404:
            report.deleted += 1
    return report
