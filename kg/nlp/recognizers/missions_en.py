"""Embassies, consulates and trade offices in English copy, with the country they serve and the
place they sit in: "the Embassy of Vietnam in Kuala Lumpur", "the Vietnamese Trade Office in
Malaysia", "the Consulate General of Vietnam in Osaka"; and a country's chamber of commerce named
with its seat ("the Korea Chamber of Commerce and Industry in Việt Nam").

The seat stays in the name, as "Đại sứ quán Việt Nam tại Nhật Bản" keeps it (and, as there, it is
part of the name, not a stated ``locatedIn``). Without this a run such as
"Osaka and the Vietnam Trade Office" was read as one body. Words are data
(``kg/data/patterns/missions_en.json``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import PATTERNS_DIR, pattern_data
from kg.textutil import phrase_alternation

DATA = PATTERNS_DIR / "missions_en.json"
_CAP = r"[A-Z][\w’'&-]*"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    d = pattern_data(DATA.name)
    heads = phrase_alternation(d["heads"])
    not_seat = "|".join(map(re.escape, d["not_seat"]))
    run = rf"(?!(?:{not_seat})\b){_CAP}(?:\s+(?!(?:{not_seat})\b){_CAP}){{0,3}}"
    word = rf"(?!(?:The|A|An|This|That|Its|Their|At|In|On|From|To|{not_seat})\b)[A-Z][\w’'&-]*"
    seated = phrase_alternation(d["seated_heads"])
    return re.compile(rf"(?<![\w’'-])(?P<sender>(?:{word}\s+){{0,2}})?(?P<head>{heads})"
                      rf"(?P<of>\s+of\s+(?:the\s+)?{run})?(?P<seat>\s+in\s+(?:the\s+)?(?P<place>{run}))?(?![\w’'-])"
                      rf"|(?<![\w’'-])(?P<chamber>(?:{word}\s+){{1,2}}(?:{seated})\s+in\s+(?:the\s+)?{run})(?![\w’'-])")


def mission_candidates(text: str) -> list[Candidate]:
    """ORG candidates for missions named with a sending country or a seat (a bare "the Embassy" is not one)."""
    out: list[Candidate] = []
    for m in _pattern().finditer(text):
        if m.group("chamber"):  # "the Korea Chamber of Commerce and Industry in Việt Nam": named with its seat
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-mission-en"], "org-mission-en"))
            continue
        if not (m.group("sender") or m.group("of")):
            continue
        start = m.start("sender") if m.group("sender") else m.start("head")
        end = m.end()
        out.append(Candidate(start, end, "ORG", PRIORITY["org-mission-en"], "org-mission-en"))
    return out
