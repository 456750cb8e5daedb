"""Where a person lives, written next to the name: ``locatedIn``.

"Lường Văn Khải (SN 1986, trú tại TP Móng Cái)", "X, ngụ ở huyện Y", "X, a resident of Y" (``residence_cues``), and
in Vietnamese an apposition that says what the person is, then "ở / tại": "ông Lâm Minh Tâm, một nông dân ở xã Hòa
Ninh" (``resident_groups``, kg.relations.venue_frames_vi).
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.venue_frames_vi import resident_apposition


def residences(s: "Sentence") -> list["Relation"]:
    """locatedIn for a person and the place the text says they live in, in an apposition or the
    brackets after the name: "X (SN 1986, trú tại TP Móng Cái)", "X, ngụ ở huyện Y,"."""
    out: list[Relation] = []
    cue = cue_pattern("residence_cues", s.lang)
    places = {m.start: m for m in s.mentions if m.type == "Place"}
    for p in s.of_type("Person"):
        m = re.match(r"\s*[(,]\s*(?:[^().;,]{1,25},\s*)?(?:" + cue + r")\s+", s.text[p.end:s.end], flags=re.IGNORECASE)
        at = p.end + m.end() if m else None
        if at is None and s.lang == "vi" and (r := resident_apposition(s.text, p.end, s.end)) is not None:
            at = r.end()  # "ông X, một nông dân ở xã Y"
        if at is not None and (pl := places.get(at)) is not None:
            out.append(Relation(p.id, "locatedIn", pl.id, s.index))
    return out
