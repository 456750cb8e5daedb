"""English: a place named as the host of an event in a passive clause after it is where the event is held.

"The awards ceremony on Saturday, hosted by the city of Đà Nẵng at the X Centre": Đà Nẵng holds the
ceremony, as "Đà Nẵng hosted the ceremony" (``hosting_places``) would say in the active voice. Only a
Place qualifies: "hosted by the Ministry of Y" names an organiser, which other passes handle.
"""

from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence

# ", hosted by the city of " / " co-hosted by " / " hosted by the government and people of "
_HOSTED_BY = re.compile(r",?\s+(?:co-)?hosted\s+by\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|province|town|"
                        r"municipality|government|people|authorities)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_MAX_GAP = 90  # characters between the event's name and "hosted by": its own short complement only


def hosted_by_places(s: Sentence) -> list[Relation]:
    """locatedIn: "EVENT …, hosted by (the city of) PLACE" (English)."""
    if s.lang == "vi":
        return []
    events = s.of_type("Event")
    out: list[Relation] = []
    for pl in s.of_type("Place"):
        cue = _HOSTED_BY.search(s.text, max(s.start, pl.start - 60), pl.start)
        if cue is None:
            continue
        before = [e for e in events if e.end <= cue.start() and cue.start() - e.end <= _MAX_GAP]
        if not before:
            continue
        ev: Mention = max(before, key=lambda e: e.end)
        if re.search(r"[.;:]", s.text[ev.end:cue.start()]):
            continue  # another clause stands between
        out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
    return out
