"""Tests for kg.serve: the read-only SPARQL endpoint and the offline explorer.

The sample corpus is built once per module; servers run in background threads
on 127.0.0.1 with ephemeral ports and are talked to by real clients
(SPARQLWrapper, rdflib's SPARQLStore, urllib). The timeout test uses one
bounded query (a few seconds of work) against a server with a tiny timeout.
tests/test_serve_trust.py has the tests of hostile queries and load.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, SPARQLWrapper
from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.corpus import sample_corpus_dir
from kg.serve import ServerState, load_state, make_server, server_url
from kg.sparql_protocol import is_update, negotiate
from kg.store import write_store

KGO = "https://w3id.org/kg-vn/ontology#"
KGR = "https://w3id.org/kg-vn/resource/"
TO_LAM = KGR + "person/to-lam"
PERSONS = f"SELECT DISTINCT ?p WHERE {{ ?p a <{KGO}Person> }} ORDER BY ?p"
ENTITIES = "SELECT DISTINCT ?e WHERE { ?e a ?type } ORDER BY ?e"  # dozens of rows
POSITIONS = "SELECT DISTINCT ?person ?title WHERE { ?person kgo:position ?title } ORDER BY ?person ?title"
SRX = "{http://www.w3.org/2005/sparql-results#}"
XSS = '<script>alert("x")</script> & <b>bold</b>'
QUERIES = Path(__file__).resolve().parents[1] / "ontology" / "queries"


# --------------------------------------------------------------------------- servers


def start(state: ServerState) -> tuple[str, object]:
    """Serve a state on 127.0.0.1:0 in a daemon thread; return (base URL, stop function)."""
    server = make_server(state, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(5)
        state.close()

    return server_url(server), stop


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serve-build")
    report = build([sample_corpus_dir()], out, html=False)
    assert report.articles == 5 and (out / "store" / "CURRENT").is_file()
    return out


@pytest.fixture(scope="module")
def base(built: Path) -> Iterator[str]:
    url, stop = start(load_state(built, timeout=20, max_rows=10_000))
    yield url
    stop()


@pytest.fixture(scope="module")
def tight(built: Path) -> Iterator[str]:
    """The same build with 3 result rows and one query at a time."""
    url, stop = start(load_state(built, timeout=20, max_rows=3, max_concurrent=1))
    yield url
    stop()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store whose labels, sentence and article title are markup, and whose URL is javascript:."""
    out = tmp_path_factory.mktemp("serve-xss")
    esc = XSS.replace("\\", "\\\\").replace('"', '\\"')
    (out / "graph.trig").write_text(f"""
@prefix kgo: <{KGO}> . @prefix kgr: <{KGR}> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
kgr:graph\\/x {{
  kgr:article\\/x a kgo:Article ; dcterms:title "{esc}" ; schema:url <javascript:alert(1)> .
  kgr:person\\/evil a kgo:Person ; rdfs:label "{esc}"@vi ; skos:altLabel "Evil alias"@en ;
      kgo:mentionedIn kgr:article\\/x ; kgo:memberOf kgr:organization\\/o .
  kgr:organization\\/o a kgo:Organization ; rdfs:label "Org"@vi .
  kgr:assertion\\/1 a kgo:Assertion ; rdf:subject kgr:person\\/evil ; rdf:predicate kgo:memberOf ;
      rdf:object kgr:organization\\/o ; kgo:sentence "{esc}" ; prov:wasDerivedFrom kgr:article\\/x .
}}
""", encoding="utf-8")
    write_store(out / "store", out / "graph.trig")
    url, stop = start(load_state(out))
    yield url
    stop()


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of one request; HTTP errors are returned, not raised."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, dict(e.headers), e.read()


def get_query(base: str, query: str, accept: str | None = None, **params: str) -> tuple[int, dict[str, str], bytes]:
    qs = urllib.parse.urlencode({"query": query, **params})
    return http(f"{base}/sparql?{qs}", headers={"Accept": accept} if accept else {})


def post_query(base: str, query: str, accept: str = "application/sparql-results+json"):
    return http(f"{base}/sparql", data=query.encode("utf-8"),
                headers={"Content-Type": "application/sparql-query", "Accept": accept})


def bindings(body: bytes) -> list[dict[str, str]]:
    doc = json.loads(body)
    return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]


# --------------------------------------------------------------------------- real clients


