"""Where a build's time goes after extraction: each serial stage's wall and CPU seconds, as shares.

Run: python tests/bench/bench_stages.py [--n 2000] [--jobs 2] [--no-html] [--serial-only DIR]

1. a full build of ``--n`` bench articles (make_corpus.py) into an empty folder;
2. the same build again into a copy of that folder's cache without its outputs
   (every article reused): the stages after extraction alone.

For each stage it prints wall seconds, CPU seconds of this process (all its
threads: Oxigraph loads outside the GIL), and the stage's share of the
serial part; the store load is split into its loads (named graphs and union)
and the rest of :func:`kg.bulkload.write_store` (compaction, count, graph.ttl).
CPU seconds are the figure to compare on a shared machine; the load average is
printed beside them. ``--serial-only DIR`` skips part 1 and reuses the cache of
the build in DIR.
"""
from __future__ import annotations

import argparse
import functools
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchutil import load_average, write_corpus

# the stages of kg.build._build_into, in order: (module, function, label)
STAGES = [("kg.build", "_ingest", "read + extract (reused here)"),
          ("kg.buildmerge", "scan_results", "scan cached results"),
          ("kg.build", "merge_keys", "merge entities"),
          ("kg.build", "merge_events", "merge events"),
          ("kg.graphfiles", "write_trig", "graph.trig (+ article checks)"),
          ("kg.store", "write_store", "store load (all)"),
          ("kg.bulkload", "load_pieces", "  of which: Oxigraph loads"),
          ("kg.build", "check_shapes", "SHACL"),
          ("kg.buildfolder", "write_manifest", "manifest")]


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    """User + system CPU seconds of this process (all threads) or of its waited-for children."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def timed(rows: list, label: str, f):
    """``f``, appending (label, wall, CPU) to ``rows`` at each call."""
    @functools.wraps(f)
    def g(*args, **kwargs):
        w0, c0 = time.perf_counter(), cpu_seconds()
        try:
            return f(*args, **kwargs)
        finally:
            rows.append((label, time.perf_counter() - w0, cpu_seconds() - c0))
    return g


def instrumented_build(corpus: Path, out: Path, jobs: int, html: bool) -> tuple[list, float, float, float, int]:
    """Build ``corpus`` into ``out`` with every stage timed: (rows, wall, CPU, children's CPU, quads)."""
    import importlib

    import kg.build

    rows: list = []
    originals = []
    for module, name, label in STAGES:
        mod = importlib.import_module(module)
        originals.append((mod, name, getattr(mod, name)))
        setattr(mod, name, timed(rows, label, getattr(mod, name)))
    try:
        w0, c0, k0 = time.perf_counter(), cpu_seconds(), cpu_seconds(resource.RUSAGE_CHILDREN)
        report = kg.build.build([corpus], out, jobs=jobs, html=html)
        wall, cpu = time.perf_counter() - w0, cpu_seconds() - c0
        children = cpu_seconds(resource.RUSAGE_CHILDREN) - k0
    finally:
        for mod, name, f in originals:
            setattr(mod, name, f)
    return rows, wall, cpu, children, report.quads


def print_rows(rows: list, wall: float, cpu: float) -> None:
    """Each stage's seconds and share of ``wall`` / ``cpu``."""
    order = {label: i for i, (_, _, label) in enumerate(STAGES)}
    for label, w, c in sorted(rows, key=lambda r: order[r[0]]):
        print(f"  {label:32s} wall {w:7.2f} s ({w / wall:6.1%})   CPU {c:7.2f} s ({c / max(cpu, 1e-9):6.1%})",
              flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000, help="bench articles to build")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-html", action="store_true", help="build without graph.html")
    ap.add_argument("--serial-only", type=Path, help="reuse the cache of the build in this folder")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-stages-"))
    html = not args.no_html
    try:
        corpus = tmp / "corpus.jsonl"
        write_corpus(args.n, corpus)
        full = args.serial_only
        if full is None:
            full = tmp / "full"
            print(f"full build of {args.n} articles, --jobs {args.jobs}; load average {load_average()}", flush=True)
            rows, wall, cpu, children, quads = instrumented_build(corpus, full, args.jobs, html)
            print(f"  total wall {wall:.1f} s; CPU {cpu:.1f} s here + {children:.1f} s in child processes; "
                  f"{quads} quads; load average {load_average()}", flush=True)
            print_rows(rows, wall, cpu)
        again = tmp / "again"
        again.mkdir()
        shutil.copytree(full / "cache", again / "cache")
        print(f"stages after extraction (every article reused); load average {load_average()}", flush=True)
        rows, wall, cpu, children, quads = instrumented_build(corpus, again, args.jobs, html)
        print(f"  total wall {wall:.1f} s; CPU {cpu:.1f} s here + {children:.1f} s in child processes "
              f"(graph.html); {quads} quads, {quads / max(cpu, 1e-9):,.0f} per CPU second; "
              f"load average {load_average()}", flush=True)
        print_rows(rows, wall, cpu)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
