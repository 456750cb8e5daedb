"""Load test of `kg serve` on loopback: N clients × S seconds of the example queries.

Builds the bundled sample corpus (or serves --out DIR), starts `kg serve` as its
own process, runs the closed-loop load (every client POSTs the queries of
ontology/queries/ in turn, a new connection per request) and prints the success
rate, connection errors and p50/p95/p99 latency. Then sends one runaway query
and prints the server's memory (server + workers, from /proc) before, at its
peak and after the 503. Exit status 1 when fewer than 99 % were answered 200,
a connection failed, or memory was not back within 5 s.

    python tests/bench/load_serve.py                 # 50 clients × 30 s
    python tests/bench/load_serve.py --clients 20 --seconds 5
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from serve_support import example_queries, one_request, run_load, start_server, tree_rss_mb  # noqa: E402

RUNAWAY = "SELECT * WHERE {?a ?b ?c . ?d ?e ?f . ?g ?h ?i} ORDER BY ?f LIMIT 1"


def runaway(url: str, pid: int, timeout: float) -> tuple[float, float, float, float | None, int]:
    """(baseline MB, peak MB, seconds to the answer, seconds until memory was back, status)."""
    baseline = tree_rss_mb(pid)
    box: dict[str, tuple[int, dict[str, str]]] = {}
    thread = threading.Thread(target=lambda: box.update(answer=one_request(url, RUNAWAY)))
    t0 = time.monotonic()
    thread.start()
    peak = baseline
    while thread.is_alive():
        peak = max(peak, tree_rss_mb(pid))
        time.sleep(0.05)
    answered = time.monotonic() - t0
    back = None
    while time.monotonic() - t0 - answered < 5:
        if tree_rss_mb(pid) <= baseline + 100:
            back = time.monotonic() - t0 - answered
            break
        time.sleep(0.05)
    return baseline, peak, answered, back, box["answer"][0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--out", type=Path, help="a build folder to serve (default: build the sample corpus)")
    ap.add_argument("--timeout", type=float, default=5, help="--timeout of the server for the runaway query "
                                                             "(the load runs with the defaults)")
    ap.add_argument("--max-memory", type=int, default=1024)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        out = args.out
        if out is None:
            from kg.build import build
            from kg.corpus import sample_corpus_dir

            out = Path(tmp) / "build"
            build([sample_corpus_dir()], out, html=False)
        server = start_server(out, Path(tmp) / "serve.log")  # the default limits
        try:
            queries = [q for _, q in example_queries()]
            print(f"load: {args.clients} clients × {args.seconds:g} s, {len(queries)} example queries, "
                  f"server {server.url} (pid {server.proc.pid})")
            report = run_load(server.url, args.clients, args.seconds, queries)
            print(report.summary())
            print(f"throughput {report.total / args.seconds:.1f} requests/s")
        finally:
            server.stop()
        server = start_server(out, Path(tmp) / "serve-runaway.log", "--timeout", str(args.timeout),
                              "--max-memory", str(args.max_memory))
        try:
            base, peak, answered, back, status = runaway(server.url, server.proc.pid, args.timeout)
            print(f"runaway query: HTTP {status} after {answered:.2f} s (--timeout {args.timeout:g}); "
                  f"server + workers RSS {base:.0f} MB before, {peak:.0f} MB at peak "
                  f"(--max-memory {args.max_memory} MB per worker), "
                  + (f"back under {base + 100:.0f} MB {back:.2f} s after the answer" if back is not None
                     else "NOT back within 5 s"))
            status_after = one_request(server.url, queries[0])[0]
            print(f"next query: HTTP {status_after}")
        finally:
            server.stop()
    ok = (report.ok_share >= 0.99 and not report.errors and back is not None and status == 503
          and status_after == 200)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
