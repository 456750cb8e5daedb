"""graph.html of a build drawn from its Oxigraph store, not from a copy of the corpus in Python.

The projections of :mod:`kg.projection` (``entity_graph``, ``analysis_graph``,
``drawing_graph``) read an rdflib graph through a handful of calls
(``subjects``, ``objects``, ``value``, ``predicate_objects``,
``subject_objects``). :class:`StoreGraph` answers those calls from the store's
default graph, which holds the union of the article graphs
(:func:`kg.store.materialise_union`), one index look-up each, converting the
terms on the way; :class:`StoreArticles` tells which articles' named graphs
state a triple. So a build draws graph.html after the store is loaded, and
holds only what the picture itself needs, whatever the size of the corpus.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import pyoxigraph as ox
import rdflib
from rdflib import RDF, BNode, Literal, URIRef

if TYPE_CHECKING:
    import networkx as nx

Triple = tuple[Any, Any, Any]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_KGO = "https://w3id.org/kg-vn/ontology#"


def to_rdflib(term: Any) -> Any:
    """An Oxigraph term as the rdflib term kg's graphs hold (a plain literal for xsd:string)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def to_oxigraph(term: Any) -> Any:
    """An rdflib term (or None, a wildcard) as an Oxigraph term."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


class StoreGraph:
    """The read calls of an rdflib Graph, answered from a store's default graph (the union)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._default = ox.DefaultGraph()
        self._nodes: dict[Any, Any] = {}  # predicates and classes, converted once

    def _ox(self, term: Any) -> Any:
        node = self._nodes.get(term)
        if node is None and term is not None:
            node = to_oxigraph(term)
            if len(self._nodes) < 10_000:
                self._nodes[term] = node
        return node

    def _quads(self, s: Any, p: Any, o: Any) -> Iterator[Any]:
        # a literal subject or predicate matches nothing (Oxigraph refuses it as a pattern)
        if isinstance(s, Literal) or (p is not None and not isinstance(p, URIRef)):
            return iter(())
        return self.store.quads_for_pattern(to_oxigraph(s), self._ox(p), self._ox(o), self._default)

    def triples(self, pattern: Triple) -> Iterator[Triple]:
        """Every triple matching ``(s, p, o)``, None a wildcard."""
        for q in self._quads(*pattern):
            yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)

    def __iter__(self) -> Iterator[Triple]:
        return self.triples((None, None, None))

    def subjects(self, predicate: Any = None, object: Any = None, unique: bool = False) -> Iterator[Any]:
        """Subjects of the triples ``(?, predicate, object)``."""
        for q in self._quads(None, predicate, object):
            yield to_rdflib(q.subject)

    def objects(self, subject: Any = None, predicate: Any = None, unique: bool = False) -> Iterator[Any]:
        """Objects of the triples ``(subject, predicate, ?)``."""
        for q in self._quads(subject, predicate, None):
            yield to_rdflib(q.object)

    def predicate_objects(self, subject: Any = None, unique: bool = False) -> Iterator[tuple[Any, Any]]:
        """(predicate, object) pairs of ``subject``."""
        for q in self._quads(subject, None, None):
            yield to_rdflib(q.predicate), to_rdflib(q.object)

    def subject_objects(self, predicate: Any = None, unique: bool = False) -> Iterator[tuple[Any, Any]]:
        """(subject, object) pairs of ``predicate``."""
        for q in self._quads(None, predicate, None):
            yield to_rdflib(q.subject), to_rdflib(q.object)

    def value(self, subject: Any = None, predicate: Any = RDF.value, object: Any = None,
              default: Any = None, any: bool = True) -> Any:
        """One object of ``(subject, predicate, ?)`` (or subject of ``(?, predicate, object)``)."""
        if object is None:
            found = next(self.objects(subject, predicate), None)
        else:
            found = next(self.subjects(predicate, object), None)
        return default if found is None else found


class StoreArticles:
    """Which articles' named graphs state a triple: the ``articles_by_triple`` of a corpus view.

    Only relations count (a ``kgo:`` predicate with an IRI object), as the
    drawing reads them; the articles of a graph are its ``kgo:Article`` subjects.
    """

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._articles: dict[str, set[str]] = {}
        self._type, self._article = ox.NamedNode(str(RDF.type)), ox.NamedNode(_KGO + "Article")

    def _of_graph(self, graph: Any) -> set[str]:
        found = self._articles.get(graph.value)
        if found is None:
            found = {q.subject.value for q in self.store.quads_for_pattern(None, self._type, self._article, graph)
                     if isinstance(q.subject, ox.NamedNode)}
            self._articles[graph.value] = found
        return found

    def get(self, triple: Triple, default: Any = None) -> Any:
        """The article IRIs stating ``triple`` (``default`` when none)."""
        s, p, o = triple
        if not (isinstance(o, URIRef) and isinstance(p, URIRef) and str(p).startswith(_KGO)):
            return default
        if not isinstance(s, (URIRef, BNode)):
            return default
        out: set[str] = set()
        for q in self.store.quads_for_pattern(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)):
            if isinstance(q.graph_name, ox.NamedNode):
                out |= self._of_graph(q.graph_name)
        return out if out else default


@dataclass
class StoreCorpus:
    """A corpus view for :func:`kg.projection.entity_graph` and :func:`kg.projection.drawing_graph`: the
    union (``graph``) and the articles of each relation (``articles_by_triple``), both read from a store."""

    store: ox.Store
    graph: StoreGraph = field(init=False)
    articles_by_triple: StoreArticles = field(init=False)

    def __post_init__(self) -> None:
        self.graph = StoreGraph(self.store)
        self.articles_by_triple = StoreArticles(self.store)


