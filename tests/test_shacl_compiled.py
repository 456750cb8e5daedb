"""kg.shacl_compiled: the compiled article shapes give pyshacl's verdict and lines, on real and broken graphs."""
from __future__ import annotations

import random

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SH

from kg.build import analyze_article
from kg.corpus import iter_articles, sample_corpus_dir
from kg.rdf import article_graph
from kg.render import shipped_shapes
from kg.shacl import _check, check_article, load_shapes
from kg.shacl_compiled import check_triples, compile_shapes
from kg.rdf import article_triples

KGO = Namespace("https://w3id.org/kg-vn/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")


@pytest.fixture(scope="module")
def graphs() -> list[Graph]:
    """The article graphs of the bundled sample corpus (Vietnamese and English)."""
    return [article_graph(analyze_article(a, use_crf=False), {}) for a in iter_articles([sample_corpus_dir()])]


def both(graph: Graph) -> tuple[tuple[bool, list[str]], tuple[bool, list[str]]]:
    """(pyshacl's verdict and sorted lines, the compiled rules' verdict and sorted lines)."""
    shapes = shipped_shapes()
    ok, lines = _check(graph, shapes.article)
    mine_ok, mine = check_triples(graph, shapes.article_rules)
    return (ok, sorted(lines)), (mine_ok, sorted(mine))


def copy(graph: Graph) -> Graph:
    out = Graph()
    for t in graph:
        out.add(t)
    return out


@pytest.fixture(scope="module")
def triples() -> list[list[tuple]]:
    """The article triples of the bundled sample corpus (Vietnamese and English)."""
    return [article_triples(analyze_article(a, use_crf=False), {}) for a in iter_articles([sample_corpus_dir()])]


def _plain_by_focus(triples, rules) -> dict:
    """:func:`kg.shacl_compiled.results_by_focus` without its memo: every value node checked again
    for every focus node (the fast paths themselves are checked against pyshacl in
    tests/test_shacl_compiled.py)."""
    from kg.shacl_compiled import _Index, _results

    index = _Index(triples)
    found: dict = {}
    for rule in rules:
        for focus in index.focus_nodes(rule.targets):
            n = _results(index, rule, focus)
            if n:
                found.setdefault(focus, []).extend([f"{focus} {rule.path or ''}: {rule.message}"] * n)
    return found


def test_memoised_value_checks_give_the_plain_results_on_real_and_broken_graphs(triples):
    from kg.render import shipped_shapes
    from kg.shacl_compiled import results_by_focus

    rules = shipped_shapes().article_rules
    rng = random.Random(11)
    cases = [list(t) for t in triples]
    for _ in range(40):  # deletions, extra values of the wrong kind, values shared between nodes
        t = list(rng.choice(triples))
        for d in rng.sample(t, 5):
            t.remove(d)
        for s, p, o in rng.sample(t, 4):
            t.append((s, p, rng.choice([Literal("x"), Literal(-3), URIRef("urn:x:extra"), t[0][2], t[-1][0]])))
        cases.append(t)
    broken = 0
    for t in cases:
        got = results_by_focus(t, rules)
        assert got == _plain_by_focus(t, rules)
        broken += bool(got)
    assert broken > 20  # the broken graphs do give results


def test_distinct_triples_are_indexed_as_their_set(triples):
    from kg.render import shipped_shapes
    from kg.shacl_compiled import DistinctTriples, _Index, results_by_focus

    rules = shipped_shapes().article_rules
    for t in triples:
        assert isinstance(t, DistinctTriples) and len(set(t)) == len(t)
        broken = DistinctTriples(list(t)[5:] + [(t[0][0], t[1][1], Literal(-1))])
        for case in (t, broken):
            fast, plain = _Index(case), _Index(list(case))
            assert {k: sorted(v) for k, v in fast.objects.items()} == {k: sorted(v) for k, v in plain.objects.items()}
            assert fast.types == plain.types and fast.instances == plain.instances
            assert results_by_focus(case, rules) == results_by_focus(list(case), rules)


def test_the_shipped_article_shapes_compile_and_check_real_graphs_as_pyshacl_does(graphs):
    assert shipped_shapes().article_rules is not None and len(graphs) >= 5
    for g in graphs:
        expected, got = both(g)
        assert got == expected
        assert got[0] is True  # kg writes conforming graphs


