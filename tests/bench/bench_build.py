"""Build throughput, parallel speed-up and scale, each printed as a ratio to its peer.

Run: python tests/bench/bench_build.py [--n 300] [--sizes 1000,5000,10000] [--no-ner]

1. ``kg build --jobs 1`` vs ``underthesea.ner()`` on the same lines (syllables/s, side by side);
2. ``kg build --jobs 2`` vs ``--jobs 1`` on the same corpus;
3. a full default build (``--jobs`` = cores, graph.html included) of each size: time,
   articles/s, peak RSS. ``--n 0`` runs only this part.

Every build starts from an empty --out (no cache). Corpora come from make_corpus.py.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from benchutil import kg_cmd, load_average, run, run_cpu, write_corpus

NER = """
import json, sys
from underthesea import ner
ner("Hà Nội")  # load the model before the clock starts counting lines
for line in open(sys.argv[1], encoding="utf-8"):
    for part in json.loads(line)["text"].split("\\n"):
        if part.strip():
            ner(part)
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300, help="articles for the throughput comparisons")
    ap.add_argument("--sizes", default="1000", help="comma-separated corpus sizes for the scale runs")
    ap.add_argument("--no-ner", action="store_true", help="skip the underthesea comparison")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        if args.n:
            throughput(tmp, args.n, args.no_ner)
        for n in [int(x) for x in args.sizes.split(",") if x]:
            big = tmp / f"corpus-{n}.jsonl"
            syl_n = write_corpus(n, big)
            out = tmp / f"out-{n}"
            before = load_average()
            t, rss = run(kg_cmd() + ["build", str(big), "--out", str(out), "-q"])
            print(f"N={n:>6}: full build {t:7.1f} s  {n / t:6.1f} articles/s  {syl_n / t:8.0f} syllables/s  "
                  f"peak RSS {rss:6.0f} MB  graph.html {(out / 'graph.html').stat().st_size / 1e6:.1f} MB  "
                  f"load average {before} -> {load_average()}", flush=True)
            shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def throughput(tmp: Path, n: int, no_ner: bool) -> None:
    """Parts 1 and 2: ``--jobs 1`` against underthesea, ``--jobs 2`` against ``--jobs 1``."""
    corpus = tmp / "corpus.jsonl"
    syl = write_corpus(n, corpus)
    print(f"corpus: {n} articles, {syl} syllables, {corpus.stat().st_size / 1e6:.1f} MB", flush=True)
    build = kg_cmd() + ["build", str(corpus), "--no-html", "-q"]
    print(f"load average before: {load_average()}", flush=True)
    t1, rss1, cpu1 = run_cpu(build + ["--out", str(tmp / "j1"), "--jobs", "1"])
    print(f"kg build --jobs 1: {t1:7.1f} s  {syl / t1:8.0f} syllables/s  peak {rss1:6.0f} MB  "
          f"CPU {cpu1:6.1f} s", flush=True)
    if not no_ner:
        tn, rssn, cpun = run_cpu([sys.executable, "-c", NER, str(corpus)])
        print(f"underthesea.ner(): {tn:7.1f} s  {syl / tn:8.0f} syllables/s  peak {rssn:6.0f} MB  "
              f"CPU {cpun:6.1f} s", flush=True)
        print(f"ratio kg --jobs 1 / underthesea.ner() (syllables/s): {tn / t1:.2f}x", flush=True)
    t2, rss2, cpu2 = run_cpu(build + ["--out", str(tmp / "j2"), "--jobs", "2"])
    print(f"kg build --jobs 2: {t2:7.1f} s  {syl / t2:8.0f} syllables/s  peak {rss2:6.0f} MB "
          f"(largest process)  CPU {cpu2:6.1f} s (all processes)", flush=True)
    print(f"ratio --jobs 2 / --jobs 1 (speed): {t1 / t2:.2f}x", flush=True)
    same = (tmp / "j1" / "graph.trig").read_bytes() == (tmp / "j2" / "graph.trig").read_bytes()
    print(f"graph.trig identical for --jobs 1 and 2: {same}", flush=True)
    print(f"load average after: {load_average()}", flush=True)

if __name__ == "__main__":
    main()
