"""kg.nlp.recognizers.learned_topics_en and kg.train_topics: the phrases, their features, the shipped weights'
ranking of fields over goods, the switch, and the trainer's choice of threshold."""
from __future__ import annotations

import pytest

from kg.nlp.recognizers import learned_topics_en as L
from kg.nlp.recognizers.candidates import Candidate
from kg.train_topics import ArticleTopics, choose, residual

AQUA = ("Province bets on fish farms\n\n"
        "The province held a workshop on aquaculture development in Nha Trang on Monday. Officials said aquaculture "
        "development needed more credit. Exporters of durian and rice said prices had fallen. The durian harvest "
        "began early.")
LABOUR = ("Union urges more support for jobless workers\n\n"
          "The union called for more spending on employment services and vocational training. Employment services "
          "help workers who lose jobs. A bridge over the river was finished last week.")
FOOD = ("City steps up checks in school canteens\n\n"
        "Inspectors will check food safety at school canteens. The plan on food safety also covers markets, where "
        "vendors sell pork, vegetables and milk.")
HEALTH = ("Hospitals ask for more nurses\n\n"
          "The Ministry of Health said laboratories for disease surveillance would open in 20 provinces. Disease "
          "surveillance has helped contain outbreaks, and the ministry bought 300 ambulances and 40 ventilators.")


def _words(text: str) -> set[str]:
    return {" ".join(p.words) for p in L.phrases(text)}


def test_phrases_are_lower_case_runs_cut_at_function_words():
    got = _words("Vocational training has not kept pace, the Ministry of Home Affairs said of vocational training.")
    assert "vocational training" in got
    assert not any(w in p.split() for p in got for w in ("has", "not", "the", "of", "said"))
    assert not any("ministry" in p or "affairs" in p for p in got)  # a capitalised name is no phrase


def test_phrase_mentions_and_head_last():
    ph = {" ".join(p.words): p for p in L.phrases(HEALTH)}
    # "Disease surveillance" opens a sentence capitalised: a mention too, as the text writes it in lower case
    assert len(ph["disease surveillance"].spans) == 2
    # "The Ministry of Health": a name inside a sentence, no mention (only "the ministry bought …" is)
    assert [HEALTH[a:b] for a, b in ph["ministry"].spans] == ["ministry"]
    assert "surveillance" in ph and "disease" in ph
    assert not any(p.endswith(" new") or p == "new" for p in ph)  # "not_last": no phrase ends in an adjective


def test_features_record_slot_count_and_headline():
    feats = dict((" ".join(p.words), set(f)) for p, f in L.article_phrases(AQUA))
    f = feats["aquaculture development"]
    assert {"prev=on", "count=2", "head=development", "suffix=ment", "n=2", "lede"} <= f
    assert "headline" not in f
    assert "headline" in feats["fish farms"]


@pytest.mark.parametrize("text, field, things", [
    (AQUA, "aquaculture development", ("durian", "rice", "prices")),
    (LABOUR, "employment services", ("bridge", "river", "jobs")),
    (FOOD, "food safety", ("pork", "vegetables", "milk", "markets")),
    (HEALTH, "disease surveillance", ("ambulances", "ventilators", "nurses")),
])
def test_shipped_weights_rank_fields_above_goods_and_things(text, field, things):
    model = L.load_model()
    assert model is not None
    prob = {" ".join(p.words): model.prob(f) for p, f in L.article_phrases(text)}
    for thing in things:
        assert prob[field] > prob[thing], (field, thing)


def test_disabled_model_proposes_nothing(monkeypatch):
    monkeypatch.setattr(L, "FORCE", None)
    monkeypatch.delenv("KG_LEARNED_TOPICS", raising=False)
    monkeypatch.setattr(L, "load_model", lambda: L.Model({"head=services": 9.0}, 0.5, enabled=False))
    assert L.learned_topic_candidates(LABOUR, []) == []
    monkeypatch.setenv("KG_LEARNED_TOPICS", "1")
    assert L.learned_topic_candidates(LABOUR, []) != []


def test_kept_phrase_is_a_topic_at_each_free_mention(monkeypatch):
    monkeypatch.setattr(L, "FORCE", True)
    monkeypatch.setattr(L, "load_model", lambda: L.Model({"bias": -5.0, "head=services": 9.0, "n=2": 1.0}, 0.5, True))
    first = LABOUR.index("employment services")
    taken = [Candidate(first, first + len("employment services"), "TOPIC", 50, "gazetteer")]
    got = [LABOUR[c.start:c.end] for c in L.learned_topic_candidates(LABOUR, taken)]
    assert got == ["Employment services"] or got == ["employment services"]  # the second mention only
    assert all(c.label == "TOPIC" and c.source == L.SOURCE for c in L.learned_topic_candidates(LABOUR, []))


def test_choose_keeps_the_most_right_additions_at_the_precision_floor():
    stats = {0.3: {"right": 40, "wrong": 60, "precision": 0.4}, 0.5: {"right": 20, "wrong": 5, "precision": 0.8},
             0.7: {"right": 12, "wrong": 1, "precision": 0.923}}
    assert choose(stats) == (0.5, True)
    few = {0.5: {"right": 3, "wrong": 0, "precision": 1.0}, 0.3: {"right": 30, "wrong": 70, "precision": 0.3}}
    assert choose(few) == (0.5, False)  # right but too few to switch on
    assert choose({0.3: {"right": 30, "wrong": 70, "precision": 0.3}})[1] is False


def test_residual_rows_leave_out_what_the_rules_found():
    a = ArticleTopics("x", [("a",), ("b",), ("c",)], ["k1", "k2", "k3"], ["k1", None, "k3"], [True, False, False],
                      {"k3"})
    rows, y = residual([a])
    assert rows == [("b",), ("c",)] and y == [0, 1]
