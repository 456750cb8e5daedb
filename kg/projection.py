"""The RDF → networkx projections that pictures, metrics and paths read.

:func:`entity_graph` projects the RDF model of ``ontology/README.md`` onto a
networkx multigraph of entities (people, organizations, policies, events,
places, topics) and the relations between them, keeping for every node and
edge the sentences (with article title and URL) that support it.

:func:`sentence_groups`, :func:`co_mentions` and :func:`article_co_mentions`
find the entities named together in one sentence or one article, weighed by
:func:`co_mention_weight`; :func:`analysis_graph` folds the entity graph into
an undirected weighted graph with those co-mention links (what
:mod:`kg.analyze` measures and :mod:`kg.paths` explains), and
:func:`drawing_graph` adds the strongest co-mentions to the entity graph for
pictures.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Iterable

import networkx as nx
import rdflib
from rdflib import Literal

from kg.collect import fewer_collections
from kg.graphfacts import ENTITY_TYPES, GraphFacts, as_facts  # noqa: F401 (ENTITY_TYPES: re-exported)
from kg.rdf import KGO



def _is_dataset(graph: rdflib.Graph) -> bool:
    """True for graphs made of named graphs (Dataset, or the older ConjunctiveGraph)."""
    return isinstance(graph, (rdflib.Dataset, rdflib.ConjunctiveGraph))


def named_graphs(graph: rdflib.Graph) -> Iterable[rdflib.Graph]:
    """The named graphs of a Dataset, across rdflib versions."""
    # rdflib 7.1+ calls them graphs(); contexts() is the older, deprecated name.
    return graph.graphs() if hasattr(graph, "graphs") else graph.contexts()


def union_triples(graph: rdflib.Graph) -> rdflib.Graph:
    """A plain Graph holding the union of all graphs of a Dataset (or the graph itself)."""
    if _is_dataset(graph):
        union = rdflib.Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return graph


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


def _pick(labels: Iterable[tuple[str, str]], fallback: str) -> str:
    """:func:`pick_label` of (text, language) pairs."""
    return pick_label([Literal(t, lang=lang or None) for t, lang in labels], fallback=fallback)


def _article_info(facts: GraphFacts) -> dict[str, tuple[str, str | None]]:
    """article IRI → (title, url)."""
    info: dict[str, tuple[str, str | None]] = {}
    for art in facts.articles | facts.sources:
        urls = sorted(facts.urls.get(art, ()))
        info[art] = (_pick(facts.titles.get(art, ()), local_name(art)), urls[0] if urls else None)
    return info


def _sentence_key(d: dict[str, Any]) -> tuple[str, str]:
    return (d["article"] or "", d["text"])


def assertion_sentences(graph: Any, articles: dict[str, tuple[str, str | None]]
                        ) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """(subject, predicate, object) → a sentence dict per article of each assertion of that triple.

    One dict per sentence and article, shared by the triples it states: read it, never change it.
    """
    facts = as_facts(graph)
    assertions: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    said: dict[tuple[str, str | None], dict[str, Any]] = {}
    for a in facts.assertions.values():
        if a.subject is None or a.predicate is None or a.object is None:
            continue
        text = a.text or ""
        for art in sorted(a.articles) or [None]:
            d = said.get((text, art))
            if d is None:
                title, url = articles.get(art, (None, None)) if art else (None, None)
                d = said[(text, art)] = {"text": text, "article": art, "title": title, "url": url}
            assertions[(a.subject, a.predicate, a.object)].append(d)
    return assertions


def entity_graph(graph: Any) -> nx.MultiDiGraph:
    """Project the RDF onto a MultiDiGraph of entities and their relations.

    Nodes are IRIs of subjects typed with one of :data:`ENTITY_TYPES`; edges are
    keyed by relation local name and carry the supporting sentences and a
    weight (distinct supporting articles, at least 1). Accepts a Graph, a
    Dataset (its union is used), a build's store (:class:`kg.drawing.StoreCorpus`)
    or their :class:`kg.graphfacts.GraphFacts`. Output order is deterministic.
    """
    facts = as_facts(graph)
    articles = _article_info(facts)
    types = facts.entity_types()
    assertions = assertion_sentences(facts, articles)

    def sentences(triples: Iterable[tuple[str, str, str]]) -> list[dict[str, Any]]:
        seen: dict[tuple[str, str], dict[str, Any]] = {}
        for t in triples:
            for d in assertions.get(t, []):
                seen.setdefault(_sentence_key(d), d)
        return [seen[k] for k in sorted(seen)]

    out = nx.MultiDiGraph()
    position = str(KGO.position)
    for node in sorted(types):
        positions = sorted(facts.positions.get(node, ()))
        out.add_node(
            node,
            label=_pick(facts.labels.get(node, ()), local_name(node)),
            type=types[node],
            aliases=sorted(facts.aliases.get(node, ())),
            titles=positions,
            articles=sorted(facts.mentioned_in.get(node, ())),
            sentences=sentences((node, position, pos) for pos in positions),
            mentions=facts.mentions.get(node, 0),
        )
    for (s, p, o), stating in sorted(facts.relations.items()):
        if s not in types or o not in types:
            continue
        rel = local_name(p)
        sents = sentences([(s, p, o)])
        support = {d["article"] for d in sents if d["article"]} | stating
        out.add_edge(s, o, key=rel, relation=rel, sentences=sents, articles=sorted(support),
                     weight=max(1, len(support)))
    return out


# --------------------------------------------------------------------------- co-mentions


@dataclass
class SentenceGroup:
    """The entities one sentence names (from its mentions, or from its assertions)."""

    article: str
    start: int
    text: str = ""
    entities: set[str] = field(default_factory=set)


def sentence_groups(graph: Any) -> dict[tuple[str, int], SentenceGroup]:
    """(article IRI, sentence start) → the entities that sentence names.

    Read from the NIF mentions (``nif:Phrase`` → ``itsrdf:taIdentRef``,
    ``nif:sentence``) and, for graphs written before mentions existed, from the
    assertions (subject and object of assertions with the same article and
    ``kgo:charStart``). Both use the sentence's start offset, so they agree.
    """
    facts = as_facts(graph)
    types = facts.entity_types()
    groups: dict[tuple[str, int], SentenceGroup] = {}

    def group(art: str, start: int, text: str | None) -> SentenceGroup:
        grp = groups.get((art, start))
        if grp is None:
            grp = groups[(art, start)] = SentenceGroup(art, start)
        if text is not None and (not grp.text or text < grp.text):
            grp.text = text
        return grp

    for (art, start), (text, ents) in facts.sentences.items():
        group(art, start, text).entities |= {e for e in ents if e in types}
    for a in facts.assertions.values():
        if a.start is None:
            continue
        ents = {x for x in (a.subject, a.object) if x in types}
        for art in sorted(a.articles):
            group(art, a.start, a.text).entities |= ents
    return dict(sorted(groups.items()))


def co_mentions(graph: Any, groups: dict[tuple[str, int], SentenceGroup] | None = None
                ) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Pairs of entities named in the same sentence, with the sentences that name both.

    Sentences come from :func:`sentence_groups` (the NIF mentions, and the
    assertions). Keys are sorted IRI pairs; values are sentence dicts as in
    :func:`entity_graph`, one per sentence, with ``scope`` "sentence" (the pairs of one
    sentence share its dict: read it, never change it).
    """
    facts = as_facts(graph)
    articles = _article_info(facts)
    out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for (art, _), grp in (groups if groups is not None else sentence_groups(facts)).items():
        title, url = articles.get(art, (None, None))
        said = {"text": grp.text, "article": art, "title": title, "url": url, "scope": "sentence"}
        for u, v in combinations(sorted(grp.entities), 2):
            out[(u, v)].append(said)
    return dict(sorted(out.items()))


