"""kg.relations.learned, the learned relation classifier: features, training, the threshold, the shipped model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.article import Article
from kg.build import analyze_article
from kg.relations import learned
from kg.relations.learned import MODEL_PATH, Model, candidates, learned_facts, load_model
from kg.train_relations import ArticleData, choose, default_sets, fit, gain, train

SENTENCE = "On March 3, 2025 in Hanoi, the Ministry of Health organised the National Conference on Digital Health."


@pytest.fixture(scope="module")
def resolved():
    saved = learned.FORCE
    learned.FORCE = False
    try:
        return analyze_article(Article(id="t", text=SENTENCE, lang="en", published="2025-03-04"))
    finally:
        learned.FORCE = saved


def _pair(res, predicate: str):
    cands = candidates(res.extraction, res.entities, res.facts, include_known=True)
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[c.subject], names[c.obj]): c for c in cands if c.predicate == predicate}


def test_features_of_a_known_sentence(resolved):
    pairs = _pair(resolved, "organized")
    c = pairs[("Ministry of Health", "National Conference on Digital Health")]
    f = set(c.features)
    assert {"organized|bias", "organized|lang=en", "organized|order=so", "organized|w:organised",
            "organized|w:the", "organized|gap:organised the", "organized|nmid=0"} <= f
    assert "organized|cue:fallback_host" in f  # "organised" is a hosting cue of cues.json
    assert "organized|cue:place_preps" not in f and "organized|scue:place_preps" in f  # "in" is before both
    assert all(x.startswith("organized|") for x in f)
    # the place comes first, "in" before it, the ministry in between
    place = set(_pair(resolved, "locatedIn")[("National Conference on Digital Health", "Hanoi")].features)
    assert {"locatedIn|order=os", "locatedIn|l1:in", "locatedIn|nmid=1", "locatedIn|mid:Organization",
            "locatedIn|types=Event>Place"} <= place
    # types outside a predicate's domain give no candidate: no Place is a member of anything
    assert all(c.predicate in learned.SCHEMA for c in candidates(resolved.extraction, resolved.entities, [],
                                                                 include_known=True))
    assert _pair(resolved, "memberOf") == {} and _pair(resolved, "signed") == {}


def test_known_triples_are_no_candidates(resolved):
    known = {(f.subject, f.predicate, f.obj) for f in resolved.facts if not f.literal}
    assert known  # the rules relate the ministry and its conference
    fresh = candidates(resolved.extraction, resolved.entities, resolved.facts)
    assert not {(c.subject, c.predicate, c.obj) for c in fresh} & known


def test_training_learns_a_separable_pattern():
    rows = [("p|bias", "p|w:held", "p|x%d" % (i % 5)) for i in range(40)] + \
           [("p|bias", "p|w:said", "p|x%d" % (i % 5)) for i in range(40)]
    y = [1] * 40 + [0] * 40
    weights = fit(rows, y, l2=0.1, iterations=200)
    m = Model(weights)
    assert m.probability(("p|bias", "p|w:held")) > 0.9
    assert m.probability(("p|bias", "p|w:said")) < 0.1
    assert weights["p|w:held"] > 0 > weights["p|w:said"]
    assert fit(rows, y, l2=0.1, iterations=200) == weights  # deterministic
    # a feature seen once is dropped (min_count)
    assert "p|once" not in fit(rows + [("p|bias", "p|once")], y + [1], iterations=20)


def test_the_threshold_is_respected(resolved):
    cands = candidates(resolved.extraction, resolved.entities, resolved.facts)
    assert cands
    # one weight on every candidate's bias: probability 1 / (1 + e^-2) ≈ 0.88
    weights = {f"{p}|bias": 2.0 for p in learned.SCHEMA}
    high = Model(weights, threshold=0.9, enabled=True)
    low = Model(weights, threshold=0.85, enabled=True)
    assert learned_facts(resolved.extraction, resolved.entities, resolved.facts, high) == []
    added = learned_facts(resolved.extraction, resolved.entities, resolved.facts, low)
    assert {(f.subject, f.predicate, f.obj) for f in added} == {(c.subject, c.predicate, c.obj) for c in cands}
    # the same input gives the same facts
    assert learned_facts(resolved.extraction, resolved.entities, resolved.facts, low) == added
    # switched off, nothing is added whatever the threshold
    off = Model(weights, threshold=0.0, enabled=False)
    assert learned_facts(resolved.extraction, resolved.entities, resolved.facts, off) == []


def test_switch_env_and_force(monkeypatch):
    m = Model({}, enabled=False)
    assert not learned.is_enabled(m)
    monkeypatch.setenv("KG_LEARNED_RELATIONS", "1")
    assert learned.is_enabled(m)
    monkeypatch.setattr(learned, "FORCE", False)
    assert not learned.is_enabled(m)


def _article(set_name: str, probs: list[tuple[tuple, int]]) -> tuple[ArticleData, list]:
    gold = {("A", "memberOf", "B"), ("C", "memberOf", "D")}
    a = ArticleData(set_name, set_name, [], [], [], [], pred={("A", "memberOf", "B")}, gold=gold)
    return a, [(p / 100, t) for t, p in probs]


def test_the_threshold_is_chosen_for_precision():
    right, wrong = ("C", "memberOf", "D"), ("C", "memberOf", "E")
    # a right addition at 0.9 and a wrong one at 0.6 (each its own set): 0.7 adds only the right one
    folds = [_article("x", [(right, 90)]), _article("y", [(wrong, 60)])]
    th, per, enabled = choose(folds)
    assert 0.6 < th <= 0.9 and enabled
    assert per["all"]["added_right"] == 1 and per["all"]["added_wrong"] == 0
    # when only wrong additions are on offer, it is switched off
    th, per, enabled = choose([_article("y", [(wrong, 95)])])
    assert not enabled and per["all"]["added_wrong"] == 0
    g = gain(folds[0][0], [right])
    assert (g["tp0"], g["fn0"], g["tp"], g["fn"]) == (1, 1, 2, 0)


def test_shipped_model_is_reproducible(tmp_path):
    sets = default_sets()
    if not all(p.exists() for dirs in sets.values() for p in dirs):
        pytest.skip("the shared gold articles (../shared/corpus) are not beside the repo")
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    meta = train(sets, tmp_path / "relations.json")
    again = json.loads((tmp_path / "relations.json").read_text(encoding="utf-8"))
    assert meta["articles"] == shipped["articles"]
    assert again["threshold"] == shipped["threshold"] and again["enabled"] == shipped["enabled"]
    assert again["cv"]["all"] == shipped["cv"]["all"]
    common = set(again["weights"]) & set(shipped["weights"])
    assert len(common) >= 0.95 * len(shipped["weights"])
    assert all(abs(again["weights"][f] - shipped["weights"][f]) < 0.05 for f in common)
    # the holdout sets are never training data
    assert not any("holdout" in str(p) for dirs in sets.values() for p in dirs)


def test_shipped_model_loads_and_follows_its_switch():
    m = load_model()
    assert m is not None and 0 < m.threshold < 1 and len(m.weights) > 100
    data = json.loads(Path(MODEL_PATH).read_text(encoding="utf-8"))
    assert m.enabled == data["enabled"]
    assert {"cv", "cv_curves", "training", "articles"} <= set(data)


def test_the_switch_is_part_of_the_cache_key(monkeypatch):
    """A build folder's cached extractions made with the classifier off are not reused with it on."""
    from kg.cache import options_key

    monkeypatch.setattr(learned, "FORCE", False)
    off = options_key(True)
    monkeypatch.setattr(learned, "FORCE", True)
    assert options_key(True) != off


def test_people_in_the_sentence_after_an_event_are_candidates():
    """An attendance list after the event's sentence gives participatedIn candidates across the break."""
    saved = learned.FORCE
    learned.FORCE = False
    try:
        res = analyze_article(Article(id="adj", lang="en", published="2026-03-04", text=(
            "On March 3, the Ministry of Health held the National Conference on Digital Health. "
            "Attending were Deputy Prime Minister Le Thanh Long and Nguyen Van An.")))
    finally:
        learned.FORCE = saved
    names = {k: e.name for k, e in res.entities.items()}
    cands = {(names[c.subject], names[c.obj]): c for c in candidates(res.extraction, res.entities, res.facts,
                                                                     include_known=True) if c.sentence == 1}
    c = cands[("Le Thanh Long", "National Conference on Digital Health")]
    assert c.predicate == "participatedIn"
    assert {"participatedIn|adj|sw:attending", "participatedIn|adj|nev=1", "participatedIn|adj|types=Person>Event",
            "participatedIn|adj|cue:attendance_opening"} <= set(c.features)
    assert ("Nguyen Van An", "National Conference on Digital Health") in cands
