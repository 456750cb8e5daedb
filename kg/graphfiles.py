"""Writing a build's graph files: graph.trig from per-article TriG blocks, graph.ttl from the store.

Each article's named graph is serialised once, as a TriG block (``<graph> {
… }``, no prefix lines), and kept in the build's cache (:mod:`kg.cache`);
graph.trig is the prefix lines followed by every block, so a build that adds
articles copies the unchanged blocks as bytes. graph.ttl is the union of the
article graphs, which the store holds in its default graph: Oxigraph dumps
it. Oxigraph writes both, so a clean build and an incremental one write the
same bytes for the same graphs.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
import rdflib

from kg.fsutil import write_atomic_pieces


# Prefixes for graph.trig / graph.ttl: not kgr:, whose local names hold "/"
# (Oxigraph would write kgr:person\/to-lam); resources are written as full IRIs.
def file_prefixes() -> dict[str, str]:
    from kg.store import PREFIXES

    return {k: v for k, v in PREFIXES.items() if k != "kgr"}


@lru_cache(maxsize=1)
def trig_header() -> bytes:
    """The ``@prefix`` lines that open graph.trig (what Oxigraph writes before the first graph)."""
    probe = ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode("urn:o"), ox.NamedNode("urn:g"))
    text = ox.serialize([probe], format=ox.RdfFormat.TRIG, prefixes=file_prefixes())
    return b"".join(line for line in text.splitlines(keepends=True) if line.startswith(b"@prefix "))


def trig_block(graph: str, triples: Iterable) -> bytes:
    """One named graph as a TriG block, without the prefix lines (see :func:`trig_header`)."""
    name = ox.NamedNode(graph)
    text = ox.serialize((ox.Quad(t.subject, t.predicate, t.object, name) for t in triples),
                        format=ox.RdfFormat.TRIG, prefixes=file_prefixes())
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and lines[start].startswith(b"@prefix "):
        start += 1
    return b"".join(lines[start:])


def block_quads(block: bytes) -> list:
    """The quads of a block :func:`trig_block` wrote."""
    return list(ox.parse(trig_header() + block, format=ox.RdfFormat.TRIG))


def block_graph(block: bytes) -> rdflib.Graph:
    """The triples of a block as an rdflib Graph (what pyshacl reads)."""
    lines = "".join(f"{ox.Triple(q.subject, q.predicate, q.object)} .\n" for q in block_quads(block))
    return rdflib.Graph().parse(data=lines, format="nt")


def write_trig(path: Path, blocks: Iterable[bytes]) -> Path:
    """graph.trig: the prefix lines, then the blocks in the order given, atomically."""
    def pieces() -> Iterable[bytes]:
        yield trig_header()
        yield from blocks

    return write_atomic_pieces(path, pieces(), durable=False)


def write_union_turtle(store_dir: Path, path: Path) -> Path:
    """graph.ttl: the union of the article graphs (the store's default graph), dumped by Oxigraph."""
    import gc

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    store = ox.Store.read_only(str(store_dir))
    try:
        store.dump(str(tmp), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=file_prefixes())
        os.replace(tmp, path)
    finally:
        del store
        gc.collect()
        tmp.unlink(missing_ok=True)
    return path


def oxigraph_triples(g: rdflib.Graph, terms: dict) -> list:
    """The triples of ``g`` as Oxigraph triples (what N-Triples out and in would give).

    ``terms`` caches converted IRIs across calls. A graph holding blank nodes
    goes through N-Triples, which keeps their labels.
    """
    from kg.drawing import to_oxigraph

    out = []
    for s, p, o in g:
        if isinstance(s, rdflib.BNode) or isinstance(o, rdflib.BNode):
            return list(ox.parse(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))
        out.append(ox.Triple(_ox_iri(s, terms), _ox_iri(p, terms),
                             _ox_iri(o, terms) if isinstance(o, rdflib.URIRef) else to_oxigraph(o)))
    return out


def _ox_iri(term, terms: dict):
    node = terms.get(term)
    if node is None:
        node = terms[term] = ox.NamedNode(str(term))
    return node
