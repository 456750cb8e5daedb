"""English instruments whose period carries its outlook: "the Digital Transformation Plan for the Banking
Sector to 2025, Orientation to 2030", "the National Strategy on X to 2030, with a vision to 2045".

The Vietnamese title ("… đến năm 2025, định hướng đến năm 2030", "tầm nhìn đến năm 2045") is one name, and
English copy translates it whole; the recognisers of the name stop at its first year. The outlook words are
data (``vision_words`` in ``kg/data/patterns/policies_en.json``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.textutil import phrase_alternation

_YEAR_END = re.compile(r"\d{4}$")


@lru_cache(maxsize=1)
def _outlook() -> re.Pattern:
    """", with a vision to 2045", ", Orientation to 2030", " with orientations towards 2030"."""
    words = pattern_data("policies_en.json")["vision_words"]
    return re.compile(rf",?\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:{phrase_alternation(words)})\s+"
                      rf"(?:to|toward|towards|until|till|by)\s+(?:the\s+year\s+)?\d{{4}}(?![\w-])", re.IGNORECASE)


def vision_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """An instrument whose name ends in a year, carried on over the outlook written right after it."""
    out: list[Candidate] = []
    for c in cands:
        if c.label != "POLICY" or c.ref or not _YEAR_END.search(text, c.start, c.end):
            continue
        m = _outlook().match(text, c.end)
        if m is not None and "\n" not in m.group():
            out.append(Candidate(c.start, m.end(), c.label, c.priority, c.source, c.ref, c.gid, c.value, c.meta))
    return out
