"""What the projections of :mod:`kg.projection` read of a graph, as plain data.

The entity graph, the co-mentions and the drawing need a few things of the
RDF: the entities' types, labels, aliases, titles and articles, how often each
is mentioned, the relations between IRIs (and which articles state them), the
assertions with their sentences, the sentences with the entities they name,
and each article's title and URL. :class:`GraphFacts` holds exactly that, as
strings, sets and numbers.

Facts of graphs merge (:meth:`GraphFacts.merge`): the facts of a corpus are
the merge of its articles' facts. So a build makes the facts of each article
graph where it makes the graph (in the worker, :mod:`kg.render`), keeps them in
its cache beside the graph, and draws graph.html from their merge, instead of
reading millions of quads back from the store.

>>> from rdflib import Graph
>>> facts = graph_facts(Graph())
>>> facts.types, facts.relations
({}, {})
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

import rdflib
from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.rdf import ITSRDF, KGO, NIF, SCHEMA

ENTITY_TYPES: tuple[str, ...] = ("Person", "Organization", "Policy", "Event", "Place", "Topic")

# kgo: properties between entities that are bookkeeping, not relations.
NOT_RELATIONS = {str(KGO.mentionedIn), str(KGO.wikidata), str(KGO.position), str(KGO.date)}

Triple = tuple[Any, Any, Any]
Label = tuple[str, str]  # (text, language tag or "")


@dataclass
class Assertion:
    """One ``kgo:Assertion``: its triple (IRIs or literal texts; None when missing), sentence and articles."""

    subject: str | None
    predicate: str | None
    object: str | None
    text: str | None
    start: int | None
    articles: set[str]


@dataclass
class GraphFacts:
    """What :mod:`kg.projection` reads of a graph (IRIs and literals as strings)."""

    types: dict[str, set[str]] = field(default_factory=dict)  # entity IRI -> its ENTITY_TYPES
    labels: dict[str, set[Label]] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)
    positions: dict[str, set[str]] = field(default_factory=dict)
    mentioned_in: dict[str, set[str]] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)  # entity IRI -> its NIF mentions
    relations: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)  # -> stating articles
    assertions: dict[str, Assertion] = field(default_factory=dict)
    sentences: dict[tuple[str, int], tuple[str | None, set[str]]] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)  # kgo:Article subjects
    sources: set[str] = field(default_factory=set)  # prov:wasDerivedFrom objects
    titles: dict[str, set[Label]] = field(default_factory=dict)
    urls: dict[str, set[str]] = field(default_factory=dict)

    def merge(self, other: GraphFacts) -> GraphFacts:
        """Add ``other`` (another article's facts) to these; returns self."""
        for mine, theirs in ((self.types, other.types), (self.labels, other.labels),
                             (self.aliases, other.aliases), (self.positions, other.positions),
                             (self.mentioned_in, other.mentioned_in), (self.relations, other.relations),
                             (self.titles, other.titles), (self.urls, other.urls)):
            for k, v in theirs.items():
                got = mine.get(k)
                if got is None:
                    mine[k] = set(v)
                else:
                    got |= v
        for k, n in other.mentions.items():
            self.mentions[k] = self.mentions.get(k, 0) + n
        for k, a in other.assertions.items():
            got = self.assertions.get(k)
            if got is None:
                self.assertions[k] = Assertion(a.subject, a.predicate, a.object, a.text, a.start, set(a.articles))
            else:
                got.articles |= a.articles
                got.text = first_text(got.text, a.text)
        for k, (text, ents) in other.sentences.items():
            self.add_sentence(k, text, ents)
        self.articles |= other.articles
        self.sources |= other.sources
        return self

    def add_sentence(self, key: tuple[str, int], text: str | None, entities: set[str]) -> None:
        """Note that the sentence ``key`` (article, start) with ``text`` names ``entities`` (not kept)."""
        got = self.sentences.get(key)
        self.sentences[key] = (text, set(entities)) if got is None else (first_text(got[0], text), got[1] | entities)

    def entity_types(self) -> dict[str, str]:
        """Entity IRI -> its type: the first of :data:`ENTITY_TYPES` it has."""
        order = {t: i for i, t in enumerate(ENTITY_TYPES)}
        return {iri: min(ts, key=order.__getitem__) for iri, ts in self.types.items() if ts}


def first_text(a: str | None, b: str | None) -> str | None:
    """The sentence text two readings agree on: the smaller non-empty one (deterministic)."""
    if not a:
        return b or a
    if not b:
        return a
    return min(a, b)


def _int(value: Any) -> int | None:
    try:
        return int(value.toPython()) if isinstance(value, Literal) else None
    except (TypeError, ValueError):
        return None


_ENTITY_CLASSES = {str(KGO[t]): t for t in ENTITY_TYPES}
_TYPE, _ARTICLE, _PHRASE, _ASSERTION = str(RDF.type), str(KGO.Article), str(NIF.Phrase), str(KGO.Assertion)
_KGO = str(KGO)


def triples_facts(triples: Iterable[Triple]) -> GraphFacts:
    """The facts of a set of triples (one graph, or the union of a corpus): one pass.

    Relations get no stating articles here: :func:`graph_facts` adds them for
    the graph of one article.
    """
    facts = GraphFacts()
    names: dict[str, str] = {}  # each IRI and text once, so a pickle of the facts holds it once

    def name(term: Any) -> str:
        text = str(term)
        return names.setdefault(text, text)

    phrases: set[Any] = set()
    said: dict[Any, dict[str, Any]] = {}  # phrases, sentences and assertions: what they say
    targets: dict[Any, set[str]] = {}  # phrase -> the entities it names
    assertion_nodes: set[Any] = set()
    simple = {str(RDFS.label): facts.labels, str(SKOS.altLabel): facts.aliases,
              str(KGO.position): facts.positions, str(KGO.mentionedIn): facts.mentioned_in}
    nodes = {str(NIF.sentence): "sentence", str(NIF.referenceContext): "article", str(NIF.beginIndex): "start",
             str(NIF.anchorOf): "text", str(RDF.subject): "s", str(RDF.predicate): "p", str(RDF.object): "o",
             str(KGO.sentence): "said", str(KGO.charStart): "char"}
    ident, derived = str(ITSRDF.taIdentRef), str(PROV.wasDerivedFrom)
    title, url = str(DCTERMS.title), str(SCHEMA.url)
    predicates: dict[Any, tuple[str, bool]] = {}  # predicate -> its text, and whether it may be a relation
    for s, p, o in triples:
        seen = predicates.get(p)
        if seen is None:
            text = str(p)
            seen = predicates[p] = (text, text.startswith(_KGO) and text not in NOT_RELATIONS)
        p, relation = seen
        if p == _TYPE:
            cls = str(o)
            if cls in _ENTITY_CLASSES:
                if isinstance(s, URIRef):
                    facts.types.setdefault(name(s), set()).add(_ENTITY_CLASSES[cls])
            elif cls == _ARTICLE:
                facts.articles.add(name(s))
            elif cls == _PHRASE:
                phrases.add(s)
            elif cls == _ASSERTION:
                assertion_nodes.add(s)
        elif p in simple:
            if p == str(RDFS.label):
                if isinstance(o, Literal):
                    facts.labels.setdefault(name(s), set()).add((name(o), o.language or ""))
            else:
                simple[p].setdefault(name(s), set()).add(name(o))
        elif p in nodes:
            said.setdefault(s, {}).setdefault(nodes[p], o)
        elif p == ident:
            e = name(o)
            targets.setdefault(s, set()).add(e)
            facts.mentions[e] = facts.mentions.get(e, 0) + 1
        elif p == derived:
            said.setdefault(s, {}).setdefault("from", set()).add(name(o))
            facts.sources.add(name(o))
        elif p == title:
            if isinstance(o, Literal):
                facts.titles.setdefault(name(s), set()).add((name(o), o.language or ""))
        elif p == url:
            facts.urls.setdefault(name(s), set()).add(name(o))
        if relation and isinstance(o, URIRef) and isinstance(s, (URIRef, BNode)):
            facts.relations.setdefault((name(s), name(p), name(o)), set())
    for m in phrases:
        sent = said.get(m, {}).get("sentence")
        info = said.get(sent, {})
        art, start = info.get("article"), _int(info.get("start"))
        if art is None or start is None:
            continue
        text = info.get("text")
        facts.add_sentence((name(art), start), name(text) if text is not None else None, targets.get(m, set()))
    for a in assertion_nodes:
        info = said.get(a, {})
        parts = [name(info[k]) if k in info else None for k in ("s", "p", "o", "said")]
        facts.assertions[name(a)] = Assertion(*parts, _int(info.get("char")), set(info.get("from", ())))
    return facts


def graph_facts(graph: rdflib.Graph | Iterable[Triple]) -> GraphFacts:
    """The facts of one graph (or its triples); its relations are stated by its ``kgo:Article`` subjects."""
    facts = triples_facts(graph)
    if facts.articles:
        for rel in facts.relations.values():
            rel |= facts.articles
    return facts


def dataset_facts(ds: rdflib.Dataset) -> GraphFacts:
    """The facts of a Dataset: of the union of its graphs, each relation stated by the articles of
    the named graphs that hold it."""
    union = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    facts = triples_facts(union)
    graphs = ds.graphs() if hasattr(ds, "graphs") else ds.contexts()
    for ctx in graphs:
        arts = {str(a) for a in ctx.subjects(RDF.type, KGO.Article)}
        if not arts:
            continue
        for s, p, o in ctx:
            rel = facts.relations.get((str(s), str(p), str(o)))
            if rel is not None and isinstance(o, URIRef):
                rel |= arts
    return facts


def as_facts(graph: Any) -> GraphFacts:
    """The facts of a Graph, a Dataset, a build's store (:class:`kg.drawing.StoreCorpus`) or facts."""
    if isinstance(graph, GraphFacts):
        return graph
    if isinstance(graph, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        return dataset_facts(graph)
    if isinstance(graph, rdflib.Graph):
        return triples_facts(graph)
    from kg.drawing import StoreCorpus, store_facts

    if isinstance(graph, StoreCorpus):
        return store_facts(graph.store)
    raise TypeError(f"cannot read graph facts of {type(graph).__name__}")


def merged(facts: Iterable[GraphFacts]) -> GraphFacts:
    """The merge of many graphs' facts (a corpus of article graphs)."""
    out = GraphFacts()
    for f in facts:
        out.merge(f)
    return out
