"""How long graph.html takes to open and settle in headless Chromium, offline.

Run: python tests/bench/bench_page.py DIR [--repeat 3]   (DIR: a build folder)

Prints the page's size, the entities drawn and held for search, and the median
time from navigation to ``window.kgReady`` (the layout settled), with every
non-file request aborted. The issue's target at 10,000 articles: ≤ 2 s.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    page_file = args.out / "graph.html"
    if not page_file.is_file():
        sys.exit(f"bench_page: no graph.html in {args.out}")
    sys.path.insert(0, str(ROOT / "tests"))
    from browser_support import ARGS, CHROMIUM
    from playwright.sync_api import sync_playwright

    times: list[float] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        for _ in range(args.repeat):
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
            t0 = time.perf_counter()
            page.goto(page_file.as_uri())
            page.wait_for_function("window.kgReady === true", timeout=120_000, polling=20)
            times.append(time.perf_counter() - t0)
            counts = page.evaluate("[window.kgData.nodes.length, window.kgData.extra.nodes.length,"
                                   " window.kgData.edges.length, window.kgData.extra.links.length]")
            page.close()
        browser.close()
    print(f"graph.html {page_file.stat().st_size / 1e6:.1f} MB: {counts[0]} entities drawn, {counts[1]} more "
          f"for search; {counts[2]} + {counts[3]} edges; open and settle: median {statistics.median(times):.2f} s "
          f"of {len(times)} (target ≤ 2 s)")


if __name__ == "__main__":
    main()