# Co-mention weighting (README "Co-mentions"): a typed relation link weighs the
# number of its supporting articles (≥ 1); a co-mention-only link weighs less than 1.
ARTICLE_SHARE = 0.25  # one shared article without a shared sentence counts as a quarter sentence


def specificity(df: dict[str, int], articles: int) -> dict[str, float]:
    """idf of each entity, scaled to (0, 1]: log((D+1)/df) / log(D+1), 1 for an entity of one article."""
    base = math.log(articles + 1) if articles > 0 else 1.0
    return {e: max(math.log((articles + 1) / max(n, 1)) / base, 1e-6) for e, n in df.items()}


def co_mention_weight(sentences: int, articles_only: int, idf_u: float, idf_v: float) -> float:
    """(1 − e^−(s + ¼·a)) · idf(u) · idf(v): saturating in the evidence, damped for generic entities.

    ``sentences``: sentences naming both; ``articles_only``: articles naming both
    in different sentences only. Always in (0, 1), so any typed relation outweighs it.
    """
    strength = sentences + ARTICLE_SHARE * articles_only
    return round((1 - math.exp(-strength)) * idf_u * idf_v, 6)


def article_co_mentions(graph: Any, groups: dict[tuple[str, int], SentenceGroup] | None = None
                        ) -> tuple[dict[str, set[str]], dict[tuple[str, str], set[str]]]:
    """(article → entities it names, pair → articles naming both but never in one sentence)."""
    groups = groups if groups is not None else sentence_groups(graph)
    named: dict[str, set[str]] = defaultdict(set)
    together: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for (art, _), grp in groups.items():
        named[art] |= grp.entities
        together[art] |= set(combinations(sorted(grp.entities), 2))
    apart: dict[tuple[str, str], set[str]] = defaultdict(set)
    for art, ents in named.items():
        for pair in combinations(sorted(ents), 2):
            if pair not in together[art]:
                apart[pair].add(art)
    return dict(named), dict(apart)


