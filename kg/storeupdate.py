"""Update a build's store article by article instead of loading it again.

A build that adds 100 articles to 10,000 changes a few hundred named graphs
(the new ones, and the old ones whose entities the new articles renamed).
:func:`update_store` copies the previous store (an Oxigraph backup: hard links,
no bytes copied), drops the graphs that went or changed, adds the new ones,
and keeps the default graph the union of the named graphs (what
:func:`kg.store.materialise_union` makes in a full load): a triple leaves the
union only when no named graph holds it any more. The result holds the same
quads as a store loaded from the whole build's TriG.
"""
from __future__ import annotations

import gc
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

# Above this share of the articles changed, loading everything is cheaper than updating.
MAX_CHANGED_SHARE = 0.5


def update_store(previous: Path, store_dir: Path, drop: Iterable[str],
                 add: Iterable[tuple[str, bytes]]) -> None:
    """Write into ``store_dir`` the store ``previous`` with the named graphs ``drop`` removed
    and ``add`` (graph IRI, its triples as N-Triples) inserted.

    A graph both dropped and added is replaced. ``store_dir`` appears whole or
    not at all (built in a sibling temp folder, then renamed).
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
        for name in drop:
            graph = ox.NamedNode(name)
            gone.update(ox.Triple(q.subject, q.predicate, q.object)
                        for q in store.quads_for_pattern(None, None, None, graph))
            store.remove_graph(graph)
        for name, data in add:
            graph = ox.NamedNode(name)
            quads = []
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
                quads.append(ox.Quad(t.subject, t.predicate, t.object, graph))
                quads.append(ox.Quad(t.subject, t.predicate, t.object, default))
                gone.discard(t)
            store.extend(quads)
        for t in gone:  # in the union still, unless no named graph holds it now
            if not any(not isinstance(q.graph_name, ox.DefaultGraph)
                       for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None)):
                store.remove(ox.Quad(t.subject, t.predicate, t.object, default))
        store.flush()
        del store  # RocksDB keeps its lock until the Store object is collected
        gc.collect()
    except BaseException:
        gc.collect()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old: Path | None = None
    if store_dir.exists():
        old = store_dir.parent / f".{store_dir.name}.old-{uuid.uuid4().hex}"
        store_dir.rename(old)
    tmp.rename(store_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
