"""English: the partners an event was held "in cooperation with" organised it too.

"The Gia Lai Provincial People's Committee held an investment promotion conference in Seoul on
Thursday, in cooperation with the Vietnamese Embassy in South Korea and the Korea Chamber of
Commerce and Industry": the bodies listed after "in cooperation / collaboration / partnership /
coordination with" (or "jointly with", "under the auspices of") in the clause of a verb of holding an
event co-organised it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.attendance import list_members
from kg.relations.base import Relation

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_HOLD = re.compile(r"\b(?:held|hosted|organi[sz]ed|opened|launched|convened|staged)\b")
_HELD_BY = re.compile(r"\b(?:held|hosted|organi[sz]ed|co-organi[sz]ed|staged)\s+by\s+[^;.]{1,90}$")
# "… organised by A under the auspices of B": the body that sponsors it organises it too
_PARTNERS = re.compile(r",?\s+(?:(?:in\s+(?:cooperation|collaboration|partnership|coordination|conjunction)|jointly|together)"
                       r"\s+with|under\s+the\s+(?:auspices|aegis|patronage)\s+of)\s+")
_END = re.compile(r"[;.]|,\s+(?:who|which|where|when|with|as|and\s+(?:said|asked|called|urged))\b|\s+(?:to|where|which)\s")


def cooperating_organisers(s: "Sentence") -> list[Relation]:
    """organized: the bodies an event was held in cooperation with."""
    if s.lang != "en":
        return []
    events = [e for e in s.of_type("Event") if not e.nested]
    out: list[Relation] = []
    for w in _PARTNERS.finditer(s.text, s.start, s.end):
        ev = next((e for e in reversed(events) if e.end <= w.start()), None)
        if ev is None or not (_HOLD.search(s.text, max(s.start, ev.start - 60), ev.start)
                              or _HELD_BY.search(s.text, ev.end, w.start())):
            continue  # ("the Hue Festival, organised by A in cooperation with B": the agent clause after the event)
        stop = _END.search(s.text, w.end(), s.end)
        end = stop.start() if stop else s.end
        out += [Relation(o.id, "organized", ev.id, s.index) for o in list_members(s, w.end(), end)
                if o.type == "Organization"]
    return out
