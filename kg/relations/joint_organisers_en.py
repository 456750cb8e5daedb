"""English organized for every body of a frame that names several organisers (kg/data/patterns/joint_organisers_en.json):
a list of bodies as the subject of a verb of holding ("The Ministry of Health and the World Health Organization on
Monday held a conference …", "A and B (VNAT) will co-organise the 2026 … Forum"), and a partner added after an
event or its organisers ("…, co-organised with the World Health Organization", "organised by A under the Ministry
of X, together with B and C"). Other rules name the first body of such frames only."""
from __future__ import annotations

import re

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.coordination import name_list
from kg.textutil import escaped_alternation

_DATA = pattern_data("joint_organisers_en.json")


_SHORT = r"(?:\s*\([^()]{1,20}\))?"  # a body's short form in brackets
_TO_VERB = re.compile(_SHORT + r"(?:\s+(?:" + escaped_alternation(_DATA["between_words"]) + r"))*\s+(?:" + escaped_alternation(_DATA["subject_verbs"])
                      + r")\s+(?:(?:the|a|an|its|their)\s+)?")
_PARTNER = re.compile(r"\s*,?\s+(?:" + escaped_alternation(_DATA["partner_links"]) + r")\s+(?:the\s+)?")
# between "organised by" and "together with B", bodies masked as ORG: A, then its parent ("under the Ministry of X")
_PARENT = re.compile(r"ORG" + _SHORT + r"(?:\s+(?:under|of)\s+(?:the\s+)?ORG" + _SHORT + r")?\s*")
# a partner link that itself says the event was held ("co-organised with"), and a verb of holding before the event
_HOLDING_LINK = re.compile(r"(?:co-)?(?:organi[sz]ed|hosted|held)\b")
_HELD_BEFORE = re.compile(r"\b(?:held|holds|hosted|hosts|organi[sz]ed|organi[sz]es|staged|convened|co-organi[sz]ed)\s+"
                          r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}$")
_BY = re.compile(r"\b(?:co-)?(?:organi[sz]ed|hosted|held|convened)\s+(?:jointly\s+)?by\s+(?:the\s+)?")


def _opening(s: Sentence, o: Mention) -> bool:
    """The body opens its clause: the sentence's start (past a dateline) or a comma before "the"."""
    before = s.text[max(s.start, o.start - 40):o.start]
    return re.search(r"(?:^|—\s*|,\s+|^\s*)(?:[Tt]he\s+)?$", before) is not None and (
        o.start - s.start < 60 or re.search(r",\s+(?:the\s+)?$", before) is not None)


def subject_lists(s: Sentence, orgs: list[Mention], events: list[Mention]) -> list[Relation]:
    """"A and B (on Friday) held EVENT": every body of the subject list organised the event."""
    out: list[Relation] = []
    for first in orgs:
        if not _opening(s, first):
            continue
        group = name_list(s, first)
        if len(group) < 2:
            continue
        verb = _TO_VERB.match(s.text, group[-1].end, s.end)
        if verb is None:
            continue
        ev = next((e for e in events if verb.end() <= e.start and not any(
            m.type != "Event" and verb.end() <= m.start < e.start for m in s.mentions)), None)
        if ev is None or ev.start - verb.end() > 40:
            continue
        out += [Relation(o.id, "organized", ev.id, s.index) for o in group]
    return out


def added_partners(s: Sentence, orgs: list[Mention], events: list[Mention]) -> list[Relation]:
    """"EVENT (in X on Friday), co-organised with ORG", "organised by A (under B), together with C and D"."""
    out: list[Relation] = []
    for m in _PARTNER.finditer(s.text, s.start, s.end):
        first = next((o for o in orgs if o.start == m.end()), None)
        if first is None:
            continue
        before = [e for e in events if e.end <= m.start()]
        if not before:
            continue
        ev = before[-1]
        between = s.text[ev.end:m.start()]
        by = _BY.search(between)
        if by is not None:  # "EVENT … organised by A (under B), together with C": only A and its parent before it
            inside = [o for o in orgs if ev.end + by.end() <= o.start and o.end <= m.start()]
            masked = s.text[ev.end + by.end():m.start()]
            for o in sorted(inside, key=lambda o: -o.start):
                masked = masked[:o.start - ev.end - by.end()] + "ORG" + masked[o.end - ev.end - by.end():]
            if not _PARENT.fullmatch(masked):
                continue
        elif re.search(r"[.;:]|\b(?:said|says|told|and|but|which|who|where)\b", between) or any(
                x.type in ("Organization", "Person") and ev.end <= x.start < m.start() for x in s.mentions):
            continue  # (a body or a clause between: the partner is someone else's)
        elif not _HOLDING_LINK.match(m.group(0).strip(" ,")) and not _HELD_BEFORE.search(
                s.text, max(s.start, ev.start - 30), ev.start):
            continue  # ("X attended the opening ceremony together with Y": a companion, not a host)
        group = name_list(s, first)
        if any(p.type == "Person" and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}", s.text[group[-1].end:p.start])
               for p in s.mentions if p.start >= group[-1].end):
            continue  # ("together with HUST president Huỳnh Quyết Thắng": a person of the body)
        out += [Relation(o.id, "organized", ev.id, s.index) for o in group]
    return out


def joint_organisers(s: Sentence) -> list[Relation]:
    """organized: every body of a subject list or of a partner phrase (English)."""
    if s.lang != "en":
        return []
    events = s.of_type("Event")
    orgs = s.of_type("Organization")
    if not events or not orgs:
        return []
    return subject_lists(s, orgs, events) + added_partners(s, orgs, events)
