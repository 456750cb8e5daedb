"""English organized of the bodies a passive names after the event's day and venue: "A groundbreaking ceremony
for the … park was held this morning in Long Thành Commune, Đồng Nai Province, by Sonadezi Corporation",
"The X Exercise was held last Friday off Cô Tô Island by the Coast Guard and the Border Guard Command"; or a
participle right after the event's name with no auxiliary ("at a forum on sustainable tourism held in Hạ Long on
Saturday by the Vietnam National Authority of Tourism").
:func:`kg.relations.events.organizers_by_list` reads "held by" only with nothing between; here the gap is an
adverbial (opened by a word of time or place, holding no name but places, and no clause mark)."""
from __future__ import annotations

import re

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.coordination import name_list

_DATA = pattern_data("event_owners_en.json")
# ("held" alone only right after the event's name: :func:`held_later_by` checks the gap)
_VERB = re.compile(r"(?:\b(?:was|were|is|are|will\s+be|has\s+been|have\s+been|being)\s+|(?<=\s))(?:jointly\s+)?(?:"
                   + "|".join(map(re.escape, _DATA["held_verbs"])) + r")\s+(?=(?:"
                   + "|".join(map(re.escape, _DATA["adverbial_openers"])) + r")\b)", re.IGNORECASE)
# the end of the adverbial: ", by the" / " by"
_BY = re.compile(r",?\s+(?:jointly\s+)?by\s+(?:the\s+)?")
# (a finite verb too: "The session, held at the X House, was chaired by …" names its chair, no organiser)
_CLAUSE = re.compile(r"[.;:()]|\b(?:and|but|which|who|that|while|after|before|with|by|said|says|was|were|is|are)\b")


def _agents(s: Sentence, pos: int) -> list[Mention]:
    """The bodies listed from ``pos`` on: "A", "A and B", "A, B and C", "A with B"."""
    first = next((o for o in s.of_type("Organization") if o.start == pos and not o.nested), None)
    return name_list(s, first, partners=True) if first is not None else []


def held_later_by(s: Sentence) -> list[Relation]:
    """organized: "EVENT was held <day / venue> by ORG (and ORG)" for the event that is the verb's subject."""
    if s.lang != "en":
        return []
    events = s.of_type("Event")
    if not events:
        return []
    out: list[Relation] = []
    for v in _VERB.finditer(s.text, s.start, s.end):
        subject = [e for e in events if e.end <= v.start()]
        if not subject:
            continue
        ev = subject[-1]
        if re.search(r"[.;:]|,\s+(?:and|but)\b", s.text[ev.end:v.start()]):
            continue  # the verb belongs to another clause than the event's
        if not re.match(r"(?i:was|were|is|are|will|has|have|being)\b", s.text[v.start():v.end()]) \
                and not re.fullmatch(r",?\s*", s.text[ev.end:v.start()]):
            continue  # a bare participle qualifies the name right before it only
        by = next((m for m in _BY.finditer(s.text, v.end(), min(s.end, v.end() + 120))), None)
        if by is None:
            continue
        gap = s.text[v.end():by.start()]
        inside = [m for m in s.mentions if v.end() <= m.start and m.end <= by.start()]
        if any(m.type != "Place" for m in inside):
            continue  # ("held in Hà Nội with the Ministry of X, attended by …": another name, another role)
        masked = gap
        for m in sorted(inside, key=lambda m: -m.start):
            masked = masked[:m.start - v.end()] + "PLACE" + masked[m.end - v.end():]
        if _CLAUSE.search(masked):
            continue
        for o in _agents(s, by.end()):
            out.append(Relation(o.id, "organized", ev.id, s.index))
    return out
