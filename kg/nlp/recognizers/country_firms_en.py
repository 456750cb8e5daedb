"""English companies named by their home country: "Codelco of Chile", "Avolon of Ireland",
"SR Technics of Switzerland".

A short capitalised run, "of" and a country the recognisers found: the run is a body based in that
country (``locatedIn`` then comes from :mod:`kg.relations.places`, as for "… Hospital of Japan"). A run
after "the" or a capitalised word (part of a longer name), one opening a sentence, one before a country's
possessive ("Officials of Vietnam's …"), one holding a title, a body's head word or a
word of ``not_firms`` (``kg/data/patterns/country_firms_en.json``: "President of Chile", "Embassy of
Ireland", "Port of Singapore"), and a known name of anything are left alone. Two or three plain
Title-case words read as a person as often as a firm ("Kenji Sato of Japan"): the run must be one word,
or hold an acronym, a digit or "&".
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import entry_by_id
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

SOURCE = "org-of-country-en"
_RUN = re.compile(r"(?<![\w’'&.-])(?P<org>[A-Z][\w&’'.-]*(?:\s+(?:&\s+)?[A-Z][\w&’'.-]*){0,2})\s+of\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _not_firms() -> frozenset[str]:
    return frozenset(pattern_data("country_firms_en.json")["not_firms"]) | frozenset(P.ORG_HEADS_EN) \
        | frozenset(P.ORG_TAILS_EN)


def _firm_like(words: list[str]) -> bool:
    """One word, or a run with an acronym ("SR Technics"), a digit or "&"."""
    return len(words) == 1 or any(re.fullmatch(r"[A-Z]{2,}|.*\d.*|&", w) for w in words)


def country_firm_candidates(text: str, cands: list[Candidate], lex) -> list[Candidate]:
    """An ORG candidate for each "X of <country>" (see the module's doc)."""
    countries = {}
    for c in cands:
        if c.label == "LOC" and c.gid:
            entry = entry_by_id("Place", c.gid)
            if entry is not None and entry.kind == "country":
                countries[c.start] = c
    place_ends = {c.end for c in cands if c.label == "LOC"}
    out: list[Candidate] = []
    for m in _RUN.finditer(text):
        if m.end() not in countries:
            continue
        org = m.group("org")
        words = org.replace("&", " & ").split()
        before = text[max(0, m.start() - 20):m.start()]
        if re.search(r"(?:\b[Tt]he|[A-Z][\w’'.-]*)\s+$", before) or not _firm_like(words):
            continue
        link = re.search(r"[A-Z][\w’'.-]*(?=\s+(?:and|of|for|&)\s+$)", before)
        if link and m.start() - len(before) + link.end() not in place_ends:
            continue  # "… Animal Health and Production of Cambodia": the tail of a longer name (not "… of Denmark and X")
        if re.search(r"(?:^|[.!?:—–\n\"“]\s*)$", before) or re.match(r"[’']s\b", text[countries[m.end()].end:]):
            continue  # a capitalised noun opening a sentence ("Officials of …"), a possessive ("… of Vietnam's Lào Cai")
        if any(w in _not_firms() or w.casefold() in lex.titles for w in words) or lex.lookup(org) \
                or lex.lookup(org, folded=True) or words[0] in P.EN_SENTENCE_OPENERS:
            continue
        if any(c.label in ("PER", "LOC") and c.start <= m.start() < c.end for c in cands):
            continue  # a person or place the recognisers found ("Kim Jong-un of …")
        out.append(Candidate(m.start("org"), m.end("org"), "ORG", PRIORITY["org-of-country-en"], SOURCE))
    return out