def test_sparqlwrapper_select_json(base: str) -> None:
    sw = SPARQLWrapper(f"{base}/sparql")
    sw.setQuery(PERSONS)
    sw.setReturnFormat(JSON)
    doc = sw.query().convert()
    persons = [b["p"]["value"] for b in doc["results"]["bindings"]]
    assert TO_LAM in persons and all(p.startswith(KGR + "person/") for p in persons)
    assert doc["head"]["vars"] == ["p"]


def test_sparqlwrapper_select_csv(base: str) -> None:
    sw = SPARQLWrapper(f"{base}/sparql")
    sw.setQuery(POSITIONS)
    sw.setReturnFormat(CSV)
    rows = list(csv.DictReader(io.StringIO(sw.query().convert().decode("utf-8"))))
    assert {"person": TO_LAM, "title": "Tổng Bí thư"} in rows


def test_sparqlwrapper_post(base: str) -> None:
    sw = SPARQLWrapper(f"{base}/sparql")
    sw.setMethod("POST")
    sw.setQuery(f"ASK {{ <{TO_LAM}> a <{KGO}Person> }}")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True


def test_rdflib_sparqlstore(base: str) -> None:
    graph = rdflib.Graph(SPARQLStore(f"{base}/sparql"))
    rows = list(graph.query(PERSONS))
    assert rdflib.URIRef(TO_LAM) in {r[0] for r in rows}
    names = graph.query(f'SELECT ?l WHERE {{ <{TO_LAM}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}')
    assert rdflib.Literal("Tô Lâm", lang="vi") in {r[0] for r in names}


# --------------------------------------------------------------------------- protocol


def test_get_and_both_post_forms_agree(base: str) -> None:
    _, _, got = get_query(base, POSITIONS)
    form = urllib.parse.urlencode({"query": POSITIONS}).encode()
    status, headers, via_form = http(f"{base}/sparql", data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    status, _, via_body = post_query(base, POSITIONS)
    assert status == 200
    assert bindings(got) == bindings(via_form) == bindings(via_body)
    assert {"person": TO_LAM, "title": "Tổng Bí thư"} in bindings(got)


def _parse_json(body: bytes) -> list[tuple[str, str]]:
    return [(b["person"], b["title"]) for b in bindings(body)]


def _parse_xml(body: bytes) -> list[tuple[str, str]]:
    root = ET.fromstring(body)
    assert [v.get("name") for v in root.find(f"{SRX}head")] == ["person", "title"]
    out = []
    for result in root.iter(f"{SRX}result"):
        values = {b.get("name"): b[0] for b in result.findall(f"{SRX}binding")}
        assert values["person"].tag == f"{SRX}uri" and values["title"].tag == f"{SRX}literal"
        assert values["title"].get("{http://www.w3.org/XML/1998/namespace}lang") in ("vi", "en")
        out.append((values["person"].text, values["title"].text))
    return out


def _parse_csv(body: bytes) -> list[tuple[str, str]]:
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["person", "title"]
    return [tuple(r) for r in rows[1:]]


def _parse_tsv(body: bytes) -> list[tuple[str, str]]:
    lines = body.decode("utf-8").rstrip("\n").split("\n")
    assert lines[0] == "?person\t?title"
    out = []
    for line in lines[1:]:
        iri, literal = line.split("\t")
        m = re.fullmatch(r'"(.*)"@(vi|en)', literal)
        assert iri.startswith("<") and iri.endswith(">") and m
        out.append((iri[1:-1], m.group(1)))
    return out


@pytest.mark.parametrize("accept,parse", [
    ("application/sparql-results+json", _parse_json),
    ("application/sparql-results+xml", _parse_xml),
    ("text/csv", _parse_csv),
    ("text/tab-separated-values", _parse_tsv),
])
def test_accept_negotiates_select_formats(base: str, accept: str, parse) -> None:
    status, headers, body = get_query(base, POSITIONS, accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == accept
    rows = parse(body)
    assert (TO_LAM, "Tổng Bí thư") in rows and len(rows) == len(set(rows)) >= 3


def test_default_format_is_json(base: str) -> None:
    status, headers, body = get_query(base, POSITIONS)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["head"]["vars"] == ["person", "title"]
    status, headers, _ = get_query(base, POSITIONS, "text/csv;q=0.5, application/sparql-results+xml")
    assert headers["Content-Type"].startswith("application/sparql-results+xml")


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_construct_parses_back(base: str, accept: str, fmt: str) -> None:
    query = f"CONSTRUCT {{ ?p a <{KGO}Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }} " \
            f"WHERE {{ ?p a <{KGO}Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
    status, headers, body = get_query(base, query, accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == accept
    g = rdflib.Graph().parse(data=body.decode("utf-8"), format=fmt)
    assert (rdflib.URIRef(TO_LAM), rdflib.RDF.type, rdflib.URIRef(KGO + "Person")) in g
    assert (rdflib.URIRef(TO_LAM), rdflib.RDFS.label, rdflib.Literal("Tô Lâm", lang="vi")) in g


def test_graph_uris_select_the_dataset(base: str) -> None:
    graph = KGR + "graph/en-forum-resolution-57"
    status, _, body = get_query(base, "SELECT DISTINCT ?a WHERE { ?a a kgo:Article }", **{"default-graph-uri": graph})
    assert status == 200 and [b["a"] for b in bindings(body)] == [KGR + "article/en-forum-resolution-57"]
    status, _, body = get_query(base, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a kgo:Article } }",
                                **{"named-graph-uri": graph})
    assert [b["g"] for b in bindings(body)] == [graph]
    status, _, body = get_query(base, "SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": "not an iri"})
    assert status == 400 and b"bad graph IRI" in body


