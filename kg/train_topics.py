"""Training and cross-validating the learned English field model (:mod:`kg.nlp.recognizers.learned_topics_en`).

The training data are the English gold articles of ``tests/data/tune-en`` (the held-out sets are never read).
Each article is built with the model off; its lower-case phrases (:func:`learned_topics_en.article_phrases`) are
labelled positive when a gold Topic has the phrase as its name or an alias (case and spacing ignored, as the scorer
does), and marked *covered* when the rules already name a Topic so. The model is fitted on the phrases the rules
did not cover (what it sees at run time: no other candidate stands there), and what it would add is scored on them,
by k-fold cross-validation over the articles: each
fold is predicted by a model trained on the others, and the threshold kept is the one with the most right
additions among those whose additions are right at least :data:`MIN_PRECISION` of the time (so that Topic
precision does not fall). The model is shipped enabled only when such a threshold adds at least
:data:`MIN_GAIN` right Topics.

Run: ``python -m kg.train_topics [--folds 5] [--write]``.
"""
from __future__ import annotations

import argparse
import json
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.nlp.recognizers import learned_topics_en as L
from kg.train_relations import fit

REPO = Path(__file__).resolve().parent.parent
TUNE_EN = REPO / "tests" / "data" / "tune-en"
MIN_PRECISION = 0.75
MIN_GAIN = 10
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14)) + (0.98, 0.99)


@dataclass
class ArticleTopics:
    """One gold article's phrases: features, labels, and whether the rules already name them a Topic."""

    id: str
    rows: list[tuple[str, ...]]
    keys: list[str]
    gold_of: list[str | None]  # the gold Topic a phrase names, or None
    covered: list[bool]
    missed: set[str]  # gold Topics the rules did not find


def article_topics(path: Path) -> ArticleTopics:
    """Build one gold article with the model off and label its phrases."""
    from kg import rdf
    from kg.build import analyze_article
    from kg.evaluate import gold_article, label_key, match_entities, predicted

    gold, article = gold_article(path)
    saved = L.FORCE
    L.FORCE = False
    try:
        res = analyze_article(article)
    finally:
        L.FORCE = saved
    ents, _ = predicted(rdf.article_graph(res))
    match = match_entities(gold, ents)
    found = {match[i] for i, e in ents.items() if "Topic" in e["types"] and i in match}
    pred_keys = {k for e in ents.values() if "Topic" in e["types"] for k in e["labels"]}
    gold_keys = {label_key(a): g["name"] for g in gold["entities"] if g["type"] == "Topic"
                 for a in [g["name"]] + g.get("aliases", [])}
    missed = {g["name"] for g in gold["entities"] if g["type"] == "Topic"} - found
    rows, keys, gold_of, covered = [], [], [], []
    for ph, feats in L.article_phrases(article.text):
        key = label_key(" ".join(ph.words))
        rows.append(tuple(feats))
        keys.append(key)
        gold_of.append(gold_keys.get(key))
        covered.append(key in pred_keys)
    return ArticleTopics(article.id, rows, keys, gold_of, covered, missed)


def load(paths: list[Path], cache: Path | None = None) -> list[ArticleTopics]:
    """Every article of ``paths`` built and labelled (cached in ``cache`` where given)."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    out = [article_topics(p) for p in paths]
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def _score(weights: dict[str, float], row: tuple[str, ...]) -> float:
    z = sum(weights.get(f, 0.0) for f in row)
    return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))


def residual(data: list[ArticleTopics]) -> tuple[list[tuple[str, ...]], list[int]]:
    """The rows and labels of the phrases the rules did not cover."""
    rows, y = [], []
    for a in data:
        for r, g, c in zip(a.rows, a.gold_of, a.covered):
            if not c:
                rows.append(r)
                y.append(int(g is not None))
    return rows, y


def cross_validate(data: list[ArticleTopics], folds: int = 5, l2: float = 3.0) -> dict[float, dict[str, float]]:
    """Right and wrong additions per threshold, pooled over ``folds`` folds of articles (a fold's articles
    predicted by a model trained on the others). An addition is right when it names a gold Topic the rules
    missed (each gold Topic counted once per article)."""
    stats = {t: {"right": 0, "wrong": 0} for t in THRESHOLDS}
    for k in range(folds):
        train = [a for i, a in enumerate(data) if i % folds != k]
        w = fit(*residual(train), l2=l2, min_count=3)
        for a in (a for i, a in enumerate(data) if i % folds == k):
            probs = [(_score(w, r), g) for r, g, c in zip(a.rows, a.gold_of, a.covered) if not c]
            for t in THRESHOLDS:
                names = {g for p, g in probs if p >= t and g is not None}
                stats[t]["right"] += len(names & a.missed)
                stats[t]["wrong"] += sum(1 for p, g in probs if p >= t and g is None)
    return {t: s | {"precision": s["right"] / max(1, s["right"] + s["wrong"])} for t, s in stats.items()}


def choose(stats: dict[float, dict[str, float]]) -> tuple[float, bool]:
    """The threshold with the most right additions at :data:`MIN_PRECISION` or better, and whether to enable."""
    ok = [(s["right"], t) for t, s in stats.items() if s["precision"] >= MIN_PRECISION]
    if not ok:
        return max(THRESHOLDS), False
    right, t = max(ok)
    return t, right >= MIN_GAIN


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--write", action="store_true", help="write the model to " + str(L.MODEL_PATH))
    args = ap.parse_args(argv)
    data = load(sorted(TUNE_EN.glob("*.gold.json")), args.cache)
    stats = cross_validate(data, args.folds, args.l2)
    missed = sum(len(a.missed) for a in data)
    for t, s in stats.items():
        print(f"threshold {t:.2f}: right {s['right']:4d} wrong {s['wrong']:5d} precision {s['precision']:.3f}"
              f" (of {missed} missed)")
    threshold, enabled = choose(stats)
    print(f"chosen {threshold} enabled {enabled}")
    if args.write:
        w = fit(*residual(data), l2=args.l2, min_count=3)
        L.MODEL_PATH.write_text(json.dumps({"threshold": threshold, "enabled": enabled, "folds": args.folds,
                                            "cv": {str(t): s for t, s in stats.items()}, "weights": w},
                                           ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
