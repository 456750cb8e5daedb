"""Incremental ingest: a rebuild with nothing new, and +100 articles, as % of the full build.

Run: python tests/bench/bench_incremental.py [--n 1000] [--add 100]

Builds N articles into a fresh folder (the full build), then rebuilds the same
input (nothing new), then adds ``--add`` new articles; prints each time and its
share of the full build, and the extraction-only cost of the added articles
(a clean build of just them) for comparison.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from benchutil import HERE, kg_cmd, run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--add", type=int, default=100)
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from make_corpus import corpus

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-inc-"))
    try:
        records = corpus(args.n + args.add)
        base, extra = tmp / "base.jsonl", tmp / "extra.jsonl"
        base.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:args.n]), encoding="utf-8")
        extra.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[args.n:]), encoding="utf-8")
        out = tmp / "out"
        cmd = kg_cmd() + ["build", "--no-html", "-q", "--out", str(out)]
        full, _ = run(cmd + [str(base)])
        print(f"full build of {args.n}: {full:.1f} s", flush=True)
        noop, _ = run(cmd + [str(base)])
        print(f"rebuild, nothing new: {noop:.2f} s = {100 * noop / full:.1f} % of the full build", flush=True)
        add, _ = run(cmd + [str(extra)])
        alone, _ = run(kg_cmd() + ["build", "--no-html", "-q", "--out", str(tmp / "alone"), str(extra)])
        print(f"+{args.add} articles: {add:.1f} s = {100 * add / full:.1f} % of the full build; "
              f"a clean build of just them: {alone:.1f} s; overhead beyond that: "
              f"{100 * (add - alone) / full:.1f} % of the full build", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
