"""Time one-line articles of 10k, 20k and 40k characters through nlp → extract → resolve.

Run: python tests/bench/bench_long_lines.py [--crf/--no-crf]

Before the fix, underthesea got whole lines and the times grew about 4× per
doubling (12 / 45 / 153 s); fed bounded pieces, doubling the length should
about double the time (ratio ≈ 2). Prints each time and the ratios.
"""
from __future__ import annotations

import sys
import time

from kg.article import Article
from kg.build import analyze_article
from kg.corpus import iter_articles, sample_corpus_dir


def one_line(n: int) -> str:
    """``n`` characters of the Vietnamese sample articles on a single line."""
    texts = [a.text for a in iter_articles([sample_corpus_dir()]) if isinstance(a, Article) and a.lang == "vi"]
    unit = " ".join(" ".join(t.split()) for t in texts)
    return ((unit + " ") * (n // len(unit) + 1))[:n].rstrip()


def main() -> None:
    use_crf = "--no-crf" not in sys.argv
    analyze_article(Article(id="warm", text="Tổng Bí thư Tô Lâm dự Diễn đàn tại Hà Nội."), use_crf=use_crf)
    times = []
    for n in (10_000, 20_000, 40_000):
        text = one_line(n)
        assert "\n" not in text
        t0 = time.perf_counter()
        analyze_article(Article(id=f"line-{n}", text=text, published="2025-01-15"), use_crf=use_crf)
        times.append(time.perf_counter() - t0)
        print(f"{n:>6} chars on one line: {times[-1]:6.2f} s", flush=True)
    print(f"ratio 20k/10k: {times[1] / times[0]:.2f}, 40k/20k: {times[2] / times[1]:.2f} (2.0 = linear)")


if __name__ == "__main__":
    main()