def analysis_graph(graph: Any, multi: nx.MultiDiGraph | None = None) -> nx.Graph:
    """The undirected weighted projection that metrics and paths use.

    One edge per pair of entities that are related (any direction, any
    relation of :func:`entity_graph`) or co-mentioned: named in one sentence
    (:func:`co_mentions`), or in one article but never in one sentence, when
    two articles do so or when one of the two would otherwise have no link.
    Edge data: ``kind`` ("relation" when a typed relation links them, else
    "co-mention"), ``relations`` (each with ``relation``, ``source``,
    ``target``, ``sentences``, ``articles``), ``comentions`` (sentence dicts
    with ``scope`` "sentence" or "article"), ``articles`` (distinct supporting
    articles), ``comention_weight`` (:func:`co_mention_weight`) and ``weight``:
    the number of articles supporting the relations (≥ 1) for a relation
    link, the co-mention weight (< 1) otherwise, so relations come first.
    Nodes keep the attributes of :func:`entity_graph`. Nodes and edges are
    inserted in sorted order so seeded algorithms are reproducible.
    """
    with fewer_collections(freeze=False):
        return _analysis_graph(as_facts(graph), multi)


def _apart_links(apart: dict[tuple[str, str], set[str]], multi: nx.MultiDiGraph, linked: set[str]
                 ) -> dict[tuple[str, str], set[str]]:
    """The pairs of :func:`article_co_mentions` (named in one article, never in one sentence) that get a
    co-mention link: both in ``multi``, and named so in two articles or one of them not ``linked``
    otherwise (by a relation or a sentence)."""
    return {pair: arts for pair, arts in apart.items() if pair[0] in multi and pair[1] in multi
            and (len(arts) >= 2 or pair[0] not in linked or pair[1] not in linked)}


def _node_specificity(facts: GraphFacts, multi: nx.MultiDiGraph, named: dict[str, set[str]]) -> dict[str, float]:
    """:func:`specificity` of each node of ``multi`` among the corpus's articles."""
    total = max(len(facts.articles), len(named), 1)
    return specificity({n: len(multi.nodes[n].get("articles", [])) for n in multi.nodes}, total)


def _analysis_graph(facts: GraphFacts, multi: nx.MultiDiGraph | None) -> nx.Graph:
    multi = multi if multi is not None else entity_graph(facts)
    relations: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, key, d in multi.edges(keys=True, data=True):
        if u != v:
            relations[tuple(sorted((u, v)))].append(
                {"relation": key, "source": u, "target": v,
                 "sentences": d.get("sentences", []), "articles": d.get("articles", [])})
    groups = sentence_groups(facts)
    comentions = {k: v for k, v in co_mentions(facts, groups).items() if k[0] in multi and k[1] in multi}
    named, apart = article_co_mentions(facts, groups)
    linked = {n for pair in set(relations) | set(comentions) for n in pair}
    info = _article_info(facts)
    in_article: dict[str, dict[str, Any]] = {}  # one dict per article, shared by its pairs

    def article_said(art: str) -> dict[str, Any]:
        if art not in in_article:
            title, url = info.get(art, (None, None))
            in_article[art] = {"text": "", "article": art, "title": title, "url": url, "scope": "article"}
        return in_article[art]

    only_apart: dict[tuple[str, str], int] = {}  # pair → articles naming both, never in one sentence (appended)
    for pair, arts in _apart_links(apart, multi, linked).items():
        comentions.setdefault(pair, []).extend(article_said(art) for art in sorted(arts))
        only_apart[pair] = len(arts)
    idf = _node_specificity(facts, multi, named)
    out = nx.Graph()
    for node in sorted(multi.nodes):
        out.add_node(node, **multi.nodes[node])
    by_relation = lambda r: (r["relation"], r["source"], r["target"])  # noqa: E731
    for pair in sorted(set(relations) | set(comentions)):
        rels = sorted(relations[pair], key=by_relation) if pair in relations else []
        sents = comentions.get(pair, [])
        articles_only = only_apart.get(pair, 0)
        co = (co_mention_weight(len(sents) - articles_only, articles_only, idf[pair[0]], idf[pair[1]])
              if sents else 0.0)
        rel_arts = {a for r in rels for a in r["articles"]}
        arts = rel_arts | {s["article"] for s in sents if s["article"]}
        out.add_edge(*pair, relations=rels, comentions=sents, articles=sorted(arts),
                     kind="relation" if rels else "co-mention", comention_weight=co,
                     weight=max(1, len(rel_arts)) if rels else max(co, 1e-6))
    return out


