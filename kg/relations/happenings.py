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
from kg.textutil import norm_key
from kg.relations.base import Mention, Relation, Sentence



def _the_trial(s: "Sentence") -> "Mention | None":
    """The article's trial when it names exactly one (its mentions may repeat)."""
    heads = {norm_key(h) for h in cue_words("trial_heads", s.lang)}
    trials = [m for m in s.ex.mentions if m.type == "Event" and not m.nested
              and norm_key(m.meta.get("head", "") or m.text.split()[-1]) in heads]
    if len({norm_key(m.text) for m in trials}) != 1:
        return None
    return trials[0]


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
    courts = re.compile(cue_pattern("court_heads", s.lang))
    verb_at = s.start + cue.start()
    for org in s.of_type("Organization"):
        if org.end <= verb_at and courts.search(org.text) and \
                re.fullmatch(r"\s*(?:(?:has|have|had|đã|vừa)\s+)?", s.text[org.end:verb_at]):
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
