"""English copy: a province or city in the possessive before one of its own bodies ("Hanoi's Department of
Health", "HCMC's Department of Transport", "Đà Nẵng City's Department of Finance") names that place's body,
as the golds write it without the possessive ("Hanoi Department of Health"); the place in the possessive is
also a Place of its own.

The body is a capitalised name another recogniser already found right after the possessive, opening with a
local body's kind (``heads`` of ``kg/data/patterns/possessive_bodies_en.json``); the place is a province or city
the gazetteer knows. A country's body ("Japan's Ministry of Economy, Trade and Industry") opens with no local
kind and stays a body of its own name next to the country (kg.nlp.recognizers.name_edges_en).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation

SOURCE = "possessive-body-en"
# one to four capitalised words, then "'s " (the place's possessive)
_POSSESSOR = re.compile(rf"(?<![\w’'-])(?P<place>[{UPPER_VI}][\w-]*(?:[ ][{UPPER_VI}][\w-]*){{0,3}})['’]s[ ]+(?=[A-Z])")


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], frozenset[str]]:
    """The local bodies' opening words (one pattern) and the place kinds that own them."""
    data = pattern_data("possessive_bodies_en.json")
    return re.compile(rf"(?:{phrase_alternation(data['heads'])})(?![\w’'-])"), frozenset(data["place_kinds"])


def _local_place(lex: Lexicon, name: str, kinds: frozenset[str]) -> bool:
    """``name`` is a province or city the gazetteer knows (spelled with or without tones)."""
    return any(e.type == "Place" and e.kind in kinds for e in lex.lookup(name) + lex.lookup(name, folded=True))


def possessive_body_candidates(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ORG candidates for "<province or city>'s <local body>", named "<place> <body>"."""
    heads, kinds = _data()
    bodies = {c.start: c for c in cands if c.label == "ORG" and not c.ref}
    out: list[Candidate] = []
    for m in _POSSESSOR.finditer(text):
        body = bodies.get(m.end())
        if body is None or not heads.match(text, body.start):
            continue
        words = m.group("place").split(" ")
        for k in range(len(words)):  # the longest tail of the run that is a known province or city
            place = " ".join(words[k:])
            if _local_place(lex, place, kinds):  # (the span is the body's: the place keeps its own, a Place)
                out.append(Candidate(body.start, body.end, "ORG", PRIORITY["org-local-en"], SOURCE,
                                     meta={"name": f"{place} {text[body.start:body.end]}"}))
                break
    return out
