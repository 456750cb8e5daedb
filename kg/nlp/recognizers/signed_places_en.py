"""The place that closes a signed instrument's subject in English copy: "a memorandum of understanding on
promoting Vietnamese farm products in Japan", "an agreement on a steel pipe plant in the Nam Đình Vũ Industrial
Park", "… on developing two new container berths at Lạch Huyện".

Where "in" or "at" and a capitalised place end the clause the subject is written in, and the subject is a thing
done or built somewhere (``sited_subject_words``: promoting, building, a plant, a park), the place says where
that happens and belongs to the instrument's name (the tune sets name such memoranda with it). Elsewhere the
place is where the signing took place and stays out: after a subject of another kind ("a memorandum on digital
economy cooperation in Singapore"), after a time horizon that closes the name ("… for 2027–2031 in Manila"),
before more words ("… in Hà Nội on Friday") or at a venue where documents are signed ("at the Sheraton Hotel",
``signing_venue_heads``). Word lists are data in ``kg/data/patterns/drafts_en.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data

_CAP_WORD = re.compile(rf"[{P.UPPER_VI}][\w'’.-]*")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = pattern_data("drafts_en.json")
    dates = frozenset(w.capitalize() for w in P.MONTHS_EN | P.WEEKDAYS_EN)
    return (frozenset(data["signed_place_preps"]), frozenset(data["place_lower_heads"]),
            frozenset(data["signing_venue_heads"]), dates)


@lru_cache(maxsize=1)
def _sited() -> frozenset[str]:
    return frozenset(pattern_data("drafts_en.json")["sited_subject_words"])


def sited_place(kept: list[str], rest: list[str]) -> int:
    """How many words after the subject ``kept`` (the first words of ``rest``) name the place where the thing it
    names is done (:func:`place_tail`), when the subject is such a thing and no time horizon closes it; else 0."""
    if not kept or rest[:len(kept)] != kept or re.fullmatch(r"20\d\d(?:[-–]20\d\d)?", kept[-1]) \
            or not any(w.casefold() in _sited() for w in kept):
        return 0
    return place_tail(rest, len(kept))


def place_tail(rest: list[str], k: int) -> int:
    """How many words from ``rest[k]`` ("in" / "at") make a place that ends the clause: an optional "the",
    capitalised words (two runs may be joined by "and": "in South Korea and India") and an optional
    lower-case administrative head ("in Bàu Bàng district"); 0 when more words follow, when the place is a
    date or when it is a venue where documents are signed."""
    preps, lower_heads, venues, dates = _lists()
    if k >= len(rest) or rest[k] not in preps:
        return 0
    j = k + 1
    if j < len(rest) and rest[j] == "the":
        j += 1
    runs = 0
    while j < len(rest):
        start = j
        while j < len(rest) and _CAP_WORD.fullmatch(rest[j]) and rest[j] not in dates:
            j += 1
        if j == start:
            return 0
        runs += 1
        if j < len(rest) and rest[j] in lower_heads:
            j += 1
        if j < len(rest) and rest[j] == "and" and runs < 3:
            j += 1
            continue
        break
    if j != len(rest) or rest[j - 1] in venues or j - start > 6:
        return 0
    return j - k
