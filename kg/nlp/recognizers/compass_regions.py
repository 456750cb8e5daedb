"""The broad halves of the country named by a compass point are no place of the article.

"20 tỉnh, thành phố phía Bắc", "mưa lớn ở miền Trung", "northern Vietnam": the gold annotates neither
these nor their English forms (a named region with its own name stays: "Duyên hải miền Trung",
"Đồng bằng sông Cửu Long", "Tây Nguyên"). Only a candidate that is exactly such a phrase is dropped. The
phrases are data in ``kg/data/patterns/compass_regions.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile(r"(?:" + phrase_alternation(pattern_data("compass_regions.json")["phrases"]) + r")",
                      re.IGNORECASE)


def drop_compass_regions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the place candidates that are only a compass half of the country."""
    pattern = _pattern()
    return [c for c in cands if not (c.label == "LOC" and pattern.fullmatch(text, c.start, c.end))]
