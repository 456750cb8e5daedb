"""kg.shacl: SPARQL constraints run once over the store give pyshacl's own violations."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, Graph, Namespace, URIRef

from kg import rdf
from kg.build import build
from kg.shacl import load_shapes, split_shapes, validate_build

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


def test_shapes_split_by_what_they_need_to_see():
    shapes = load_shapes(rdf.ontology_path("shapes.ttl"))
    sh = Namespace("http://www.w3.org/ns/shacl#")
    article_targets = set(shapes.article.objects(None, sh.targetClass))
    assert KGO.Assertion in article_targets and KGO.Person not in article_targets
    assert not list(shapes.article.objects(None, sh.targetSubjectsOf))  # relation shapes need the corpus
    corpus_targets = set(shapes.corpus.objects(None, sh.targetClass))
    assert KGO.Person in corpus_targets and KGO.Assertion not in corpus_targets


def test_a_build_reports_what_pyshacl_finds_in_the_union(tmp_path, monkeypatch):
    """Per-article checks plus the corpus layer give the violations of the whole union.

    One article-local violation (an assertion without its sentence) and one that
    only the union shows (a person with a different Wikidata id in each article).
    """
    real = rdf.article_triples

    def broken(res, key_map=None):
        triples = real(res, key_map)
        first = sorted(s for s, p, o in triples if p == RDF.type and o == KGO.Assertion)[:1]
        triples = [t for t in triples if not (t[0] in first and t[1] == KGO.sentence)]
        persons = [s for s, p, o in triples if p == RDF.type and o == KGO.Person]
        return triples + [(person, KGO.wikidata, URIRef(f"http://www.wikidata.org/entity/Q{len(triples)}"))
                          for person in persons]

    monkeypatch.setattr(rdf, "article_triples", broken)
    inp = tmp_path / "a.jsonl"
    texts = [TEXTS[1], "Sáng 3/2/2025, Tổng Bí thư Tô Lâm làm việc với Bộ Tài chính về Nghị quyết 57-NQ/TW."]
    inp.write_text("".join(json.dumps({"id": f"w{i}", "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(texts)), encoding="utf-8")
    report = build([inp], tmp_path / "out", use_crf=False, html=False)
    expected = rdf.validate(load(tmp_path / "out" / "graph.trig"))
    assert (report.conforms, report.violations) == expected
    assert any("wikidata" in v for v in report.violations)
    assert any("sentence" in v for v in report.violations)
    # a rebuild reuses the per-article results and reports the same
    cached = list((tmp_path / "out" / "cache" / "shacl").iterdir())
    assert len(cached) == 2
    (tmp_path / "out" / "shacl-report.txt").unlink()
    again = build([inp], tmp_path / "out", use_crf=False, html=False)
    assert (again.conforms, again.violations) == expected


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


def test_the_corpus_layer_checked_from_the_store_in_chunks_gives_the_same_results(built, tmp_path):
    """check_corpus_store (chunks of subjects read from the store) reports what check_corpus reports."""
    from kg.shacl import check_corpus, check_corpus_store, corpus_triples

    g = load(built / "graph.trig")
    people = sorted(g.subjects(RDF.type, KGO.Person))
    orgs = sorted(g.subjects(RDF.type, KGO.Organization))
    topics = sorted(g.subjects(RDF.type, KGO.Place)) + sorted(g.subjects(RDF.type, KGO.Topic))
    assert people and orgs and topics
    for i in (1, 2):  # two Wikidata ids: only the whole layer shows it
        g.add((people[0], KGO.wikidata, URIRef(f"http://www.wikidata.org/entity/Q{i}")))
    g.remove((orgs[0], rdf.RDFS.label, None))  # no label
    g.add((people[0], KGO.memberOf, topics[0]))  # not an organization
    g.add((people[0], KGO.participatedIn, orgs[0]))  # not an event
    g.add((orgs[0], KGO.issued, people[0]))  # an organization issuing a person
    shapes = load_shapes(rdf.ontology_path("shapes.ttl"))
    layer = Graph()
    for t in corpus_triples(g):
        layer.add(t)
    ok, lines = check_corpus(layer, shapes)
    assert not ok and len(lines) >= 5
    store = store_of(g, tmp_path / "store")
    for chunk in (1, 3, 10_000):
        got_ok, got = check_corpus_store(store, shapes, chunk=chunk)
        assert (got_ok, sorted(got)) == (ok, sorted(lines)), chunk


def test_a_link_to_an_article_is_checked_with_the_article_not_in_the_corpus_layer(built):
    """kgo:mentionedIn → kgo:Article is checked on each article graph (the link and the article's
    type are both there), so the corpus layer reads no mentionedIn triple; a link to a node that
    is no article still fails, in the article check."""
    from kg.shacl import SH, article_links, check_article, lift_property_shapes, read_predicates

    shapes = load_shapes(rdf.ontology_path("shapes.ttl"))
    assert str(KGO.mentionedIn) not in shapes.corpus_predicates
    assert {str(KGO.memberOf), str(rdf.RDFS.label), str(RDF.type)} <= shapes.corpus_predicates
    g = load(built / "graph.trig")
    graph = g
    art = next(graph.objects(None, KGO.mentionedIn))
    assert check_article(graph, shapes)[0]
    entity = next(graph.subjects(KGO.mentionedIn, art))
    graph.add((entity, KGO.mentionedIn, entity))  # not an article
    ok, lines = check_article(graph, shapes)
    assert not ok and any(line.startswith(str(entity)) and "must point to a kgo:Article" in line for line in lines)
    # a path that is not one IRI, or a closed shape, may read anything
    core, _ = split_shapes(Graph().parse(rdf.ontology_path("shapes.ttl"), format="turtle"))
    rest, links = article_links(lift_property_shapes(core))
    assert len(set(links.subjects(RDF.type, SH.NodeShape))) == 1  # one per path, classes and message
    closed = Graph()
    closed += rest
    closed.add((KGO.PersonShapeX, SH.targetClass, KGO.Person))
    closed.add((KGO.PersonShapeX, SH.closed, rdflib.Literal(True)))
    assert read_predicates(closed) is None
    inverse = Graph()
    inverse += rest
    node, path = rdflib.BNode(), rdflib.BNode()
    inverse.add((node, SH.targetClass, KGO.Person))
    inverse.add((node, SH.path, path))
    inverse.add((path, SH.inversePath, KGO.memberOf))
    assert read_predicates(inverse) is None
