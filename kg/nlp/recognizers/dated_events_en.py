"""English events named by a capitalised name and a year, which a clause then says happened: "Techfest
Vietnam 2026, which opened in HCM City on Thursday", "Autotech Expo Asia 2026 kicked off on Monday".

The name and its year are the event where a happening verb (``happening_verbs`` of
``kg/data/patterns/dated_events_en.json``) follows, directly or after ", which": no head word
("Forum", "Summit") needs to say so. A known name of anything, a run holding a month, a weekday or an
instrument's kind ("Strategy", "Vision"; ``not_events``) is left to the other recognisers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation

SOURCE = "event-dated-en"
_PREPOSITIONS = frozenset(pattern_data("dated_events_en_words.json")["prepositions"])


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, frozenset[str]]:
    data = pattern_data("dated_events_en.json")
    verbs = phrase_alternation(data["happening_verbs"])
    return re.compile(r"(?<![\w’'&.-])(?P<name>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4}\s+(?:19|20)\d{2})"
                      rf"(?:\s*,\s*(?:which|that)\s+|\s+)(?:{verbs})\b"), frozenset(data["not_events"])


def dated_event_candidates(text: str, lex) -> list[Candidate]:
    """An EVENT candidate for each "Name YYYY" a happening verb follows (see the module's doc)."""
    pattern, not_events = _pattern()
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        name = m.group("name")
        words = name.split()[:-1]
        if words[0] in P.EN_SENTENCE_OPENERS or words[0].casefold() in _PREPOSITIONS or re.search(r"[A-Z][\w’'.-]*\s+$", text[max(0, m.start() - 20):m.start()]):
            continue  # "The …", or the tail of a longer capitalised run
        if any(w in not_events or w.casefold() in P.MONTHS_EN or w.casefold() in P.WEEKDAYS_EN for w in words) \
                or lex.lookup(name) or lex.lookup(" ".join(words)):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), "EVENT", PRIORITY["event-dated-en"], SOURCE))
    return out
