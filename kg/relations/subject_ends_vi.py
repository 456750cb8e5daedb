"""Where the subject a Vietnamese cue opens ends, before the first field named after it (Vietnamese).

"Kế hoạch số 85/KH-UBND về phát triển thủy lợi phục vụ tái cơ cấu ngành nông nghiệp": the words after "về" are the
plan's subject up to the purpose it serves ("phục vụ", "nhằm", "để" …), the place or the period it is set for ("tại",
"trên địa bàn", "giai đoạn", "năm 2031"): a field named only past that ("tái cơ cấu ngành nông nghiệp") is not what the
plan is about, though the subject before it named no field the lexicon knows. Words: kg/data/patterns/subject_ends_vi.json.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _ends() -> re.Pattern:
    data = pattern_data("subject_ends_vi.json")
    return re.compile(r"(?<![\w])(?:" + phrase_alternation(data["words"]) + "|" + data["year"] + r")(?![\w])", re.IGNORECASE)


def past_the_subject(text: str, cue_end: int, start: int) -> bool:
    """A word between a cue ending at ``cue_end`` and a field starting at ``start`` closes the cue's subject first."""
    return _ends().search(text, cue_end, start) is not None
