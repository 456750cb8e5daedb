"""Tests for kg.store: building/reopening the on-disk store, queries and output formats."""

from __future__ import annotations

import csv
import gc
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from kg.store import (
    PREFIXES,
    QueryResult,
    format_result,
    has_union_default,
    open_store,
    prefix_block,
    run_query,
    write_store,
)

KGO = Namespace(PREFIXES["kgo"])
KGR = Namespace(PREFIXES["kgr"])
SCHEMA = Namespace(PREFIXES["schema"])

PERSON = KGR["person/to-lam"]
ORG = KGR["organization/bo-chinh-tri"]


def build_dataset(with_second_article: bool = True) -> rdflib.Dataset:
    """Two article graphs following ontology/README.md."""
    ds = rdflib.Dataset()
    g1 = ds.graph(KGR["graph/a1"])
    a1 = KGR["article/a1"]
    g1.add((a1, RDF.type, KGO.Article))
    g1.add((a1, DCTERMS.title, Literal("Hội nghị Trung ương", lang="vi")))
    g1.add((a1, SCHEMA.url, URIRef("https://example.vn/a1")))
    g1.add((a1, SCHEMA.datePublished, Literal("2025-01-16", datatype=XSD.date)))
    g1.add((PERSON, RDF.type, KGO.Person))
    g1.add((PERSON, RDFS.label, Literal("Tô Lâm", lang="vi")))
    g1.add((PERSON, SKOS.altLabel, Literal("To Lam", lang="en")))
    g1.add((PERSON, KGO.mentionedIn, a1))
    g1.add((PERSON, KGO.position, Literal("Tổng Bí thư", lang="vi")))
    g1.add((PERSON, KGO.memberOf, ORG))
    g1.add((ORG, RDF.type, KGO.Organization))
    g1.add((ORG, RDFS.label, Literal("Bộ Chính trị", lang="vi")))
    g1.add((ORG, KGO.mentionedIn, a1))
    asr = KGR["assertion/x1"]
    g1.add((asr, RDF.type, KGO.Assertion))
    g1.add((asr, RDF.subject, PERSON))
    g1.add((asr, RDF.predicate, KGO.memberOf))
    g1.add((asr, RDF.object, ORG))
    g1.add((asr, PROV.wasDerivedFrom, a1))
    g1.add((asr, KGO.sentence, Literal("Tổng Bí thư Tô Lâm, Ủy viên Bộ Chính trị, phát biểu.")))
    g1.add((asr, KGO.charStart, Literal(0)))
    if with_second_article:
        g2 = ds.graph(KGR["graph/a2"])
        a2 = KGR["article/a2"]
        g2.add((a2, RDF.type, KGO.Article))
        g2.add((a2, DCTERMS.title, Literal("Politburo meets", lang="en")))
        g2.add((PERSON, RDF.type, KGO.Person))
        g2.add((PERSON, RDFS.label, Literal("To Lam", lang="en")))
        g2.add((PERSON, KGO.mentionedIn, a2))
        g2.add((PERSON, KGO.memberOf, ORG))
        g2.add((ORG, RDF.type, KGO.Organization))
        g2.add((ORG, RDFS.label, Literal("Politburo <script>alert(1)</script>", lang="en")))
    return ds


def quad_count(ds: rdflib.Dataset) -> int:
    return len(list(ds.quads((None, None, None, None))))


@pytest.fixture()
def built(tmp_path: Path) -> tuple[Path, int]:
    ds = build_dataset()
    trig = tmp_path / "graph.trig"
    trig.write_text(ds.serialize(format="trig"), encoding="utf-8")
    store_dir = tmp_path / "store"
    n = write_store(store_dir, trig)
    assert n == quad_count(ds)
    return store_dir, n


@pytest.fixture()
def store(built: tuple[Path, int]):
    st = open_store(built[0])
    yield st
    del st
    gc.collect()


