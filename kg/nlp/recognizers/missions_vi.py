"""Vietnamese trade offices and consulates with the country they serve and their seat: "Thương vụ Việt Nam tại
Hàn Quốc", "Tổng lãnh sự quán Việt Nam tại Mumbai".

"Đại sứ quán" is an organisation head of the body-name grammar, which keeps the seat after "tại"
(``seat_heads`` of body_names_vi.json); these heads are not, as "Thương vụ" is also a deal ("thương vụ mua
lại …") and "lãnh sự quán" is written in lower case: they name a body only with a country and a known seat.
The heads are data (``mission_heads`` of ``kg/data/patterns/body_names_vi.json``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation

_CAP = rf"[{UPPER_VI}][\w'-]*"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    heads = phrase_alternation(pattern_data("body_names_vi.json")["mission_heads"])
    return re.compile(rf"(?<![\w])(?:{heads})\s+(?P<country>{_CAP}(?:\s+{_CAP}){{0,2}})\s+tại\s+"
                      rf"(?P<seat>{_CAP}(?:\s+{_CAP}){{0,3}})")


def mission_candidates_vi(text: str, lex: Lexicon) -> list[Candidate]:
    """ORG candidates for a mission whose country and seat are known places (the seat's longest known part)."""
    out: list[Candidate] = []
    for m in _pattern().finditer(text):
        if not any(e.type == "Place" for e in lex.lookup(m.group("country"))):
            continue
        words = m.group("seat").split()
        seat = next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                     if any(e.type == "Place" for e in lex.lookup(" ".join(words[:n])))), None)
        if seat is None:
            continue
        out.append(Candidate(m.start(), m.start("seat") + len(seat), "ORG", PRIORITY["org-head"], "org-mission"))
    return out
