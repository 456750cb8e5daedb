"""locatedIn from a Vietnamese body's own name that ends with where it sits: "Văn phòng UNESCO tại Hà Nội",
"Thương vụ Việt Nam tại Hàn Quốc", "Phân hiệu Trường Đại học
Y Hà Nội tại Thanh Hóa", "Chi nhánh … tại Đà Nẵng". The name says the office, mission, branch or campus is
in the place written after "tại / ở" at its end, and the gold annotates that seat."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

# "… tại <place>" closing a body's name
_SEAT_TAIL = re.compile(r"\s(?:tại|ở)\s+$")
# an embassy or consulate is where it is accredited: the gold does not annotate its seat
# ("Đại sứ quán Hàn Quốc tại Việt Nam", "Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng")
_MISSION = re.compile(r"(?:Đại sứ quán|Tổng [Ll]ãnh sự quán|Lãnh sự quán)\s")


def named_seats(s: Sentence) -> list[Relation]:
    """locatedIn: a body whose name ends with "tại / ở <place>" is located in that place."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    places = [m for m in s.nested + s.mentions if m.type == "Place"]
    for o in s.of_type("Organization"):
        if o.ref or _MISSION.match(o.text):
            continue
        for pl in places:
            if pl.end == o.end and o.start < pl.start and _SEAT_TAIL.search(s.text[o.start:pl.start]):
                out.append(Relation(o.id, "locatedIn", pl.id, s.index))
                break
    return out
