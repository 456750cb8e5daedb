"""English copy: "<a foreign body's own name> of <country>" ("Chulalongkorn University of Thailand",
"Phongsubthavy Group of Laos") tells the body's country, which is no part of its name.

The body keeps its name up to the tail word (``tails`` of ``kg/data/patterns/org_origins_en.json``) and the
country its own gazetteer span. A name that opens with a generic word (``generic_openers``: "National
University of Singapore", "State Bank of Vietnam") or holds nothing before its tail ("University of Tokyo") is
completed by the country and is left whole.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.nlp.lexicon import entry_by_id
from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate


@lru_cache(maxsize=1)
def _origin_re() -> re.Pattern[str]:
    """A name: its first word, more capitalised words, a tail word, then " of " (the country after it)."""
    data = pattern_data("org_origins_en.json")
    tails = "|".join(map(re.escape, data["tails"]))
    return re.compile(rf"(?P<first>[{UPPER_VI}][\w’'&-]*)(?:\s+[{UPPER_VI}][\w’'&-]*)*?\s+(?:{tails})(?P<of>\s+of\s+(?:the\s+)?)$")


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(pattern_data("org_origins_en.json")["generic_openers"])


def _country(c: Candidate) -> bool:
    entry = entry_by_id("Place", c.gid) if c.gid else None
    return c.label == "LOC" and entry is not None and entry.kind == "country"


def trimmed_origins(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each ORG span that ends in "<tail> of <country>" after its own name cut before "of"."""
    countries: dict[int, Candidate] = {}
    for c in cands:  # the longest country ending at each offset ("South Korea", not its "Korea")
        if _country(c) and not c.ref and (c.end not in countries or c.start < countries[c.end].start):
            countries[c.end] = c
    out: list[Candidate] = []
    for c in cands:
        if c.label == "ORG" and not c.gid and not c.meta.get("name") and c.end in countries:
            country = countries[c.end]
            m = _origin_re().search(text, c.start, country.start)
            if m and m.start() == c.start and m.group("first") not in _generic():
                c = replace(c, end=m.start("of"))
        out.append(c)
    return out
