"""Tests for the data model: ontology/kg.ttl, ontology/shapes.ttl,
ontology/queries/*.rq and the hand-written fixture tests/fixtures/mini.trig."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SH

from kg.rdf import union_graph

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
FIXTURE = ROOT / "tests" / "fixtures" / "mini.trig"

KGO = Namespace("https://w3id.org/kg-vn/ontology#")
KGR = Namespace("https://w3id.org/kg-vn/resource/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

ENTITY_CLASSES = ["Person", "Organization", "Policy", "Event", "Place", "Topic"]
# rdflib 7 emits thousands of internal ConjunctiveGraph/default_context deprecations
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

RELATIONS = [
    "position", "memberOf", "issued", "signed", "implements", "organized",
    "participatedIn", "date", "locatedIn", "subOrganizationOf", "about",
]
HELPERS = ["mentionedIn", "sentence", "charStart", "charEnd", "wikidata",
           "pagerank", "degree", "betweenness", "community", "kcore",
           "speaker", "quote"]
REQUIRED_QUERIES = [
    "positions", "policies_issued", "events", "resolution57", "sources_of_fact",
    "people_by_organization", "topics", "entity_mentions", "connected_to",
    "articles_mentioning", "co_mentioned_with",
]


def local_name(iri: str) -> str:
    return re.split(r"[#/:]", str(iri))[-1]


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def load_dataset(path: Path) -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(path, format="trig")
    return ds


@pytest.fixture()
def fixture_union() -> Graph:
    return union_graph(load_dataset(FIXTURE))


def validate(data: Graph, shapes: Graph):
    conforms, results, text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", abort_on_first=False,
        allow_warnings=False, meta_shacl=False, advanced=False,
    )
    found = set()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        found.add((
            results.value(r, SH.focusNode),
            results.value(r, SH.resultPath),
            results.value(r, SH.sourceConstraintComponent),
        ))
    return conforms, found, text


# --------------------------------------------------------------------------- ontology

def test_ontology_header(onto):
    o = URIRef("https://w3id.org/kg-vn/ontology")
    assert (o, RDF.type, OWL.Ontology) in onto
    for p in (OWL.versionInfo, DCTERMS.title, DCTERMS.description, DCTERMS.license, RDFS.comment):
        assert onto.value(o, p) is not None, p
    langs = {lit.language for lit in onto.objects(o, DCTERMS.title)}
    assert {"en", "vi"} <= langs
    # the provenance pattern is documented on the ontology and on kgo:Assertion
    for subj in (o, KGO.Assertion):
        text = " ".join(str(c) for c in onto.objects(subj, RDFS.comment))
        for word in ("rdf:subject", "prov:wasDerivedFrom", "kgo:sentence", "kgo:charStart", "named graph"):
            assert word in text, (subj, word)


def test_classes(onto):
    for name in ENTITY_CLASSES + ["Article", "Assertion", "Statement"]:
        assert (KGO[name], RDF.type, OWL.Class) in onto, name
    # the six entity classes are declared pairwise disjoint
    members = None
    for adc in onto.subjects(RDF.type, OWL.AllDisjointClasses):
        members = set(onto.items(onto.value(adc, OWL.members)))
    assert members == {KGO[c] for c in ENTITY_CLASSES}


def test_properties(onto):
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty)
    for name in RELATIONS + HELPERS:
        assert any((KGO[name], RDF.type, k) in onto for k in kinds), name
    assert (KGO.position, RDF.type, OWL.DatatypeProperty) in onto
    assert (KGO.position, RDFS.range, RDF.langString) in onto
    assert (KGO.date, RDF.type, OWL.DatatypeProperty) in onto
    assert (KGO.date, RDFS.range, XSD.date) in onto
    for name in ("pagerank", "betweenness"):
        assert (KGO[name], RDFS.range, XSD.decimal) in onto
    for name in ("degree", "community", "kcore", "charStart", "charEnd"):
        assert (KGO[name], RDFS.range, XSD.integer) in onto
    # "Policy or Organization" is a union domain
    dom = onto.value(KGO.implements, RDFS.domain)
    assert set(onto.items(onto.value(dom, OWL.unionOf))) == {KGO.Policy, KGO.Organization}


def test_every_term_has_labels_and_comment(onto):
    terms = {s for s in onto.subjects(RDF.type, None)
             if isinstance(s, URIRef) and str(s).startswith(str(KGO))}
    assert len(terms) >= 6 + 3 + len(RELATIONS) + len(HELPERS)
    for t in terms:
        langs = {lit.language for lit in onto.objects(t, RDFS.label)}
        assert {"en", "vi"} <= langs, t
        assert onto.value(t, RDFS.comment) is not None, t


def test_alignment(onto):
    sub = RDFS.subClassOf
    for c, sup in [
        ("Person", SCHEMA.Person), ("Person", FOAF.Person), ("Person", PROV.Agent),
        ("Organization", ORG.Organization), ("Organization", SCHEMA.Organization),
        ("Organization", PROV.Agent), ("Event", SCHEMA.Event), ("Place", SCHEMA.Place),
        ("Policy", SCHEMA.Legislation), ("Topic", SKOS.Concept),
        ("Article", SCHEMA.NewsArticle), ("Article", PROV.Entity),
        ("Assertion", RDF.Statement), ("Assertion", PROV.Entity),
    ]:
        assert (KGO[c], sub, sup) in onto, (c, sup)
    assert (KGO.subOrganizationOf, OWL.equivalentProperty, ORG.subOrganizationOf) in onto
    assert (KGO.memberOf, RDFS.subPropertyOf, ORG.memberOf) in onto
    assert (KGO.locatedIn, RDFS.subPropertyOf, SCHEMA.location) in onto
    assert (KGO.about, RDFS.subPropertyOf, SCHEMA.about) in onto


def test_no_relation_local_name_used_as_predicate(onto):
    """The scorer reads local names: the ontology itself must not use e.g.
    dcterms:date, dcterms:issued or schema:about as predicates."""
    bad = [(s, p, o) for s, p, o in onto if local_name(p) in RELATIONS]
    assert bad == []


# --------------------------------------------------------------------------- shapes

def test_every_shape_has_message(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    prop_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.objects(None, SH.property))
    assert node_shapes and prop_shapes
    for s in node_shapes | prop_shapes:
        assert shapes.value(s, SH.message) is not None, s
    for c in ENTITY_CLASSES + ["Article", "Assertion"]:
        assert (None, SH.targetClass, KGO[c]) in shapes, c
    for r in RELATIONS:
        assert (None, SH.targetSubjectsOf, KGO[r]) in shapes, r


def test_fixture_conforms(fixture_union, shapes):
    conforms, found, text = validate(fixture_union, shapes)
    assert conforms, text
    assert found == set()


def test_fixture_follows_readme(fixture_union):
    ds = load_dataset(FIXTURE)
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert graphs == {str(KGR["graph/mini-vi"]), str(KGR["graph/mini-en"])}
    g = fixture_union
    # every relation occurs, and every relation triple has an assertion
    for r in RELATIONS:
        assert any(True for _ in g.triples((None, KGO[r], None))), r
    assertions = set(g.subjects(RDF.type, KGO.Assertion))
    described = {(g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)) for a in assertions}
    for r in RELATIONS:
        for s, o in g.subject_objects(KGO[r]):
            assert (s, KGO[r], o) in described, (s, r, o)
    # offsets agree with the sentence length
    for a in assertions:
        sent = str(g.value(a, KGO.sentence))
        assert int(g.value(a, KGO.charEnd)) - int(g.value(a, KGO.charStart)) == len(sent)
    # Resolution 57 and its alias
    nq57 = KGR["policy/nghi-quyet-57-nq-tw"]
    assert (nq57, RDFS.label, Literal("Nghị quyết 57-NQ/TW", lang="vi")) in g
    assert (nq57, SKOS.altLabel, Literal("Nghị quyết 57", lang="vi")) in g
    assert any(g.value(a, RDF.subject) == nq57 or g.value(a, RDF.object) == nq57 for a in assertions)


def test_broken_copy_reports_exactly_the_planted_violations(fixture_union, shapes):
    g = fixture_union
    an = KGR["person/nguyen-van-an"]
    summit = KGR["event/vietnam-ai-summit-2025"]
    ghost = KGR["person/khong-co-nhan"]
    # 1. memberOf pointing to a Place
    g.add((an, KGO.memberOf, KGR["place/ha-noi"]))
    # 2. a date that is a plain string
    g.add((summit, KGO.date, Literal("20/3/2025")))
    # 3. an entity without a label
    g.add((ghost, RDF.type, KGO.Person))
    # 4. an assertion with a negative offset
    a = next(iter(g.subjects(RDF.type, KGO.Assertion)))
    g.set((a, KGO.charStart, Literal(-5)))

    conforms, found, text = validate(g, shapes)
    assert not conforms
    assert found == {
        (an, KGO.memberOf, SH.ClassConstraintComponent),
        (summit, KGO.date, SH.DatatypeConstraintComponent),
        (ghost, RDFS.label, SH.QualifiedMinCountConstraintComponent),
        (a, KGO.charStart, SH.MinInclusiveConstraintComponent),
    }, text


def test_domain_violations_and_unasserted_assertion(fixture_union, shapes):
    g = fixture_union
    place = KGR["place/ha-noi"]
    topic = KGR["topic/chuyen-doi-so"]
    g.add((place, KGO.issued, KGR["policy/nghi-quyet-57-nq-tw"]))  # Place cannot issue
    g.add((topic, KGO.position, Literal("Chủ tịch", lang="vi")))    # only persons have positions
    # an assertion whose triple is not in the graph
    a = KGR["assertion/0000000000000000"]
    for p, o in [(RDF.type, KGO.Assertion), (RDF.subject, KGR["person/tran-thi-binh"]),
                 (RDF.predicate, KGO.signed), (RDF.object, KGR["policy/nghi-quyet-57-nq-tw"]),
                 (PROV.wasDerivedFrom, KGR["article/mini-en"]), (KGO.sentence, Literal("…")),
                 (KGO.charStart, Literal(0)), (KGO.charEnd, Literal(1))]:
        g.add((a, p, o))
    conforms, found, text = validate(g, shapes)
    assert not conforms
    assert found == {
        (place, None, SH.ClassConstraintComponent),
        (topic, None, SH.ClassConstraintComponent),
        (a, None, SH.SPARQLConstraintComponent),
    }, text


# --------------------------------------------------------------------------- queries

def run_rdflib(ds: Dataset, q: str) -> int:
    return len(list(ds.query(q)))


def run_oxigraph(store: pyoxigraph.Store, q: str) -> int:
    return len(list(store.query(q, use_default_graph_as_union=True)))


def oxigraph_store(path: Path) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TRIG)
    return store


def test_required_queries_exist():
    names = {q.stem for q in QUERIES}
    assert set(REQUIRED_QUERIES) <= names
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        assert text.startswith("#"), q.name
        for pfx in ("kgo", "kgr", "rdfs", "skos", "prov", "schema", "dcterms", "xsd", "rdf"):
            assert re.search(rf"^PREFIX {pfx}:", text, re.M), (q.name, pfx)
        if q.stem != "article_graphs":  # the one query that needs named graphs
            body = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#"))
            assert not re.search(r"\bGRAPH\b", body), q.name


@pytest.fixture(scope="module")
def engines():
    return load_dataset(FIXTURE), oxigraph_store(FIXTURE)


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_query_on_both_engines(query, engines):
    ds, store = engines
    q = query.read_text(encoding="utf-8")
    n_rdflib = run_rdflib(ds, q)
    n_oxi = run_oxigraph(store, q)
    assert n_rdflib >= 1, query.name
    assert n_rdflib == n_oxi, (query.name, n_rdflib, n_oxi)


# Output variables are a contract for the CLI / report code that reads them.
QUERY_VARIABLES = {
    "article_graphs": ["graph", "article", "title", "published", "entities", "assertions"],
    "articles_mentioning": ["entity", "article", "title", "published", "url", "surface", "begin", "sentence"],
    "co_mentioned_with": ["entity", "other", "otherName", "type", "sentences", "articles"],
    "connected_to": ["target", "p1", "via", "viaName", "p2", "other", "otherName"],
    "entity_mentions": ["entity", "type", "name", "articles"],
    "events": ["event", "eventName", "date", "organizers", "places", "participants"],
    "people_by_organization": ["org", "orgName", "person", "name", "positions"],
    "policies_issued": ["issuer", "issuerName", "relation", "policy", "policyName", "date"],
    "policy_documents": ["policy", "policyName", "type", "number", "code", "year", "codeIssuerName",
                         "statedIssuerName"],
    "positions": ["person", "name", "title"],
    "quotes": ["statement", "speaker", "speakerName", "quote", "article", "title", "url"],
    "resolution57": ["policy", "policyName", "direction", "p", "other", "otherName"],
    "sources_of_fact": ["assertion", "subject", "subjectName", "predicate", "object", "objectName",
                        "sentence", "charStart", "charEnd", "article", "title", "url", "graph"],
    "timeline": ["date", "entity", "type", "name"],
    "topics": ["topic", "topicName", "count", "policies", "events", "organizations"],
}


def test_query_variables():
    store = oxigraph_store(FIXTURE)
    for stem, variables in QUERY_VARIABLES.items():
        q = (ROOT / "ontology" / "queries" / f"{stem}.rq").read_text(encoding="utf-8")
        res = store.query(q, use_default_graph_as_union=True)
        assert [v.value for v in res.variables] == variables


def test_resolution57_and_connected_to_find_the_policy(engines):
    ds, _ = engines
    nq57 = KGR["policy/nghi-quyet-57-nq-tw"]
    q = (ROOT / "ontology" / "queries" / "resolution57.rq").read_text(encoding="utf-8")
    rows = list(ds.query(q))
    assert {r.policy for r in rows} == {nq57}
    assert (KGO.issued, KGR["organization/bo-chinh-tri"]) in {(r.p, r.other) for r in rows if str(r.direction) == "in"}
    q = (ROOT / "ontology" / "queries" / "connected_to.rq").read_text(encoding="utf-8")
    rows = list(ds.query(q))
    assert {r.target for r in rows} == {nq57}
    assert KGR["person/nguyen-van-an"] in {r.other for r in rows}


def test_queries_survive_missing_optional_data(tmp_path):
    """Labels, titles, dates and positions are optional in the queries: with
    them removed both engines must still agree (guards against rdflib
    aggregate bugs with unbound variables)."""
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    for p in (RDFS.label, DCTERMS.title, KGO.date, KGO.position):
        ds.remove((None, p, None, None))
    sparse = tmp_path / "sparse.trig"
    ds.serialize(destination=str(sparse), format="trig")
    rds, store = load_dataset(sparse), oxigraph_store(sparse)
    for query in QUERIES:
        q = query.read_text(encoding="utf-8")
        assert run_rdflib(rds, q) == run_oxigraph(store, q), query.name


def test_queries_on_merged_graph_ttl(tmp_path, engines):
    """All queries but article_graphs also run on the merged graph.ttl (no named
    graphs): a plain rdflib Graph and pyoxigraph's default graph, same rows as on
    the dataset."""
    ds, store = engines
    merged = tmp_path / "graph.ttl"
    union_graph(ds).serialize(destination=str(merged), format="turtle")
    g = Graph().parse(merged, format="turtle")
    flat = pyoxigraph.Store()
    flat.load(path=str(merged), format=pyoxigraph.RdfFormat.TURTLE)
    for query in QUERIES:
        if query.stem == "article_graphs":
            continue
        q = query.read_text(encoding="utf-8")
        n = run_oxigraph(store, q)
        assert len(list(g.query(q))) == n, query.name
        assert len(list(flat.query(q))) == n, query.name


def test_queries_agree_when_nothing_matches(tmp_path):
    """A dataset with no policy, event, topic, person or assertion: every query
    gives the same (mostly empty) answer in both engines. Guards against rdflib
    turning an empty aggregate subquery into one all-unbound row that then
    matches every triple."""
    data = tmp_path / "empty.trig"
    data.write_text("""