def _first(g: Graph, cls) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def breakages(g: Graph):
    """Ways to break an article graph, one per constraint kind the article shapes use."""
    mention, sentence = _first(g, NIF.Phrase), _first(g, NIF.Sentence)
    assertion, article = _first(g, KGO.Assertion), _first(g, KGO.Article)

    def drop(node, p):
        return lambda h: [h.remove(t) for t in list(h.triples((node, p, None)))]

    def put(node, p, o):
        return lambda h: h.add((node, p, o))

    def replace(node, p, o):
        return lambda h: (drop(node, p)(h), h.add((node, p, o)))

    cls = URIRef("urn:x:Special")
    return {
        "minCount": drop(mention, NIF.anchorOf),
        "maxCount": put(mention, NIF.beginIndex, Literal(1, datatype=XSD.nonNegativeInteger)),
        "lessThan": replace(mention, NIF.beginIndex, Literal(10**6, datatype=XSD.nonNegativeInteger)),
        "lessThanOrEquals": replace(assertion, KGO.charStart, Literal(10**6, datatype=XSD.integer)),
        "datatype": replace(assertion, KGO.charEnd, Literal("12")),
        "ill-typed": replace(assertion, KGO.charEnd, Literal("abc", datatype=XSD.integer)),
        "minInclusive": replace(assertion, KGO.charStart, Literal(-3, datatype=XSD.integer)),
        "nodeKind": put(article, SCHEMA.url, Literal("https://example.org/x")),
        "uniqueLang": lambda h: (h.add((article, DCTERMS.title, Literal("A", lang="vi"))),
                                 h.add((article, DCTERMS.title, Literal("B", lang="vi")))),
        "or": replace(article, SCHEMA.datePublished, Literal("15/1/2025")),
        "class": replace(assertion, PROV.wasDerivedFrom, URIRef("urn:x:nowhere")),
        "link class": put(URIRef("urn:x:entity"), KGO.mentionedIn, sentence),
        "subclass": lambda h: (h.remove((sentence, RDF.type, NIF.Sentence)), h.add((sentence, RDF.type, cls)),
                               h.add((cls, RDFS.subClassOf, NIF.Sentence))),
        "not an IRI": put(mention, NIF.sentence, Literal("a sentence")),
    }


def test_each_kind_of_breakage_gives_pyshacl_s_results(graphs):
    g = max(graphs, key=len)
    for name, breaking in breakages(g).items():
        h = copy(g)
        breaking(h)
        expected, got = both(h)
        assert got == expected, name
        if name != "subclass":  # an instance of a subclass is still a sentence: it conforms
            assert not got[0] and got[1], name


def test_random_deletions_and_duplicated_values_give_pyshacl_s_results(graphs):
    rng = random.Random(7)
    g = max(graphs, key=len)
    triples = sorted(g)
    for _ in range(25):
        h = copy(g)
        for t in rng.sample(triples, 4):
            h.remove(t)
        s, p, o = rng.choice(triples)
        h.add((s, p, Literal("extra") if isinstance(o, Literal) else URIRef("urn:x:extra")))
        expected, got = both(h)
        assert got == expected


def test_shapes_using_more_than_the_compiler_checks_stay_with_pyshacl(tmp_path):
    shapes = Graph()
    shape = URIRef("urn:x:shape")
    shapes.add((shape, RDF.type, SH.NodeShape))
    shapes.add((shape, SH.targetClass, KGO.Article))
    shapes.add((shape, SH.closed, Literal(True)))
    assert compile_shapes(shapes) is None
    shapes.remove((shape, SH.closed, Literal(True)))
    shapes.add((shape, SH.nodeKind, SH.IRI))
    assert compile_shapes(shapes) is None  # no sh:message: pyshacl writes its own
    shapes.add((shape, SH.message, Literal("an article is an IRI", lang="en")))
    assert len(compile_shapes(shapes)) == 1
    shapes.add((shape, SH.severity, SH.Warning))
    assert compile_shapes(shapes) is None
    path = tmp_path / "shapes.ttl"
    shapes.serialize(path, format="turtle")
    loaded = load_shapes(path)
    assert loaded.article_rules is None
    g = Graph()
    g.add((URIRef("urn:x:a"), RDF.type, KGO.Article))
    assert check_article(g, loaded) == (True, [])  # pyshacl ran: a warning does not fail the check


def corpus_both(graph: Graph):
    """pyshacl's and the compiled rules' verdict and sorted lines for the corpus shapes."""
    from kg.shacl import corpus_triples

    layer = Graph()
    for t in corpus_triples(graph):
        layer.add(t)
    shapes = shipped_shapes()
    ok, lines = _check(layer, shapes.corpus)
    mine_ok, mine = check_triples(layer, shapes.corpus_rules)
    return (ok, sorted(lines)), (mine_ok, sorted(mine))


def test_the_corpus_shapes_compile_and_give_pyshacl_s_results_on_a_broken_union(graphs):
    assert shipped_shapes().corpus_rules is not None
    union = Graph()
    for g in graphs:
        for t in g:
            union.add(t)
    expected, got = corpus_both(union)
    assert got == expected and got[0] is True
    person = _first(union, KGO.Person)
    topic = _first(union, KGO.Topic)
    breaking = {
        "qualifiedMinCount": lambda h: [h.remove(t) for t in list(h.triples((person, RDFS.label, None)))],
        "untagged altLabel": lambda h: h.add((person, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"),
                                              Literal("X"))),
        "pattern": lambda h: h.add((person, KGO.wikidata, URIRef("http://example.org/Q1"))),
        "maxCount": lambda h: (h.add((person, KGO.wikidata, URIRef("http://www.wikidata.org/entity/Q1"))),
                               h.add((person, KGO.wikidata, URIRef("http://www.wikidata.org/entity/Q2")))),
        "relation class": lambda h: h.add((person, KGO.about, person)),
        "relation subject": lambda h: h.add((topic, KGO.memberOf, topic)),
    }
    for name, breakage in breaking.items():
        h = copy(union)
        breakage(h)
        expected, got = corpus_both(h)
        assert got == expected, name
        assert not got[0], name
