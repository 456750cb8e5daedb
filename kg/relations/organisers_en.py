"""English organized of a body an apposition calls the organiser: "Sunrise Events, the organiser, said 40 per
cent of runners came from abroad", "…, said Vinexad, the event's organiser." — the body organised the last
event named up to its sentence (or the one its sentence names before it)."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence, last_named_event

_APPOSED = re.compile(r"\s*,\s+(?:the|its|their|one\s+of\s+the|a|an)\s+(?:(?:main|chief|lead|event['’]s|festival['’]s|"
                      r"fair['’]s|race['’]s|tournament['’]s|contest['’]s|expo['’]s)\s+)?"
                      r"(?:organi[sz]ers?|co-organi[sz]ers?|hosts?|co-hosts?)\b(?!\s+of\b)")


def apposed_organisers(s: Sentence) -> list[Relation]:
    """organized: "Sunrise Events, the organiser, said …"."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for org in s.of_type("Organization"):
        if not _APPOSED.match(s.text, org.end, s.end):
            continue
        ev = last_named_event(s, org.start)
        if ev is not None:
            out.append(Relation(org.id, "organized", ev.id, s.index))
    return out
