"""Writing a build's graph files: graph.trig from per-article TriG blocks, graph.ttl from the store.

Each article's named graph is serialised once, as a TriG block (``<graph> {
… }``, no prefix lines), and kept in the build's cache (:mod:`kg.cache`);
graph.trig is the prefix lines followed by every block, so a build that adds
articles copies the unchanged blocks as bytes. graph.ttl is the union of the
article graphs, which the store holds in its default graph: Oxigraph dumps
it. Oxigraph writes both. A clean build and an incremental one write the same
bytes for the same graphs in graph.trig; an incremental build whose union only
grew appends the new triples to the previous graph.ttl
(:func:`extend_union_turtle`): the same graph, in other bytes.
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
    return quads_block(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)


def quads_block(quads: Iterable) -> bytes:
    """:func:`trig_block` of quads already in their graph (:func:`oxigraph_triples` with ``graph``)."""
    text = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=file_prefixes())
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


def write_union_turtle(store_dir: Path, path: Path, previous: tuple[Path, str] | None = None,
                       added: list | None = None) -> Path:
    """graph.ttl: the union of the article graphs (the store's default graph), dumped by Oxigraph;
    or, given the ``previous`` build's graph.ttl (path, SHA-256) and the triples ``added`` to its
    union, that file extended (:func:`extend_union_turtle`)."""
    import gc

    if previous is not None and added is not None and extend_union_turtle(*previous, added, path):
        return path
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


def extend_union_turtle(previous: Path, sha256: str, added: list, path: Path) -> bool:
    """Write graph.ttl of a build whose union only grew: the ``previous`` build's file, then the
    ``added`` triples (sorted) as a Turtle document of their own. False, writing nothing, when
    the previous file's content is not the one its build wrote (``sha256``).

    Turtle allows prefix lines anywhere, so the file stays one Turtle
    document: the same graph a clean build dumps (:func:`write_union_turtle`),
    in other bytes. Copying the file takes a second where the dump of a
    10,000-article union takes half a minute.
    """
    import hashlib

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    digest = hashlib.sha256()
    try:
        with open(previous, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 22):
                digest.update(chunk)
                dst.write(chunk)
            if digest.hexdigest() != sha256:
                return False
            if added:
                dst.write(ox.serialize(stored_triples(added), format=ox.RdfFormat.TURTLE, prefixes=file_prefixes()))
        os.replace(tmp, path)
        return True
    finally:
        tmp.unlink(missing_ok=True)


def stored_triples(triples: Iterable) -> list:
    """``triples`` (or quads) as an Oxigraph store gives them back, sorted: Oxigraph keeps a literal of a
    type derived from xsd:integer (``"17"^^xsd:nonNegativeInteger``) as an xsd:integer, so
    this is what its dump of the union holds."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    return sorted((ox.Triple(q.subject, q.predicate, q.object) for q in store), key=str)


def oxigraph_triples(g: rdflib.Graph | list[tuple], terms: dict, graph=None) -> list:
    """The triples of ``g`` as Oxigraph triples (what N-Triples out and in would give), or as
    quads in ``graph`` (an Oxigraph NamedNode) when it is given.

    ``terms`` caches converted IRIs and typed literals across calls (a literal of the
    article graphs is most often one of the shared offset terms of :mod:`kg.rdf`). A
    graph holding blank nodes goes through N-Triples, which keeps their labels. (Exact
    type tests first: ``isinstance`` on rdflib terms goes through abc checks, a third of
    the cost.)
    """
    from kg.drawing import to_oxigraph

    uri, literal, bnode = rdflib.URIRef, rdflib.Literal, rdflib.BNode
    triple, quad = ox.Triple, ox.Quad  # (a branch per triple costs less than a lambda's call)
    known = terms.get
    out = []
    append = out.append
    for s, p, o in g:
        kind = type(o)
        if (type(s) is not uri and isinstance(s, bnode)) or (
                kind is not uri and kind is not literal and isinstance(o, bnode)):
            found = _through_ntriples(g)
            return found if graph is None else [ox.Quad(t.subject, t.predicate, t.object, graph) for t in found]
        if kind is literal:
            if o.datatype is None:
                node = to_oxigraph(o)  # (plain text: most are new, hashing them costs more than it saves)
            else:
                node = known(o)
                if node is None:
                    node = terms[o] = to_oxigraph(o)
        elif kind is uri or isinstance(o, uri):
            node = known(o) or _ox_iri(o, terms)
        else:
            node = to_oxigraph(o)
        subject, predicate = known(s) or _ox_iri(s, terms), known(p) or _ox_iri(p, terms)
        append(triple(subject, predicate, node) if graph is None else quad(subject, predicate, node, graph))
    return out


def _through_ntriples(g: rdflib.Graph | list[tuple]) -> list:
    """The triples of ``g`` written as N-Triples by rdflib and read back by Oxigraph (blank node labels kept)."""
    from kg.rdf import triples_graph

    if not isinstance(g, rdflib.Graph):
        g = triples_graph(g)
    return list(ox.parse(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))


def _ox_iri(term, terms: dict):
    node = terms.get(term)
    if node is None:
        node = terms[term] = ox.NamedNode(str(term))
    return node
