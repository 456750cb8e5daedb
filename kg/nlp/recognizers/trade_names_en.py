"""English company names that end in a trade word: "Sembcorp Development", "Maersk Line", "Keppel Land".

A capitalised run whose last word is a trade (``trade_tails`` of org_kinds_en.json) names a company
even when nothing else in the sentence says so: no person's name ends in "Development" or "Shipping",
and the statistical taggers, left alone, call such runs people. The run must stand alone: after "of",
"for", "and" or a capitalised word it is the tail of a longer body's name ("Bank for Agriculture and
Rural Development"), which other recognisers read whole.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

_CAP = rf"[{UPPER_VI}][\w&.-]*(?<!-based)"
# what may not stand right before the run: a joiner of a longer name ("Forum on Sustainable Development" is a
# forum's subject), or another capitalised word
# (a place's possessive or "-based" opens the name: "Singapore's Sembcorp Development", "US-based Gulfstream Energy")
_LONGER_NAME_BEFORE = re.compile(rf"(?:\b(?:of|for|on|the\s+Ministry\s+of)|&|[{UPPER_VI}][\w’'-]*(?<![’']s)(?<!-based)|[-–/])\s*$")
# "Agriculture and Rural Development": after a capitalised word and "and", the run goes on a longer name
# (but not after another trade name: "Keppel Land and Mapletree Investments")
_CLAUSE_MARK_BEFORE = re.compile(r"[.!?:;,]\s*$")
_AND_BEFORE = re.compile(rf"(?P<word>[{UPPER_VI}][\w’'-]*)\s+and\s*$")


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    return frozenset(pattern_data("org_kinds_en.json")["trade_tails"])


@lru_cache(maxsize=1)
def _venue_heads() -> tuple[str, ...]:
    """Venue heads of two or more words ("Ancient Capital", "Sports Complex"), which a trade word may end."""
    return tuple(h for h in pattern_data("venues_en.json")["heads"] if " " in h)


@lru_cache(maxsize=1)
def _trade_name_re() -> re.Pattern[str]:
    tails = "|".join(sorted(map(re.escape, _tails()), key=len, reverse=True))
    return re.compile(rf"(?<![\w’'&.-])(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}}\s+(?:{tails}))(?![\w’'-])(?!\s+[{UPPER_VI}0-9(])")


def trade_name_candidates(text: str) -> list[Candidate]:
    """ORG candidates for capitalised runs of two to five words that end in a trade word."""
    out: list[Candidate] = []
    for m in _trade_name_re().finditer(text):
        before = text[max(0, m.start() - 25):m.start()]
        if before.strip() and _LONGER_NAME_BEFORE.search(before) and not _CLAUSE_MARK_BEFORE.search(before):
            continue
        joined = _AND_BEFORE.search(before)
        if joined and joined.group("word") not in _tails():
            continue
        first = m.group("name").split()[0]
        if first in ("The", "A", "An", "This", "Its", "Their", "Our"):
            continue  # "The Development …" at a sentence start: no name
        if any(m.group("name").endswith(" " + h) for h in _venue_heads()):
            continue  # "the Hoa Lư Ancient Capital": a venue's head ends in the trade word, a place
        out.append(Candidate(m.start("name"), m.end("name"), "ORG", PRIORITY["org-apposed-firm-en"], "org-trade-en"))
    return out
