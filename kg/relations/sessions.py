"""A sitting continued by the body that holds it: "Sáng 12/2, tiếp tục Phiên họp thứ 48, Ủy ban Thường vụ Quốc
hội cho ý kiến …", "Tiếp tục Kỳ họp thứ 10, Quốc hội thảo luận …". The body that opens the clause after the
sitting's name holds it."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

_CONTINUED = re.compile(r"(?:^|,)\s*(?:tiếp tục|trong khuôn khổ|tại)\s+$", re.IGNORECASE)
_SITTING = re.compile(r"(?:Phiên họp|Kỳ họp|Phiên họp chuyên đề|Hội nghị lần thứ)\b")


def continued_sittings(s: Sentence) -> list[Relation]:
    """organized: the body right after "tiếp tục SITTING," → that sitting."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if not _SITTING.match(ev.text) or not _CONTINUED.search(s.text[s.start:ev.start]):
            continue
        nxt = next((o for o in s.of_type("Organization") if o.start > ev.end), None)
        if nxt is not None and re.fullmatch(r"\s*,\s*", s.text[ev.end:nxt.start]):
            out.append(Relation(nxt.id, "organized", ev.id, s.index))
    return out
