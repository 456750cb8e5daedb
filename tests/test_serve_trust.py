"""Trust tests for `kg serve` (issue 12): hostile queries stop nothing and reach nothing.

- a query nested thousands deep is refused before pyoxigraph sees it (it used to
  segfault the server, and `kg query` too); a query that still crashes the engine
  kills only its worker process;
- a runaway query is killed at --timeout: its CPU and memory come back (measured
  from /proc on a real `kg serve` process and its workers);
- SERVICE never makes the server send a request, unless --allow-service allows
  the target; CORS is off unless --cors opens it; the Host header is not echoed;
- under load the server answers 200 or 503 + Retry-After, never resets a connection;
- `kg query` does not pass terminal control characters from the data through.

The load and kill tests run here in a short form (marked `load`); the full-length
load test is tests/bench/load_serve.py.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Iterator

import pytest
import rdflib
from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.corpus import sample_corpus_dir
from kg.serve import load_state
from kg.sparql_guard import (MAX_DEPTH, REFUSED_SERVICE, check_depth, check_shape, nesting_depth, operator_count,
                             service_allowed, service_targets)
from kg.store import escape_controls, format_result, run_query, write_store, open_store
from serve_support import (example_queries, one_request, process_tree, run_load, start_server,
                           tree_cpu_seconds, tree_rss_mb)
from test_serve import get_query, http, post_query, start

KGO = "https://w3id.org/kg-vn/ontology#"
PERSONS = f"SELECT DISTINCT ?p WHERE {{ ?p a <{KGO}Person> }} ORDER BY ?p"
DEEP = "ASK " + "{" * 2500 + "}" * 2500  # 5 KB; pyoxigraph overflows its stack on it
# Memory-hungry: ORDER BY materialises every row of a three-way cross product (~2.7e9 rows here).
RUNAWAY_MEMORY = "SELECT * WHERE {?a ?b ?c . ?d ?e ?f . ?g ?h ?i} ORDER BY ?f LIMIT 1"
# CPU-bound with flat memory: counting the same cross product streams it.
RUNAWAY_CPU = "SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c . ?d ?e ?f . ?g ?h ?i}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("trust-build")
    report = build([sample_corpus_dir()], out, html=False)
    assert report.articles == 5
    assert len(open_store(out / "store")) > 1000  # enough triples for the runaway queries to run away
    return out


@pytest.fixture(scope="module")
def base(built: Path) -> Iterator[str]:
    url, stop = start(load_state(built, timeout=20, max_concurrent=2))
    yield url
    stop()


# --------------------------------------------------------------------------- depth


def test_depth_counts_brackets_outside_strings_iris_and_comments() -> None:
    assert nesting_depth("ASK { { ?s ?p ?o } FILTER((1)) }") == 3
    assert nesting_depth('ASK { ?s ?p "{{{{((((" } # {{{{{{\n') == 1
    assert nesting_depth("ASK { ?s ?p '''{{\n{{''' . ?s <http://x/#{> ?o }") == 1
    assert nesting_depth("ASK { ?s ex:a\\( ?o }") == 1  # an escaped ( inside a local name
    check_depth("ASK " + "{" * MAX_DEPTH + "}" * MAX_DEPTH)
    with pytest.raises(ValueError, match="nested too deeply"):
        check_depth("ASK " + "{" * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1))
    with pytest.raises(ValueError, match="nested too deeply"):
        check_depth("ASK { FILTER(" + "(" * 2500 + "1" + ")" * 2500 + ") }")


def test_deep_query_is_refused_and_server_survives(base: str) -> None:
    status, _, body = post_query(base, DEEP)
    assert status == 400 and b"nested too deeply" in body
    status, _, body = get_query(base, "ASK " + "{" * 50 + "}" * 50)  # ordinary depths still run
    assert status == 200 and json.loads(body)["boolean"] is True
    assert get_query(base, PERSONS)[0] == 200


def test_cli_query_refuses_deep_query(built: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "query", DEEP, "--out", str(built)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-500:])
    assert proc.stderr.startswith("kg: error: query nested too deeply") and "Traceback" not in proc.stderr


def test_long_chain_is_refused_before_the_engine() -> None:
    sums = "ASK { FILTER(" + "+".join(["1"] * 40_000) + " > 0) }"  # crashed pyoxigraph: 8,000 do
    unions = "ASK { " + " UNION ".join(["{ ?s ?p ?o }"] * 9_000) + " }"
    for query in (sums, unions):
        with pytest.raises(ValueError, match="query too long"):
            check_shape(query)
    assert operator_count('SELECT ?s { ?s ex:a.b "x + y . z" . ?s <http://a/b.c> ?o } # a + b') == 1
    assert operator_count("ASK { { ?a ?b ?c } UNION { ?a ?b ?c } MINUS { ?a ?b 1 } FILTER(?c > 1 || !?d) }") == 5
    check_shape("ASK { " + " UNION ".join(["{ ?s ?p ?o }"] * 500) + " }")  # long but ordinary: runs
    values = "SELECT ?x { VALUES ?x { " + " ".join(str(i) for i in range(20_000)) + " } }"
    check_shape(values)  # a long VALUES list holds no operator and stays allowed


def test_cli_query_refuses_long_chain_without_crashing(built: Path) -> None:
    chain = "SELECT (" + "+".join(["1"] * 10_000) + " AS ?n) {}"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "query", chain, "--out", str(built)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-500:])
    assert proc.stderr.startswith("kg: error: query too long") and "Traceback" not in proc.stderr


def test_long_chain_gets_400_and_server_survives(base: str) -> None:
    status, _, body = post_query(base, "ASK { FILTER(" + "+".join(["1"] * 40_000) + " > 0) }")
    assert status == 400 and b"query too long" in body
    assert get_query(base, PERSONS)[0] == 200


def test_engine_crash_kills_only_its_worker(built: Path) -> None:
    # A worker that dies inside the engine (here: SIGSEGV while it counts a cross product)
    # answers 500; the server lives on and has its workers back.
    state = load_state(built, timeout=20, max_concurrent=1)
    url, stop = start(state)
    try:
        assert state.pool is not None
        victim = state.pool.pids()[0]
        answers: list[tuple[int, bytes]] = []
        asking = threading.Thread(target=lambda: answers.append(post_query(url, RUNAWAY_CPU)[::2]))
        asking.start()
        time.sleep(1.0)  # the query is running in the only worker
        os.kill(victim, signal.SIGSEGV)
        asking.join(30)
        status, body = answers[0]
        assert status == 500 and b"crashed its worker" in body
        assert get_query(url, PERSONS)[0] == 200
        assert victim not in state.pool.pids()
    finally:
        stop()


# --------------------------------------------------------------------------- SERVICE, CORS, Host


class Listener:
    """A loopback TCP port that records every connection and answers like a SPARQL endpoint."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.requests: list[bytes] = []
        self.running = True
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"far"}}]}}'
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    self.requests.append(conn.recv(65536))
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                 b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n"
                                 + body)
                except OSError:
                    pass

    def close(self) -> None:
        self.running = False
        self.thread.join(2)
        self.sock.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


