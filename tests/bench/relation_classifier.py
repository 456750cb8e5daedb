"""Experiment: does a statistical classifier over entity pairs add relations the rules miss?

For every pair of mentions in one sentence whose types fit a relation (Person→Event for
participatedIn, Policy→Topic for about, …) a logistic model per relation scores features
of the pair: the words and titles between, types, distance, punctuation, mentions in
between, cue words of kg/data/relations/cues.json. Pairs scored above a threshold are
added to what the rules found. Trained on gold relations of the visible articles.

It prints relation P/R/F1 of the rules alone and of rules + model, (1) leave one article
out over the tuning articles (seed, d01–d06, e01–e04), (2) trained on those and tested
on the check articles (d07–d12, e05–e06), (3) the same on tests/data/holdout.

    python tests/bench/relation_classifier.py [SHARED_CORPUS_DIR]
"""
from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.relations.cues import cue_pattern
from kg.resolve import resolve_article
from kg.textutil import norm_key

SIGNATURES = {
    "participatedIn": ({"Person", "Organization"}, {"Event"}),
    "memberOf": ({"Person"}, {"Organization"}),
    "about": ({"Policy", "Event", "Organization"}, {"Topic"}),
    "locatedIn": ({"Event", "Organization"}, {"Place"}),
    "organized": ({"Organization"}, {"Event"}),
    "issued": ({"Organization"}, {"Policy"}),
    "implements": ({"Policy", "Organization"}, {"Policy"}),
}
THRESHOLDS = (0.5, 0.7, 0.85, 0.95)


