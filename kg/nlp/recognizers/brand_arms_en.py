"""English names of a company's Vietnamese arm written as its brand and the country: "Amata Vietnam",
"Changshin Vietnam", "Operation Smile Vietnam", "Central Retail Việt Nam".

:func:`kg.nlp.recognizers.subsidiaries_en.vietnam_arm_candidates` finds such names for brands the article or
the gazetteer knows; this finds the rest at a lower priority. The brand is one or two capitalised words right
before "Vietnam" / "Viet Nam" / "Việt Nam" with no capitalised word after the country. It is no arm where the
brand is a known place ("Hà Nội Vietnam"), a title, or ends in a compass or common word ("South Vietnam", "Team
Vietnam": ``not_brands`` in ``kg/data/patterns/brand_arms_en.json``); an opener before it ("In", "The":
``openers``) is no part of it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

SOURCE = "org-brand-arm-en"
_ARM = re.compile(r"(?<![\w’'&.-])(?P<brand>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+(?:Vietnam|Viet Nam|Việt Nam)"
                  rf"(?![\w’'-])(?!\s+[{P.UPPER_VI}0-9])")


@lru_cache(maxsize=1)
def _not_brands() -> frozenset[str]:
    """Words that, before the country, make no brand ("South Vietnam", "Team Vietnam")."""
    return frozenset(pattern_data("brand_arms_en.json")["not_brands"]) | _openers()


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Words that open a phrase before a brand ("In", "The"): never part of it."""
    return frozenset(pattern_data("brand_arms_en.json")["openers"]) | frozenset(P.EN_SENTENCE_OPENERS)


def brand_arm_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """An ORG candidate for each "<Brand> Vietnam" (see the module's doc)."""
    out: list[Candidate] = []
    for m in _ARM.finditer(text):
        words = m.group("brand").split()
        if len(words) == 2 and (words[0] in _openers() or re.search(r"-[a-z]+$", words[0])
                                or any(e.type == "Place" for e in lex.lookup(words[0]))):
            words = words[1:]  # "In Amata Vietnam", "Taiwanese-owned Pouyuen Việt Nam": the brand is the last word
        if words[-1] in _not_brands() or len(words) == 1 and words[0] in _openers() \
                or any(w.casefold() in lex.titles for w in words):
            continue  # "South Vietnam", "The Vietnam …", "Ambassador Vietnam"
        brand = " ".join(words)
        if any(e.type in ("Place", "Person") for e in lex.lookup(brand)) or brand in P.ORG_TAILS_EN:
            continue  # "Hà Nội Vietnam", "University Vietnam": a place, or a body's head word alone
        start = m.start("brand") + m.group("brand").rindex(brand)
        out.append(Candidate(start, m.end(), "ORG", PRIORITY["org-brand"], SOURCE))
    return out
