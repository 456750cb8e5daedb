"""Where a local office is, when its own name says so: ``locatedIn``.

"Văn phòng JICA tại Việt Nam", "Thương vụ Việt Nam tại Hàn Quốc": a body whose head is an office, a trade
mission, a branch or a campus (``office_seat_heads`` in ``kg/data/relations/cues.json``) and whose name ends
with "tại <place>" sits in that place. A place inside other names ("Sở Y tế tỉnh Nghệ An", "Đại sứ quán Hàn
Quốc tại Việt Nam") says whose body it is, not a seat, and gives nothing here.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern


def office_seats(s: Sentence) -> list[Relation]:
    """locatedIn for "<office head> … tại PLACE" written as one body's name, the place nested at its end."""
    if s.lang != "vi":
        return []
    head = re.compile(cue_pattern("office_seat_heads", s.lang))
    places = [m for m in s.nested + s.mentions if m.type == "Place"]
    out: list[Relation] = []
    for org in s.of_type("Organization"):
        if org.ref or not head.match(s.text, org.start):
            continue
        seat = next((p for p in places if p.end == org.end and org.start < p.start
                     and re.search(r"\stại\s+$", s.text[org.start:p.start])), None)
        if seat is not None:
            out.append(Relation(org.id, "locatedIn", seat.id, s.index))
    return out