def service_forms(target: str) -> list[str]:
    """Ways to write a SERVICE clause calling ``target``, some meant to slip past a naive check."""
    return [
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p true.SERVICE<{target}>{{ ?s ?p ?o }} }}",
        f"PREFIX t: <{target}> SELECT * WHERE {{ SERVICE t: {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o # }} a comment to the end of the line\n SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{target}> AS ?t) SERVICE ?t {{ ?s ?p ?o }} }}",
        "PREFIX x: <http://x/> SELECT ?service WHERE { ?s x:SERVICE ?service }",  # no SERVICE clause: runs
    ]


def test_service_is_refused_and_never_called(base: str, listener: Listener) -> None:
    target = f"http://127.0.0.1:{listener.port}/sparql"
    answers = set()
    for query in service_forms(target)[:-1]:
        status, _, body = post_query(base, query)
        assert status == 400, query
        answers.add(body)
    # the same message whatever the target: nothing to learn about other ports
    status, _, body = post_query(base, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
    answers.add(body)
    assert answers == {(REFUSED_SERVICE + "\n").encode()}
    time.sleep(0.3)
    assert listener.requests == []
    assert post_query(base, service_forms(target)[-1])[0] == 200


def test_allow_service_lets_listed_endpoints_through(built: Path, listener: Listener) -> None:
    allowed = f"http://127.0.0.1:{listener.port}/sparql"
    url, stop = start(load_state(built, allow_service=[allowed], max_concurrent=1))
    try:
        status, _, body = post_query(url, f"SELECT ?x WHERE {{ SERVICE <{allowed}> {{ ?x ?p ?o }} }}")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["x"]["value"] == "far"
        assert len(listener.requests) == 1 and listener.requests[0].startswith(b"POST /sparql")
        for other in (f"http://127.0.0.1:{listener.port}/sparqlx", f"http://127.0.0.1:{listener.port}/other",
                      "http://127.0.0.1:1/sparql"):
            status, _, body = post_query(url, f"SELECT ?x WHERE {{ SERVICE <{other}> {{ ?x ?p ?o }} }}")
            assert status == 400 and b"only allowed" in body
        assert len(listener.requests) == 1
    finally:
        stop()


def test_service_targets_unit() -> None:
    assert service_targets("SELECT ?service WHERE { ?s <http://x/SERVICE> ?service . ?s ex:SERVICE 1 }") == []
    assert service_targets('ASK { ?s ?p "SERVICE <http://a/>" }') == []
    assert service_targets("ASK { ?s ex:a\\# } SERVICE <http://a/> { } }") == ["http://a/"]
    assert service_targets("ASK { ?o .SERVICE ?x { } }") == [None]
    allowed = ["http://a.org", "https://b.org/sparql"]
    assert service_allowed("http://a.org/sparql", allowed) and service_allowed("https://b.org/sparql", allowed)
    assert service_allowed("https://b.org/sparql?x=1", allowed)
    for target in ("http://a.org.evil.net/", "https://b.org/sparqlx", "http://a.org\\u002e", "sparql", None):
        assert not service_allowed(target, allowed), target


def test_cors_is_off_unless_asked(base: str, built: Path) -> None:
    _, headers, _ = get_query(base, PERSONS)
    assert "Access-Control-Allow-Origin" not in headers
    status, headers, _ = http(f"{base}/sparql", method="OPTIONS", headers={"Origin": "https://evil.example"})
    assert status == 204 and "Access-Control-Allow-Origin" not in headers
    url, stop = start(load_state(built, cors=["https://app.example"], max_concurrent=1))
    try:
        _, headers, _ = http(f"{url}/sparql?query={urllib.parse.quote(PERSONS)}",
                             headers={"Origin": "https://app.example"})
        assert headers["Access-Control-Allow-Origin"] == "https://app.example" and "Origin" in headers["Vary"]
        _, headers, _ = http(f"{url}/sparql?query={urllib.parse.quote(PERSONS)}",
                             headers={"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in headers
    finally:
        stop()
    with pytest.raises(ValueError, match="--cors"):
        load_state(built, cors=["not an origin"])


def test_service_description_ignores_host_header(base: str, built: Path) -> None:
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    _, _, body = http(f"{base}/sparql", headers={"Host": "evil.example:666"})
    g = rdflib.Graph().parse(data=body.decode(), format="turtle")
    assert set(g.objects(None, sd.endpoint)) == {rdflib.URIRef(f"{base}/sparql")}
    url, stop = start(load_state(built, public_url="https://kg.example.org/", max_concurrent=1))
    try:
        _, _, body = http(f"{url}/sparql", headers={"Host": "evil.example"})
        g = rdflib.Graph().parse(data=body.decode(), format="turtle")
        assert set(g.objects(None, sd.endpoint)) == {rdflib.URIRef("https://kg.example.org/sparql")}
    finally:
        stop()


# --------------------------------------------------------------------------- load


@pytest.mark.load
def test_short_load_answers_every_request(built: Path) -> None:
    """20 clients × 3 s of the example queries: ≥ 99 % 200 and no connection error."""
    url, stop = start(load_state(built))
    try:
        report = run_load(url, clients=20, seconds=3, queries=[q for _, q in example_queries()])
    finally:
        stop()
    print(report.summary())
    assert report.errors == {} and report.total >= 20
    assert report.ok_share >= 0.99, report.summary()


@pytest.mark.load
def test_overload_degrades_to_503_with_retry_after(built: Path) -> None:
    """Far more clients than workers and queue: every answer is 200 or 503 + Retry-After, no reset."""
    state = load_state(built, max_concurrent=1, max_queue=2)
    url, stop = start(state)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(?b = ?e) }"  # a few 100 ms each
    try:
        report = run_load(url, clients=40, seconds=3, queries=[slow])
    finally:
        stop()
    print(report.summary())
    assert report.errors == {}
    assert set(report.statuses) <= {200, 503} and report.statuses.get(503, 0) > 0 < report.statuses.get(200, 0)
    assert report.retry_after_missing == 0


# --------------------------------------------------------------------------- runaway queries


@pytest.fixture()
def served(built: Path, tmp_path: Path):
    servers = []

    def run(*args: str):
        server = start_server(built, tmp_path / f"serve-{len(servers)}.log", *args)
        servers.append(server)
        return server

    yield run
    for s in servers:
        s.stop()


@pytest.mark.load
def test_runaway_query_is_stopped_and_memory_comes_back(served) -> None:
    limit_mb = 1024
    server = served("--timeout", "3", "--max-memory", str(limit_mb), "--max-concurrent", "2")
    pid = server.proc.pid
    assert one_request(server.url, PERSONS)[0] == 200
    baseline = tree_rss_mb(pid)
    peak = 0.0
    box: dict[str, object] = {}
    t0 = time.monotonic()
    thread = threading.Thread(target=lambda: box.update(answer=one_request(server.url, RUNAWAY_MEMORY)))
    thread.start()
    while thread.is_alive():
        peak = max(peak, tree_rss_mb(pid))
        time.sleep(0.05)
    answered = time.monotonic() - t0
    status, _ = box["answer"]
    assert status == 503 and answered < 3 + 2  # stopped by its memory cap or at the timeout
    back = None
    while time.monotonic() - t0 - answered < 5:
        now = tree_rss_mb(pid)
        if now <= baseline + 100:
            back = time.monotonic() - t0 - answered
            break
        time.sleep(0.1)
    print(f"runaway: baseline {baseline:.0f} MB, peak {peak:.0f} MB (limit {limit_mb} MB per worker), "
          f"answered 503 after {answered:.1f} s, back to {now:.0f} MB after {back if back is None else round(back, 2)} s")
    assert back is not None, f"memory still at {now:.0f} MB 5 s after the answer (baseline {baseline:.0f} MB)"
    assert peak < baseline + limit_mb
    assert one_request(server.url, PERSONS)[0] == 200


@pytest.mark.load
def test_timed_out_query_stops_using_cpu(served) -> None:
    server = served("--timeout", "1", "--max-concurrent", "1")
    pid = server.proc.pid
    assert one_request(server.url, PERSONS)[0] == 200
    processes = len(process_tree(pid))
    t0 = time.monotonic()
    status, headers = one_request(server.url, RUNAWAY_CPU)
    assert status == 503 and "retry-after" in headers and time.monotonic() - t0 < 4
    deadline = time.monotonic() + 30
    while len(process_tree(pid)) < processes and time.monotonic() < deadline:
        time.sleep(0.1)  # the replacement worker starts up
    time.sleep(1)
    cpu0 = tree_cpu_seconds(pid)
    time.sleep(2)
    used = tree_cpu_seconds(pid) - cpu0
    print(f"CPU used by the server in the 2 s after the timeout: {used:.2f} s")
    assert used < 0.5  # an abandoned query would keep a core busy (~2 s)
    assert one_request(server.url, PERSONS)[0] == 200


# --------------------------------------------------------------------------- terminal output


def test_query_output_escapes_control_characters(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text(
        '<http://x/g> { <http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> '
        '"red\\u001B[31m alarm\\u0007 \\u009B2J\\tend\\nline two" }\n', encoding="utf-8")
    write_store(tmp_path / "store", tmp_path / "graph.trig")
    result = run_query(open_store(tmp_path / "store"), "SELECT ?l WHERE { ?s rdfs:label ?l }")
    table = format_result(result, "table")
    assert "\x1b" not in table and "\x07" not in table and "\x9b" not in table
    assert "\\x1b[31m" in table and "\\u009b2J" in table and "\\t" in table and "line two" in table
    assert escape_controls("a\x1bb\tc\r\nd", keep="\t\n\r") == "a\\x1bb\tc\r\nd"
    out = CliRunner().invoke(app, ["query", "SELECT ?l WHERE { ?s rdfs:label ?l }", "--out", str(tmp_path)])
    assert out.exit_code == 0 and "\x1b" not in out.output and "\\x1b[31m" in out.output


@pytest.mark.parametrize("args,message", [
    (["--max-memory", "100"], "--max-memory must be at least 512"),
    (["--max-queue", "-1"], "--max-queue must be 0 or more"),
    (["--cors", "evil"], "--cors needs an origin"),
    (["--allow-service", "ftp://x/"], "--allow-service needs an http(s):// IRI prefix"),
    (["--public-url", "kg.example.org"], "--public-url needs an http(s):// URL"),
])
def test_cli_serve_refuses_bad_limits(built: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["serve", str(built), "--port", "0", *args])
    assert result.exit_code == 2 and result.output.startswith(f"kg: error: {message}"), result.output
    assert "Traceback" not in result.output
