"""Pairs of words written with a comma inside one name (Vietnamese): "Luật Phòng, chống tham nhũng", "Cục Quản lý,
giám sát bảo hiểm", "Ủy ban Tài chính, Ngân sách". The comma of such a pair does not end a name; the pairs are data
(``kg/data/patterns/paired_phrases_vi.json``). (Moved out of :mod:`.policies`, which reads them most.)
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.alternations import first_chars, grouped_alternation
from kg.nlp.patterns import pattern_data

PAIRED_MARK = "\u201a"  # stands for a paired comma in the masked text: one character for one


@lru_cache(maxsize=1)
def _paired_re() -> re.Pattern:
    data = pattern_data("paired_phrases_vi.json")
    written = [r"\s+".join(re.escape(w) for w in p.replace(",", " , ").split()).replace(r"\s+,", ",")
               for p in sorted(data["pairs"], key=len, reverse=True)]
    # grouped by first letter, the letter's set written case-sensitively (kg.alternations: the same matches, faster)
    pairs = grouped_alternation([(first_chars(p.split()[0][0], True), w[len(re.escape(p.split()[0][0])):])
                                 for p, w in zip(sorted(data["pairs"], key=len, reverse=True), written)])
    low = "[a-zà-ỹđ]+"
    return re.compile(rf"(?<![\w])(?:(?i:{pairs})|[\wÀ-ỹ]+ (?P<w>{low}),\s*{low} (?P=w))(?![\w])")


def paired_phrase_end(text: str, comma: int) -> int | None:
    """End of the paired phrase whose comma is at ``comma`` ("Khám, chữa bệnh"), else None."""
    lo = max(0, comma - 30)
    for m in _paired_re().finditer(text[lo:comma + 40]):
        if lo + m.start() < comma < lo + m.end():
            return lo + m.end()
    return None


def lower_noun_pair(text: str, comma: int) -> bool:
    """The comma at ``comma`` joins a pair of nouns (``noun_pairs``) whose second half is written in lower case:
    in a body's name both halves are capitalised ("Ủy ban Tài chính, Ngân sách"), so there the comma closes it."""
    after = text[comma + 1:comma + 40].lstrip()
    return after[:1].islower() and any(
        text[max(0, comma - len(a)):comma].casefold() == a and after.casefold().startswith(b) for a, b in _noun_pairs())


@lru_cache(maxsize=1)
def _noun_pairs() -> tuple[tuple[str, str], ...]:
    """The two halves of each of ``noun_pairs``, split once."""
    return tuple(tuple(p.split(", ", 1)) for p in pattern_data("paired_phrases_vi.json")["noun_pairs"])


@lru_cache(maxsize=16)
def mask_paired_commas(text: str) -> str:
    """``text`` with the comma of each paired phrase ("Khám bệnh, chữa bệnh", "sửa đổi, bổ sung")
    replaced by ``PAIRED_MARK``, so a name runs over it; offsets are unchanged."""
    out = list(text)
    for m in _paired_re().finditer(text):
        comma = text.find(",", m.start(), m.end())
        out[comma] = PAIRED_MARK
    return "".join(out)
