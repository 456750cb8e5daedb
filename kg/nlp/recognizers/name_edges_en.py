"""English name spans cut at their left edge, whichever recogniser proposed them.

Several recognisers grow a name leftwards over words that belong to the sentence, not the name:

- a country in the possessive: "South Korea's LG Group", "Japan's Aeon Co., Ltd." name the company
  "LG Group" / "Aeon Co., Ltd." and the country, which keeps its own span (a city's possessive may open a
  local body's name as written: "Hồ Chí Minh City's Department of Industry and Trade");
- a place joined to "-based": "the Hồ Chí Minh City-based Saigon Hi-Tech Park" names the park;
- a day or month and the lower-case words after it: "on Thursday to the Điện Biên Provincial Centre for
  Disease Control" names the centre only.

Each such candidate is replaced by the same candidate starting at the name. A candidate the gazetteer
knows as a whole keeps its span ("Children's Hospital" has no place in the possessive anyway).
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp import patterns as P
from kg.nlp.lexicon import entry_by_id
from kg.nlp.recognizers.candidates import Candidate

_NAMED = ("ORG", "LOC", "EVENT")
# "'s " then a capitalised word: the possessive of the place before it, then the name
_POSSESSIVE = re.compile(rf"[’']s\s+(?=[{P.UPPER_VI}0-9])")
# "Thursday to the ", "December at the ": a date word, lower-case words, then the capitalised name
_DATE_LEAD = re.compile(rf"(?P<date>[A-Z][a-z]+)\s+(?:[a-z]+\s+){{1,3}}(?=[{P.UPPER_VI}])")
_DATE_WORDS = frozenset(P.MONTHS_EN) | frozenset(P.WEEKDAYS_EN)
# "Hồ Chí Minh City-based ": a place that describes the name after it
_BASED_LEAD = re.compile(rf"[^\n]*?[-‑](?:based|headquartered)\s+(?=[{P.UPPER_VI}])")


def _possessive_place_end(text: str, c: Candidate, place_spans: set[tuple[int, int]]) -> int | None:
    """Where the name starts when ``c`` opens with a known place in the possessive, else None."""
    for start, end in place_spans:
        if start == c.start and end < c.end:
            m = _POSSESSIVE.match(text, end)
            if m and m.end() < c.end:
                return m.end()
    return None


def _date_lead_end(text: str, c: Candidate) -> int | None:
    """Where the name starts when ``c`` opens with a day or month and lower-case words, else None."""
    m = _DATE_LEAD.match(text, c.start)
    if m and m.group("date").casefold() in _DATE_WORDS and m.end() < c.end:
        return m.end()
    return None


def _based_lead_end(text: str, c: Candidate) -> int | None:
    """Where the name starts when ``c`` opens with "<place>-based", else None."""
    m = _BASED_LEAD.match(text, c.start, c.end)
    return m.end() if m and m.end() < c.end else None


def _is_country(c: Candidate) -> bool:
    entry = entry_by_id("Place", c.gid) if c.gid else None
    return entry is not None and entry.kind == "country"


def trimmed_name_edges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each ORG, LOC or EVENT span that opens with a country's possessive, a date's phrase or
    a "-based" place started at the name (see the module's doc)."""
    place_spans = {(c.start, c.end) for c in cands if c.label == "LOC" and not c.ref and _is_country(c)}
    out: list[Candidate] = []
    for c in cands:
        if c.label in _NAMED and not c.gid:
            start = _possessive_place_end(text, c, place_spans) or _date_lead_end(text, c) \
                or _based_lead_end(text, c)
            if start is not None:
                c = replace(c, start=start)
        out.append(c)
    return out
