"""Fallback relations: broad, cheap links added after every precise rule has run.

The precise rules of :mod:`kg.extract` and this package miss relations on text nobody
tuned them for. With relation F1 near 0.6, a relation added with precision p raises F1
whenever p exceeds about F1 / 2, so a few broad rules pay if their precision on unseen
text is high enough. Each rule here reads one sentence of a *resolved* article (entities
already grouped, so "the forum" and "Central Region … Forum 2025" are one) and adds a
fact only where the precise rules left that slot empty:

* ``attendance``: a person in a sentence with one event and an attendance or speech verb
  ("chaired", "told", "attended") took part in that event;
* ``organizer``: a body right before a hosting verb whose object is the event ("X held
  the forum"), or right after "organised by" / "hosted by" an event, organised it;
* ``event_date`` / ``policy_date``: the one event (policy) of a sentence that writes one
  date, when it has no date yet;
* ``event_place``: the one event of a sentence with one place after "in"/"at", when it
  has no place yet;
* ``issuer``: a body before an issuing verb whose object is a policy with no issuer yet;
* ``signer``: a person before "signed" whose object is a policy, or after "signed by";
* ``topic``: a policy or event named in the same clause as a topic, before it;
* ``attendance_any``: as ``attendance``, to the nearest of several events;
* ``member_adjacent``: a titled person with no body, next to "<title> of <body>";
* ``visit_partners``: a person who meets, receives or co-chairs with a visitor, in a
  sentence that names the visitor, takes part in the visit.

Which rules run is :data:`ENABLED`: a rule is enabled only where its added relations
were measured to be mostly right on articles no rule was fitted to
(:func:`kg.evaluate.fallback_gains`; README, Accuracy). Measured in round 9 of issue 9, the
broad rules added 1 right and 4 wrong relations on four batches of fresh English articles,
1 right and 14 wrong on the tuned English sets and 0 right and 26 wrong on the Vietnamese
ones (their firings mostly repeat the precise rules), so only ``visit_partners`` runs, for
English (5 right, 0 wrong on fresh articles; no Vietnamese evidence).
The cue words are data (``fallback_*`` keys of ``kg/data/relations/cues.json``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from kg.relations.base import Extraction, Mention
from kg.relations.cues import cue_pattern
from kg.relations.places import another_of_kind

# rule name → languages it runs for (measured per language; see the module docstring)
ENABLED: dict[str, frozenset[str]] = {"visit_partners": frozenset({"en"})}


@dataclass
class Slot:
    """A mention of a resolved entity in one sentence."""

    mention: Mention
    key: str
    type: str


@dataclass
class SentenceView:
    """One sentence of a resolved article, as the fallback rules read it."""

    index: int
    start: int
    end: int
    text: str  # the article text (offsets are article offsets)
    lang: str
    slots: list[Slot]  # outer mentions first, by offset
    dates: list[str]  # the ISO values of the dates it writes (weekdays resolved)
    entities: dict  # the article's resolved entities, by key

    def of_type(self, *types: str) -> list[Slot]:
        return [s for s in self.slots if s.type in types]

    def keys(self, *types: str) -> list[str]:
        return list(dict.fromkeys(s.key for s in self.of_type(*types)))

    def between(self, a: int, b: int) -> str:
        return self.text[a:b]


class Known:
    """The facts found so far, indexed for the "is this slot empty" questions."""

    def __init__(self, facts: list) -> None:
        self.triples = {(f.subject, f.predicate, f.obj) for f in facts}
        self.subj_pred = {(f.subject, f.predicate) for f in facts}
        self.obj_pred = {(f.obj, f.predicate) for f in facts if not f.literal}
        self.by_obj: dict[tuple[str, str], set[str]] = defaultdict(set)
        for f in facts:
            if not f.literal:
                self.by_obj[(f.obj, f.predicate)].add(f.subject)

    def add(self, s: str, p: str, o: str, literal: bool) -> None:
        self.triples.add((s, p, o))
        self.subj_pred.add((s, p))
        if not literal:
            self.obj_pred.add((o, p))
            self.by_obj[(o, p)].add(s)


Rule = Callable[[SentenceView, Known], list[tuple[str, str, str, bool]]]


def _cue(kind: str, lang: str) -> re.Pattern:
    return re.compile(cue_pattern(kind, lang), re.IGNORECASE)


def _clause(v: SentenceView, a: int, b: int) -> bool:
    """No clause break (";", a dash, a full stop) between offsets ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return re.search(r"[;!?]|\s[–—-]\s|\.\s", v.text[lo:hi]) is None


