"""One article's named graph as a TriG block, its SHACL check and its drawing facts: the
per-article half of writing graph.trig and drawing graph.html.

A block depends on the article's result and on the IRIs that merging across
articles gave its entities (:func:`kg.cache.graph_signature`). Most articles
name no entity that merging renames, so their block can be made where the
article was extracted, in the worker, before merging: :func:`prerender` makes
it with no renaming, and the build uses it when the signature turns out the
same, making only the others again in the main process (:func:`render_block`).
That keeps the graph writing of a ``--jobs N`` build in N processes.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib.plugins.stores.memory import Memory

from kg.resolve import Resolved

TERMS_KEPT = 50_000  # converted IRIs cached across article graphs (emptied when larger)


@dataclass(frozen=True)
class Prerendered:
    """An extraction result with its summary and the block of its graph as if merging renamed nothing."""

    result: Resolved
    summary: object  # what merging reads of it (:class:`kg.buildmerge.Summary`)
    signature: str  # the graph signature the block holds (no entity renamed)
    block: bytes
    check: tuple[bool, list[str]] | None  # its SHACL check; None when the build does not validate
    facts: object  # what the drawing reads of the graph (:class:`kg.graphfacts.GraphFacts`)


def render_block(res: Resolved, key_map: dict[str, str], terms: dict,
                 for_check: bool = False) -> tuple[bytes, rdflib.Graph | list[tuple]]:
    """The TriG block of ``res``'s named graph with the merged keys ``key_map``, and its triples
    (:func:`kg.rdf.article_triples`).

    ``terms`` caches converted IRIs across calls. With ``for_check`` the triples
    come as a Graph in rdflib's default store, which pyshacl reads.
    """
    import pyoxigraph as ox

    from kg import rdf
    from kg.graphfiles import oxigraph_triples, quads_block

    if len(terms) > TERMS_KEPT:
        terms.clear()
    triples = rdf.article_triples(res, key_map)
    # made as quads of the graph at once, sorted as their triples would be: one graph name
    # after each triple keeps their order (a triple's text is never a prefix of another's
    # followed by anything below a space)
    name = ox.NamedNode(str(rdf.graph_iri(res.extraction.article.id)))
    block = quads_block(sorted(oxigraph_triples(triples, terms, name), key=str))
    return block, (rdf.triples_graph(triples) if for_check else triples)


def for_pyshacl(shapes) -> bool:
    """Whether article graphs checked against ``shapes`` (None: not checked) go to pyshacl, which
    reads only rdflib's default store (their compiled rules read any graph)."""
    return shapes is not None and shapes.article_rules is None


def check_graph(graph: rdflib.Graph | list[tuple], shapes) -> tuple[bool, list[str]]:
    """:func:`kg.shacl.check_article` of an article graph (or its triples) from :func:`render_block`."""
    from kg.rdf import triples_graph
    from kg.shacl import check_article

    if for_pyshacl(shapes) and not (isinstance(graph, rdflib.Graph) and isinstance(graph.store, Memory)):
        graph = triples_graph(graph)
    return check_article(graph, shapes)


def check_digest(signature: str) -> str:
    """The cache name of the SHACL check of a graph with ``signature`` under the current shapes."""
    from kg.cache import ontology_fingerprint

    return hashlib.sha256(f"{ontology_fingerprint()}|{signature}".encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def shipped_shapes():
    """The shipped shapes (:func:`kg.shacl.load_shapes` of ontology/shapes.ttl), read once per process."""
    from kg import rdf
    from kg.shacl import load_shapes

    return load_shapes(rdf.ontology_path("shapes.ttl"))


_TERMS: dict = {}  # this process's converted IRIs


@dataclass(frozen=True)
class Kept:
    """What a worker that wrote its :class:`Prerendered` into the build's cache itself sends back."""

    key: str  # the article's cache key


def keep_prerendered(cache, key: str, done: Prerendered) -> None:
    """Keep ``done`` (article ``key``) in ``cache`` (a :class:`kg.cache.ArticleCache`): its result,
    summary, graph block, drawing facts and check."""
    cache.save_resolved(key, done.result)
    cache.save_summary(key, done.summary)
    cache.save_graph(key, done.signature, done.block)
    cache.save_facts(key, done.signature, done.facts)
    if done.check is not None:
        cache.save_check(key, check_digest(done.signature), done.check)


def prerender_into(res: Resolved, options: str, validate: bool, out: Path) -> Kept:
    """:func:`prerender`, kept in the cache of build folder ``out`` by the process that made it.

    A local worker shares the build's disk: writing the result there itself, it sends back
    only the key, instead of the whole result being pickled to the build's process, read
    there and pickled again into the cache (~3 ms of the main process per article).
    """
    from kg.cache import ArticleCache, article_key

    key = article_key(res.extraction.article)
    keep_prerendered(ArticleCache(out, options=options), key, prerender(res, options, validate))
    return Kept(key)


def prerender(res: Resolved, options: str, validate: bool) -> Prerendered:
    """``res`` with its graph block made with no entity renamed (and checked, with ``validate``).

    ``options`` is the cache's options key. Runs where ``res`` was extracted
    (a worker process or a Dask worker): see the module docstring.
    """
    from kg.buildmerge import summarize
    from kg.cache import graph_signature
    from kg.graphfacts import graph_facts

    block, graph = render_block(res, {}, _TERMS, for_check=for_pyshacl(shipped_shapes() if validate else None))
    check = check_graph(graph, shipped_shapes()) if validate else None
    return Prerendered(res, summarize(res), graph_signature(options, (), {}), block, check, graph_facts(graph))
