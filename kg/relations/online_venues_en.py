"""English: where an online conference is held — the bridge point it connects with the others.

"… chaired a national online conference on …, connecting the Government headquarters in Hà Nội with 34
provinces and cities", "an online national conference …, which connected the Government headquarters in
Hanoi with …": the places named between the verb of connecting and "with" are where the event is
(the venue and its city, as for "at VENUE in CITY"). "… chaired an online meeting on typhoon response with
nine provinces from Hà Nội", "Chairing an online meeting with the flood-hit localities from the Government
headquarters, …": the place the chair spoke "from" is where the online event is held.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.base import Relation

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_CONNECTING = re.compile(r",?\s+(?:which\s+)?(?:connecting|connected|linking|linked)\s+(?:the\s+)?")
_WITH = re.compile(r"\s+(?:with|to)\s")
_ONLINE = re.compile(r"\b(?:online|virtual|videoconference|video\s+conference)\b", re.IGNORECASE)
# "… from (the) PLACE" closing the online event's clause; people "from" a place are where they come from
_FROM = re.compile(r"(?<![\w])(?<!officials\s)(?<!leaders\s)(?<!delegates\s)(?<!representatives\s)(?<!experts\s)"
                   r"(?<!people\s)(?<!participants\s)(?<!students\s)(?<!staff\s)from\s+(?:the\s+)?$")


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
    return out + _chaired_from(s)


def _chaired_from(s: "Sentence") -> list[Relation]:
    """locatedIn: an online event and the place it was chaired "from", in the event's own clause."""
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if not _ONLINE.search(s.text, max(s.start, ev.start - 12), ev.end):
            continue
        for pl in s.of_type("Place"):
            gap = s.text[ev.end:pl.start]
            if pl.start <= ev.end or len(gap) > 120 or re.search(r"[.;:]", gap) or not _FROM.search(gap):
                continue
            if any(x.type == "Event" and ev.end <= x.start < pl.start for x in s.mentions):
                continue
            out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
            break
    return out
