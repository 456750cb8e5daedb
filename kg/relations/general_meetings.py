"""organized of a company's general meeting (English): "Shareholders of Vietnam Airlines on Friday
approved …, at the carrier's annual general meeting", "Shareholders of Vietcombank … The annual general
meeting, held at the bank's headquarters …": the company whose meeting it is — named in the possessive
before the meeting (a company noun names the latest body before it) or the body whose shareholders the
sentence names; else the company the article is about (:func:`kg.relations.company_refs.main_company`).
Word lists: ``kg/data/patterns/general_meetings_en.json``."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.relations.base import Relation
from kg.relations.company_refs import main_company
from kg.nlp.patterns import pattern_data

if TYPE_CHECKING:
    from kg.relations.base import Mention, Sentence


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], str]:
    raw = pattern_data("general_meetings_en.json")
    nouns = "|".join(map(re.escape, raw["company_nouns"]))
    return frozenset(k.casefold() for k in raw["meeting_kinds"]), nouns


def general_meeting_hosts(s: "Sentence") -> list[Relation]:
    """organized: the company a shareholders' general meeting belongs to."""
    if s.lang != "en":
        return []
    kinds, nouns = _data()
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if ev.text.casefold() not in kinds:
            continue
        host = _possessor(s, ev, nouns) or _shareholders_of(s) or main_company(s)
        if host is not None:
            out.append(Relation(host.id, "organized", ev.id, s.index))
    return out


def _possessor(s: "Sentence", ev: "Mention", nouns: str) -> "Mention | None":
    """"Vietnam Airlines' annual general meeting", "the carrier's annual general meeting" (the latest body)."""
    before = s.text[max(s.start, ev.start - 60):ev.start]
    named = next((o for o in s.of_type("Organization") if not o.ref and re.fullmatch(
        r"['’]s?\s+(?:(?:\w+-day|first|second)\s+)?", s.text[o.end:ev.start])), None)
    if named is not None:
        return named
    m = re.search(r"(?<![\w])(?:the|its)\s+(?:" + nouns + r")?['’]?s?\s*$", before, flags=re.IGNORECASE)
    if m is None or not re.search(r"(?:['’]s?\s+|its\s+)$", before):
        return None
    earlier = [o for o in s.ex.mentions if o.type == "Organization" and not o.ref and o.end <= ev.start - len(before) + m.start()
               and o.sentence >= s.index - 1]
    return max(earlier, key=lambda o: o.start) if earlier else None


def _shareholders_of(s: "Sentence") -> "Mention | None":
    """"Shareholders of the Joint Stock Commercial Bank for Foreign Trade of Vietnam (Vietcombank) …", in
    this sentence or the one before ("… approved a plan …. The annual general meeting, held …")."""
    for k in (s.index, s.index - 1):
        if k < 0:
            break
        a, b = s.ex.sentences[k]
        for m in re.finditer(r"(?<![\w])[Ss]hareholders\s+of\s+(?:the\s+)?", s.text[a:b]):
            org = next((o for o in s.ex.mentions if o.type == "Organization" and o.start == a + m.end()), None)
            if org is not None:
                return org
    return None
