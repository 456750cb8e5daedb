"""Administrative units abbreviated in an address: "P. Bến Nghé, Q.1", "X. Tân Thông Hội, H. Củ Chi", "TT. Đông Anh".

A short head ("P." phường, "X." xã, "Q." quận, "H." huyện, "TT." thị trấn, "TX." thị xã;
``abbreviated_units`` of kg/data/patterns/place_heads_words.json) opens a place only where an address
does: after "tại", "ở", "trú", "ngụ", "thuộc" or a comma, before a capitalised name (or a number for wards
and districts). Elsewhere a capital and a dot is a person's initial ("P. Morgan"). Without this, "P. Bến
Nghé" was read as a person and "X. Tân Thông Hội" was missed.
"""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation

_UNITS: dict[str, str] = pattern_data("place_heads_words.json")["abbreviated_units"]
_NUMBERED = ("P.", "Q.")  # wards and districts may be numbers: "P.12", "Q.1"
_SYLLABLE = rf"[{P.UPPER_VI}][^\W\d_]*"
_ADDRESS_UNIT = re.compile(
    rf"(?:(?<=,\s)|(?<![\w])(?<=tại\s)|(?<![\w])(?<=ở\s)|(?<![\w])(?<=trú\s)|(?<![\w])(?<=ngụ\s)|(?<![\w])(?<=thuộc\s))"
    rf"(?P<head>{escaped_alternation(list(_UNITS))})\s?"
    rf"(?:(?P<name>{_SYLLABLE}(?:\s{_SYLLABLE}){{0,3}})|(?P<number>\d{{1,2}})(?![\w/.,]\d))")


def address_unit_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """Place candidates of the abbreviated units of the addresses in ``text``; a place the lexicon knows is
    named without its short head ("H. Củ Chi" is the known "Củ Chi", as "huyện Củ Chi" is)."""
    out: list[Candidate] = []
    for m in _ADDRESS_UNIT.finditer(text):
        if m.group("number") and m.group("head") not in _NUMBERED:
            continue
        name = m.group("name")
        known = name is not None and any(e.type == "Place" for e in lex.lookup(name))
        out.append(Candidate(m.start("name") if known else m.start(), m.end(), "LOC", PRIORITY["place-head"],
                             "place-head"))
    return out
