"""Elections named by what they elect and the term they elect it for: "cuộc bầu cử đại biểu Quốc hội khóa XVI và đại
biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031", "bầu cử bổ sung đại biểu Hội đồng nhân dân tỉnh Đắk Lắk khóa XI",
"cuộc bầu cử tổng thống Mỹ năm 2028". An election is an event only so numbered (a term or a year closes its name); the
bodies that run one ("Hội đồng bầu cử quốc gia", "Ủy ban bầu cử tỉnh", "Ban bầu cử …") and the law on them ("Luật Bầu
cử đại biểu Quốc hội") are no election. The words are data in ``kg/data/patterns/elections_vi.json``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation

# the term that closes an election's name: "khóa XVI", "nhiệm kỳ 2026 - 2031", "năm 2028"
_TERM = r"(?:khóa|khoá)\s+[IVXLC]{1,6}|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|năm\s+\d{4}"
_TERM_AFTER = re.compile(rf"\s+(?:{_TERM})")


@lru_cache(maxsize=1)
def _data() -> dict:
    return pattern_data("elections_vi.json")


@lru_cache(maxsize=1)
def _election() -> re.Pattern:
    """"(cuộc) bầu cử (bổ sung) <what it elects> <term>", then "và <a second body> <term>" elected with it."""
    d = _data()
    bodies = r"(?P<bodies>[^\n,.;:()\"“”]{3,90}?)"
    return re.compile(rf"(?<![\w])(?P<name>(?:[Cc]uộc\s+)?[Bb]ầu cử(?:\s+(?:{escaped_alternation(d['kinds'])}))?"
                      rf"\s+(?=(?:{escaped_alternation(d['elects'])})(?![\w])){bodies}\s+(?:{_TERM})(?![\w/])"
                      rf"(?:\s+và\s+(?P<second>(?:{escaped_alternation(d['elects'])})(?![\w])[^\n,.;:()\"“”]{{3,60}}?)"
                      rf"\s+(?:{_TERM})(?![\w/]))?)")


@lru_cache(maxsize=1)
def _runners() -> re.Pattern:
    """A body that runs an election or a law on it, right before "bầu cử" (``not_after``)."""
    return re.compile(rf"(?<![\w])(?:{escaped_alternation(_data()['not_after'])})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _inner() -> frozenset[str]:
    return frozenset(_data()["inner"])


def _plain(bodies: str) -> bool:
    """What an election elects holds no clause word: "đại biểu Hội đồng nhân dân các cấp" (``inner``) but not
    "đại biểu Quốc hội diễn ra vào …"."""
    inner = _inner()
    words = [w.casefold() for w in bodies.split()]
    return not any((w in P.STOP_VI and w not in inner) or f"{w} {n}" in P.STOP_PHRASES_VI
                   for w, n in zip(words, words[1:] + [""]))


def election_candidates(text: str) -> list[Candidate]:
    """EVENT candidates for elections named with the term they elect for."""
    out: list[Candidate] = []
    for m in _election().finditer(text):
        if _runners().search(text, max(0, m.start() - 20), m.start()) or not _plain(m.group("bodies")):
            continue
        end = m.end() if m.group("second") and _plain(m.group("second")) else m.end("bodies")
        if end == m.end("bodies"):
            end = _TERM_AFTER.match(text, end).end()
        out.append(Candidate(m.start("name"), end, "EVENT", PRIORITY["event-head"], "event-head",
                             meta={"head": "bầu cử"}))
    return out
