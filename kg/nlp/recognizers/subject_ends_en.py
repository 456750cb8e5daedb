"""Where a lower-case English instrument's subject ends (read by :mod:`kg.nlp.recognizers.drafts_en`): a time
horizon that closes it and belongs to it ("to 2030", "for 2026-2028 with a vision to 2045"), a coordinated pair of
lower-case words read whole ("makers and buyers") and a pair of proper names ("linking Cần Thơ and Hồ Chí Minh City").
"""
from __future__ import annotations

import re

HORIZON = re.compile(r"20\d\d(?:[-–]20\d\d)?")


def horizon(rest: list[str], k: int) -> int:
    """How many words from ``rest[k]`` make a time horizon that closes an instrument's name ("to 2030",
    "for 2026-2028", "by 2030", "until 2030", "to 2030 with a vision to 2045"), else 0."""
    if not (k + 1 < len(rest) and rest[k].casefold() in ("to", "for", "by", "until") and HORIZON.fullmatch(rest[k + 1])):
        return 0
    vision = [w.casefold() for w in rest[k + 2:k + 6]]
    if vision == ["with", "a", "vision", "to"] and k + 6 < len(rest) and HORIZON.fullmatch(rest[k + 6]):
        return 7
    return 2


def last_of_pair(rest: list[str], k: int, stops: frozenset[str]) -> int:
    """How many lower-case words after the "and" at ``rest[k]`` close the subject (one to three, then the
    text, a stop word or a horizon, or one word before "of"): "makers and buyers", "safety and radiation
    control", "prevention and control for 2026-2028", "prevention and control of …"; 0 for "… and the draft law"."""
    for size in (1, 2, 3):
        words = rest[k + 1:k + 1 + size]
        if len(words) < size or any(not re.fullmatch(r"[a-z][a-z-]*", w) or w in stops or w in ("the", "a", "an")
                                    for w in words):
            return 0
        after = k + 1 + size
        if after >= len(rest) or rest[after].casefold() in stops or horizon(rest, after) \
                or size == 1 and rest[after] in ("of", "for"):  # "prevention and control of …": the pair governs
            return size  # "of"; "safety and health for platform workers": whom it serves follows
    return 0


def name_pair(rest: list[str], k: int, stops: frozenset[str]) -> int:
    """How many words from the "and" at ``rest[k]`` complete a pair of proper names whose first closes the
    subject so far ("linking Cần Thơ and Hồ Chí Minh City"): capitalised words up to the text's end, a stop word or
    a time horizon (which belongs to the name), else 0."""
    j = k + 1
    while j < len(rest) and j - k <= 5 and rest[j][:1].isupper():
        j += 1
    if j == k + 1 or j - k > 5 and j < len(rest) and rest[j][:1].isupper():
        return 0
    if j < len(rest) and rest[j].casefold() not in stops and not horizon(rest, j):
        return 0
    return j - k + (horizon(rest, j) if j < len(rest) else 0)
