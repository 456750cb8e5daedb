"""How often Python's cyclic garbage collector runs while kg does bulk work.

The collector runs a collection every 700 net allocations by default. While
extracting that is 2,500 collections and ~15 % of a build's CPU, walking spaCy
docs and models that reference counting frees anyway; while the article graphs
are written, thousands more, each walking the graphs made so far; while the
corpus is projected for a drawing (:mod:`kg.projection`, millions of small dicts,
lists and tuples), about a third of its time at 10,000 articles.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

GC_THRESHOLD = (50_000, 20, 10)  # allocations per young collection, and the older generations' ratios


@contextmanager
def fewer_collections(freeze: bool = True) -> Iterator[None]:
    """Collect cyclic garbage less often within the block; with ``freeze``, what is loaded already
    is not scanned either. The previous thresholds come back on exit."""
    old = gc.get_threshold()
    if freeze:
        gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if freeze:
            gc.unfreeze()
