"""English: who took part in a conversation ("A held a phone call with B", "A had talks with B").

Diplomatic copy names a call or talks by its kind, with the two parties on either side: the
subject before "held/had" and the counterpart after "with" (after his or her titles: "with
Chinese Foreign Minister Wang Yi"). Both took part. The subject may be a list ("A and B held
talks"); the counterpart is the first person named after "with", when only titles, places and
possessives stand between.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.attendance import list_members
from kg.relations.base import Relation

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_KINDS = re.compile(r"\b(?:call|talks|conversation)$", re.IGNORECASE)
_VERB = re.compile(r"\b(?:held|had|made|holds|has|hold|have|conducted)\s+(?:(?:a|an|the|their|his|her)\s+)?"
                   r"(?:[\w-]+\s+){0,2}$")
_WITH = re.compile(r"\s+with\s+(?:(?:his|her|their|the)\s+)?")


def conversation_parties(s: "Sentence") -> list[Relation]:
    """participatedIn for both sides of a call or talks held by a subject "with" a counterpart."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if not _KINDS.search(ev.text):
            continue
        verb = _VERB.search(s.text, s.start, ev.start)
        if verb is None or verb.end() != ev.start and not re.fullmatch(r"\s*", s.text[verb.end():ev.start]):
            continue
        subjects = [m for m in list_members(s, s.start, verb.start()) if m.type in ("Person", "Organization")]
        if not any(m.type == "Person" for m in subjects):
            continue
        out += [Relation(m.id, "participatedIn", ev.id, s.index) for m in subjects]
        w = _WITH.match(s.text, ev.end, s.end)
        if w is None:
            continue
        partner = next((p for p in s.of_type("Person") if p.start >= w.end() and not p.ref), None)
        if partner is None or not _only_titles_between(s, w.end(), partner.start):
            continue
        out.append(Relation(partner.id, "participatedIn", ev.id, s.index))
    return out


def _only_titles_between(s: "Sentence", a: int, b: int) -> bool:
    """Only titles, places, bodies, "counterpart" and nationality words stand between ``a`` and ``b``."""
    covered = [(t.start_char, t.end_char) for t in s.titles] + [
        (m.start, m.end) for m in s.mentions + s.nested if m.type in ("Place", "Organization")]
    rest = "".join(" " if any(x <= a + i < y for x, y in covered) else ch for i, ch in enumerate(s.text[a:b]))
    rest = re.sub(r"\b(?:counterpart|of|the|and|for|[A-Z][a-z]+(?:an|ese|ish|i|ian))\b|[’']s\b|,", " ", rest)
    return rest.strip() == "" and b - a < 90


def possessor_participants(s: "Sentence") -> list[Relation]:
    """"General Secretary To Lam's state visit to China", "Chinh's talks with …": the person whose
    event it is took part in it."""
    if s.lang != "en":
        return []
    events = {ev.start: ev for ev in s.of_type("Event")}
    out: list[Relation] = []
    for p in s.of_type("Person"):
        m = re.match(r"[’']s\s+", s.text[p.end:p.end + 4])
        ev = events.get(p.end + m.end()) if m else None
        if ev is not None:
            out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    return out
