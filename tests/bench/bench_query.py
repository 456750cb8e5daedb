"""Each query of ontology/queries/ on the Oxigraph store vs rdflib's in-memory Dataset of the same quads.

Run: python tests/bench/bench_query.py DIR [--repeat 5]   (DIR: a build folder, e.g. of make_corpus.py 1000)

Prints the median time of each query on both and the ratio rdflib / store.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import rdflib

from kg.rdf import ontology_path
from kg.store import open_store, prefix_block, run_query


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    store = open_store(args.out / "store")
    t0 = time.perf_counter()
    # the same quads in rdflib's memory store; the default graph is their union, as in the store
    graph = rdflib.Dataset(default_union=True)
    graph.parse(args.out / "graph.trig", format="trig")
    print(f"{len(store)} quads in the store; rdflib in-memory Dataset loaded in "
          f"{time.perf_counter() - t0:.1f} s", flush=True)
    print(f"{'query':28} {'store ms':>10} {'rdflib ms':>10} {'ratio':>7}")
    for path in sorted(Path(ontology_path("queries")).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        st = median_time(lambda: run_query(store, text), args.repeat)
        q = prefix_block(text) + text
        rt = median_time(lambda: list(graph.query(q)), args.repeat)
        print(f"{path.stem:28} {st * 1000:10.1f} {rt * 1000:10.1f} {rt / st:6.1f}x", flush=True)


if __name__ == "__main__":
    main()
