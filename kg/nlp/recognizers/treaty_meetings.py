"""Meetings of a treaty's parties, named on past their edition (Vietnamese).

"Hội nghị lần thứ 31 các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP31)":
an edition ("lần thứ N") closes most event names, but a conference of the parties goes on with the parties
and the treaty they share; the treaty's name runs to a mark or a cue (``treaty_meetings_vi.json``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation


@lru_cache(maxsize=1)
def _tail_re() -> re.Pattern[str]:
    """The parties, the treaty's head and its name up to a mark or an end cue."""
    d = pattern_data("treaty_meetings_vi.json")
    alt = lambda xs: escaped_alternation(xs)  # noqa: E731
    word = r"[^\s,.;:()\"“”]+"
    return re.compile(rf"\s+(?:của\s+)?(?:{alt(d['parties'])})\s+(?:{alt(d['treaties'])})"
                      rf"(?:\s+(?!(?:{alt(d['ends'])})(?![\w])){word}){{1,14}}")


def parties_tail(rest: str) -> str:
    """The parties and the treaty that go on a meeting's name at the start of ``rest`` (the text after its
    "lần thứ N"), as written ("" when no treaty's parties follow)."""
    m = _tail_re().match(rest)
    return m.group(0) if m else ""
