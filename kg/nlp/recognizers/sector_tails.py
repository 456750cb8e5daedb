"""The sector an event's field is applied in, as the tail of its name (Vietnamese): "Hội thảo chuyên đề về
chuyển đổi số | trong giáo dục vùng cao | với sự tham gia …" — "trong" and a sector noun go on the name; a
closing word ("với", "tại", "do" …) or the clause's end stops it. The lexicon knows fields ("cải cách hành
chính"), not sectors ("giáo dục"), so kg.nlp.recognizers.events read the tail as the end of the name.
Words are data: ``kg/data/patterns/sector_tails_vi.json``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation


@lru_cache(maxsize=1)
def _tail_re() -> re.Pattern:
    data = pattern_data("sector_tails_vi.json")

    def alt(words: list[str]) -> str:
        return escaped_alternation(set(words))

    closers = alt(data["closers"])
    return re.compile(r"\s*trong\s+(?:" + alt(data["sectors"]) + r")(?![\w])"
                      r"(?:\s+(?!(?:" + closers + r")(?![\w]))[a-zà-ỹđ]+){0,2}?(?=\s+(?:" + closers + r")(?![\w])|\s*$)")


def sector_tail(clause: str) -> str:
    """The "trong <sector> …" opening ``clause`` (the text from the preposition to the clause's end), else ""."""
    m = _tail_re().match(clause)
    return m.group() if m else ""