def attendance(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """participatedIn: every person of a sentence with one event and an attendance verb."""
    events = v.keys("Event")
    if len(events) != 1 or not _cue("fallback_attend", v.lang).search(v.text[v.start:v.end]):
        return []
    ev = events[0]
    return [(k, "participatedIn", ev, False) for k in v.keys("Person")
            if (k, "participatedIn", ev) not in known.triples]


def organizer(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """organized: "X held/hosted the forum", "the forum, organised by X"."""
    out = []
    host = _cue("fallback_host", v.lang)
    by = _cue("fallback_host_by", v.lang)
    for ev in v.of_type("Event"):
        if (ev.key, "organized") in known.obj_pred:
            continue
        for org in v.of_type("Organization"):
            m = org.mention
            if m.end <= ev.mention.start:
                gap = v.between(m.end, ev.mention.start)
                verbs = list(host.finditer(gap))
                if (len(gap) <= 60 and verbs and len(gap) - verbs[-1].end() <= 25
                        and _clause(v, m.end, ev.mention.start)):
                    out.append((org.key, "organized", ev.key, False))
            elif ev.mention.end <= m.start:
                gap = v.between(ev.mention.end, m.start)
                if len(gap) <= 40 and re.fullmatch(r"[\s,]*(?:\S+\s+){0,3}?" + by.pattern + r"\s+(?:the\s+)?",
                                                   gap, re.IGNORECASE):
                    out.append((org.key, "organized", ev.key, False))
    return out


def _one_date(v: SentenceView) -> str | None:
    values = {d for d in v.dates if d and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)}
    return values.pop() if len(values) == 1 else None


def event_date(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """date: the one undated event of a sentence that writes one full date."""
    day = _one_date(v)
    events = [k for k in v.keys("Event") if (k, "date") not in known.subj_pred]
    if day is None or len(events) != 1 or len(v.keys("Event")) != 1:
        return []
    return [(events[0], "date", day, True)]


def policy_date(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """date: the one undated policy of a sentence that writes one full date and an issuing verb."""
    day = _one_date(v)
    pols = v.keys("Policy")
    if day is None or len(pols) != 1 or (pols[0], "date") in known.subj_pred or v.keys("Event"):
        return []
    if not _cue("issue_verbs", v.lang).search(v.text[v.start:v.end]):
        return []
    return [(pols[0], "date", day, True)]


def event_place(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """locatedIn: the one event of a sentence with one place written after "in"/"at"."""
    events = v.keys("Event")
    if len(events) != 1 or (events[0], "locatedIn") in known.subj_pred:
        return []
    if v.lang == "en" and any(another_of_kind(v.text, v.start, e.mention) for e in v.of_type("Event")):
        return []  # "A second event will take place in …": not the event named before
    prep = re.compile(r"(?:" + cue_pattern("place_preps", v.lang) + r")\s+(?:the\s+)?$", re.IGNORECASE)
    places = list(dict.fromkeys(p.key for p in v.of_type("Place")
                                if prep.search(v.text[max(v.start, p.mention.start - 12):p.mention.start])))
    if len(places) != 1 or len(v.keys("Place")) != 1:
        return []
    return [(events[0], "locatedIn", places[0], False)]


def issuer(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """issued: "X issued/passed/adopted <policy>" where the policy has no issuer yet."""
    out = []
    verb = _cue("issue_verbs", v.lang)
    for pol in v.of_type("Policy"):
        if (pol.key, "issued") in known.obj_pred:
            continue
        orgs = [o for o in v.of_type("Organization") if o.mention.end <= pol.mention.start
                and _clause(v, o.mention.end, pol.mention.start)]
        if not orgs:
            continue
        org = orgs[-1]
        gap = v.between(org.mention.end, pol.mention.start)
        if len(gap) <= 60 and verb.search(gap):
            out.append((org.key, "issued", pol.key, False))
    return out


def signer(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """signed: "X signed <policy>", "<policy>, signed by X"."""
    out = []
    sign = _cue("signing_verbs", v.lang)
    for pol in v.of_type("Policy"):
        for per in v.of_type("Person"):
            if (per.key, "signed", pol.key) in known.triples:
                continue
            a, b = (per.mention, pol.mention) if per.mention.end <= pol.mention.start else (pol.mention, per.mention)
            gap = v.between(a.end, b.start)
            if len(gap) > 80 or not sign.search(gap) or not _clause(v, a.end, b.start):
                continue
            if a is pol.mention and not re.search(r"\bby\b|\bbởi\b", gap):
                continue
            out.append((per.key, "signed", pol.key, False))
    return out


def topic(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """about: the nearest policy or event before a topic in the same clause."""
    out = []
    for t in v.of_type("Topic"):
        hosts = [h for h in v.of_type("Policy", "Event") if h.mention.end <= t.mention.start
                 and _clause(v, h.mention.end, t.mention.start)]
        if not hosts:
            continue
        h = hosts[-1]
        if (h.key, "about", t.key) not in known.triples:
            out.append((h.key, "about", t.key, False))
    return out


def visit_partners(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """participatedIn: a person who meets a visitor ("X held talks with Y", "Y and X co-chaired …")
    in a sentence that names the visitor took part in the visit."""
    travel = re.compile(cue_pattern("travel_to", v.lang), re.IGNORECASE)
    meet = _cue("fallback_meet", v.lang)
    people = v.of_type("Person")
    if len(people) < 2 or not meet.search(v.text[v.start:v.end]):
        return []
    out = []
    for key, ent in v.entities.items():
        if ent.type != "Event" or not travel.search(ent.name):
            continue
        visitors = known.by_obj.get((key, "participatedIn"), set())
        if not any(p.key in visitors for p in people):
            continue
        out += [(p.key, "participatedIn", key, False) for p in people if p.key not in visitors
                and not _inviter(v, p.mention)]
    return out


def _inviter(v: SentenceView, m: Mention) -> bool:
    """``m`` is named as the one who invited ("at the invitation of President X", "at X's invitation"):
    the host at home, not a partner the visitor met in this sentence."""
    return re.search(r"\binvitation\s+of\s+(?:[A-Z][\w-]*\s+|(?:of|the|and|for)\s+){0,8}$", v.text[max(v.start, m.start - 60):m.start]) is not None \
        or re.match(r"['’]s\s+invitation\b", v.text[m.end:m.end + 16]) is not None


def attendance_any(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """participatedIn: each person of a sentence with an attendance verb, to the nearest event."""
    events = v.of_type("Event")
    if not events or not _cue("fallback_attend", v.lang).search(v.text[v.start:v.end]):
        return []
    out = []
    for p in v.of_type("Person"):
        ev = min(events, key=lambda e: abs(e.mention.start - p.mention.start))
        out.append((p.key, "participatedIn", ev.key, False))
    return out


def member_adjacent(v: SentenceView, known: Known) -> list[tuple[str, str, str, bool]]:
    """memberOf: a person with a title but no body, right after "<title> of <body>" or before ", <title> of <body>"."""
    out = []
    orgs = v.of_type("Organization")
    for p in v.of_type("Person"):
        if (p.key, "position") not in known.subj_pred or (p.key, "memberOf") in known.subj_pred:
            continue
        for o in orgs:
            if o.mention.end <= p.mention.start and re.fullmatch(r"[\s']*(?:s\s+)?(?:\([^)]*\)\s*)?",
                                                                 v.between(o.mention.end, p.mention.start)):
                out.append((p.key, "memberOf", o.key, False))
            elif p.mention.end <= o.mention.start and re.fullmatch(r",\s+(?:the\s+)?[\w -]{2,40}\s+of\s+(?:the\s+)?",
                                                                   v.between(p.mention.end, o.mention.start)):
                out.append((p.key, "memberOf", o.key, False))
    return out


RULES: dict[str, Rule] = {
    "visit_partners": visit_partners,
    "attendance_any": attendance_any,
    "member_adjacent": member_adjacent,
    "attendance": attendance,
    "organizer": organizer,
    "event_date": event_date,
    "policy_date": policy_date,
    "event_place": event_place,
    "issuer": issuer,
    "signer": signer,
    "topic": topic,
}


def sentence_views(ex: "Extraction", entities: dict) -> list[SentenceView]:
    """The sentences of an extraction with the resolved entity of each mention."""
    key_of = {mid: key for key, ent in entities.items() for mid in ent.mentions}
    lang = ex.article.lang if ex.article.lang in ("vi", "en") else "vi"
    slots: dict[int, list[Slot]] = defaultdict(list)
    for m in sorted(ex.mentions, key=lambda m: (m.nested, m.start)):
        key = key_of.get(m.id)
        if key is not None and not m.nested:
            slots[m.sentence].append(Slot(m, key, entities[key].type))
    dates: dict[int, list[str]] = defaultdict(list)
    for si, value in getattr(ex, "dates", []):
        dates[si].append(value)
    return [SentenceView(i, s, e, ex.article.text, lang, sorted(slots[i], key=lambda x: x.mention.start), dates[i],
                         entities)
            for i, (s, e) in enumerate(ex.sentences)]


def fallback_facts(ex: "Extraction", entities: dict, facts: list,
                   rules: dict[str, frozenset[str]] | None = None) -> list:
    """The facts the enabled fallback rules (or ``rules``) add to an article's resolved ``facts``."""
    from kg.resolve import Fact

    enabled = ENABLED if rules is None else rules
    known = Known(facts)
    out = []
    for v in sentence_views(ex, entities):
        for name, rule in RULES.items():
            if v.lang not in enabled.get(name, ()):
                continue
            for s, p, o, literal in rule(v, known):
                if (s, p, o) in known.triples or s == o:
                    continue
                known.add(s, p, o, literal)
                out.append(Fact(s, p, o, literal, v.index))
    return out
