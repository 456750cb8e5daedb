"""The fallback pass (kg.relations.fallbacks): broad links added only where the precise rules left a slot empty,
and only the rules measured to be mostly right on unseen text run by default."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.relations import fallbacks
from kg.relations.fallbacks import ENABLED, RULES, fallback_facts
from kg.resolve import resolve_article
from articlefacts import facts

VISIT = ("Deputy Prime Minister Dinh Quoc Khanh held talks in Hanoi on Wednesday with Chilean Foreign Minister "
         "Rafael Mendoza, who is paying an official visit to Vietnam from April 22 to 25. "
         "Mendoza and Minister of Foreign Affairs Tran Van Quang co-chaired a political consultation. "
         "Mendoza also visited the Vietnam Academy of Science and Technology, where its president, Vu Dinh Loc, "
         "briefed him.")


def _resolved(text: str, published: str, lang: str = "en"):
    doc = kg.nlp.annotate(kg.nlp.load(lang), text, published)
    return resolve_article(extract(Article(id="t", text=text, published=published, lang=lang), doc))


def _named(res, new) -> set[tuple[str, str, str]]:
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[f.subject], f.predicate, f.obj if f.literal else names[f.obj]) for f in new}


def test_a_visitor_in_a_relative_clause_takes_part_in_the_visit():
    got = facts(VISIT, "2025-04-24", "en")
    assert ("Rafael Mendoza", "participatedIn", "official visit to Vietnam") in got


def test_the_people_who_meet_the_visitor_take_part_in_the_visit():
    got = facts(VISIT, "2025-04-24", "en")
    for host in ("Dinh Quoc Khanh", "Tran Van Quang", "Vu Dinh Loc"):
        assert (host, "participatedIn", "official visit to Vietnam") in got


def test_no_visit_partner_without_a_meeting_verb():
    text = ("Chilean Foreign Minister Rafael Mendoza, who is paying an official visit to Vietnam, arrived on Monday. "
            "Mendoza said Minister Tran Van Quang was a friend.")
    got = facts(text, "2025-04-24", "en")
    assert ("Rafael Mendoza", "participatedIn", "official visit to Vietnam") in got
    assert not any(s == "Tran Van Quang" and p == "participatedIn" for s, p, o in got)


def test_the_visit_partners_rule_needs_a_known_visitor():
    res = _resolved("Minister Tran Van Quang met Ambassador Carla Fuentes during the official visit to Chile.",
                    "2025-04-24")
    visitors = {f.subject for f in res.facts if f.predicate == "participatedIn"}
    kept = [f for f in res.facts if f.predicate != "participatedIn"]
    assert visitors  # the precise rules credit the people of the sentence
    assert fallback_facts(res.extraction, res.entities, kept, {"visit_partners": frozenset({"en"})}) == []


def test_a_fallback_never_repeats_a_fact_the_precise_rules_made():
    res = _resolved("The Ministry of Finance held the Conference on Public Debt 2025 in Hanoi on March 3. "
                    "Deputy Minister Vu Quang Minh chaired the conference.", "2025-03-04")
    every_rule = {name: frozenset({"en"}) for name in RULES}
    new = fallback_facts(res.extraction, res.entities, res.facts, every_rule)
    known = {(f.subject, f.predicate, f.obj) for f in res.facts}
    assert all((f.subject, f.predicate, f.obj) not in known for f in new)


def test_broad_rules_fill_empty_slots_when_asked():
    res = _resolved("The Ministry of Finance held the Conference on Public Debt 2025 in Hanoi on March 3. "
                    "Deputy Minister Vu Quang Minh chaired the conference.", "2025-03-04")
    slots = ("organized", "date", "locatedIn", "participatedIn")
    bare = [f for f in res.facts if f.predicate not in slots]
    every_rule = {name: frozenset({"en"}) for name in RULES}
    got = _named(res, fallback_facts(res.extraction, res.entities, bare, every_rule))
    event = next(o for s, p, o in got if p == "organized")
    assert ("Ministry of Finance", "organized", event) in got
    assert (event, "date", "2025-03-03") in got
    assert (event, "locatedIn", "Hanoi") in got
    assert ("Vu Quang Minh", "participatedIn", event) in got


def test_rules_off_by_default_add_nothing(monkeypatch):
    monkeypatch.setattr(fallbacks, "ENABLED", {})
    res = _resolved(VISIT, "2025-04-24")
    # (he took part in the talks he held, a precise rule's fact; the visit is the fallback's)
    assert not any(s == "Dinh Quoc Khanh" and p == "participatedIn" and o == "official visit to Vietnam"
                   for s, p, o in _named(res, res.facts))
    assert set(ENABLED) <= set(RULES)


def test_fallback_gains_count_what_each_rule_adds(tmp_path):
    import json

    from kg.evaluate import fallback_gains

    text = ("The Ministry of Finance held the Conference on Public Debt 2025 in Hanoi on March 3. "
            "Deputy Minister Vu Quang Minh chaired the conference.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = {"id": "a", "lang": "en", "published": "2025-03-04", "text_file": "a.txt",
            "entities": [{"name": "Conference on Public Debt 2025", "type": "Event", "aliases": ["conference"]},
                         {"name": "Vu Quang Minh", "type": "Person", "aliases": []}],
            "relations": [{"s": "Vu Quang Minh", "p": "participatedIn", "o": "Conference on Public Debt 2025"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "b.txt").write_text(VISIT, encoding="utf-8")
    visit = {"id": "b", "lang": "en", "published": "2025-04-24", "text_file": "b.txt",
             "entities": [{"name": "official visit to Vietnam", "type": "Event", "aliases": []},
                          {"name": "Dinh Quoc Khanh", "type": "Person", "aliases": []},
                          {"name": "Tran Van Quang", "type": "Person", "aliases": []}],
             "relations": [{"s": "Dinh Quoc Khanh", "p": "participatedIn", "o": "official visit to Vietnam"}]}
    (tmp_path / "b.gold.json").write_text(json.dumps(visit), encoding="utf-8")
    gains = fallback_gains([tmp_path], ["attendance", "visit_partners"])
    assert set(gains) == {"attendance", "visit_partners"}
    # the precise rules already credit the chair: the broad rule adds nothing, right or wrong
    assert gains["attendance"]["tp"] == 0 and gains["attendance"]["fp"] == 0
    # the host is right; the minister and the academy's president, not in this gold, count as wrong
    assert gains["visit_partners"]["tp"] == 1 and gains["visit_partners"]["fp"] == 2
    assert ENABLED == fallbacks.ENABLED and "visit_partners" in fallbacks.ENABLED


def test_the_host_who_invited_the_visitor_is_no_partner_met():
    text = ("Deputy Prime Minister Dinh Quoc Khanh held talks in Hanoi on Wednesday with Chilean Foreign Minister "
            "Rafael Mendoza, who is paying an official visit to Vietnam at the invitation of Minister of Foreign "
            "Affairs Tran Van Quang.")
    got = facts(text, "2025-04-24", "en")
    assert ("Dinh Quoc Khanh", "participatedIn", "official visit to Vietnam") in got
    assert ("Tran Van Quang", "participatedIn", "official visit to Vietnam") not in got
