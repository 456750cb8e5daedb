"""Issue 10's acceptance figures on a generated news corpus (see make_news.py).

    python tests/bench/acceptance.py 500 42            # generate, build, analyse, measure
    python tests/bench/acceptance.py 500 42 --reuse    # measure an existing build of that corpus
    python tests/bench/acceptance.py 500 42 --screenshot docs/graph-large.png

Prints: build and analysis time, entities and the share with at least one link
(typed relation or co-mention; target ≥ 80 %), the top-10 PageRank entities and
how many of them are generic events, store and graph.trig size, the run time of
every example query (mentions included), and, with Chromium and Playwright,
whether graph.html's search finds every entity (and draws one it did not draw).
Figures, not pass/fail: speed targets live here, never in unit tests.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def du(path: Path) -> int:
    """Bytes under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def run(cmd: list[str]) -> float:
    t0 = time.monotonic()
    subprocess.run(cmd, check=True)
    return time.monotonic() - t0


def link_figures(out: Path) -> None:
    from kg.analyze import ANALYSIS_GRAPH, load_build
    from kg.entity_keys import is_generic_event
    from kg.projection import analysis_graph

    ds = load_build(out)
    pr = {str(s): float(o) for s, o in ds.graph(ANALYSIS_GRAPH).subject_objects(
        __import__("kg.rdf", fromlist=["KGO"]).KGO.pagerank)}
    ds.remove_graph(ANALYSIS_GRAPH)
    g = analysis_graph(ds)
    n = g.number_of_nodes()
    linked = sum(1 for x in g if g.degree(x) > 0)
    by_relation = sum(1 for x in g if any(g.edges[x, y]["kind"] == "relation" for y in g[x]))
    kinds = {"relation": 0, "co-mention": 0}
    for *_, d in g.edges(data=True):
        kinds[d["kind"]] += 1
    print(f"entities: {n}; with at least one link: {linked} ({100 * linked / max(n, 1):.1f} %); "
          f"with a typed relation: {by_relation} ({100 * by_relation / max(n, 1):.1f} %)")
    print(f"links: {kinds['relation']} typed-relation links, {kinds['co-mention']} co-mention-only links")
    top = sorted(pr, key=lambda x: (-pr[x], x))[:10]
    generic = [x for x in top if g.nodes[x]["type"] == "Event" and is_generic_event(g.nodes[x]["label"])]
    print("top 10 PageRank: " + "; ".join(f"{g.nodes[x]['label']} ({g.nodes[x]['type']}, {pr[x]:.4f})"
                                           for x in top))
    print(f"generic events in the top 10: {len(generic)}; events: "
          f"{sum(1 for x in top if g.nodes[x]['type'] == 'Event')}")
    mentions = sorted(g.nodes, key=lambda x: -g.nodes[x].get("mentions", 0))[:5]
    print("most mentioned: " + "; ".join(f"{g.nodes[x]['label']} ({g.nodes[x]['mentions']})" for x in mentions))


def query_times(out: Path) -> None:
    from kg.store import open_store, run_query

    store = open_store(out / "store")
    count = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value
    mentions = next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m a "
        "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase> } }")))["n"].value
    print(f"store: {du(out / 'store') / 1e6:.1f} MB, {count} quads, {mentions} mentions; "
          f"graph.trig {du(out / 'graph.trig') / 1e6:.1f} MB")
    for q in sorted((ROOT / "ontology" / "queries").glob("*.rq")):
        text = q.read_text(encoding="utf-8")
        if q.stem in ("articles_mentioning", "co_mentioned_with", "connected_to"):
            text = text.replace('"Nghị quyết 57"', '"Hà Nội"')
        t0 = time.monotonic()
        res = run_query(store, text)
        dt = time.monotonic() - t0
        rows = len(res.rows) if res.kind == "select" else len(res.triples)
        print(f"  {q.stem:24s} {dt * 1000:8.1f} ms  {rows:6d} rows")


def browser_figures(out: Path, screenshot: Path | None) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from browser_support import ARGS, CHROMIUM

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("graph.html: playwright missing, search not measured")
        return
    if not CHROMIUM.exists():
        print("graph.html: no Chromium, search not measured")
        return
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        page.goto((out / "graph.html").as_uri())
        page.wait_for_function("window.kgReady === true", timeout=60_000)
        found = page.evaluate("""() => {
            const d = window.kgData, all = d.nodes.concat(d.extra.nodes);
            let hit = 0, missed = [];
            for (const n of all) {
              const names = [n.label].concat(n.aliases);
              if (names.some(x => window.kgFindAll(x).includes(n.id))) hit++; else missed.push(n.label);
            }
            return {all: all.length, drawn: d.nodes.length, hit: hit, missed: missed.slice(0, 10),
                    visible: window.kgVisibleCount(), isolated: d.isolated};
        }""")
        print(f"graph.html: {found['drawn']} of {found['all']} entities drawn ({found['visible']} visible, "
              f"{found['isolated']} unlinked hidden); search finds {found['hit']} of {found['all']} by one of "
              f"their names (among the matches of a shared name)" + (f"; missed: {found['missed']}" if found["missed"] else ""))
        hidden = page.evaluate("window.kgData.extra.nodes.length ? window.kgData.extra.nodes[0].label : null")
        if hidden:
            page.fill("#kg-search", hidden)
            page.press("#kg-search", "Enter")
            print(f"  search for an undrawn entity ({hidden!r}): {page.inner_text('#kg-search-status')}")
            page.fill("#kg-search", "")
        if screenshot:
            page.evaluate("window.kgNetwork.fit()")
            page.wait_for_timeout(500)
            page.screenshot(path=str(screenshot))
            print(f"  screenshot → {screenshot}")
        browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("seed", type=int)
    ap.add_argument("--reuse", action="store_true", help="measure an existing build")
    ap.add_argument("--screenshot", type=Path)
    args = ap.parse_args()
    corpus = Path(f"/tmp/kg-news-{args.n}-{args.seed}")
    out = Path(f"/tmp/kg-news-{args.n}-{args.seed}-out")
    kg = str(Path(sys.executable).with_name("kg"))
    if not args.reuse:
        subprocess.run([sys.executable, str(HERE / "make_news.py"), str(args.n), str(args.seed),
                        "--out", str(corpus)], check=True)
        print(f"kg build: {run([kg, 'build', str(corpus), '--out', str(out), '--quiet']):.1f} s")
        print(f"kg analyze: {run([kg, 'analyze', str(out), '--quiet']):.1f} s")
    link_figures(out)
    query_times(out)
    browser_figures(out, args.screenshot)


if __name__ == "__main__":
    main()
