"""Training and cross-validating the learned relation classifier (:mod:`kg.relations.learned`).

The training data are the gold articles (ANNOTATION.md): the shared seed and dev sets
(``../shared/corpus``) and the repository's ``tests/data/tune-vi`` and ``tune-en``. The
held-out sets (``tests/data/holdout*``) are never read here. Each article is built with the
classifier off; its candidate triples (:func:`kg.relations.learned.candidates`) are labelled by
matching the article's entities to the gold ones exactly as the scorer does
(:func:`kg.evaluate.match_entities`): a candidate is positive when its triple, in gold names,
is a gold relation.

The decision threshold is chosen by leave-one-set-out cross-validation: each set is
predicted by a model trained on the others, the relations each threshold would add are
scored against the gold, and the threshold with the best pooled relation F1 whose added
relations are right at least :data:`MIN_PRECISION` of the time is kept. The model is shipped
enabled only when that cross-validated F1 gain is at least :data:`MIN_F1_GAIN`, precision does
not fall by more than :data:`MAX_PRECISION_DROP` and no held-out set's F1 falls.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kg.relations import learned
from kg.relations.learned import Candidate, Model, candidates

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpus"
MIN_PRECISION = 0.8
MAX_PRECISION_DROP = 0.005
MIN_F1_GAIN = 0.002  # below this (about 2 relations in 1,000) a gain is noise, not a reason to switch it on
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14)) + (0.99,)  # 0.30 … 0.95, 0.99


def default_sets() -> dict[str, list[Path]]:
    """The training sets by name: the shared seed + dev, dev-en, and the repository's tune sets."""
    return {"dev": [SHARED / "seed.gold.json", SHARED / "dev"], "dev-en": [SHARED / "dev-en"],
            "tune-vi": [REPO / "tests" / "data" / "tune-vi"], "tune-en": [REPO / "tests" / "data" / "tune-en"]}


@dataclass
class ArticleData:
    """One gold article: its candidates, their labels, and the rules' own relation triples."""

    id: str
    set: str
    cands: list[Candidate]
    labels: list[int]
    known: list[bool]  # the rules already state the candidate's triple
    mapped: list[tuple]  # each candidate's triple in gold names
    pred: set = field(default_factory=set)  # the rules' relation triples, in gold names
    gold: set = field(default_factory=set)


def article_data(path: Path, set_name: str, use_crf: bool = True) -> ArticleData:
    """Build one gold article with the classifier off and label its candidates."""
    from kg import rdf
    from kg.build import analyze_article
    from kg.evaluate import gold_article, mapped_triple, match_entities, predicted, relation_triples

    gold, article = gold_article(path)
    saved = learned.FORCE
    learned.FORCE = False
    try:
        res = analyze_article(article, use_crf=use_crf)
    finally:
        learned.FORCE = saved
    ents, rels = predicted(rdf.article_graph(res))
    match = match_entities(gold, ents)
    pred, gold_rel = relation_triples(gold, rels, match)
    known = {(f.subject, f.predicate, f.obj) for f in res.facts if not f.literal}
    cands = candidates(res.extraction, res.entities, res.facts, include_known=True)
    mapped = [mapped_triple(match, rdf.entity_iri(c.subject), c.predicate, rdf.entity_iri(c.obj)) for c in cands]
    return ArticleData(article.id, set_name, cands, [int(t in gold_rel) for t in mapped],
                       [(c.subject, c.predicate, c.obj) in known for c in cands], mapped, pred, gold_rel)


def load_sets(sets: dict[str, list[Path]], use_crf: bool = True) -> list[ArticleData]:
    """Every gold article of ``sets``, built and labelled."""
    from kg.evaluate import gold_files

    out = []
    for name, dirs in sets.items():
        for path in gold_files([d for d in dirs if d.exists()]):
            out.append(article_data(path, name, use_crf))
    return out


# --------------------------------------------------------------------------- the model


