"""Does a salience filter on lexicon Topics pay? (issue #9)

kg emits a Topic for every phrase of the topic lexicon (kg/data/gazetteer/topics.json) it finds;
ANNOTATION.md counts "a technology or policy field that the article is about". This script
measures, on gold folders given on the command line (the tune and dev sets; never the holdouts
while rules are being designed), what would separate kg's right Topics from its wrong ones:

1. every article is built as ``kg eval`` builds it; each predicted Topic entity is marked right
   (a label matches a gold Topic's name or alias) or wrong, with its salience features:
   ``about`` (the object of an about fact), ``title`` (a mention in the headline, the first
   non-empty line), ``lead`` (a mention in the second non-empty line), ``n2`` (two or more
   mentions), ``nested`` (a mention inside a policy's, event's or body's name), ``outer``
   (a mention of its own), ``list`` (a mention inside an enumeration), ``second_half`` (every
   mention in the second half of the article's sentences);
2. counts of right / wrong Topics per feature are printed;
3. each candidate keep-rule (a Topic outside it is dropped, with every fact that names it) is
   scored exactly as ``kg eval`` scores: Topic entity P/R/F1, about F1 and relation micro F1.

A filter pays only where the Topics it drops are mostly wrong: with Topic F1 near 0.9, a dropped
set must be more than about half wrong.

usage (from the repository; uses the build cache):
    PYTHONPATH=. python docs/experiments/topic_salience.py tests/data/tune-vi tests/data/tune-en
"""
from __future__ import annotations

import copy
import re
import sys
from collections import Counter
from pathlib import Path

from kg import rdf
from kg.build import analyze_article
from kg.evaluate import Score, gold_article, gold_files, label_key, prf, score_graph

# keep-rules: a Topic is kept when the rule holds of its features
RULES = {
    "all (today)": lambda f: True,
    "about|title": lambda f: f["about"] or f["title"],
    "about|n2": lambda f: f["about"] or f["n2"],
    "about|title|lead": lambda f: f["about"] or f["title"] or f["lead"],
    "about|title|lead|n2": lambda f: f["about"] or f["title"] or f["lead"] or f["n2"],
    "about|title|lead|n2|nested": lambda f: f["about"] or f["title"] or f["lead"] or f["n2"] or f["nested"],
    "not (single, no about, off title/lead, listed)":
        lambda f: f["about"] or f["title"] or f["lead"] or f["n2"] or not f["list"],
    "not (single, no about, off title/lead, 2nd half)":
        lambda f: f["about"] or f["title"] or f["lead"] or f["n2"] or not f["second_half"],
}

_LISTED = re.compile(r"(?:,|\bvà|\band|\bnhư|\bgồm|such as|including)\s*$")


def features(res, key: str, ent) -> dict[str, bool]:
    """The salience features of Topic entity ``key`` of a resolved article."""
    ex = res.extraction
    text = ex.article.text
    lines = [m.span() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    by_id = {m.id: m for m in ex.mentions}
    ms = [by_id[i] for i in ent.mentions if i in by_id]
    n_sent = len(ex.sentences)

    def on_line(i: int) -> bool:
        return len(lines) > i and any(lines[i][0] <= m.start < lines[i][1] for m in ms)

    return {
        "about": any(f.predicate == "about" and f.obj == key for f in res.facts),
        "title": on_line(0),
        "lead": on_line(1),
        "n2": len(ms) >= 2,
        "nested": any(m.nested for m in ms),
        "outer": any(not m.nested for m in ms),
        "list": any(_LISTED.search(text[max(0, m.start - 12):m.start])
                    or re.match(r"\s*(?:,|và\b|and\b)", text[m.end:m.end + 6]) for m in ms),
        "second_half": bool(ms) and all(m.sentence > n_sent / 2 for m in ms),
    }


def right(gold: dict, ent) -> bool:
    keys = {label_key(k) for e in gold["entities"] if e["type"] == "Topic" for k in [e["name"], *e.get("aliases", [])]}
    labels = {label_key(x) for names in ent.labels.values() for x in names} | {label_key(ent.name)}
    return bool(labels & keys)


def without(res, drop: set[str]):
    """``res`` without the entities ``drop`` and the facts that name them."""
    out = copy.copy(res)
    out.entities = {k: e for k, e in res.entities.items() if k not in drop}
    out.facts = [f for f in res.facts if f.subject not in drop and (f.literal or f.obj not in drop)]
    return out


def main(folders: list[str]) -> None:
    for folder in folders:
        built = []
        for path in gold_files([Path(folder)]):
            gold, article = gold_article(path)
            built.append((gold, analyze_article(article)))
        counts: dict[str, Counter] = {}
        n_gold = sum(1 for g, _ in built for e in g["entities"] if e["type"] == "Topic")
        for gold, res in built:
            for key, ent in res.entities.items():
                if ent.type != "Topic":
                    continue
                mark = "right" if right(gold, ent) else "wrong"
                counts.setdefault("(all)", Counter())[mark] += 1
                for name, on in features(res, key, ent).items():
                    if on:
                        counts.setdefault(name, Counter())[mark] += 1
        print(f"== {folder}: {len(built)} articles, {n_gold} gold Topics")
        for name, c in counts.items():
            print(f"  {name:12s} right {c['right']:4d}  wrong {c['wrong']:4d}")
        for rule_name, rule in RULES.items():
            total = Score()
            for gold, res in built:
                drop = {k for k, e in res.entities.items() if e.type == "Topic" and not rule(features(res, k, e))}
                total.add(score_graph(gold, rdf.article_graph(without(res, drop))))
            t = prf(total.counts["entity:Topic"])
            a = prf(total.counts["relation:about"])
            r = prf(total.total("relation:"))
            print(f"  keep {rule_name:48s} Topic P {t[0]:.3f} R {t[1]:.3f} F1 {t[2]:.3f} | "
                  f"about F1 {a[2]:.3f} | relations F1 {r[2]:.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
