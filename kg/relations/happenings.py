"""Who took part in a trial, who held it, and where a visit went.

``trial_parties``: in an article about one trial ("a trial in Hanoi", "phiên tòa"), the people
a sentence says were sentenced, convicted or jailed (``verdict_verbs``) took part in it, and a
court that is the subject of such a verb ("The Hanoi People's Court sentenced …") held it.

``visit_places``: "a state visit to Viet Nam" is located in the place its name goes to.

Cue words: ``verdict_verbs``, ``trial_heads``, ``court_heads`` and ``travel_to`` in
``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re

from kg.relations.cues import cue_pattern, cue_words
from kg.relations.dates import published_day, relative_day
from kg.textutil import norm_key
from kg.relations.base import Mention, Relation, Sentence



def _the_trial(s: "Sentence") -> "Mention | None":
    """The article's trial when it names one (its mentions may repeat); of several ("the appeal
    trial", "the first-instance trial"), the one this sentence names, else the latest one named
    before it, else the first one the article goes on to name."""
    heads = {norm_key(h) for h in cue_words("trial_heads", s.lang)}
    trials = [m for m in s.ex.mentions if m.type == "Event" and not m.nested
              and norm_key(m.meta.get("head", "") or m.text.split()[-1]) in heads]
    if not trials or len({norm_key(m.text) for m in trials}) == 1:
        return trials[0] if trials else None
    here = [m for m in trials if m.sentence == s.index]
    before = [m for m in trials if m.sentence < s.index]
    if here:
        return min(here, key=lambda m: m.start)
    return max(before, key=lambda m: (m.sentence, m.start)) if before else min(trials, key=lambda m: (m.sentence, m.start))


def trial_parties(s: "Sentence") -> list["Relation"]:
    """participatedIn for the people a verdict names; organized for the court that gives it."""

    verdict = re.compile(cue_pattern("verdict_verbs", s.lang), re.IGNORECASE)
    body = s.text[s.start:s.end]
    cue = verdict.search(body)
    if cue is None:
        return []
    trial = _the_trial(s)
    if trial is None:
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if p.source not in ("credit", "byline"):
            out.append(Relation(p.id, "participatedIn", trial.id, s.index))
    pub = published_day(s.ex.article.published)
    hit = relative_day(body, s.lang, pub) if pub is not None and not s.of_type("Event") \
        and not any(d[2] for d in s.dates) else None
    if hit is not None:  # "The court on Thursday upheld …": the verdict's day is the trial's
        out.append(Relation(trial.id, "date", hit[1], s.index))
    elif s.lang == "vi" and not s.of_type("Event") and trial.sentence > s.index:
        days = [d[2] for d in s.dates if d[2] and re.fullmatch(r"\d{4}-\d\d-\d\d", d[2])]
        if days:  # "Chiều 8/9, … Hội đồng xét xử đã tuyên án …", the trial named after: the verdict's day
            out.append(Relation(trial.id, "date", days[0], s.index))
    courts = re.compile(cue_pattern("court_heads", s.lang))
    verb_at = s.start + cue.start()
    for org in s.of_type("Organization"):
        # "The High People's Court in Ho Chi Minh City on Thursday upheld …": its seat and day may come between
        if org.end <= verb_at and courts.search(org.text) and re.fullmatch(
                r"\s*(?:in\s+[^,.;]{1,40}?\s+)?(?:(?:on|last|this)\s+\w+\s+)?(?:(?:has|have|had|đã|vừa)\s+)?",
                s.text[org.end:verb_at]):
            out.append(Relation(org.id, "organized", trial.id, s.index))
    return out


def visit_places(s: "Sentence") -> list["Relation"]:
    """locatedIn for a visit whose name ends in the place it goes to ("state visit to Viet Nam")."""

    travel = re.compile(cue_pattern("travel_to", s.lang) + r"\s+(?:to|tới|đến)?\s*$", re.IGNORECASE)
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        for pl in s.nested + s.mentions:
            if pl.type == "Place" and ev.start < pl.start and pl.end == ev.end \
                    and travel.search(s.text[ev.start:pl.start]):
                out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
                break
    return out
