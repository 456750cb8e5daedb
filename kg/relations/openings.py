"""participatedIn of a person "…, who attended the opening, said …": the opening (or the ceremony, the
launch) of the event the article reports, which is the last event named up to this sentence."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence

_WHO_ATTENDED = re.compile(r"\s*,\s*who\s+(?:also\s+)?(?:attended|was\s+at|joined|spoke\s+at|addressed)\s+the\s+"
                           r"(?:opening(?:\s+ceremony)?|closing(?:\s+ceremony)?|launch(?:\s+ceremony)?|ceremony|"
                           r"opening\s+session|event)\b(?!\s+of\b)")


def _last_event(s: Sentence, pos: int) -> Mention | None:
    named = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and not m.ref and m.sentence <= s.index
             and m.start < pos]
    return max(named, key=lambda m: m.start) if named else None


def opening_attendees(s: Sentence) -> list[Relation]:
    """participatedIn: "Deputy Minister X, who attended the opening, …" (English)."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if not _WHO_ATTENDED.match(s.text, p.end, s.end):
            continue
        ev = _last_event(s, p.start)
        if ev is not None:
            out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    return out
