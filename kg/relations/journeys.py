"""locatedIn of an event someone travels to: "the Chilean minister will travel to Ho Chi Minh City
to attend the Vietnam-Latin America Business Forum" — the place of the journey is the event's.
Verbs are data (``journey_verbs`` and ``journey_purposes`` in ``kg/data/relations/cues.json``)."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern


def journey_venues(s: Sentence) -> list[Relation]:
    """locatedIn: "travel to PLACE (on DAY) to attend EVENT"."""
    verbs, purposes = cue_pattern("journey_verbs", s.lang), cue_pattern("journey_purposes", s.lang)
    if not verbs or not purposes:
        return []
    out: list[Relation] = []
    events = s.of_type("Event")
    for pl in s.of_type("Place"):
        if not re.search(r"\b(?:" + verbs + r")\s+(?:to|in)\s+(?:the\s+)?$", s.text[max(s.start, pl.start - 40):pl.start],
                         flags=re.IGNORECASE):
            continue
        m = re.match(r"(?:\s+(?:on|this|next)\s+\w+)?\s+to\s+(?:" + purposes + r")\s+(?:the\s+|a\s+|an\s+)?",
                     s.text[pl.end:s.end], flags=re.IGNORECASE)
        if m is None:
            continue
        ev = next((e for e in events if e.start == pl.end + m.end()), None)
        if ev is not None:
            out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
    return out
