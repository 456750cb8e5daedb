"""What the learned relation classifier adds on text the rules had not been fitted to ("time travel").

Every batch of tune articles (tests/data/tune-vi, tune-en) was committed annotated *before* kg
ran on it, and the rules were fitted to it afterwards. Leave-one-set-out cross-validation on
today's rules (``kg train --relations``) therefore scores the classifier only on what rules
fitted to the very articles still miss. This script measures the situation of a new article:

1. for each commit that added a batch, a copy of the repository at that commit (``git archive``)
   builds the batch's articles with *that commit's* rules (this round's
   ``kg/relations/learned.py`` and ``kg/train_relations.py`` copied in, so the candidates and
   features are today's);
2. a model of the shipped design (population and threshold of ``kg/data/models/relations.json``)
   is trained on today's gold articles minus the batch, and its additions on the batch, on top
   of the old rules, are scored against the gold.

usage (from the repository, about 3 minutes):  PYTHONPATH=. python docs/experiments/relclf_batches.py [WORKDIR]
The holdout sets are never read. A worker mode (``--worker``) runs inside each old copy.
"""
from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TUNE = ("tests/data/tune-vi", "tests/data/tune-en")


def _install_matching() -> None:
    """The scorer's entity matching (today's kg.evaluate), for a commit that predates it."""
    import kg.evaluate as ev
    from kg.extract import LITERAL_RELATIONS

    if hasattr(ev, "match_entities"):
        return

    def match_entities(gold, ents):
        keys = {e["name"]: {ev.label_key(e["name"])} | {ev.label_key(a) for a in e.get("aliases", [])}
                for e in gold["entities"]}
        match = {}
        for iri, e in sorted(ents.items()):
            for ge in gold["entities"]:
                if ge["type"] in e["types"] and e["labels"] & keys[ge["name"]]:
                    match[iri] = ge["name"]
                    break
        return match

    def optional(t):
        return t[1] == "position" and str(t[2]).startswith(ev.label_key("Ủy viên"))

    def mapped_triple(match, s, p, o):
        return (match.get(s, "?" + str(s)), p, o if p in LITERAL_RELATIONS else match.get(o, "?" + str(o)))

    def relation_triples(gold, rels, match):
        pred = {mapped_triple(match, s, p, o) for s, p, o in rels}
        g = {(r["s"], r["p"], ev.label_key(r["o"]) if r["p"] in LITERAL_RELATIONS else r["o"])
             for r in gold["relations"]}
        return {t for t in pred if not optional(t)}, {t for t in g if not optional(t)}

    ev.match_entities, ev.mapped_triple, ev.relation_triples = match_entities, mapped_triple, relation_triples


def worker(commit: str, out: str, files: list[str]) -> None:
    """Inside an old copy: build the batch's articles with its rules and pickle their candidates."""
    _install_matching()
    from kg.train_relations import article_data

    data = [article_data(Path(f), commit) for f in files]
    with open(out, "wb") as fh:
        pickle.dump(data, fh)


def batches() -> list[tuple[str, list[str]]]:
    """(commit, gold files it added) for every commit that added tune articles, oldest first."""
    log = subprocess.run(["git", "log", "--reverse", "--diff-filter=A", "--format=%h", "--", *TUNE], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout.split()
    out = []
    for c in log:
        names = subprocess.run(["git", "show", "--diff-filter=A", "--name-only", "--format=", c], cwd=REPO,
                               capture_output=True, text=True, check=True).stdout.split()
        files = [n for n in names if n.endswith(".gold.json") and n.startswith(TUNE)]
        if files:
            out.append((c, files))
    return out


def old_rules(work: Path) -> list:
    """Each batch's articles as that commit's rules saw them (cached in ``work``)."""
    out = []
    for commit, files in batches():
        cached = work / f"{commit}.pickle"
        if not cached.exists():
            copy = work / commit
            shutil.rmtree(copy, ignore_errors=True)
            copy.mkdir(parents=True)
            archive = subprocess.run(["git", "archive", commit], cwd=REPO, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(copy)], input=archive, check=True)
            shutil.copy(REPO / "kg/relations/learned.py", copy / "kg/relations/learned.py")
            shutil.copy(REPO / "kg/train_relations.py", copy / "kg/train_relations.py")
            subprocess.run([sys.executable, __file__, "--worker", commit, str(cached), *files], cwd=copy,
                           env={**os.environ, "PYTHONPATH": str(copy)}, check=True)
            shutil.rmtree(copy)
        with open(cached, "rb") as fh:
            out += pickle.load(fh)
    return out


def main() -> None:
    from kg.relations.learned import MODEL_PATH, Model
    from kg.train_relations import THRESHOLDS, additions, at_threshold, default_sets, fit, load_sets, summary, training_rows

    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "kg-relclf-batches"
    work.mkdir(parents=True, exist_ok=True)
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    all_pairs = shipped["training"] == "all candidate pairs"
    old = old_rules(work)
    today = load_sets(default_sets())
    folds = []
    for commit in dict.fromkeys(a.set for a in old):
        batch = [a for a in old if a.set == commit]
        ids = {a.id for a in batch}
        model = Model(fit(*training_rows([a for a in today if a.id not in ids], all_pairs)))
        folds += [(a, additions(a, model)) for a in batch]
    report = {"articles": len(old), "batches": len({a.set for a in old}), "training": shipped["training"],
              "curve": {}, "by_language": {}}
    for th in THRESHOLDS:
        s = summary(at_threshold(folds, th)["all"])
        report["curve"][str(th)] = {"right": s["added_right"], "wrong": s["added_wrong"],
                                    "P": [s["before"][0], s["after"][0]], "F1": [s["before"][2], s["after"][2]]}
    th = shipped["threshold"]
    report["shipped_threshold"] = {"threshold": th, **summary(at_threshold(folds, th)["all"])}
    for lang in ("vi", "en"):
        part = [(a, adds) for a, adds in folds if (a.id.startswith("v")) == (lang == "vi")]
        report["by_language"][lang] = summary(at_threshold(part, th).get("all", Counter()))
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        main()
