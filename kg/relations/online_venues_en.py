"""English: where an online conference is held — the bridge point it connects with the others.

"… chaired a national online conference on …, connecting the Government headquarters in Hà Nội with 34
provinces and cities", "an online national conference …, which connected the Government headquarters in
Hanoi with …": the places named between the verb of connecting and "with" are where the event is
(the venue and its city, as for "at VENUE in CITY").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.base import Relation

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_CONNECTING = re.compile(r",?\s+(?:which\s+)?(?:connecting|connected|linking|linked)\s+(?:the\s+)?")
_WITH = re.compile(r"\s+(?:with|to)\s")


def online_venues(s: "Sentence") -> list[Relation]:
    """locatedIn: the places an online event connects "with" the rest."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        after = [m for m in s.mentions if m.start >= ev.end]
        # the event's own clause: its name, then at most a short tail of its subject, then the verb
        m = _CONNECTING.search(s.text, ev.end, min(s.end, ev.end + 120))
        if m is None or any(x.type in ("Event", "Person", "Organization") and x.start < m.start() for x in after):
            continue
        w = _WITH.search(s.text, m.end(), s.end)
        if w is None:
            continue
        places = [p for p in s.of_type("Place") if m.end() <= p.start and p.end <= w.start()]
        out += [Relation(ev.id, "locatedIn", p.id, s.index) for p in places]
    return out