def named_quads(st) -> int:
    return sum(1 for q in st.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))


def test_write_store_counts_quads(built: tuple[Path, int]) -> None:
    store_dir, expected = built
    st = open_store(store_dir)
    assert named_quads(st) == expected
    assert sorted(g.value for g in st.named_graphs()) == [str(KGR["graph/a1"]), str(KGR["graph/a2"])]
    del st
    gc.collect()


def test_default_graph_holds_the_union_once(built: tuple[Path, int]) -> None:
    store_dir, _ = built
    st = open_store(store_dir)
    default = {(str(q.subject), str(q.predicate), str(q.object))
               for q in st.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {(str(q.subject), str(q.predicate), str(q.object))
             for q in st.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert default == named
    # PERSON's type is stated in both article graphs: two quads, one union triple
    assert len(st) == expected_total(build_dataset())
    assert has_union_default(st)
    del st
    gc.collect()


def expected_total(ds: rdflib.Dataset) -> int:
    return quad_count(ds) + len({(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))})


def test_a_store_without_the_union_is_queried_over_the_union(built: tuple[Path, int], tmp_path: Path) -> None:
    # a store loaded by another tool (or an older kg) keeps its default graph empty
    plain_dir = tmp_path / "plain"
    st = ox.Store(str(plain_dir))
    st.bulk_load(path=str(tmp_path / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert not has_union_default(st)
    rows = run_query(st, "SELECT DISTINCT ?p WHERE { ?p a kgo:Person }").rows
    assert rows == [(str(PERSON),)]
    assert run_query(st, "SELECT ?p WHERE { ?p a kgo:Person }", union=False).rows == []
    del st
    gc.collect()


def test_rebuild_and_reopen_in_same_process(tmp_path: Path) -> None:
    trig = tmp_path / "graph.trig"
    store_dir = tmp_path / "out" / "store"
    full = build_dataset()
    trig.write_text(full.serialize(format="trig"), encoding="utf-8")
    assert write_store(store_dir, trig) == quad_count(full)

    st = open_store(store_dir)
    assert named_quads(st) == quad_count(full)
    del st
    gc.collect()

    small = build_dataset(with_second_article=False)
    trig.write_text(small.serialize(format="trig"), encoding="utf-8")
    n = write_store(store_dir, trig)
    assert n == quad_count(small) < quad_count(full)
    st = open_store(store_dir)
    assert named_quads(st) == n
    res = run_query(st, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert res.rows == [(str(KGR["graph/a1"]),)]
    del st
    gc.collect()
    # no temp/old directories are left next to the store
    assert sorted(p.name for p in store_dir.parent.iterdir()) == ["store"]


def test_write_store_bad_trig_keeps_old_store(built: tuple[Path, int], tmp_path: Path) -> None:
    store_dir, expected = built
    bad = tmp_path / "bad.trig"
    bad.write_text("this is { not trig", encoding="utf-8")
    with pytest.raises(ValueError):
        write_store(store_dir, bad)
    st = open_store(store_dir)
    assert named_quads(st) == expected
    del st
    gc.collect()
    assert sorted(p.name for p in store_dir.parent.iterdir() if p.is_dir()) == ["store"]


def test_open_missing_store(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="kg build"):
        open_store(tmp_path / "nope")


def test_select_on_union_with_auto_prefixes(store) -> None:
    q = "SELECT DISTINCT ?p ?label WHERE { ?p a kgo:Person ; rdfs:label ?label } ORDER BY ?label"
    res = run_query(store, q)
    assert res.kind == "select"
    assert res.variables == ["p", "label"]
    assert res.rows == [(str(PERSON), "To Lam"), (str(PERSON), "Tô Lâm")]
    # the default graph is the union as a set: a triple stated in two article
    # graphs matches once
    both = run_query(store, "SELECT ?p WHERE { ?p a kgo:Person }")
    assert both.rows == [(str(PERSON),)]
    # while GRAPH ?g still tells the two statements apart
    graphs = run_query(store, "SELECT ?g WHERE { GRAPH ?g { ?p a kgo:Person } } ORDER BY ?g")
    assert graphs.rows == [(str(KGR["graph/a1"]),), (str(KGR["graph/a2"]),)]


def test_user_prefix_is_not_overridden(store) -> None:
    q = "PREFIX kgo: <http://example.org/other#>\nSELECT ?p WHERE { ?p a kgo:Person }"
    assert run_query(store, q).rows == []
    block = prefix_block(q)
    assert "PREFIX kgo:" not in block
    assert f"PREFIX kgr: <{PREFIXES['kgr']}>" in block
    assert "PREFIX schema: <https://schema.org/>" in prefix_block()


def test_table_style_names_can_be_pasted_into_queries(store) -> None:
    # kgr:person/to-lam is how tables print IRIs; it is expanded, property paths are not touched
    q = "SELECT DISTINCT ?o WHERE { kgr:person/to-lam kgo:memberOf/rdf:type ?o . FILTER(?o != 'kgr:a/b') }"
    assert run_query(store, q).rows == [(str(KGO.Organization),)]


def test_syntax_error_is_value_error(store) -> None:
    with pytest.raises(ValueError) as exc:
        run_query(store, "SELEC ?x WHERE { ?x ?y }")
    assert "\n" not in str(exc.value)
    assert str(exc.value)


def test_limit_and_ask_and_construct(store) -> None:
    res = run_query(store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", limit=3)
    assert len(res.rows) == 3 and res.truncated
    ask = run_query(store, "ASK { kgr:person/to-lam kgo:memberOf ?o }")
    assert ask.kind == "ask" and ask.boolean is True
    assert format_result(ask) == "true\n"
    assert json.loads(format_result(ask, "json")) == {"head": {}, "boolean": True}
    con = run_query(store, "CONSTRUCT { ?s kgo:memberOf ?o } WHERE { ?s kgo:memberOf ?o }")
    assert con.kind == "graph"
    assert con.triples == [f"<{PERSON}> <{KGO.memberOf}> <{ORG}> ."]
    assert format_result(con).strip() == con.triples[0]
    ttl = format_result(con, "turtle")
    assert "@prefix kgo:" in ttl
    g = rdflib.Graph().parse(data=ttl, format="turtle")
    assert (PERSON, KGO.memberOf, ORG) in g
    # the triple is stated in both article graphs but a graph answer is a set
    desc = run_query(store, "CONSTRUCT { ?s a ?t } WHERE { ?s a kgo:Person ; a ?t }")
    assert desc.triples == [f"<{PERSON}> <{RDF.type}> <{KGO.Person}> ."]


LABELS_Q = """
SELECT ?e ?label ?n ?missing WHERE {
  { SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e kgo:mentionedIn ?a } GROUP BY ?e }
  ?e rdfs:label ?label .
  OPTIONAL { ?e kgo:nothing ?missing }
} ORDER BY ?e ?label
"""


def test_csv_output_parses_back(store) -> None:
    res = run_query(store, LABELS_Q)
    rows = list(csv.reader(io.StringIO(format_result(res, "csv"))))
    assert rows[0] == ["e", "label", "n", "missing"]
    assert [str(ORG), "Bộ Chính trị", "1", ""] in rows
    assert [str(ORG), "Politburo <script>alert(1)</script>", "1", ""] in rows
    assert [str(PERSON), "Tô Lâm", "2", ""] in rows
    assert len(rows) == 1 + 4


def test_tsv_output_parses_back(store) -> None:
    res = run_query(store, LABELS_Q)
    text = format_result(res, "tsv")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["?e", "?label", "?n", "?missing"]
    assert [f"<{PERSON}>", '"Tô Lâm"@vi', f'"2"^^<{XSD.integer}>', ""] in rows


def test_json_output_is_sparql_results_json(store) -> None:
    res = run_query(store, LABELS_Q)
    doc = json.loads(format_result(res, "json"))
    assert doc["head"]["vars"] == ["e", "label", "n", "missing"]
    bindings = doc["results"]["bindings"]
    assert len(bindings) == 4
    tl = next(b for b in bindings if b["label"]["value"] == "Tô Lâm")
    assert tl["e"] == {"type": "uri", "value": str(PERSON)}
    assert tl["label"] == {"type": "literal", "value": "Tô Lâm", "xml:lang": "vi"}
    assert tl["n"] == {"type": "literal", "value": "2", "datatype": str(XSD.integer)}
    assert "missing" not in tl


def test_table_output_is_plain_and_shortened(store) -> None:
    res = run_query(store, LABELS_Q)
    text = format_result(res, "table")
    assert "\x1b[" not in text
    assert "kgr:person/to-lam" in text
    assert "Tô Lâm" in text
    assert "4 rows" in text


def test_unknown_format(store) -> None:
    res = run_query(store, LABELS_Q)
    with pytest.raises(ValueError):
        format_result(res, "xml")
    assert isinstance(res, QueryResult) and res.kind == "select"


def test_syntax_errors_name_the_position_and_what_was_expected(store) -> None:
    from kg.store import syntax_message

    with pytest.raises(ValueError) as exc:
        run_query(store, "SELEC ?x WHERE { ?x ?y ?z }")
    assert str(exc.value) == ("SPARQL syntax error: error at 1:1 (line 1, column 1): found 'SELEC', "
                              "expected SELECT, CONSTRUCT, ASK or DESCRIBE; did you mean SELECT?")
    with pytest.raises(ValueError) as exc:
        run_query(store, "PREFIX x: <http://x/>\n# a comment\nASKK { ?s ?p ?o }")
    assert "error at 3:1 (line 3, column 1): found 'ASKK'" in str(exc.value) and "did you mean ASK?" in str(exc.value)
    with pytest.raises(ValueError) as exc:
        run_query(store, "SELECT ?x WHERE {\n  ?x ?y ?z ;\n  FILTER }")
    msg = str(exc.value)
    assert msg.startswith("SPARQL syntax error: error at 3:") and "(line 3, column " in msg and "expected" in msg
    assert syntax_message("SELECT * WHERE { ?s ?p ?o", "error at 1:26: expected one of \".\", \"}\"") == (
        "SPARQL syntax error: error at 1:26 (line 1, column 26, at the end of the query): expected one of \".\", \"}\"")


def test_trig_is_loaded_in_pieces_and_a_file_that_cannot_be_cut_whole(tmp_path, monkeypatch):
    """kg.bulkload.trig_pieces cuts between graphs, each piece with the prefixes; write_store gets every quad."""
    import pyoxigraph as ox

    from kg.bulkload import trig_pieces
    from kg.store import write_store

    quads = [ox.Quad(ox.NamedNode(f"https://w3id.org/kg-vn/resource/s{i}"), ox.NamedNode("https://schema.org/name"),
                     ox.Literal(f"tên {i}\n}}", language="vi"), ox.NamedNode(f"https://w3id.org/kg-vn/resource/graph/g{i % 7}"))
             for i in range(60)]
    trig = tmp_path / "a.trig"
    ox.serialize(quads, output=str(trig), format=ox.RdfFormat.TRIG, prefixes={"schema": "https://schema.org/"})
    pieces = list(trig_pieces(trig, size=200))
    assert len(pieces) > 3
    got = {q for p in pieces for q in ox.parse(p, format=ox.RdfFormat.TRIG)}
    assert got == set(quads)
    assert write_store(tmp_path / "store", trig) == 60
    # a lone "}" inside a long string (Oxigraph never writes one): the pieces do not parse, the whole file does
    import kg.bulkload

    odd = tmp_path / "b.trig"
    odd.write_text(trig.read_text(encoding="utf-8") + "".join(
        f'<https://example.org/g{i}> {{\n<https://example.org/a> <https://example.org/b> """{"y" * 120}\n}}\nx{i}""" .\n}}\n'
        for i in range(4)), encoding="utf-8")
    with pytest.raises(SyntaxError):
        for piece in trig_pieces(odd, size=100):
            list(ox.parse(piece, format=ox.RdfFormat.TRIG))
    monkeypatch.setattr(kg.bulkload, "trig_pieces", lambda path: trig_pieces(path, size=100))
    assert write_store(tmp_path / "store2", odd) == 64


def test_a_small_trig_has_its_graphs_loaded_in_parts_side_by_side(tmp_path, monkeypatch):
    """kg.bulkload.graph_parts cuts a piece between graphs, each part with the piece's prefixes; a store
    whose pieces were loaded in parts holds the same quads as one loaded piece by piece."""
    import pyoxigraph as ox

    import kg.bulkload
    from kg.bulkload import graph_parts, trig_pieces
    from kg.store import write_store

    quads = [ox.Quad(ox.NamedNode(f"https://w3id.org/kg-vn/resource/s{i % 9}"), ox.NamedNode("https://schema.org/name"),
                     ox.Literal(f"tên {i} {{", language="vi"), ox.NamedNode(f"https://w3id.org/kg-vn/resource/graph/g{i % 7}"))
             for i in range(40)]
    trig = tmp_path / "a.trig"
    ox.serialize(quads, output=str(trig), format=ox.RdfFormat.TRIG, prefixes={"schema": "https://schema.org/"})
    piece = trig.read_bytes()
    for n in (1, 2, 3, 50):
        parts = graph_parts(piece, n)
        assert 1 <= len(parts) <= n and all(p.startswith(b"@prefix schema:") for p in parts)
        assert {q for p in parts for q in ox.parse(p, format=ox.RdfFormat.TRIG)} == set(quads)
    assert len(graph_parts(piece, 3)) == 3

    def everything(store_dir: Path) -> list[str]:
        store = ox.Store.read_only(str(store_dir))
        try:
            return sorted(str(q) for q in store)
        finally:
            del store
            gc.collect()

    assert write_store(tmp_path / "parts", trig, tmp_path / "parts.ttl") == 40  # small: loaded in parts
    monkeypatch.setattr(kg.bulkload, "SPLIT_BELOW", 0)
    assert write_store(tmp_path / "whole", trig, tmp_path / "whole.ttl") == 40
    assert everything(tmp_path / "parts") == everything(tmp_path / "whole")
    assert (tmp_path / "parts.ttl").read_bytes() == (tmp_path / "whole.ttl").read_bytes()
    monkeypatch.setattr(kg.bulkload, "trig_pieces", lambda path: trig_pieces(path, size=300))
    monkeypatch.setattr(kg.bulkload, "SPLIT_BELOW", 1 << 30)
    assert write_store(tmp_path / "pieces", trig) == 40
    assert everything(tmp_path / "pieces") == everything(tmp_path / "whole")


def test_the_default_graph_is_the_union_of_the_named_graphs(tmp_path, monkeypatch):
    """write_store parses each piece's triples into the default graph (kg.bulkload.piece_triples); a file
    whose pieces do not parse gets its union copied quad by quad (kg.store.materialise_union)."""
    import pyoxigraph as ox

    import kg.bulkload
    import kg.store
    from kg.bulkload import piece_triples, trig_pieces
    from kg.store import write_store

    def quad(s: int, g: int) -> ox.Quad:
        return ox.Quad(ox.NamedNode(f"https://w3id.org/kg-vn/resource/s{s}"), ox.NamedNode("https://schema.org/name"),
                       ox.Literal(f"tên {s} {{", language="vi"), ox.NamedNode(f"https://w3id.org/kg-vn/resource/graph/g{g}"))

    quads = [quad(i % 25, i % 7) for i in range(60)]  # the same triple in several graphs
    union = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    trig = tmp_path / "a.trig"
    ox.serialize(quads, output=str(trig), format=ox.RdfFormat.TRIG, prefixes={"schema": "https://schema.org/"})
    text = piece_triples(trig.read_bytes())
    assert {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(text, format=ox.RdfFormat.TURTLE)} == union
    monkeypatch.setattr(kg.bulkload, "trig_pieces", lambda path: trig_pieces(path, size=200))
    assert write_store(tmp_path / "parsed", trig) == len(set(quads))
    store = ox.Store.read_only(str(tmp_path / "parsed"))
    assert {ox.Triple(q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())} == union
    del store
    # pieces that fail to parse as Turtle: the union is copied instead, the same triples
    monkeypatch.setattr(kg.bulkload, "piece_triples", lambda piece: piece + b"\n<broken")
    assert write_store(tmp_path / "copied", trig) == len(set(quads))
    store = ox.Store.read_only(str(tmp_path / "copied"))
    assert {ox.Triple(q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())} == union


def _turtle_triples(path: Path) -> set:
    import pyoxigraph as ox

    return {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}


def _default_triples(store_dir: Path) -> set:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_dir))
    try:
        return {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    finally:
        del store
        gc.collect()


@pytest.mark.parametrize("odd", [None, '"2.50"^^xsd:decimal', '"x"@VI', "_:b1"])
def test_write_store_writes_the_union_as_the_store_holds_it(tmp_path, monkeypatch, odd):
    """graph.ttl written beside the load (kg.bulkload.load_pieces) is the store's default graph, integers
    of derived types as Oxigraph keeps them; a piece with a literal or node it cannot write so is dumped."""
    import kg.bulkload
    from kg.bulkload import trig_pieces
    from kg.store import write_store

    graphs = []
    for g in range(6):
        extra = f' ;\n\t\tex:odd {odd}' if odd and g == 3 else ""
        graphs.append(f"<https://ex.org/g{g}> {{\n\tex:s{g % 4} ex:begin \"0{g}\"^^xsd:nonNegativeInteger ;\n"
                      f'\t\tex:day "2025-0{g + 1}-02"^^xsd:date ;\n\t\tex:name "tên {g % 2}"@vi{extra} .\n}}\n')
    trig = tmp_path / "a.trig"
    trig.write_text("@prefix ex: <https://ex.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                    + "".join(graphs), encoding="utf-8")
    monkeypatch.setattr(kg.bulkload, "trig_pieces", lambda path: trig_pieces(path, size=100))
    assert write_store(tmp_path / "store", trig, tmp_path / "graph.ttl") > 0
    union = _default_triples(tmp_path / "store")
    assert len(union) == 6 + 6 + 4 + (1 if odd else 0)  # six begins, six days, four distinct names
    assert _turtle_triples(tmp_path / "graph.ttl") == union
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.trig", "graph.ttl", "store"]


def test_stored_turtle() -> None:
    from kg.bulkload import stored_turtle

    assert stored_turtle(b'<a> <b> "017"^^xsd:nonNegativeInteger , "+3"^^<http://www.w3.org/2001/XMLSchema#int> .\n') \
        == b"<a> <b> 17 , 3 .\n"
    assert stored_turtle(b'<a> <b> "2020"^^xsd:gYear , "2020-01-02"^^xsd:date , "x"@vi .') is not None
    assert stored_turtle(b'<a> <b> "2020-01-02T00:00:00"^^xsd:dateTime .') is None
    assert stored_turtle(b'<a> <b> "1"^^xsd:boolean .') is None
    assert stored_turtle(b'<a> <b> "x"@en-GB .') is None
    assert stored_turtle(b"<a> <b> _:n .") is None