def test_updates_are_refused(base: str) -> None:
    update = f'INSERT DATA {{ <{TO_LAM}> <{KGO}position> "hacked" }}'
    status, headers, body = post_query(base, update)
    assert status == 400 and b"read-only" in body and headers["Content-Type"].startswith("text/plain")
    status, _, body = http(f"{base}/sparql", data=update.encode(),
                           headers={"Content-Type": "application/sparql-update"})
    assert status == 405 and b"read-only" in body
    status, _, _ = http(f"{base}/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 405
    assert http(f"{base}/sparql", data=b"x", method="PUT")[0] == 405
    _, _, body = get_query(base, f'ASK {{ ?s <{KGO}position> "hacked" }}')
    assert json.loads(body)["boolean"] is False


def test_syntax_error_is_400_with_parser_message(base: str) -> None:
    status, headers, body = post_query(base, "SELECT ?s WHERE { ?s ?p }")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert re.match(r"SPARQL syntax error: error at 1:\d+", body.decode())
    status, _, body = get_query(base, "   ")
    assert status == 400 and b"empty query" in body


def test_service_description(base: str) -> None:
    status, headers, body = http(f"{base}/sparql")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=body.decode(), format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = g.value(predicate=rdflib.RDF.type, object=sd.Service)
    assert service is not None
    assert g.value(service, sd.endpoint) == rdflib.URIRef(f"{base}/sparql")
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in g
    formats = set(g.objects(service, sd.resultFormat))
    assert rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats and len(formats) == 8


def test_cors_opened_by_option(built: Path) -> None:
    url, stop = start(load_state(built, cors=["*"], max_concurrent=1))
    try:
        _, headers, _ = get_query(url, PERSONS)
        assert headers["Access-Control-Allow-Origin"] == "*"
        status, headers, _ = http(f"{url}/sparql", method="OPTIONS", headers={"Origin": "https://a.example"})
        assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]
    finally:
        stop()


def test_request_too_large_is_413(base: str) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 1_100_000
    status, _, body = post_query(base, query)
    assert status == 413 and b"too large" in body


def test_result_cap_truncates_and_sets_header(tight: str) -> None:
    status, headers, body = get_query(tight, ENTITIES)
    assert status == 200 and headers.get("X-KG-Truncated") == "true"
    assert len(bindings(body)) == 3
    _, headers, body = get_query(tight, ENTITIES, "text/csv")
    assert headers.get("X-KG-Truncated") == "true" and len(body.decode().strip().splitlines()) == 4
    _, headers, _ = get_query(tight, f"SELECT ?p WHERE {{ BIND(<{TO_LAM}> AS ?p) }}")
    assert "X-KG-Truncated" not in headers


def test_timeout_kills_the_query_and_frees_its_slot(built: Path) -> None:
    state = load_state(built, timeout=0.5, max_concurrent=1)
    url, stop = start(state)
    try:
        # ~8 M solutions to count: seconds of work, far more than the 0.5 s timeout, yet bounded.
        slow = "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?k { 1 2 3 4 5 6 } ?a ?p ?b . ?c ?q ?d }"
        (worker,) = state.pool.pids()
        t0 = time.monotonic()
        status, headers, body = get_query(url, slow)
        assert status == 503 and b"timed out" in body and b"stopped" in body and "Retry-After" in headers
        assert time.monotonic() - t0 < 5
        # The worker running it was killed (not left running) and another took its slot.
        assert not Path(f"/proc/{worker}").exists()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not state.pool.pids():
            time.sleep(0.05)
        (successor,) = state.pool.pids()
        assert successor != worker
        status, _, _ = get_query(url, PERSONS)
        assert status == 200
    finally:
        stop()