DRAWN_COMENTIONS = 8  # co-mention links a picture keeps per entity (its strongest)
COMENTION = "co-mentioned"  # the relation name of co-mention edges in pictures


def drawing_graph(graph: Any, multi: nx.MultiDiGraph | None = None,
                  per_node: int = DRAWN_COMENTIONS) -> nx.MultiDiGraph:
    """:func:`entity_graph` plus co-mention edges, for pictures.

    Every pair of entities that a sentence (or, weaker, an article) names
    together but no typed relation links gets one edge keyed ``co-mentioned``
    (``comention=True``, ``weight`` the co-mention weight, ``sentences`` those
    naming both), kept when it is among the ``per_node`` strongest co-mention
    links of either end, so a picture of a large corpus shows the backbone
    rather than every pair.
    """
    with fewer_collections(freeze=False):
        return _drawing_graph(as_facts(graph), multi, per_node)


def _drawing_graph(facts: GraphFacts, multi: nx.MultiDiGraph | None, per_node: int) -> nx.MultiDiGraph:
    """:func:`drawing_graph` from counts: the co-mention links of :func:`analysis_graph` are weighed from
    how many sentences and articles name each pair, and only the kept ones get their sentence lists (the
    weights, the choice and every kept edge as the analysis graph's; 190,000 pairs at 10,000 articles)."""
    multi = multi if multi is not None else entity_graph(facts)
    related = {(u, v) if u < v else (v, u) for u, v in multi.edges() if u != v}
    groups = sentence_groups(facts)
    in_sentences: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)  # pair → its sentences
    for key, grp in groups.items():
        for pair in combinations(sorted(grp.entities), 2):
            if pair[0] in multi and pair[1] in multi:
                in_sentences[pair].append(key)
    named, apart = article_co_mentions(facts, groups)
    linked = {n for pair in related for n in pair} | {n for pair in in_sentences for n in pair}
    only_apart = _apart_links(apart, multi, linked)  # pair → articles naming both, never in one sentence
    idf = _node_specificity(facts, multi, named)
    weights: dict[tuple[str, str], float] = {}
    for pair in set(in_sentences) | set(only_apart):
        if pair not in related:
            co = co_mention_weight(len(in_sentences.get(pair, ())), len(only_apart.get(pair, ())),
                                   idf[pair[0]], idf[pair[1]])
            weights[pair] = max(co, 1e-6)
    links: dict[str, list[tuple[float, tuple[str, str]]]] = defaultdict(list)
    for pair, w in weights.items():
        links[pair[0]].append((-w, pair))
        links[pair[1]].append((-w, pair))
    kept = {pair for mine in links.values() for _, pair in heapq.nsmallest(per_node, mine)}
    info = _article_info(facts)
    said: dict[tuple[str, int], dict[str, Any]] = {}  # one dict per sentence, shared by its pairs

    def in_sentence(key: tuple[str, int]) -> dict[str, Any]:
        if key not in said:
            title, url = info.get(key[0], (None, None))
            said[key] = {"text": groups[key].text, "article": key[0], "title": title, "url": url,
                         "scope": "sentence"}
        return said[key]

    out = multi.copy()
    for u, v in sorted(kept):
        sents = [in_sentence(key) for key in in_sentences.get((u, v), ())]
        arts = {d["article"] for d in sents if d["article"]} | set(only_apart.get((u, v), ()))
        if not sents:
            sents = [{"text": "", "article": art, "title": info.get(art, (None, None))[0],
                      "url": info.get(art, (None, None))[1], "scope": "article"}
                     for art in sorted(only_apart[(u, v)])]
        out.add_edge(u, v, key=COMENTION, relation=COMENTION, comention=True, sentences=sents,
                     articles=sorted(arts), weight=weights[(u, v)])
    return out
