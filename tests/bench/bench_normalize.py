"""How much the text normaliser costs: the kg.nlp pipeline with and without it.

Run: ``python tests/bench/bench_normalize.py [FOLDER]`` (default: ../shared/corpus
when present, else the bundled sample). Prints ms per article for clean text
and for a messy copy (decomposed marks after the syllable, hard wraps,
zero-width and no-break characters), with and without ``kg_normalizer`` /
``kg_denormalizer``, and the ratios. Not a test: timings vary by machine.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import kg.nlp
from kg.nlp.normalize import normalize
from kg.textutil import tone_last

ROOT = Path(__file__).resolve().parents[2]


def texts(folder: Path) -> list[str]:
    files = sorted(folder.rglob("*.txt")) or sorted(folder.rglob("*.md"))
    return [f.read_text(encoding="utf-8") for f in files]


def messy(text: str) -> str:
    """The same article as a PDF export might give it."""
    text = re.sub(r"\w+", lambda m: tone_last(m.group()), text)
    text = re.sub(r"(.{60,}?) ", lambda m: m.group(1) + "\n", text)
    return text.replace("Nguyễn ", "Nguyễn\u00a0").replace("ng", "n\u200bg")


def per_article(nlp, docs: list[str], repeat: int = 2) -> float:
    t0 = time.perf_counter()
    for _ in range(repeat):
        for d in docs:
            kg.nlp.annotate(nlp, d)
    return (time.perf_counter() - t0) / (repeat * len(docs)) * 1000


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    docs = texts(folder) if folder.exists() else texts(ROOT / "kg" / "data" / "sample")
    nlp = kg.nlp.load("vi")
    per_article(nlp, docs[:2], 1)  # warm caches and models
    t0 = time.perf_counter()
    for d in docs:
        normalize(d)
    print(f"{len(docs)} articles; normalize() alone: {(time.perf_counter() - t0) / len(docs) * 1000:.2f} ms/article")
    for name, batch in (("clean", docs), ("messy", [messy(d) for d in docs])):
        with_norm = without = 0.0
        for _ in range(3):  # alternate, so caches warm both the same
            with nlp.select_pipes(disable=["kg_normalizer", "kg_denormalizer"]):
                without += per_article(nlp, batch, 1)
            with_norm += per_article(nlp, batch, 1)
        print(f"{name}: pipeline {with_norm / 3:.1f} ms/article with the normaliser, {without / 3:.1f} without "
              f"(ratio {with_norm / without:.3f})")


if __name__ == "__main__":
    main()
