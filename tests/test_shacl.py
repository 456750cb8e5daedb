"""kg.shacl: SPARQL constraints run once over the store give pyshacl's own violations."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Namespace

from kg import rdf
from kg.build import build
from kg.shacl import split_shapes, validate_build

KGO = Namespace("https://w3id.org/kg-vn/ontology#")
TEXTS = ["Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về khoa học, công nghệ.",
         "Tổng Bí thư Tô Lâm dự Diễn đàn quốc gia tại Hà Nội ngày 15/1/2025."]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("shacl")
    inp = tmp / "a.jsonl"
    inp.write_text("".join(json.dumps({"id": f"s{i}", "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(TEXTS)), encoding="utf-8")
    build([inp], tmp / "out", use_crf=False, html=False)
    return tmp / "out"


def load(trig: Path) -> Graph:
    g = Graph()
    for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        g.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
    return g


def store_of(g: Graph, where: Path) -> Path:
    store = ox.Store(str(where))
    store.bulk_load(g.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    import gc
    gc.collect()
    return where


def test_the_sparql_constraint_is_taken_out_of_the_core_shapes():
    shapes = Graph().parse(rdf.ontology_path("shapes.ttl"), format="turtle")
    core, constraints = split_shapes(shapes)
    assert [c["targets"] for c in constraints] == [[str(KGO.Assertion)]]
    sh_sparql = rdf.URIRef("http://www.w3.org/ns/shacl#sparql")
    assert list(shapes.subject_objects(sh_sparql)) and not list(core.subject_objects(sh_sparql))
    assert len(core) < len(shapes)


def test_same_violations_as_pyshacl_on_a_broken_graph(built, tmp_path):
    g = load(built / "graph.trig")
    assertions = sorted(g.subjects(RDF.type, KGO.Assertion))
    assert assertions
    # break two assertions: drop the triple each describes
    for a in assertions[:2]:
        s, p, o = g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)
        g.remove((s, p, o))
    expected = rdf.validate(g)
    got = validate_build(g, store_of(g, tmp_path / "store"), rdf.ontology_path("shapes.ttl"))
    assert got == expected
    assert got[0] is False and sum("must itself be in the graph" in v for v in got[1]) >= 2


def test_a_good_build_conforms_both_ways(built, tmp_path):
    g = load(built / "graph.trig")
    assert validate_build(g, store_of(g, tmp_path / "store"), rdf.ontology_path("shapes.ttl")) == rdf.validate(g)
    assert (built / "shacl-report.txt").read_text(encoding="utf-8") == "conforms\n"


def test_lifted_property_shapes_give_the_same_violations(built):
    """Property shapes validated over all focus nodes at once report what the nested ones report."""
    from pyshacl import validate as shacl_validate
    from rdflib import Literal, URIRef

    from kg.shacl import lift_property_shapes, report_lines

    g = load(built / "graph.trig")
    triples = sorted(g, key=str)
    for i, (s, p, o) in enumerate(triples):
        if i % 7 == 0:
            g.remove((s, p, o))  # missing labels, sentences, offsets …
        elif i % 11 == 0:
            g.add((s, p, Literal(str(o)) if isinstance(o, Literal) else Literal("x", lang="vi")))
        elif i % 13 == 0:
            g.add((s, p, URIRef("http://example.org/elsewhere")))
        elif i % 17 == 0:
            g.add((s, RDF.type, KGO.Person))
            g.add((s, KGO.wikidata, Literal("Q1")))
    shapes = Graph().parse(rdf.ontology_path("shapes.ttl"), format="turtle")
    core, _ = split_shapes(shapes)
    results = []
    for shape_graph in (core, lift_property_shapes(core)):
        conforms, report, _ = shacl_validate(g, shacl_graph=shape_graph, inference="none", allow_warnings=True)
        results.append((conforms, sorted(report_lines(report))))
    assert results[0] == results[1]
    lines = results[0][1]
    assert len(lines) > 20 and any("rdfs:label with a language tag" in v for v in lines) \
        and any("kgo:wikidata is at most one IRI" in v for v in lines)