@prefix kgo: <https://w3id.org/kg-vn/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg-vn/resource/graph/x> {
  <https://w3id.org/kg-vn/resource/article/x> a kgo:Article .
  <https://w3id.org/kg-vn/resource/place/ha-noi> a kgo:Place ; rdfs:label "Hà Nội"@vi ;
      kgo:mentionedIn <https://w3id.org/kg-vn/resource/article/x> .
}
""", encoding="utf-8")
    rds, store = load_dataset(data), oxigraph_store(data)
    for query in QUERIES:
        q = query.read_text(encoding="utf-8")
        n = run_oxigraph(store, q)
        assert run_rdflib(rds, q) == n, query.name
        expected = 1 if query.stem in ("article_graphs", "entity_mentions") else 0
        assert n == expected, query.name


def test_mention_queries_read_the_nif_mentions(engines):
    ds, _ = engines
    nq57 = KGR["policy/nghi-quyet-57-nq-tw"]
    q = (ROOT / "ontology" / "queries" / "articles_mentioning.rq").read_text(encoding="utf-8")
    rows = list(ds.query(q))
    assert {(str(r.article).rsplit("/", 1)[-1], str(r.surface)) for r in rows} == {
        ("mini-vi", "Nghị quyết 57"), ("mini-en", "Resolution 57")}
    assert all(r.entity == nq57 and str(r.surface) in str(r.sentence) for r in rows)
    q = (ROOT / "ontology" / "queries" / "co_mentioned_with.rq").read_text(encoding="utf-8")
    others = {r.other: (int(r.sentences), int(r.articles)) for r in ds.query(q)}
    assert others == {KGR["person/nguyen-van-an"]: (1, 1), KGR["policy/quyet-dinh-123-qd-bkhcn"]: (1, 1),
                      KGR["organization/bo-khoa-hoc-va-cong-nghe"]: (1, 1)}