def load(gold_path: Path) -> dict:
    """One article: its gold, the rules' resolved facts mapped to gold names, and candidate pairs."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["text_file"]).read_text(encoding="utf-8")
    lang = gold.get("lang", "vi")
    art = Article(gold["id"], text, published=gold.get("published"), lang=lang)
    doc = kg.nlp.annotate(kg.nlp.load(lang), text, art.published)
    res = resolve_article(extract(art, doc))
    keys = {g["name"]: {norm_key(g["name"])} | {norm_key(a) for a in g.get("aliases", [])} for g in gold["entities"]}
    gtype = {g["name"]: g["type"] for g in gold["entities"]}
    to_gold: dict[str, str] = {}
    for k, e in res.entities.items():
        labels = {norm_key(x) for xs in e.labels.values() for x in xs} | {norm_key(e.name)}
        for name, ks in keys.items():
            if gtype[name] == e.type and labels & ks:
                to_gold[k] = name
                break
    key_of = {m: k for k, e in res.entities.items() for m in e.mentions}
    lit = lambda f: norm_key(f.obj) if f.literal else to_gold.get(f.obj, "?" + f.obj)
    rules = {(to_gold.get(f.subject, "?" + f.subject), f.predicate, lit(f)) for f in res.facts}
    gold_rel = {(r["s"], r["p"], norm_key(r["o"]) if r["p"] in ("position", "date") else r["o"])
                for r in gold["relations"]}
    gold_rel = {t for t in gold_rel if not (t[1] == "position" and t[2].startswith(norm_key("ủy viên")))}
    rules = {t for t in rules if not (t[1] == "position" and str(t[2]).startswith(norm_key("ủy viên")))}
    ex = res.extraction
    pairs = []
    for a in ex.mentions:
        for b in ex.mentions:
            if a.id == b.id or a.sentence != b.sentence or a.id not in key_of or b.id not in key_of:
                continue
            for p, (st, ot) in SIGNATURES.items():
                if a.type in st and b.type in ot:
                    sg, og = to_gold.get(key_of[a.id], "?" + key_of[a.id]), to_gold.get(key_of[b.id], "?" + key_of[b.id])
                    if sg == og:
                        continue
                    pairs.append((p, (sg, p, og), features(ex, a, b, lang), (sg, p, og) in gold_rel))
    return {"id": gold["id"], "gold": gold_rel, "rules": rules, "pairs": pairs}


def features(ex, a, b, lang: str) -> list[str]:
    text = ex.article.text
    s_start, s_end = ex.sentences[a.sentence]
    first, second = (a, b) if a.start <= b.start else (b, a)
    between = text[first.end:second.start] if second.start > first.end else ""
    words = re.findall(r"\w+", between.casefold())
    f = [f"t={a.type}>{b.type}", f"order={'ab' if first is a else 'ba'}",
         f"dist={min(len(between) // 20, 6)}", f"nwords={min(len(words), 8)}"]
    f += [f"w={w}" for w in set(words[:6] + words[-6:])]
    if words:
        f += [f"w1={words[0]}", f"wl={words[-1]}"]
    before = re.findall(r"\w+", text[max(s_start, first.start - 25):first.start].casefold())[-2:]
    f += [f"pre={w}" for w in before]
    for ch, name in ((",", "comma"), (";", "semi"), (":", "colon"), ("(", "paren")):
        f.append(f"{name}={min(between.count(ch), 3)}")
    mids = [m for m in ex.mentions if m.sentence == a.sentence and first.end <= m.start < second.start and not m.nested]
    f += [f"mid={m.type}" for m in mids] + [f"nmid={min(len(mids), 4)}"]
    sent = text[s_start:s_end]
    for kind in ("attendance_opening", "attendance_inline", "issue_verbs", "implement_verbs", "about_links", "place_preps"):
        if re.search(cue_pattern(kind, lang), between, flags=re.IGNORECASE):
            f.append(f"cue_between={kind}")
        if re.match(r"\s*" + cue_pattern(kind, lang), sent, flags=re.IGNORECASE):
            f.append(f"cue_open={kind}")
    f += [f"src_a={a.source}", f"src_b={b.source}", f"nested={a.nested}{b.nested}", f"ref={a.ref}{b.ref}"]
    return f


class Logistic:
    """A logistic regression over sparse binary features, trained with AdaGrad and L2."""

    def __init__(self) -> None:
        self.w: dict[str, float] = defaultdict(float)
        self.g: dict[str, float] = defaultdict(lambda: 1e-8)

    def prob(self, feats: list[str]) -> float:
        z = sum(self.w.get(x, 0.0) for x in feats) + self.w.get("bias", 0.0)
        return 1 / (1 + math.exp(-max(min(z, 30), -30)))

    def fit(self, data: list[tuple[list[str], bool]], epochs: int = 5, rate: float = 0.2, l2: float = 1e-2) -> None:
        for _ in range(epochs):
            for feats, y in data:
                err = self.prob(feats) - (1.0 if y else 0.0)
                for x in feats + ["bias"]:
                    grad = err + l2 * self.w[x]
                    self.g[x] += grad * grad
                    self.w[x] -= rate * grad / math.sqrt(self.g[x])


def train(docs: list[dict]) -> dict[str, Logistic]:
    models = {}
    for p in SIGNATURES:
        data = [(f, y) for d in docs for (q, _, f, y) in d["pairs"] if q == p]
        if any(y for _, y in data):
            models[p] = Logistic()
            models[p].fit(data)
    return models


def counts(docs: list[dict], models: dict[str, Logistic] | None, theta: float) -> Counter:
    c: Counter = Counter()
    for d in docs:
        pred = set(d["rules"])
        if models:
            for p, triple, f, _ in d["pairs"]:
                if p in models and models[p].prob(f) >= theta and not triple[0].startswith("?") \
                        and not triple[2].startswith("?"):
                    pred.add(triple)
        c["tp"] += len(pred & d["gold"])
        c["fp"] += len(pred - d["gold"])
        c["fn"] += len(d["gold"] - pred)
    return c


def prf(c: Counter) -> str:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    tune = [shared / "seed.gold.json"] + [shared / f"dev/d0{i}.gold.json" for i in range(1, 7)] + \
        [shared / f"dev-en/e0{i}.gold.json" for i in range(1, 5)]
    check = [shared / f"dev/d{i:02d}.gold.json" for i in range(7, 13)] + [shared / f"dev-en/e0{i}.gold.json" for i in (5, 6)]
    holdout = sorted(Path(__file__).resolve().parents[1].joinpath("data/holdout").glob("*.gold.json"))
    T, C, H = [load(p) for p in tune], [load(p) for p in check], [load(p) for p in holdout]
    print("leave one article out over the tuning articles")
    print("  rules alone        ", prf(counts(T, None, 1)))
    for theta in THRESHOLDS:
        total: Counter = Counter()
        for i, d in enumerate(T):
            total += counts([d], train(T[:i] + T[i + 1:]), theta)
        print(f"  rules + model ≥{theta:.2f}", prf(total))
    models = train(T)
    for name, docs in (("check articles (d07–d12, e05–e06)", C), ("held-out articles (tests/data/holdout)", H)):
        print(name)
        print("  rules alone        ", prf(counts(docs, None, 1)))
        for theta in THRESHOLDS:
            print(f"  rules + model ≥{theta:.2f}", prf(counts(docs, models, theta)))


if __name__ == "__main__":
    main()
