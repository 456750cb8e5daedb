"""English companies written with their legal form ("Seojin Optics Vina Co., Ltd"), which the organisation
words of :mod:`kg.nlp.recognizers.organisations_en` do not reach past the comma."""

from __future__ import annotations

import re

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY


# "Seojin Optics Vina Co., Ltd", "Hoa Phat Steel JSC": a capitalised run before a company form
_LIMITED = re.compile(r"(?<![\w'’])(?:[A-Z][\w&’'-]*\s+){1,6}(?:Co\.,?\s+Ltd\.?|Company\s+Limited|Co\.\s+Ltd\.?)")


def limited_companies(text: str) -> list[Candidate]:
    """Companies written with their legal form ("… Co., Ltd"), which the tail words do not reach past the comma."""
    out: list[Candidate] = []
    for m in _LIMITED.finditer(text):
        end = m.end() - (1 if m.group().endswith(".") and m.end() == len(text.rstrip()) else 0)
        out.append(Candidate(m.start(), end, "ORG", PRIORITY["org-tail"], "org-tail"))
    return out
