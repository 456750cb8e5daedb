"""English copy: a province's or city's name before a body's acronym names that place's body ("the Nghe An
CDC", "Hà Nội CDC", "Đà Nẵng DOST").

Vietnamese English news spells a local body out once ("the provincial Center for Disease Control (CDC)")
and then writes the place and the acronym. The acronym is one the article defines in brackets after a
name, or one of the local bodies' acronyms of ``kg/data/patterns/bodies_en.json`` (``local_acronyms``);
the place is a province or city the gazetteer knows. The pair, as one name, is an organisation.
So is "the <province or city> police" (``local_lower_bodies``): the place's body written with a lower-case kind.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

_DEFINED = re.compile(r"[A-Za-zÀ-ỹ][\w’'-]*\s+\((?P<acr>[A-Z][A-Za-z&]{1,7})\)")
_PLACE_ACRONYM = re.compile(rf"(?<![\w’'-])(?P<place>[{UPPER_VI}][\w-]*(?:[ ][{UPPER_VI}][\w-]*){{0,2}})[ ](?P<acr>[A-Z][A-Za-z&]{{1,7}})"
                            r"(?![\w’'-])")


_LOCAL_PLACE_KINDS = tuple(pattern_data("local_acronyms_en_words.json")["local_place_kinds"])


def _local_place(lex: Lexicon, name: str) -> bool:
    """``name`` is a province or city the gazetteer knows (spelled with or without tones)."""
    return any(e.type == "Place" and e.kind in _LOCAL_PLACE_KINDS for e in lex.lookup(name) + lex.lookup(name, folded=True))


@lru_cache(maxsize=1)
def _lower_body_re() -> re.Pattern[str]:
    """"the", a capitalised run of one to four words and a lower-case body kind (made once)."""
    kinds = sorted(pattern_data("bodies_en.json").get("local_lower_bodies", []), key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, k.split())) for k in kinds)
    return re.compile(rf"(?<![\w’'-])[Tt]he\s+(?P<place>[{UPPER_VI}][\w-]*(?:[ ][{UPPER_VI}][\w-]*){{0,3}})\s+(?:{alt})(?![\w-])")


def local_lower_body_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """ORG candidates for "the <province or city> police": the whole run after "the" must be the known place."""
    out: list[Candidate] = []
    for m in _lower_body_re().finditer(text):
        if _local_place(lex, m.group("place")):
            out.append(Candidate(m.start("place"), m.end(), "ORG", PRIORITY["org-local-en"], "local-body-en"))
    return out


@lru_cache(maxsize=1)
def _known_acronyms() -> frozenset[str]:
    return frozenset(pattern_data("bodies_en.json").get("local_acronyms", []))


def local_acronym_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """ORG candidates for "<province or city> <acronym of a body>"."""
    acronyms = {m.group("acr") for m in _DEFINED.finditer(text)} | _known_acronyms()
    acronyms = {a for a in acronyms if sum(ch.isupper() for ch in a) >= 2}  # "CDC", "DoH", not "Ltd"
    out: list[Candidate] = []
    for m in _PLACE_ACRONYM.finditer(text):
        if m.group("acr") not in acronyms:
            continue
        place = m.group("place")
        # the longest tail of the capitalised run before the acronym that is a known province or city
        words = place.split()
        for k in range(len(words)):
            tail = " ".join(words[k:])
            if _local_place(lex, tail):
                start = m.start("place") + len(" ".join(words[:k])) + (1 if k else 0)
                out.append(Candidate(start, m.end("acr"), "ORG", PRIORITY["org-tail"], "local-acronym-en"))
                break
    return out
