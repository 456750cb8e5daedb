"""Lower-case national instruments that English copy names by the words before their kind: "the national digital
transformation programme", "the national marine spatial plan", "its provincial master plan for 2021-2030".

A determiner or a possessor, an opener ("national", "provincial"), a few lower-case modifiers and a kind, then maybe
the period it covers. Unlike :mod:`kg.nlp.recognizers.drafts_en` and :mod:`kg.nlp.recognizers.period_plans_en`,
no subject after "on"/"for"/"to" is needed: the opener says the plan is an instrument of the state, not a firm's
intention. Words are data in ``kg/data/patterns/national_plans_en.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation

DATA = "national_plans_en.json"
_PERIOD = r"(?:\s+(?:for|to|until|through)\s+(?:the\s+)?(?:period\s+)?20\d\d(?:\s*[-–]\s*20\d\d)?(?![\w-]))?"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = pattern_data(DATA)
    n = int(data["max_modifiers"])
    return re.compile(rf"(?<![\w])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[^\W\d_]+['’]s)\s+"
                      rf"(?P<name>(?:{phrase_alternation(data['openers'])})\s+(?P<mods>(?:[a-z][a-z-]*\s+){{1,{n}}}?)"
                      rf"(?P<kind>{phrase_alternation(data['kinds'])})(?![\w-]){_PERIOD})"
                      rf"(?!\s+(?:on|for|to|of)\s+[a-z])")


def national_plan_candidates(text: str) -> list[Candidate]:
    """Policy candidates for the lower-case national, provincial or regional instruments of ``text``."""
    not_mods = frozenset(pattern_data(DATA)["not_modifiers"])
    out: list[Candidate] = []
    for m in _pattern().finditer(text):
        if any(w in not_mods for w in m.group("mods").split()):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), "POLICY", PRIORITY["policy-draft-en"], "policy-draft-en",
                             meta={"type": m.group("kind").split()[-1].capitalize()}))
    return out
