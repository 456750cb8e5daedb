"""Visits named in lower case by the country or province they go to: "chuyến thăm chính thức Việt
Nam", "chuyến thăm cấp Nhà nước tới Lào", "chuyến công tác tại Nhật Bản" is not one (a trip "at")."""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

_VISIT = re.compile(
    r"(?<![\w])(?:[Cc]huyến thăm|[Cc]huyến công du)"
    r"(?:\s+(?:chính thức|cấp Nhà nước|cấp nhà nước|làm việc|hữu nghị|song phương|cấp cao|và làm việc))*"
    r"(?:\s+(?:tới|đến))?\s+(?=[" + P.UPPER_VI + r"])")


def visit_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """"chuyến thăm chính thức Việt Nam": a visit ends with the known place it goes to."""
    out: list[Candidate] = []
    for m in _VISIT.finditer(text):
        words = re.findall(r"\S+", text[m.end():m.end() + 60])
        end = None
        for n in range(min(4, len(words)), 0, -1):
            surface = " ".join(words[:n]).rstrip(",.;:)")
            if any(e.type == "Place" for e in lex.lookup(surface)):
                end = m.end() + len(surface)
                break
        if end is not None:
            out.append(Candidate(m.start(), end, "EVENT", PRIORITY["event-head"], "event-visit",
                                 meta={"head": "chuyến thăm"}))
    return out