# --------------------------------------------------------------------------- explorer


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.refs += [v for k, v in attrs if k in ("src", "href", "action", "data") and v]


def test_explorer_page_is_offline_and_has_examples(base: str) -> None:
    status, headers, body = http(f"{base}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode("utf-8")
    parser = _Refs()
    parser.feed(page)
    assert not [r for r in parser.refs if re.match(r"^\s*([a-z][a-z0-9+.-]*:|//)", r, re.I)]
    assert {"textarea", "select", "button", "input", "script", "style"} <= set(parser.tags)
    examples = json.loads(re.search(r'<script type="application/json" id="kg-examples">(.*?)</script>',
                                    page, re.S).group(1))
    assert sorted(e["name"] for e in examples) == sorted(p.stem for p in QUERIES.glob("*.rq"))
    by_name = {e["name"]: e["text"] for e in examples}
    assert by_name["positions"] == (QUERIES / "positions.rq").read_text(encoding="utf-8")
    status, _, body = post_query(base, by_name["positions"])
    assert status == 200 and bindings(body)


def test_search_is_diacritic_insensitive(base: str) -> None:
    status, _, body = http(f"{base}/api/search?q=to+lam")
    hits = json.loads(body)["results"]
    assert status == 200 and hits[0]["iri"] == TO_LAM and hits[0]["label"] == "Tô Lâm"
    assert hits[0]["type"] == "Person"
    _, _, body = http(f"{base}/api/search?q=" + urllib.parse.quote("HÀ NỘI"))
    assert KGR + "place/ha-noi" in [h["iri"] for h in json.loads(body)["results"]]
    _, _, body = http(f"{base}/api/search?q=zzzz-nothing")
    assert json.loads(body)["results"] == []


def test_entity_page_shows_labels_relations_sources_and_picture(base: str) -> None:
    status, _, body = http(f"{base}/entity?iri=" + urllib.parse.quote(TO_LAM, safe=""))
    page = body.decode("utf-8")
    assert status == 200 and "<h1>Tô Lâm</h1>" in page
    assert "kgo:participatedIn" in page and "kgo:position" in page
    assert "Tổng Bí thư Tô Lâm dự và phát biểu tại Diễn đàn." in page  # a source sentence
    assert 'href="https://example.org/kg-sample/' in page  # its article link
    # merge records and statements are bookkeeping, not relations of the entity
    assert "kgr:merge/" not in page and "kgr:statement/" not in page and "kgr:mention/" not in page
    src = re.search(r'<iframe src="([^"]+)"', page).group(1)
    status, _, body = http(base + src.replace("&amp;", "&"))
    picture = body.decode("utf-8")
    assert status == 200 and "vis.Network" in picture and "Tô Lâm" in picture
    refs = _Refs()
    refs.feed(picture)
    assert not [r for r in refs.refs if re.match(r"^\s*(https?:)?//", r)]
    assert http(f"{base}/entity?iri=" + urllib.parse.quote(KGR + "person/nobody", safe=""))[0] == 404
    assert http(f"{base}/entity?iri=not%20an%20iri")[0] == 400
    assert http(f"{base}/entity")[0] == 400


def test_entity_graph_is_read_from_the_store(built: Path, tmp_path: Path) -> None:
    # The ego pictures are drawn from the store's union graph: the same graph as from graph.trig,
    # and still there when graph.trig is gone (kg serve never parses the corpus into rdflib).
    import shutil

    import rdflib

    from kg.projection import drawing_graph

    ds = rdflib.Dataset()
    ds.parse(built / "graph.trig", format="trig")
    from_file = drawing_graph(ds)
    copy = tmp_path / "build"
    shutil.copytree(built, copy)
    (copy / "graph.trig").unlink()
    state = load_state(copy, timeout=20, max_concurrent=1)
    try:
        g = state.graph
        assert sorted(g.nodes) == sorted(from_file.nodes) and len(g.nodes) > 10
        assert sorted(g.edges(keys=True)) == sorted(from_file.edges(keys=True))
        assert all(g.nodes[n] == from_file.nodes[n] for n in g.nodes)
    finally:
        state.close()
    url, stop = start(load_state(copy, timeout=20, max_concurrent=1))
    try:
        status, _, body = http(f"{url}/entity/graph?iri=" + urllib.parse.quote(TO_LAM, safe=""))
        assert status == 200 and "Tô Lâm" in body.decode("utf-8")
    finally:
        stop()


def test_entity_page_lists_the_articles_and_sentences_that_name_it(base: str, monkeypatch) -> None:
    import kg.explorer

    status, _, body = http(f"{base}/api/mentions?iri=" + urllib.parse.quote(TO_LAM, safe=""))
    found = json.loads(body)
    assert status == 200 and found["total"] == len(found["articles"]) >= 2
    dates = [a["published"] for a in found["articles"]]
    assert dates == sorted(dates, reverse=True)  # newest first
    for a in found["articles"]:
        assert a["title"] and a["url"].startswith("https://example.org/kg-sample/")
        assert a["sentences"] and all(s["surfaces"] and all(x in s["text"] for x in s["surfaces"])
                                      for s in a["sentences"])
    assert found["mentions"] == sum(a["mentions"] for a in found["articles"]) > found["total"]
    # paged: two articles a page, pages cover every article once
    pages = [json.loads(http(f"{base}/api/mentions?limit=2&page={p}&iri=" + urllib.parse.quote(TO_LAM, safe=""))[2])
             for p in (1, 2, 3)]
    assert pages[0]["pages"] == -(-found["total"] // 2)
    seen = [a["article"] for p in pages[:pages[0]["pages"]] for a in p["articles"]]
    assert seen == [a["article"] for a in found["articles"]]
    monkeypatch.setattr(kg.explorer, "MENTIONS_PAGE", 1)
    page = http(f"{base}/entity?page=2&iri=" + urllib.parse.quote(TO_LAM, safe=""))[2].decode("utf-8")
    assert f"Mentioned in {found['total']} articles" in page
    listed = page.split("Mentioned in")[1]
    assert html.escape(found["articles"][1]["title"]) in listed
    assert html.escape(found["articles"][0]["title"]) not in listed
    assert 'rel="prev"' in page and "<mark>Tô Lâm</mark>" in page


def test_entity_page_escapes_text(hostile: str) -> None:
    status, _, body = http(f"{hostile}/entity?iri=" + urllib.parse.quote(KGR + "person/evil", safe=""))
    page = body.decode("utf-8")
    assert status == 200
    assert "<script>alert" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    assert "javascript:" not in page  # the unsafe article URL is shown as text, not linked
    assert "Evil alias" in page and ">Org</a>" in page
    _, _, body = http(f"{hostile}/api/search?q=script")
    assert json.loads(body)["results"][0]["label"] == XSS  # JSON carries the raw text; the page uses textContent
    status, _, body = http(f"{hostile}/entity/graph?iri=" + urllib.parse.quote(KGR + "person/evil", safe=""))
    assert status == 200 and "<script>alert" not in body.decode("utf-8")


# --------------------------------------------------------------------------- units and CLI


def test_negotiate_and_update_detection() -> None:
    offered = ["application/sparql-results+json", "text/csv"]
    assert negotiate(None, offered) == "application/sparql-results+json"
    assert negotiate("text/*", offered) == "text/csv"
    assert negotiate("text/csv;q=0.9, */*;q=0.1", offered) == "text/csv"
    assert negotiate("image/png", offered) is None
    assert negotiate("text/csv;q=0, */*", offered) == "application/sparql-results+json"
    assert is_update("PREFIX x: <http://x/#a> # comment\n insert data { <a:b> <a:c> 1 }")
    assert is_update("DELETE WHERE { ?s ?p ?o }") and is_update("drop all")
    assert not is_update("# INSERT\nSELECT * WHERE { ?s <http://x/#DELETE> 'INSERT' }")


def test_cli_serve_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["serve", str(tmp_path / "missing")])
    assert result.exit_code == 2 and re.search(r"^kg: error: no store at .*kg build", result.output, re.M)
    result = runner.invoke(app, ["serve", str(tmp_path), "--port", "70000"])
    assert result.exit_code == 2 and "kg: error: --port" in result.output
    assert "Traceback" not in result.output


def test_cli_serve_runs(built: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(built), "--port", "0", "--max-rows", "2"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"at (http://127\.0\.0\.1:\d+)/", line)
        assert m, line
        status, headers, body = get_query(m.group(1), ENTITIES)
        assert status == 200 and len(bindings(body)) == 2 and headers["X-KG-Truncated"] == "true"
        bad = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(built), "--port",
                              m.group(1).rsplit(":", 1)[1]], capture_output=True, text=True, timeout=60)
        assert bad.returncode == 2 and bad.stderr.startswith("kg: error: cannot listen on")
    finally:
        proc.terminate()
        proc.wait(10)
