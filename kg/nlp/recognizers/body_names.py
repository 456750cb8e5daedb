"""Vietnamese bodies named through a long lower-case chain to the place that owns them.

"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Bình Định",
"Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh": the head-led name ("Ban Quản lý")
continues over up to ``max_lower`` lower-case syllables when they end in an
administrative word ("tỉnh", "thành phố" …) before a known place. The words are
data: ``kg/data/patterns/body_names_vi.json``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.words import Word, adjacent, cap_run

_DATA = Path(__file__).resolve().parents[2] / "data" / "patterns" / "body_names_vi.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return {"max_lower": int(raw["max_lower"]),
            "admin": [tuple(a.split()) for a in sorted(raw["admin_words"], key=lambda a: -len(a.split()))],
            "soft": frozenset(raw["soft_stops"]),
            "verbs": frozenset(raw["verbs"])}


def _phrase_at(low: list[str], m: int, phrases: frozenset[str]) -> int:
    """Length (1 or 2 syllables) of a phrase of ``phrases`` starting at ``low[m]``, else 0."""
    if m + 1 < len(low) and f"{low[m]} {low[m + 1]}" in phrases:
        return 2
    return 1 if low[m] in phrases else 0


def long_body_end(text: str, words: list[Word], j: int, lex: Lexicon) -> int:
    """Last word of a body name that continues after word ``j`` through a lower-case chain to
    "tỉnh X" / "thành phố X" (X a known place); ``j`` when it does not continue so."""
    d = _data()
    n = len(words)
    low = [w.text.casefold() for w in words]
    m = j + 1
    lower = 0
    while m < n and lower < d["max_lower"] and adjacent(text, words[m - 1], words[m]) \
            and words[m].is_alpha and not words[m].is_cap:
        for admin in d["admin"]:
            a = len(admin)
            if lower and tuple(low[m:m + a]) == admin and m + a < n and adjacent(text, words[m + a - 1], words[m + a]):
                end = _place_end(text, words, m + a, lex)
                if end >= 0:
                    return end
        if _phrase_at(low, m, d["verbs"]):
            return j
        soft = _phrase_at(low, m, d["soft"])
        if soft:
            m += soft
            lower += soft
            continue
        if P.is_stop_vi(low, m):
            return j
        m += 1
        lower += 1
    return j


def _place_end(text: str, words: list[Word], k: int, lex: Lexicon) -> int:
    """Last word of the longest known place that starts at word ``k`` (or -1)."""
    j = cap_run(text, words, k, max_len=4)
    for jj in range(j, k - 1, -1):
        if any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end])):
            return jj
    return -1
