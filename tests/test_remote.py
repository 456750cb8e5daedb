"""kg build --store: the real Oxigraph server on loopback gets one named graph per article."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build import BuildError, build
from kg.cli import app
from kg.store import open_store, run_query
from corpus_files import write_jsonl

A = [{"id": "r1", "lang": "vi", "published": "2024-12-24",
      "text": "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về khoa học, công nghệ."},
     {"id": "r2", "lang": "vi", "published": "2025-01-15",
      "text": "Tổng Bí thư Tô Lâm dự Diễn đàn quốc gia tại Hà Nội ngày 15/1."}]
FAST = dict(use_crf=False, validate=False, html=False)
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
ISSUED = ("SELECT ?p WHERE { GRAPH ?g { ?org <https://w3id.org/kg-vn/ontology#issued> ?p } } ORDER BY ?p")


def oxigraph_exe() -> str:
    exe = Path(sys.executable).with_name("oxigraph")
    found = str(exe) if exe.is_file() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    return found


@pytest.fixture
def server(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([oxigraph_exe(), "serve", "--location", str(tmp_path / "remote"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("oxigraph server did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def remote_select(base: str, query: str) -> list[str]:
    req = urllib.request.Request(f"{base}/query?query={urllib.parse.quote(query)}",
                                 headers={"Accept": "application/sparql-results+json"})
    data = json.loads(urllib.request.urlopen(req, timeout=10).read())
    return [next(iter(b.values()))["value"] for b in data["results"]["bindings"]]


def local_select(out: Path, query: str) -> list[str]:
    store = open_store(out / "store")
    result = run_query(store, query, union=False)
    rows = [str(r[0]) for r in result.rows]
    del store
    return rows


def test_build_into_a_remote_oxigraph_equals_the_local_store(server, tmp_path):
    inp = write_jsonl(tmp_path / "a.jsonl", A)
    out = tmp_path / "out"
    report = build([inp], out, store_url=f"{server}/store", **FAST)
    assert report.pushed.graphs == 2 and report.pushed.triples == report.quads
    assert remote_select(server, COUNT) == local_select(out, COUNT) == [str(report.quads)]
    assert remote_select(server, ISSUED) == local_select(out, ISSUED) != []
    # a rerun sends nothing: the store already holds this build
    result = CliRunner().invoke(app, ["build", str(inp), "--out", str(out), "--store", f"{server}/store",
                                      "--no-crf", "--no-html", "--no-validate"])
    assert result.exit_code == 0, result.stderr
    assert "0 graphs" in result.stderr
    assert remote_select(server, COUNT) == [str(report.quads)]
    # a store the folder does not know gets every graph, and PUT replaces them: nothing is doubled
    (out / "cache" / "pushed.json").unlink()
    again = build([inp], out, store_url=f"{server}/store", **FAST)
    assert again.pushed.graphs == 2 and remote_select(server, COUNT) == [str(report.quads)]
    # an added article sends its own graph only
    more = build([write_jsonl(tmp_path / "c.jsonl", [{"id": "r3", "lang": "vi", "published": "2025-02-01",
                                                        "text": "Bộ Y tế tổ chức hội nghị tại Huế ngày 1/2."}])],
                 out, store_url=f"{server}/store", **FAST)
    assert more.pushed.graphs == 1
    assert remote_select(server, COUNT) == local_select(out, COUNT) == [str(more.quads)]
    more_graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    assert remote_select(server, more_graphs) == local_select(out, more_graphs)
    # --prune drops r2's graph remotely too
    pruned = build([write_jsonl(tmp_path / "b.jsonl", A[:1])], out, store_url=f"{server}/store", prune=True, **FAST)
    assert pruned.pushed.deleted == 2
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    assert remote_select(server, graphs) == local_select(out, graphs) == ["https://w3id.org/kg-vn/resource/graph/r1"]


def test_a_bad_store_address_is_one_error_line(tmp_path):
    inp = write_jsonl(tmp_path / "a.jsonl", A[:1])
    with pytest.raises(BuildError, match="not an http"):
        build([inp], tmp_path / "o", store_url="ftp://x/store", **FAST)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = CliRunner().invoke(app, ["build", str(inp), "--out", str(tmp_path / "o"), "--no-crf",
                                      "--store", f"http://127.0.0.1:{port}/store"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: error: cannot reach the store at http://127.0.0.1:{port}/store")


def kg_query(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["query", *args])
    return result.exit_code, result.stdout, result.stderr


def test_kg_query_reads_the_remote_store_like_the_local_one(server, tmp_path):
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", A)], out, store_url=f"{server}/store", **FAST)
    endpoint = f"{server}/query?union-default-graph"
    # prefixes are declared for the remote query as for the local one
    select = "SELECT ?p WHERE { ?org kgo:issued ?p } ORDER BY ?p"
    for q in (select, "ASK { ?x kgo:issued ?p }", "CONSTRUCT { ?o kgo:issued ?p } WHERE { ?o kgo:issued ?p }"):
        for fmt in ("table", "json", "csv") if q.startswith("SELECT") else ("table",):
            remote = kg_query(q, "--endpoint", endpoint, "--format", fmt)
            local = kg_query(q, "--out", str(out), "--format", fmt)
            assert remote[0] == 0, remote[2]
            assert remote == local
            assert ("nghi-quyet-57" in remote[1]) if not q.startswith("ASK") else remote[1] == "true\n"
    # the endpoint's own default graph (no union) is empty: what the server says is what kg shows
    assert kg_query("ASK { ?x kgo:issued ?p }", "--endpoint", f"{server}/query")[1] == "false\n"


def test_kg_query_endpoint_errors_are_one_line(server, tmp_path):
    code, _, err = kg_query("SELECT ?x WHERE { ?x ?y }", "--endpoint", f"{server}/query")
    assert code == 2 and err.startswith("kg: error: POST ") and "HTTP 400" in err and err.count("\n") == 1
    code, _, err = kg_query("ASK {}", "--endpoint", "file:///etc/passwd")
    assert code == 2 and "not an http:// or https:// SPARQL query endpoint" in err
    code, _, err = kg_query("ASK {}", "--endpoint", f"{server}/store?graph=nothing")
    assert code == 2 and err.startswith("kg: error:") and err.count("\n") == 1


def http_get(url: str, accept: str = "application/sparql-results+json") -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def served(state):
    """Run the server of ``state`` in a thread; yields its base URL."""
    import threading

    from kg.serve import make_server, server_url

    server = make_server(state, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    return server, server_url(server)


def test_kg_serve_reads_the_remote_store_like_the_local_one(server, tmp_path):
    from kg.serve import load_state

    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", A)], out, store_url=f"{server}/store", **FAST)
    people = "SELECT ?p WHERE { ?p a <https://w3id.org/kg-vn/ontology#Person> } ORDER BY ?p"
    answers, pages = [], []
    for state in (load_state(out, max_concurrent=1),
                  load_state(None, endpoint=f"{server}/query?union-default-graph", max_concurrent=1, max_rows=1)):
        srv, base = served(state)
        try:
            status, body = http_get(f"{base}/sparql?query={urllib.parse.quote(people)}")
            assert status == 200
            answers.append([b["p"]["value"] for b in json.loads(body)["results"]["bindings"]])
            to_lam = "https://w3id.org/kg-vn/resource/person/to-lam"
            status, page = http_get(f"{base}/entity?iri={urllib.parse.quote(to_lam, safe='')}", "text/html")
            assert status == 200 and "Tô Lâm" in page.decode()
            pages.append(len(state.entities))
            status, picture = http_get(f"{base}/entity/graph?iri={urllib.parse.quote(to_lam, safe='')}", "text/html")
            assert status == (200 if state.out_dir else 404)
            assert state.out_dir or b"local build only" in picture
            # a client mistake is the client's 400, whoever runs the query
            assert http_get(f"{base}/sparql?query={urllib.parse.quote('SELECT ?x WHERE {')}")[0] == 400
        finally:
            srv.shutdown()
            srv.server_close()
            state.close()
    assert answers[0][:1] == answers[1] and answers[0]  # the remote one capped at --max-rows 1
    assert pages[0] == pages[1] > 0  # the same search index


def test_kg_serve_on_an_unreachable_endpoint_is_one_error_line(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nobody listens there once closed
    result = CliRunner().invoke(app, ["serve", "--endpoint", f"http://127.0.0.1:{port}/query", "--port", "0"])
    assert result.exit_code != 0
    assert "cannot reach" in result.stderr and "Traceback" not in result.stderr
    both = CliRunner().invoke(app, ["serve", str(tmp_path), "--endpoint", "http://127.0.0.1:1/query"])
    assert both.exit_code != 0 and "not both" in both.stderr
