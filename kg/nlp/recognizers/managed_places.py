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
    return out + named_site_bodies(text)


@lru_cache(maxsize=1)
def _kind_head_re() -> re.Pattern[str]:
    heads = pattern_data("managed_places_vi.json")["kind_heads"]
    return re.compile(r"(?<![\w])(?:" + escaped_alternation(heads) + r")((?:[ ][^\W\d_][\w-]*){1,4})")


def named_site_bodies(text: str) -> list[Candidate]:
    """ORG candidates over a head naming the kind of site a board runs and the site's capitalised name
    ("Ban Quản lý rừng phòng hộ Đa Nhim"): the name is the site's even where no recogniser knows it as a place."""
    out: list[Candidate] = []
    for m in _kind_head_re().finditer(text):
        end = m.start(1)
        for w in re.finditer(r"[ ]([^\W\d_][\w-]*)", m.group(1)):
            if not w.group(1)[0].isupper():
                break  # the name ends at the first lower-case word ("… Đa Nhim có trụ sở …")
            end = m.start(1) + w.end()
        if end > m.start(1):
            out.append(Candidate(m.start(), end, "ORG", PRIORITY["org-place"], "org-managed-place"))
    return out