# What kg.projection reads one look-up at a time, read here with one query each (the same results).
_PREFIXES = {"rdf": str(RDF), "kgo": _KGO, "prov": "http://www.w3.org/ns/prov#",
             "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
             "itsrdf": "http://www.w3.org/2005/11/its/rdf#"}
_PHRASES = """SELECT ?sent ?art ?start ?text ?e WHERE {
  ?m a nif:Phrase ; nif:sentence ?sent .
  OPTIONAL { ?sent nif:referenceContext ?art } OPTIONAL { ?sent nif:beginIndex ?start }
  OPTIONAL { ?sent nif:anchorOf ?text } OPTIONAL { ?m itsrdf:taIdentRef ?e } }"""
_ASSERTION_GROUPS = """SELECT ?start ?s ?o ?text ?art WHERE {
  ?a a kgo:Assertion ; kgo:charStart ?start ; prov:wasDerivedFrom ?art .
  OPTIONAL { ?a rdf:subject ?s } OPTIONAL { ?a rdf:object ?o } OPTIONAL { ?a kgo:sentence ?text } }"""
_ASSERTIONS = """SELECT ?a ?s ?p ?o ?text ?art WHERE {
  ?a a kgo:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?a kgo:sentence ?text } OPTIONAL { ?a prov:wasDerivedFrom ?art } }"""
_MENTIONS = "SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e } GROUP BY ?e"


def _rows(g: StoreGraph, query: str) -> Any:
    return g.store.query(query, prefixes=_PREFIXES)


def _int(term: Any) -> int | None:
    """An integer literal's value, as kg.projection reads it (None when it is none)."""
    if not isinstance(term, ox.Literal):
        return None
    try:
        return int(to_rdflib(term).toPython())
    except (TypeError, ValueError):
        return None


def _iri_in(term: Any, types: set[str]) -> bool:
    return isinstance(term, ox.NamedNode) and term.value in types


def store_sentence_groups(g: StoreGraph, types: set[str]) -> dict:
    """:func:`kg.projection.sentence_groups` of the store's union, two queries; ``types`` the entity IRIs."""
    from kg.projection import SentenceGroup

    groups: dict[tuple[str, int], SentenceGroup] = {}

    def group(art: str, start: int, text: Any) -> SentenceGroup:
        grp = groups.setdefault((art, start), SentenceGroup(art, start))
        if text is not None and (not grp.text or text.value < grp.text):
            grp.text = text.value
        return grp

    sentence_of: dict[str, SentenceGroup | None] = {}
    for row in _rows(g, _PHRASES):
        sent = row["sent"]
        key = str(sent)
        if key not in sentence_of:
            art, start = row["art"], _int(row["start"])
            sentence_of[key] = group(art.value, start, row["text"]) if art is not None and start is not None else None
        grp = sentence_of[key]
        if grp is not None and _iri_in(row["e"], types):
            grp.entities.add(row["e"].value)
    del sentence_of
    for row in _rows(g, _ASSERTION_GROUPS):
        start = _int(row["start"])
        if start is None:
            continue
        grp = group(row["art"].value, start, row["text"])
        grp.entities |= {x.value for x in (row["s"], row["o"]) if _iri_in(x, types)}
    return dict(sorted(groups.items()))


def store_mention_counts(g: StoreGraph) -> dict[str, int]:
    """:func:`kg.projection.mention_counts` of the store's union, one query."""
    return {row["e"].value: int(row["n"].value) for row in _rows(g, _MENTIONS)}


def store_assertion_sentences(g: StoreGraph, articles: dict[str, tuple[str, str | None]]) -> dict:
    """:func:`kg.projection.assertion_sentences` of the store's union, one query."""
    from collections import defaultdict

    found: dict[str, tuple[Triple, str, set[str]]] = {}
    texts: dict[str, str] = {}  # each sentence's text once, however many assertions it holds
    for row in _rows(g, _ASSERTIONS):
        a = str(row["a"])
        if a not in found:
            text = row["text"].value if row["text"] is not None else ""
            found[a] = ((to_rdflib(row["s"]), to_rdflib(row["p"]), to_rdflib(row["o"])),
                        texts.setdefault(text, text), set())
        if row["art"] is not None:
            found[a][2].add(row["art"].value)
    assertions: dict[Triple, list[dict[str, Any]]] = defaultdict(list)
    said: dict[tuple[str, str | None], dict[str, Any]] = {}  # one dict per sentence and article, shared
    for triple, text, derived in found.values():
        for art in sorted(derived) or [None]:
            d = said.get((text, art))
            if d is None:
                title, url = articles.get(art, (None, None)) if art else (None, None)
                d = said[(text, art)] = {"text": text, "article": art, "title": title, "url": url}
            assertions[triple].append(d)
    return assertions


def store_drawing(store_dir: Path) -> nx.MultiDiGraph:
    """:func:`kg.projection.drawing_graph` of the build whose store is at ``store_dir``."""
    import gc

    from kg.projection import drawing_graph

    store = ox.Store.read_only(str(store_dir))
    try:
        return drawing_graph(StoreCorpus(store))
    finally:
        del store
        gc.collect()


def is_corpus_view(graph: Any) -> bool:
    """True for a corpus view (:class:`StoreCorpus`), not an rdflib graph."""
    return hasattr(graph, "articles_by_triple") and not isinstance(graph, rdflib.Graph)
