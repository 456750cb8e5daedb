"""Vietnamese: a programme with its name in quotes that is held, or brought to people, is an event.

"tổ chức Chương trình “Tết Sum vầy” năm 2027", "tổ chức chương trình hiến máu “Công nhân chung dòng máu Việt”"
(a kind word between: ``kinds``), and with the programme as the subject: "chương trình “Tiếp sức phụ nữ vùng lũ”
năm 2030 của Hội Liên hiệp Phụ nữ Việt Nam đã về với xã Xuân Ái" (``after_verbs``, past an owner "của / do …").
A quoted programme named with no such verb ("thực hiện Chương trình “Mỗi xã một sản phẩm”") is left to the policy
readers. The words are data in ``kg/data/patterns/held_programmes_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.alternations import first_char_alternation
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

_QUOTED = r"[\"“][^\"”\n]{2,60}[\"”]"
# the edition or year that closes the name: "năm 2030", "lần thứ II"
_TAIL = r"(?:\s+(?:năm\s+\d{4}(?![\w/])|lần\s+thứ\s+(?:[IVXLC]+|\d{1,3})(?![\w/])))*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(held: a verb, then the programme; told: the programme, its owner, then a verb of taking place)."""
    data = pattern_data("held_programmes_vi.json")
    kinds = first_char_alternation(data["kinds"], False)
    name = rf"(?P<name>[Cc]hương trình(?:\s+(?:{kinds}))?\s+{_QUOTED}{_TAIL})"
    held = re.compile(rf"(?<![\w])(?:{first_char_alternation(data['held_verbs'], False)})\s+{name}")
    told = re.compile(rf"(?<![\w]){name}(?=(?:\s+(?:của|do)\s+[^.;:\"“”]{{1,80}}?)?\s+(?:(?:đã|sẽ|vừa|chính thức)\s+)?"
                      rf"(?:{first_char_alternation(data['after_verbs'], False)})(?![\w]))")
    return held, told


def held_programmes(text: str) -> list[Candidate]:
    """EVENT candidates for quoted programmes that are held or take place somewhere."""
    out: list[Candidate] = []
    seen: set[int] = set()
    for pattern in _patterns():
        for m in pattern.finditer(text):
            if m.start("name") in seen:
                continue
            seen.add(m.start("name"))
            out.append(Candidate(m.start("name"), m.end("name"), "EVENT", PRIORITY["event-head"], "event-head",
                                 meta={"head": "chương trình"}))
    return out