def fit(rows: list[tuple[str, ...]], y: list[int], l2: float = 3.0, iterations: int = 300,
        min_count: int = 2, rate: float = 0.1) -> dict[str, float]:
    """Logistic-regression weights for sparse binary features, by full-batch Adam (deterministic).

    Features seen fewer than ``min_count`` times are dropped; ``l2`` is the Gaussian prior
    on the weights (summed loss + l2/2 · |w|²)."""
    counts = Counter(f for r in rows for f in set(r))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    if not vocab or not rows:
        return {}
    idx = [[vocab[f] for f in dict.fromkeys(r) if f in vocab] for r in rows]
    lengths = np.array([len(r) for r in idx], dtype=np.int64)
    keep = lengths > 0
    indices = np.array([i for r in idx for i in r], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    target = np.array(y, dtype=np.float64)
    w = np.zeros(len(vocab))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2 = 0.9, 0.999
    n = len(rows)
    for t in range(1, iterations + 1):
        z = np.zeros(n)
        z[keep] = np.add.reduceat(w[indices], starts[keep]) if len(indices) else 0.0
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = np.repeat(p - target, lengths)
        grad = (np.bincount(indices, weights=err, minlength=len(w)) + l2 * w) / n
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= rate * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    names = sorted(vocab, key=vocab.get)
    return {f: round(float(w[vocab[f]]), 4) for f in names if abs(w[vocab[f]]) >= 1e-4}


def training_rows(data: list[ArticleData], all_pairs: bool) -> tuple[list[tuple[str, ...]], list[int]]:
    """Feature rows and labels: every candidate (``all_pairs``) or those the rules did not state."""
    rows, y = [], []
    for a in data:
        for c, label, known in zip(a.cands, a.labels, a.known):
            if all_pairs or not known:
                rows.append(c.features)
                y.append(label)
    return rows, y


def additions(a: ArticleData, model: Model) -> list[tuple[float, tuple]]:
    """The triples (gold names) the model could add to an article, with their probability."""
    best: dict[tuple, tuple[float, tuple]] = {}
    for c, known, t in zip(a.cands, a.known, a.mapped):
        if known:
            continue
        pr = model.probability(c.features)
        key = (c.subject, c.predicate, c.obj)
        if pr > best.get(key, (-1.0, None))[0]:
            best[key] = (pr, t)
    return [(pr, t) for pr, t in best.values()]


def gain(a: ArticleData, added: list[tuple]) -> Counter:
    """Relation tp / fp / fn of an article with and without the ``added`` triples."""
    new = a.pred | set(added)
    return Counter({"tp0": len(a.pred & a.gold), "fp0": len(a.pred - a.gold), "fn0": len(a.gold - a.pred),
                    "tp": len(new & a.gold), "fp": len(new - a.gold), "fn": len(a.gold - new)})


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(c: Counter) -> dict:
    """Before/after P/R/F1 and the added right/wrong relations of a gain counter."""
    p0, r0, f0 = prf(c["tp0"], c["fp0"], c["fn0"])
    p1, r1, f1 = prf(c["tp"], c["fp"], c["fn"])
    return {"added_right": c["tp"] - c["tp0"], "added_wrong": c["fp"] - c["fp0"],
            "before": [round(p0, 4), round(r0, 4), round(f0, 4)], "after": [round(p1, 4), round(r1, 4), round(f1, 4)]}


def cross_validate(data: list[ArticleData], all_pairs: bool, **fit_args) -> list[tuple[ArticleData, list]]:
    """Leave-one-set-out: each article's possible additions, scored by a model trained on the other sets."""
    out = []
    for name in dict.fromkeys(a.set for a in data):
        train = [a for a in data if a.set != name]
        model = Model(fit(*training_rows(train, all_pairs), **fit_args))
        out += [(a, additions(a, model)) for a in data if a.set == name]
    return out


def at_threshold(folds: list[tuple[ArticleData, list]], threshold: float) -> dict[str, Counter]:
    """Gain counters per set (and "all") when the additions at or above ``threshold`` are kept."""
    per: dict[str, Counter] = {}
    for a, adds in folds:
        g = gain(a, [t for pr, t in adds if pr >= threshold])
        per.setdefault(a.set, Counter()).update(g)
        per.setdefault("all", Counter()).update(g)
    return per


def curve(folds: list[tuple[ArticleData, list]]) -> dict[str, list[int]]:
    """Threshold → [added right, added wrong] over all held-out sets (how the choice was made)."""
    out = {}
    for th in THRESHOLDS:
        s = summary(at_threshold(folds, th)["all"])
        out[str(th)] = [s["added_right"], s["added_wrong"]]
    return out


def choose(folds: list[tuple[ArticleData, list]]) -> tuple[float, dict[str, dict], bool]:
    """The threshold, its cross-validated results per set, and whether the model should run."""
    best, best_f1 = THRESHOLDS[-1], -1.0
    for th in THRESHOLDS:
        c = at_threshold(folds, th)["all"]
        added, right = c["tp"] - c["tp0"] + c["fp"] - c["fp0"], c["tp"] - c["tp0"]
        if added and right / added < MIN_PRECISION:
            continue
        f1 = prf(c["tp"], c["fp"], c["fn"])[2]
        if f1 > best_f1 + 1e-9:
            best, best_f1 = th, f1
    per = {k: summary(c) for k, c in sorted(at_threshold(folds, best).items())}
    total = per["all"]
    enabled = (total["after"][2] >= total["before"][2] + MIN_F1_GAIN
               and total["before"][0] - total["after"][0] <= MAX_PRECISION_DROP
               and all(s["after"][2] >= s["before"][2] for s in per.values()))
    return best, per, enabled


def train(sets: dict[str, list[Path]] | None = None, out: Path | None = None, use_crf: bool = True,
          data: list[ArticleData] | None = None, **fit_args) -> dict:
    """Build the gold articles, cross-validate, train on everything and write the model file.

    Both training populations are cross-validated (every candidate pair, or only the pairs the
    rules left unrelated) and the better one is kept. Returns the model file's metadata."""
    data = data if data is not None else load_sets(sets or default_sets(), use_crf)
    results, curves = {}, {}
    for all_pairs in (True, False):
        folds = cross_validate(data, all_pairs, **fit_args)
        th, per, enabled = choose(folds)
        results[all_pairs] = (per["all"]["after"][2], th, per, enabled)
        curves["all pairs" if all_pairs else "unrelated pairs"] = curve(folds)
    # the better F1; on a tie, the one that adds fewer wrong relations
    all_pairs = max(results, key=lambda k: (results[k][0], -results[k][2]["all"]["added_wrong"], k))
    _, threshold, per, enabled = results[all_pairs]
    weights = fit(*training_rows(data, all_pairs), **fit_args)
    model = Model(weights, threshold, enabled)
    meta = {"what": "kg.relations.learned: logistic regression over candidate entity pairs (kg train --relations)",
            "training": "all candidate pairs" if all_pairs else "pairs the rules left unrelated",
            "articles": {name: sum(1 for a in data if a.set == name) for name in dict.fromkeys(a.set for a in data)},
            "candidates": sum(len(a.cands) for a in data), "positives": sum(sum(a.labels) for a in data),
            "cross_validation": "leave one set out; threshold with the best pooled F1 at added precision >= "
                                f"{MIN_PRECISION}", "cv": per,
            "cv_other_population": results[not all_pairs][2]["all"], "cv_curves": curves, "features": len(weights)}
    from kg.fsutil import write_atomic

    path = out or learned.MODEL_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, model.to_json(meta))
    learned.forget_loaded_models()
    return {**meta, "enabled": enabled, "threshold": threshold}
