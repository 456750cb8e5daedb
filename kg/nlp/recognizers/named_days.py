"""Named days held as events: "khai mạc Ngày Sách và Văn hóa đọc Việt Nam lần thứ 6 năm 2027",
"tổ chức Ngày Pháp luật Việt Nam". A capitalised "Ngày" before a capitalised word (not a date: "Ngày
15/1") names a day; it is an event when the text holds it (an organising verb before it) or numbers
it (an edition: "lần thứ 6", "năm 2027")."""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

_DAY = re.compile(rf"(?<![\w])Ngày(?=\s+[{P.UPPER_VI}])")
_HELD = re.compile(r"(?<![\w])(?:tổ chức|khai mạc|bế mạc|hưởng ứng|phát động|mít tinh|chào mừng|diễn ra|"
                   r"tham dự|dự|tại|đến|tới)\s+(?:(?:lễ|chương trình|sự kiện)\s+)?$", re.IGNORECASE)
_EDITION = re.compile(r"\b(?:lần thứ\s+\S+|năm\s+\d{4})$")


def named_day_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """EVENT candidates for named days that are held or numbered."""
    from kg.nlp.recognizers.events import _event_name_vi

    out: list[Candidate] = []
    for m in _DAY.finditer(text):
        name, _ = _event_name_vi(text[m.end():m.end() + 200].split("\n", 1)[0], lex)
        name = name.rstrip()
        if len(name.split()) < 2:
            continue
        held = _HELD.search(text, max(0, m.start() - 40), m.start()) is not None
        if held or _EDITION.search(name):
            out.append(Candidate(m.start(), m.end() + len(name), "EVENT", PRIORITY["event-head"], "event-head",
                                 meta={"head": "ngày"}))
    return out
