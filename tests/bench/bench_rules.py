"""CPU per article of the rules alone (``kg.nlp.annotate`` + ``kg.extract.extract``), and a dump to
compare two versions' results.

    python tests/bench/bench_rules.py PATH [PATH ...] [--dump OUT.txt] [--graphs]

PATHs are article files or folders, as for ``kg build`` (for the bench corpus:
``python tests/bench/make_corpus.py 200 c200.jsonl``). After a warm-up on two
short sentences (not on the measured articles: the per-line memos would make
them cheaper), annotates and extracts every article once, in this process,
and prints the CPU milliseconds per article (``time.process_time``: other
busy processes disturb it less than wall time; repeat in fresh processes and
alternate the versions compared). ``--dump`` writes every article's sentences,
mentions, relations, quotes, titles and dates (and with ``--graphs`` its
article graph as sorted N-Triples), so that two versions can be compared with
``cmp``: a speed-up of the rules must leave this file byte-identical.
``--digests OUT.json`` writes one SHA-256 per article of that dump (graphs
included) and of the article's TriG block and SHACL check as the workers make
them (:func:`kg.render.prerender`): run it on the code before and after a
speed change and compare the two files with ``cmp``.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import time
from pathlib import Path

import kg.nlp
from kg.article import Article
from kg.corpus import iter_articles
from kg.extract import Extraction, extract

WARM_UP = [Article(id="warm", text="Tổng Bí thư Tô Lâm dự Diễn đàn tại Hà Nội."),
           Article(id="warm-en", text="Prime Minister Pham Minh Chinh visited Japan.", lang="en")]


def run(articles: list[Article]) -> list[Extraction]:
    """annotate + extract, one article at a time."""
    out = []
    for a in articles:
        lang = a.lang if a.lang in kg.nlp.SUPPORTED_LANGS else "vi"
        out.append(extract(a, kg.nlp.annotate(kg.nlp.load(lang), a.text, a.published)))
    return out


def dump(path: Path, extractions: list[Extraction], graphs: bool) -> None:
    """What the rules found, article by article, in a form ``cmp`` can compare."""
    with path.open("w", encoding="utf-8") as fh:
        for ex in extractions:
            _dump_one(fh, ex, graphs)


def _dump_one(fh, ex: Extraction, graphs: bool) -> None:
    from kg import rdf
    from kg.resolve import resolve_article

    fh.write(f"== {ex.article.id}\nS {ex.sentences}\n")
    fh.writelines(f"M {m!r}\n" for m in ex.mentions)
    fh.writelines(f"R {r!r}\n" for r in ex.relations)
    fh.writelines(f"Q {q!r}\n" for q in ex.quotes)
    fh.write(f"T {ex.titles}\nD {ex.dates}\n")
    if graphs:
        nt = rdf.article_graph(resolve_article(ex), {}).serialize(format="nt")
        fh.writelines(f"G {line}\n" for line in sorted(nt.splitlines()))


def digests(articles: list[Article]) -> dict[str, str]:
    """One SHA-256 per article of its dump (graph included), its TriG block and its SHACL check."""
    from kg.render import prerender
    from kg.resolve import resolve_article

    out = {}
    for ex in run(articles):
        fh = io.StringIO()
        _dump_one(fh, ex, graphs=True)
        pre = prerender(resolve_article(ex), options="speed", validate=True)
        data = fh.getvalue().encode("utf-8") + pre.block + repr(pre.check).encode("utf-8")
        out[ex.article.id] = hashlib.sha256(data).hexdigest()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--graphs", action="store_true", help="also dump each article's graph (slower)")
    ap.add_argument("--digests", type=Path, help="write each article's output digest (JSON) here")
    args = ap.parse_args()
    articles = [a for a in iter_articles(args.paths) if isinstance(a, Article)]
    run(WARM_UP)
    t0 = time.process_time()
    extractions = run(articles)
    cpu = time.process_time() - t0
    print(f"{len(articles)} articles: annotate + extract {1000 * cpu / max(1, len(articles)):.1f} ms CPU per article")
    if args.dump:
        dump(args.dump, extractions, args.graphs)
    if args.digests:
        args.digests.write_text(json.dumps(digests(articles), indent=0, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
