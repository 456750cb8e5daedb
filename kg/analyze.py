"""Graph analysis over the RDF output: the entity-graph projection.

:func:`entity_graph` projects the RDF model of ``ontology/README.md`` onto a
networkx multigraph of entities (people, organizations, policies, events,
places, topics) and the relations between them, keeping for every node and
edge the sentences (with article title and URL) that support it. Pictures and
metrics are computed from this projection.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

import networkx as nx
import rdflib
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.rdf import KGO, SCHEMA

ENTITY_TYPES: tuple[str, ...] = ("Person", "Organization", "Policy", "Event", "Place", "Topic")

# kgo: properties between entities that are bookkeeping, not relations.
_NOT_RELATIONS = {KGO.mentionedIn, KGO.wikidata, KGO.position, KGO.date}

Triple = tuple[Any, Any, Any]


def _is_dataset(graph: rdflib.Graph) -> bool:
    """True for graphs made of named graphs (Dataset, or the older ConjunctiveGraph)."""
    return isinstance(graph, (rdflib.Dataset, rdflib.ConjunctiveGraph))


def _named_graphs(graph: rdflib.Graph) -> Iterable[rdflib.Graph]:
    # rdflib 7.1+ calls them graphs(); contexts() is the older, deprecated name.
    return graph.graphs() if hasattr(graph, "graphs") else graph.contexts()


def _union_triples(graph: rdflib.Graph) -> rdflib.Graph:
    """A plain Graph holding the union of all graphs of a Dataset (or the graph itself)."""
    if _is_dataset(graph):
        union = rdflib.Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return graph


def _graph_articles(graph: rdflib.Graph) -> dict[Triple, set[str]]:
    """For a Dataset: which articles' named graphs contain each triple."""
    if not _is_dataset(graph):
        return {}
    out: dict[Triple, set[str]] = defaultdict(set)
    for ctx in _named_graphs(graph):
        articles = sorted(str(a) for a in ctx.subjects(RDF.type, KGO.Article))
        if not articles:
            continue
        for triple in ctx:
            out[triple].update(articles)
    return out


def local_name(iri: str) -> str:
    """The part of an IRI after the last ``#`` or ``/``."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def pick_label(values: Iterable[Any], fallback: str = "") -> str:
    """Prefer a ``@vi`` literal, then ``@en``, then any (deterministically)."""
    lits = sorted((v for v in values if isinstance(v, Literal)), key=lambda x: (str(x), x.language or ""))
    for lang in ("vi", "en"):
        for v in lits:
            if (v.language or "").lower() == lang:
                return str(v)
    return str(lits[0]) if lits else fallback


def _article_info(g: rdflib.Graph) -> dict[str, tuple[str, str | None]]:
    """article IRI → (title, url)."""
    info: dict[str, tuple[str, str | None]] = {}
    for art in set(g.subjects(RDF.type, KGO.Article)) | set(g.objects(None, PROV.wasDerivedFrom)):
        titles = list(g.objects(art, DCTERMS.title))
        urls = sorted(str(u) for u in g.objects(art, SCHEMA.url))
        info[str(art)] = (pick_label(titles, fallback=local_name(str(art))), urls[0] if urls else None)
    return info


def _sentence_key(d: dict[str, Any]) -> tuple[str, str]:
    return (d["article"] or "", d["text"])


def entity_graph(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """Project the RDF onto a MultiDiGraph of entities and their relations.

    Nodes are IRIs of subjects typed with one of :data:`ENTITY_TYPES`; edges are
    keyed by relation local name and carry the supporting sentences and a
    weight (distinct supporting articles, at least 1). Accepts a Graph or a
    Dataset (its union is used). Output order is deterministic.
    """
    articles_by_triple = _graph_articles(graph)
    g = _union_triples(graph)
    articles = _article_info(g)

    # Entities and their type (first of ENTITY_TYPES if several).
    types: dict[URIRef, str] = {}
    for t in reversed(ENTITY_TYPES):
        for s in g.subjects(RDF.type, KGO[t]):
            if isinstance(s, URIRef):
                types[s] = t

    # Assertions, indexed by (subject, predicate, object).
    assertions: dict[Triple, list[dict[str, Any]]] = defaultdict(list)
    for a in g.subjects(RDF.type, KGO.Assertion):
        s, p, o = g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)
        if s is None or p is None or o is None:
            continue
        text = g.value(a, KGO.sentence)
        derived = sorted(str(x) for x in g.objects(a, PROV.wasDerivedFrom))
        for art in derived or [None]:
            title, url = articles.get(art, (None, None)) if art else (None, None)
            assertions[(s, p, o)].append(
                {"text": str(text) if text is not None else "", "article": art, "title": title, "url": url}
            )

    def sentences(triples: Iterable[Triple]) -> list[dict[str, Any]]:
        seen: dict[tuple[str, str], dict[str, Any]] = {}
        for t in triples:
            for d in assertions.get(t, []):
                seen.setdefault(_sentence_key(d), d)
        return [seen[k] for k in sorted(seen)]

    out = nx.MultiDiGraph()
    for node in sorted(types, key=str):
        positions = sorted(set(g.objects(node, KGO.position)), key=str)
        out.add_node(
            str(node),
            label=pick_label(list(g.objects(node, RDFS.label)), fallback=local_name(str(node))),
            type=types[node],
            aliases=sorted({str(v) for v in g.objects(node, SKOS.altLabel)}),
            titles=sorted({str(v) for v in positions}),
            articles=sorted({str(a) for a in g.objects(node, KGO.mentionedIn)}),
            sentences=sentences((node, KGO.position, pos) for pos in positions),
        )

    for s in sorted(types, key=str):
        for p, o in sorted(g.predicate_objects(s), key=lambda po: (str(po[0]), str(po[1]))):
            if o not in types or not str(p).startswith(str(KGO)) or p in _NOT_RELATIONS:
                continue
            rel = local_name(str(p))
            sents = sentences([(s, p, o)])
            support = {d["article"] for d in sents if d["article"]}
            support |= articles_by_triple.get((s, p, o), set())
            out.add_edge(
                str(s),
                str(o),
                key=rel,
                relation=rel,
                sentences=sents,
                articles=sorted(support),
                weight=max(1, len(support)),
            )
    return out
