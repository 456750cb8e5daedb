"""Bodies named by the place they manage: "Ban Quản lý Vườn quốc gia Bạch Mã", "Ban Quản lý
vịnh Hạ Long". A management head right before a place another recogniser found (a place head,
a venue, a known place) is one organisation with that place; without it the head stopped at the
place's capitalised head word and the place's name read as a person ("Bạch Mã"). The heads are
data: ``kg/data/patterns/managed_places_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern[str]:
    heads = pattern_data("managed_places_vi.json")["heads"]
    return re.compile(r"(?<![\w])(?:" + escaped_alternation(heads)
                      + r")[ ]$")


def managed_place_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ORG candidates over a management head and the place right after it."""
    out: list[Candidate] = []
    for c in cands:
        if c.label != "LOC" or c.ref or c.source not in ("place-head", "venue", "venue-local", "gazetteer"):
            continue
        m = _head_re().search(text, max(0, c.start - 40), c.start)
        if m is None:
            continue
        out.append(Candidate(m.start(), c.end, "ORG", PRIORITY["org-place"], "org-managed-place"))
    return out
