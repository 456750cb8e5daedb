"""Where a local office is, when its own name says so: ``locatedIn``.

"Văn phòng JICA tại Việt Nam", "Thương vụ Việt Nam tại Hàn Quốc": a body whose head is an office, a trade
mission, a branch or a campus (``heads`` in ``kg/data/patterns/office_seats_vi.json``) and whose name ends
with "tại <place>" sits in that place. A place inside other names ("Sở Y tế tỉnh Nghệ An", "Đại sứ quán Hàn
Quốc tại Việt Nam") says whose body it is, not a seat, and gives nothing here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation, Sentence


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    """The office heads, longest first, each a whole word at the start of a name."""
    words = sorted(pattern_data("office_seats_vi.json")["heads"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")(?![\w])")


def office_seats(s: Sentence) -> list[Relation]:
    """locatedIn for "<office head> … tại PLACE" written as one body's name, the place nested at its end."""
    if s.lang != "vi":
        return []
    head = _heads()
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
