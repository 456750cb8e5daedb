"""``kg serve --endpoint URL``: the endpoint and explorer over a remote store instead of a build folder.

A store that ``kg build --store`` filled (Oxigraph server, Fuseki, GraphDB)
is read through its SPARQL 1.1 Protocol query endpoint, as ``kg query
--endpoint`` reads it. :class:`RemoteStore` answers the explorer's queries
(search index, entity pages) and :class:`RemotePool` the clients' queries at
/sparql, in place of the local store and its worker processes: the same
guards (query shape, SERVICE), row cap, formats and errors; the remote server
runs the query, so its own limits apply. The entity pictures (ego graphs)
need the whole corpus view and are drawn only from a local build.
"""
from __future__ import annotations

import threading
import urllib.parse
from typing import Any

from kg.query_pool import Job, PoolBusy, QueryTimeout
from kg.remote import RemoteStoreError, check_url, query_endpoint


class RemoteStore:
    """The read call of an Oxigraph store the explorer makes (``query``), answered by a remote endpoint."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.url = check_url(url, "--endpoint", "SPARQL query endpoint")
        self.timeout = timeout

    def query(self, text: str, prefixes: dict[str, str] | None = None, **_: Any) -> Any:
        """pyoxigraph's answer to ``text``, with ``prefixes`` declared (kg's own are declared by
        :func:`kg.remote.query_endpoint` where the query does not declare them).

        A remote failure is an OSError (what a store read raises), with the one-line message.
        """
        from kg.store import PREFIXES

        head = "".join(f"PREFIX {k}: <{v}>\n" for k, v in (prefixes or {}).items() if PREFIXES.get(k) != v)
        try:
            return query_endpoint(self.url, head + text, timeout=self.timeout)
        except RemoteStoreError as e:
            raise OSError(str(e)) from None

    def close(self) -> None:
        """Nothing is held open between requests."""


class RemotePool:
    """The query pool of ``kg serve`` for a remote store: each job is one request to the endpoint.

    At most ``size`` run at once and ``max_queue`` more wait (:class:`PoolBusy` beyond).
    """

    def __init__(self, url: str, *, size: int, max_queue: int) -> None:
        self.url = check_url(url, "--endpoint", "SPARQL query endpoint")
        self._slots = threading.BoundedSemaphore(size)
        self._room = threading.BoundedSemaphore(size + max_queue)

    def start(self) -> None:
        """Nothing to start: the remote server runs the queries."""

    def close(self) -> None:
        """Nothing to stop."""

    def pids(self) -> list[int]:
        """No worker processes."""
        return []

    def run(self, job: Job, timeout: float) -> tuple[str, bytes, bool]:
        """(Content-Type, body, truncated) of ``job``, answered by the endpoint and rendered as locally.

        ValueError when the endpoint refuses the query (a client mistake), QueryTimeout when
        it does not answer in ``timeout`` seconds, OSError when it cannot be reached.
        """
        from kg.sparql_protocol import render_result
        from kg.store import query_result

        if not self._room.acquire(blocking=False):
            raise PoolBusy("every query slot is taken and the queue is full")
        try:
            if not self._slots.acquire(timeout=timeout):
                raise PoolBusy(f"no query slot came free in {timeout:g}s")
            try:
                answer = query_endpoint(self._job_url(job), job.text, timeout=timeout)
                result = query_result(answer, job.limit)
            except RemoteStoreError as e:
                message = str(e)
                if "HTTP 400" in message:
                    raise ValueError(message) from None
                if "timed out" in message:
                    raise QueryTimeout(f"the query ran past {timeout:g}s") from None
                raise OSError(message) from None
            finally:
                self._slots.release()
        finally:
            self._room.release()
        ctype, body = render_result(result, job.accept)
        return ctype, body, result.truncated

    def _job_url(self, job: Job) -> str:
        """The endpoint with the job's dataset (``default-graph-uri``, ``named-graph-uri``), if any."""
        params = [("default-graph-uri", g) for g in job.default_graphs]
        params += [("named-graph-uri", g) for g in job.named_graphs]
        if not params:
            return self.url
        sep = "&" if urllib.parse.urlsplit(self.url).query else "?"
        return self.url + sep + urllib.parse.urlencode(params)
