"""Update a build's store article by article instead of loading it again.

A build that adds 100 articles to 10,000 changes a few hundred named graphs
(the new ones, and the old ones whose entities the new articles renamed).
:func:`update_store` copies the previous store (an Oxigraph backup: hard links,
no bytes copied), drops the graphs that went or changed, adds the new ones,
and keeps the default graph the union of the named graphs (what
:func:`kg.bulkload.materialise_union` makes in a full load): a triple leaves the
union only when no named graph holds it any more. The result holds the same
quads as a store loaded from the whole build's TriG.
"""
from __future__ import annotations

import gc
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg.graphfiles import block_quads
from kg.store import switch_into_place

# Above this share of the articles changed, loading everything is cheaper than updating.
MAX_CHANGED_SHARE = 0.5
BULK_BATCH = 500_000  # quads an update adds to the store at once (:func:`update_store`)
ADDED_KEPT = 1_000_000  # union triples an update lists for graph.ttl (:func:`kg.graphfiles.extend_union_turtle`)
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@dataclass
class StoreChange:
    """What :func:`update_store` changed in the union (Oxigraph terms) and in the named graphs."""

    predicates: dict = field(default_factory=dict)  # subject whose union triples changed → their predicates (IRIs)
    retyped: set = field(default_factory=set)  # those subjects whose rdf:type triples changed
    gained: int = 0  # quads the named graphs gained (negative: lost)
    graphs: list = field(default_factory=list)  # the names (IRIs) of the graphs added
    shrank: bool = False  # whether a triple left the union
    added: list | None = field(default_factory=list)  # the quads the union gained (None: over ADDED_KEPT)

    @property
    def touched(self) -> set:
        """The subjects whose union triples changed."""
        return set(self.predicates)

    def note(self, triple) -> None:
        self.predicates.setdefault(triple.subject, set()).add(triple.predicate.value)
        if triple.predicate == RDF_TYPE:
            self.retyped.add(triple.subject)

    def keep_added(self, quads: list) -> None:
        """List ``quads`` (in the default graph) as gained by the union, until more than :data:`ADDED_KEPT` are."""
        if self.added is not None:
            self.added.extend(quads)
            if len(self.added) > ADDED_KEPT:
                self.added = None

    def touched_through(self, predicates: frozenset[str] | None) -> set:
        """The touched subjects with a change in one of ``predicates`` (None: any): a check that
        reads only those predicates needs to see no other subject again."""
        if predicates is None:
            return self.touched
        return {s for s, changed in self.predicates.items() if not changed.isdisjoint(predicates)}


def update_store(previous: Path, store_dir: Path, drop: Iterable[str], add: Iterable[bytes]) -> StoreChange:
    """Write into ``store_dir`` the store ``previous`` with the named graphs ``drop`` removed
    and the graphs of ``add`` (TriG blocks, :func:`kg.graphfiles.trig_block`) inserted.

    A graph both dropped and added is replaced. ``store_dir`` appears whole or
    not at all (built in a sibling temp folder, then renamed). Returns what
    changed (:class:`StoreChange`).
    """
    store_dir = Path(store_dir)
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.new-", dir=store_dir.parent))
    tmp.rmdir()  # the backup makes it
    try:
        source = ox.Store.read_only(str(previous))
        source.backup(str(tmp))
        del source
        store = ox.Store(str(tmp))
        default = ox.DefaultGraph()
        gone: set[ox.Triple] = set()
        change = StoreChange()
        for name in drop:
            graph = ox.NamedNode(name)
            triples = [ox.Triple(q.subject, q.predicate, q.object)
                       for q in store.quads_for_pattern(None, None, None, graph)]
            change.gained -= len(triples)
            gone.update(triples)
            store.remove_graph(graph)
        # the added quads go in by bulk_extend, a batch at a time: written as sorted files, without the
        # transaction's read of every index entry (the store is a copy nobody reads before it is switched in);
        # ``pending``, the union quads of the batch not yet in the store
        batch: list = []
        pending: set = set()
        for block in add:
            named = block_quads(block)
            change.gained += len(named)
            change.graphs.extend(sorted({q.graph_name.value for q in named}))
            union = []
            for q in named:
                in_union = ox.Quad(q.subject, q.predicate, q.object, default)
                if in_union not in pending and in_union not in store:
                    union.append(in_union)
                    pending.add(in_union)
                    change.note(q)
                gone.discard(ox.Triple(q.subject, q.predicate, q.object))
            batch += named
            batch += union
            change.keep_added(union)
            if len(batch) >= BULK_BATCH:
                store.bulk_extend(batch)
                batch, pending = [], set()
        if batch:
            store.bulk_extend(batch)
        del batch, pending
        for t in gone:  # in the union still, unless no named graph holds it now
            if _article_local(t.subject) or not any(
                    not isinstance(q.graph_name, ox.DefaultGraph)
                    for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None)):
                store.remove(ox.Quad(t.subject, t.predicate, t.object, default))
                change.note(t)
                change.shrank = True
        store.flush()
        del store  # RocksDB keeps its lock until the Store object is collected
        gc.collect()
    except BaseException:
        gc.collect()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    switch_into_place(tmp, store_dir)
    return change


def _article_local(node) -> bool:
    """A mention, sentence, assertion … of one article: its IRI names the article, so no other graph holds it."""
    from kg.rdf import ARTICLE_LOCAL_PREFIXES

    return isinstance(node, ox.NamedNode) and node.value.startswith(ARTICLE_LOCAL_PREFIXES)


def named_quads(store_dir: Path) -> int:
    """The number of quads in the store's named graphs (the article graphs, not their union)."""
    from kg.store import named_quads_of

    store = ox.Store.read_only(str(store_dir))
    try:
        return named_quads_of(store)
    finally:
        del store
        gc.collect()
