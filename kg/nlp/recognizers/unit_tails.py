"""Units whose names go on in lower case, read to the link that places them in their parent (Vietnamese).

"Trung tâm Điều khiển từ xa của EVNNPC", "Trung tâm Hỗ trợ khởi nghiệp sáng tạo trực thuộc Sở …": the rules for
capitalised names cut such a name after its capitalised words, leaving a unit no parent can be found for. Where
the plain words run straight into "của" / "(trực) thuộc" and a capitalised parent, they are the name's (a few at
most, none a verb or function word of ``closers``). Words are data: ``kg/data/patterns/unit_tails_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation

SOURCE = "org-unit-tail"
_LINK = re.compile(r" (?:trực thuộc|thuộc|của) (?:[A-ZĐ])")


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str], int]:
    raw = pattern_data("unit_tails_vi.json")
    heads = escaped_alternation(raw["heads"])
    # the head and its capitalised words ("Trung tâm Hỗ trợ", "Trung tâm Điều")
    opening = re.compile(r"(?<![\w])(?:" + heads + r")(?: [A-ZĐ][^\s,.;:()\"“”]*)+")
    return opening, frozenset(raw["closers"]), int(raw["max_lower"])


def unit_tail_candidates(text: str) -> list[Candidate]:
    """A unit named with plain words after its capitalised ones, up to the link to its capitalised parent."""
    opening, closers, most = _data()
    out: list[Candidate] = []
    for m in opening.finditer(text):
        end, lower = m.end(), 0
        while lower < most:
            w = re.match(r" ([^\W\d_]+)(?![\w])", text[end:])
            if w is None or not w.group(1).islower() or w.group(1) in closers or _LINK.match(text, end):
                break
            end, lower = end + w.end(), lower + 1
        if lower and _LINK.match(text, end):
            out.append(Candidate(m.start(), end, "ORG", PRIORITY["org-agency"], SOURCE))
    return out
