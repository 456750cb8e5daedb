"""English: the event an article's lead sentence reports is in the place its dateline names.

News copy opens with the place it reports from and then says what happened there: "ĐÀ NẴNG — Scientists
gathered on Friday for the Central Coast Forum 2026, which was held at the Furama Resort"; "HÀ NỘI — The
fair was held on December 2 at the Cultural Friendship Palace in the capital". The venue is named, the city
is not: the dateline gives it. The lead's event is in the dateline place when the lead says it happened
(a verb of the ``happened`` list) and names no other city, province or country of its own, except one the
lead itself puts inside the dateline place ("in Quy Nhơn, the coastal city in the central province of
Gia Lai"); an event already placed in a locality by another pass keeps that place. A named venue alone
("opened on Thursday at the Thống Nhất Park") is where the tune-en gold puts the event, so the dateline
adds nothing then, unless the lead puts the venue "in the capital / city / province".
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.dateline_places_en import dateline_place
from kg.textutil import phrase_alternation

# ", the coastal city in the central province of " / ", the provincial capital of ": a place put inside the next one
_INSIDE = re.compile(r",\s+(?:the|a)\s+[^,.;()]{0,50}?\b(?:in|of)\s+(?:the\s+[^,.;()]{0,30}?\bprovince\s+of\s+)?",
                     re.IGNORECASE)

# "in the capital", "in the central city": the kind word with no name after it refers to the dateline place
_KIND_REF = re.compile(r"\bin\s+the\s+(?:[a-z][\w-]*\s+){0,2}(?:capital|city|province)\b(?!\s+of\b)(?!['’]s)")

# a name's first word is capitalised (past "the"): "the Lâm Đồng Coffee Week 2026", "ASEAN Tourism Forum"
_NAMED = re.compile(rf"(?:[Tt]he\s+)?[{UPPER_VI}]")


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str]]:
    """The happening verbs as one compiled pattern, and the lexicon kinds that count as localities."""
    d = pattern_data("lead_event_places_en.json")
    verbs = re.compile(rf"(?<![\w-])(?:{phrase_alternation(d['happened'])})(?![\w-])", re.IGNORECASE)
    return verbs, frozenset(d["localities"])


def _locality(m: Mention) -> bool:
    """``m`` is a place the lexicon knows as a city, province, country or region (not a venue)."""
    from kg.nlp.lexicon import load_lexicon

    kinds = _data()[1]
    return any(e.type == "Place" and e.kind in kinds for e in load_lexicon().lookup(m.text))


def _same_place(a: Mention, b: Mention) -> bool:
    """Two mentions of one place: the same entity, or the same words ("HÀ NỘI" and "Hà Nội")."""
    return a.gid is not None and a.gid == b.gid or a.text.casefold() == b.text.casefold()


def lead_event_in_dateline(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """locatedIn: the first event of the dateline's sentence and the dateline place (see the module)."""
    if s.lang != "en":
        return []
    home = dateline_place(s)
    if home is None or home.sentence != s.index:
        return []
    # a named event ("the Hà Nội Youth Job Fair 2026"); the tune-en gold leaves the dateline off a generic
    # one ("held a ceremony", "closed its 30th session", "the first-instance trial")
    events = [m for m in s.of_type("Event") if not m.nested and m.start > home.end and not m.ref
              and _NAMED.match(m.text)]
    if not events or not _data()[0].search(s.text, home.end, s.end):
        return []
    ev = events[0]
    places = [p for p in s.of_type("Place") if not p.nested and p.start > home.end]
    inside = {p.id for p in places if _inside_home(s, p, home, places)}
    by_id = {m.id: m for m in s.ex.mentions}
    for r in rels:
        if r.subject == ev.id and r.predicate == "locatedIn" and isinstance(r.obj, int):
            o = by_id.get(r.obj)
            if o is not None and not ev.start <= o.start < ev.end and o.id not in inside \
                    and (_same_place(o, home) or _locality(o)):
                return []  # placed already (a place inside its name, "Việt Nam–Japan Forum", does not count)
    for p in places:
        if _same_place(p, home) or ev.start <= p.start < ev.end or p.id in inside:
            continue
        if _locality(p):
            return []  # another locality of its own: the event may be there
        if not _KIND_REF.search(s.text, p.end, s.end):
            return []  # a venue the lead names is where it is ("opened at the Thống Nhất Park"), unless the
            #            venue is put "in the capital / city / province" the dateline names
    return [Relation(ev.id, "locatedIn", home.id, s.index)]


def _inside_home(s: Sentence, p: Mention, home: Mention, places: list[Mention]) -> bool:
    """The lead puts ``p`` inside the dateline place: "Quy Nhơn, the coastal city in the central province of
    Gia Lai", "Đà Lạt, the provincial capital of Lâm Đồng"."""
    m = _INSIDE.match(s.text, p.end)
    return m is not None and any(_same_place(q, home) and q.start == m.end() for q in places)
