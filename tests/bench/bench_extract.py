"""Per-article extraction throughput beside ``underthesea.ner()``, in one process.

    python tests/bench/bench_extract.py [PATH ...] [--repeat R] [--no-crf] [--profile OUT.txt]

PATHs default to the shared articles (``../shared/corpus``: seed.txt, dev/,
dev-en/) when they are there, else to kg's sample corpus. After a warm-up
article, times ``annotate → extract → resolve_article → article_graph`` for
every article (R rounds), then ``underthesea.ner()`` over the same articles'
non-empty lines, and prints the syllables/s of each and their ratio (issue
11's target: ≥ 5×). Syllables are whitespace-separated tokens. Both run in the
same process, one after the other, and are timed in CPU seconds of this
process (``time.process_time``), so other busy processes on the machine
disturb the ratio less; repeat to see the noise. ``--profile`` writes a cProfile listing (top 40 by own time)
of the kg side.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.article import Article
from kg.corpus import iter_articles, sample_corpus_dir

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus"


def default_paths() -> list[Path]:
    """The shared articles when present, else the sample corpus."""
    shared = [SHARED / "seed.txt", SHARED / "dev", SHARED / "dev-en"]
    return [p for p in shared if p.exists()] or [sample_corpus_dir()]


def syllables(text: str) -> int:
    return len(text.split())


def run_kg(articles: list[Article], use_crf: bool) -> None:
    """annotate + extract + resolve + article graph, one article at a time."""
    import kg.nlp
    from kg import rdf
    from kg.extract import extract
    from kg.resolve import resolve_article

    for a in articles:
        lang = a.lang if a.lang in kg.nlp.SUPPORTED_LANGS else "vi"
        doc = kg.nlp.annotate(kg.nlp.load(lang, use_crf=use_crf), a.text, a.published)
        rdf.article_graph(resolve_article(extract(a, doc)), {})


def run_underthesea(lines: list[str]) -> None:
    from underthesea import ner

    for line in lines:
        ner(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-crf", action="store_true")
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args()
    articles = [a for a in iter_articles(args.paths or default_paths()) if isinstance(a, Article)]
    articles = articles * args.repeat
    lines = [ln for a in articles for ln in a.text.splitlines() if ln.strip()]
    n = sum(syllables(a.text) for a in articles)
    print(f"{len(articles)} articles ({args.repeat} rounds), {len(lines)} lines, {n} syllables")
    # Warm-up: load both pipelines and underthesea's models outside the timing.
    run_kg([Article(id="warm", text="Tổng Bí thư Tô Lâm dự Diễn đàn tại Hà Nội."),
            Article(id="warm-en", text="Prime Minister Pham Minh Chinh visited Japan.", lang="en")],
           use_crf=not args.no_crf)
    run_underthesea(["Tổng Bí thư Tô Lâm dự Diễn đàn tại Hà Nội."])
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        t0 = time.process_time()
        prof.runcall(run_kg, articles, not args.no_crf)
        t_kg = time.process_time() - t0
        with args.profile.open("w") as fh:
            pstats.Stats(prof, stream=fh).sort_stats("tottime").print_stats(40)
            pstats.Stats(prof, stream=fh).sort_stats("cumulative").print_stats(40)
        print(f"(profiled: kg time includes cProfile's overhead; listing in {args.profile})")
    else:
        t0 = time.process_time()
        run_kg(articles, not args.no_crf)
        t_kg = time.process_time() - t0
    t0 = time.process_time()
    run_underthesea(lines)
    t_ut = time.process_time() - t0
    print(f"kg (annotate+extract+resolve+graph): {t_kg:6.2f} s, {n / t_kg:8.0f} syllables/s")
    print(f"underthesea.ner() on the same lines: {t_ut:6.2f} s, {n / t_ut:8.0f} syllables/s")
    print(f"ratio kg / underthesea.ner(): {t_ut / t_kg:.2f}x (target >= 5x)")


if __name__ == "__main__":
    main()
