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

This module holds the shared state (:class:`ServerState`, :func:`load_state`) and the
HTTP side (routes, request limits, :func:`serve`); the SPARQL protocol (query checks,
workers, content negotiation, result formats) is kg.sparql_protocol, the search and
the HTML pages are kg.explorer.
"""

from __future__ import annotations

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
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.explorer import (MENTIONS_PAGE, SEARCH_LIMIT, Entity, ego_graph_page, entity_mentions, entity_page,
                         explorer_page, load_entities, load_entity_graph, load_examples, search)
from kg.query_pool import DEFAULT_MAX_MEMORY_MB, MIN_MEMORY_MB, Job, QueryPool
from kg.sparql_protocol import RequestError, is_update, render_result, run_in_pool, service_description
from kg.store import first_line as _first_line, open_store

MAX_BODY = 1_000_000  # bytes of a POST body
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_CONCURRENT = 4
DEFAULT_MAX_QUEUE = 64  # queries waiting for a worker; beyond, 503 at once
MAX_CONNECTIONS = 128  # requests handled at once (threads); beyond, connections wait in the backlog
LISTEN_BACKLOG = 1024  # connections the kernel holds before we accept them


# --------------------------------------------------------------------------- state


@dataclass
class ServerState:
    """Everything the handlers share: the store, limits, search index and entity graph."""

    out_dir: Path | None  # None when serving a remote store
    store: Any  # ox.Store, or kg.remote_serve.RemoteStore
    timeout: float
    max_rows: int
    max_concurrent: int
    pool: Any = None  # QueryPool (or kg.remote_serve.RemotePool); None only until load_state has started it
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    allow_service: list[str] = field(default_factory=list)  # IRI prefixes SERVICE may call
    cors: list[str] = field(default_factory=list)  # origins allowed by CORS ("*": any)
    public_url: str | None = None  # http(s)://host[:port] clients use, for the service description
    entities: dict[str, Entity] = field(default_factory=dict)
    graph: Any = None  # networkx.MultiDiGraph from kg.projection.entity_graph, or None
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (name, comment, text)
    log: bool = False

    def close(self) -> None:
        """Stop the query workers."""
        if self.pool is not None:
            self.pool.close()


def load_state(out_dir: Path | None, *, timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
               max_concurrent: int = DEFAULT_MAX_CONCURRENT, max_queue: int = DEFAULT_MAX_QUEUE,
               max_memory_mb: int = DEFAULT_MAX_MEMORY_MB, allow_service: list[str] | None = None,
               cors: list[str] | None = None, public_url: str | None = None, log: bool = False,
               endpoint: str | None = None) -> ServerState:
    """Open the store of a build folder read-only, start the query workers and load the
    search index and entity graph. Call ``close()`` on the result when done.

    With ``endpoint`` (``out_dir`` then unused), a remote store is read through that
    SPARQL query endpoint instead (:mod:`kg.remote_serve`; no entity pictures).
    ValueError when there is no store (``kg build`` first), the remote store cannot
    be read, or an option is out of range.
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
    if endpoint is not None:
        from kg.remote import RemoteStoreError
        from kg.remote_serve import RemotePool, RemoteStore

        try:
            store: Any = RemoteStore(endpoint, timeout)
            pool: Any = RemotePool(endpoint, size=max_concurrent, max_queue=max_queue)
        except RemoteStoreError as e:
            raise ValueError(str(e)) from None
    else:
        out_dir = Path(out_dir)
        store = open_store(out_dir / "store")
    state = ServerState(out_dir=out_dir, store=store, timeout=timeout, max_rows=max_rows,
                        max_concurrent=max_concurrent, max_memory_mb=max_memory_mb,
                        allow_service=list(allow_service or []), cors=list(cors or []),
                        public_url=public_url.rstrip("/") if public_url else None, log=log)
    try:
        state.entities = load_entities(store)
    except OSError as e:  # a remote store that cannot be read
        raise ValueError(str(e)) from None
    state.graph = None if endpoint is not None else load_entity_graph(store, out_dir)
    state.examples = load_examples()
    if endpoint is None:
        pool = QueryPool(str(out_dir / "store"), size=max_concurrent, max_memory_mb=max_memory_mb,
                         max_queue=max_queue, render=render_result, log=_log if log else None)
    pool.start()
    state.pool = pool
    return state


def _log(message: str) -> None:
    sys.stderr.write(f"kg serve: {message}\n")


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


def serve(out_dir: Path | None, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
          on_ready: Callable[[str], None] | None = None, **options: Any) -> None:
    """Serve a build folder until interrupted (Ctrl+C or SIGTERM).

    ``options`` are load_state's (timeout, max_rows, max_concurrent, max_queue,
    max_memory_mb, allow_service, cors, public_url, endpoint). ValueError / OSError as
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
