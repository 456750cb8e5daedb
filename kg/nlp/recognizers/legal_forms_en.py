"""English companies written with their legal form ("Seojin Optics Vina Co., Ltd"), which the organisation
words of :mod:`kg.nlp.recognizers.organisations_en` do not reach past the comma, and those whose name joins
two trades with "and" before the form ("Long Thành Construction and Trading Joint Stock Company"), which
the same words cut at the "and"."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation


# "Seojin Optics Vina Co., Ltd", "Hoa Phat Steel JSC": a capitalised run before a company form
# (no word in the possessive: "Foxconn's Hon Hai Precision Industry Co., Ltd." names the owner, then the company)
_LIMITED = re.compile(r"(?<![\w'’])(?:[A-Z][\w&’'-]*(?<![’']s)\s+){1,6}(?:Co\.,?\s+Ltd\.?|Company\s+Limited|Co\.\s+Ltd\.?)")
_CAP = rf"[{UPPER_VI}][\w’'-]*"
_FORMS = r"(?:Joint[ -]Stock\s+Company|JSC|Co\.,?\s+Ltd\.?|Company\s+Limited|Corporation|Company)"


@lru_cache(maxsize=1)
def _joined_re() -> re.Pattern[str]:
    """A name, a trade word, "and"/"&", more capitalised words and the legal form (made once)."""
    data = pattern_data("org_kinds_en.json")
    trades = "|".join(sorted(map(re.escape, set(data["trade_tails"]) | set(data["joined_trades"])), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?!(?:The|A|An|This|Its)\s)(?:{_CAP}\s+){{1,4}}(?:{trades})\s+(?:and|&)\s+(?:{_CAP}\s+){{1,4}}?{_FORMS}(?![\w])")


# "Standard Chartered Bank (Vietnam)", "Shinhan Bank (Việt Nam) Ltd": a foreign firm's local company carries the
# country in brackets as part of its registered name (no stated location of the firm)
_LOCAL_UNIT = re.compile(r"(?<![\w'’])(?!(?:The|A|An|This|Its)\s)(?:[A-Z][\w&’'-]*\s+){1,5}(?:Bank|Insurance|Life|Securities|"
                         r"Finance|Leasing|Company|Corporation|Group|Holdings|Limited|Ltd\.?)\s+\((?:Vietnam|Việt Nam|Viet Nam)\)"
                         r"(?:\s+(?:Co\.,?\s+Ltd\.?|Company\s+Limited|Limited|Ltd\.?|JSC))?")


# "Volkswagen AG", "BASF SE", "Linde plc", "Nestlé S.A.", "Wilmar International Pte Ltd": a foreign company's
# legal form after its capitalised name (its Vietnamese arm's "Co., Ltd" is _LIMITED's)
@lru_cache(maxsize=1)
def _foreign_re() -> re.Pattern[str]:
    """A capitalised run of one to five words, then one of the foreign legal forms of org_kinds_en.json."""
    alt = phrase_alternation(pattern_data("org_kinds_en.json")["foreign_legal_forms"])
    return re.compile(rf"(?<![\w'’.-])(?!(?:The|A|An|This|Its)\s)(?:{_CAP}(?<![’']s)\s+){{1,5}}(?:{alt})(?![\w/])")


def limited_companies(text: str) -> list[Candidate]:
    """Companies written with their legal form ("… Co., Ltd"), which the tail words do not reach past the comma,
    and those joining two trades with "and" before the form."""
    out: list[Candidate] = []
    last = len(text.rstrip())
    for pattern, source in ((_LIMITED, "org-tail"), (_LOCAL_UNIT, "org-legal-tail-en"), (_joined_re(), "org-legal-tail-en"),
                            (_foreign_re(), "org-legal-tail-en")):
        for m in pattern.finditer(text):
            # (a final "Ltd." that ends the text: its period closes the sentence too)
            end = m.end() - (1 if m.group().endswith(".") and m.end() == last else 0)
            priority = PRIORITY["org-tail"] if source == "org-tail" else PRIORITY["org-legal-tail"]
            out.append(Candidate(m.start(), end, "ORG", priority, source))
    return out
