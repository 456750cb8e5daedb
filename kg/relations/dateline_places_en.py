"""English: an event "held in the central province" is in the place the article's dateline names.

News copy opens with the place it reports from ("QUẢNG NGÃI — Investors pledged …") and then calls it by
its kind: "at the Quảng Ngãi Investment Promotion Conference 2026 held in the central province on
Saturday", "the Đà Nẵng International Marathon 2025, held in the central city on Sunday". The kind
word with no name after it ("… province of X" names another) refers back to the dateline place, which
is where the event was held. A sentence that names another place of its own says where instead.
"the capital" refers back the same way; "… held a seminar on tuna in the city." after another city was
named ("… in Quy Nhơn, the coastal city in …") refers to the city of that kind named last. The kind word as
the host does too: "On Thursday, the city hosted a conference on low-emission rice at the X Centre" (a venue
named after the event does not stand for the host).
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence

# "held / staged / took place in the (central) province": the verb right after the event (or after a comma)
_HELD_IN_KIND = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|is|will\s+be)\s+|(?:was|were|is|will\s+be)\s+)?"
                           r"(?:held|staged|hosted|organi[sz]ed|(?:that\s+|which\s+)?took\s+place|taking\s+place)\s+"
                           r"in\s+the\s+(?:[a-z][\w-]*\s+){0,2}(?P<kind>province|city|capital)(?![\w-])(?!\s+of\b)")
# "held a seminar on tuna in the city.": the kind word right after the event, closing the clause
_IN_KIND = re.compile(r"\s+in\s+the\s+(?P<kind>province|city|capital)(?=\s*[.;])")
# "the (central) city hosted / will host a conference …": the kind word as the host, right before the event
_KIND_HOSTED = re.compile(r"(?<![\w’'])[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?P<kind>province|city|capital)\s+(?:also\s+)?"
                          r"(?:hosted|hosts|will\s+host|is\s+hosting|has\s+hosted)\s+(?:the\s+|an?\s+)?"
                          r"(?:[a-z][\w-]*\s+){0,2}$")
_IN_END = re.compile(r"\sin\s+(?:the\s+)?$")
# the dateline at a paragraph's start: "QUẢNG NGÃI — ", "HÀ NỘI, Dec 4 (VNA) — "
_DATELINE_END = re.compile(r"\s*(?:,[^—–\n]{0,40})?\s*[—–]\s")


def dateline_place(s: Sentence) -> Mention | None:
    """The place the article's dateline names: a Place mention that opens a paragraph and is followed by a dash."""
    for m in s.ex.mentions:
        if m.type != "Place" or m.nested or m.sentence > 1:
            continue
        if (m.start == 0 or s.text[m.start - 1] == "\n") and _DATELINE_END.match(s.text, m.end):
            return m
    return None


def events_in_the_dateline_place(s: Sentence) -> list[Relation]:
    """locatedIn: an event "held in the central province / city" and the dateline place the kind word refers to."""
    if s.lang != "en" or not s.of_type("Event"):
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        m = _HELD_IN_KIND.match(s.text, ev.end, s.end) or _IN_KIND.match(s.text, ev.end, s.end)
        if m is None:
            m = _KIND_HOSTED.search(s.text, max(s.start, ev.start - 80), ev.start)
            if m is not None and any(ev.end <= p.start < ev.end + 80 and _IN_END.search(s.text, ev.end, p.start)
                                     for p in s.of_type("Place")):
                continue  # ("The city will host a conference … in Thủ Đức": its own locality; "at the X Centre", a venue)
        elif any(p.start >= ev.end and p.start < m.end() + 40 for p in s.of_type("Place")):
            continue  # ("held in the central city of Huế", "… in the city's Hải Châu ward": the place is named)
        if m is None:
            continue
        home = dateline_place(s)
        if home is not None and home.end <= ev.start and not _other_locality_between(s, home, ev.start):
            out.append(Relation(ev.id, "locatedIn", home.id, s.index))
        elif home is not None and home.end <= ev.start and m.group("kind") != "capital":
            last = _last_of_kind(s, home, ev.start, m.group("kind"))
            if last is not None:  # "… in Quy Nhơn. … held a seminar on tuna in the city": the city named last
                out.append(Relation(ev.id, "locatedIn", last.id, s.index))
    return out


def _last_of_kind(s: Sentence, home: Mention, pos: int, kind: str) -> Mention | None:
    """The last place of ``kind`` (city, province) the article names between its dateline and ``pos``."""
    from kg.nlp.lexicon import load_lexicon

    lex = load_lexicon()
    found = [p for p in s.ex.mentions if p.type == "Place" and not p.nested and home.end <= p.start < pos
             and any(e.type == "Place" and e.kind == kind for e in lex.lookup(p.text))]
    return max(found, key=lambda p: p.start) if found else None


def _other_locality_between(s: Sentence, home: Mention, pos: int) -> bool:
    """A province or city other than the dateline's is named between the dateline and ``pos``: "the central
    city" may then be that one ("HÀ NỘI — … in Huế. The festival, held in the central city, …")."""
    from kg.nlp.lexicon import load_lexicon

    lex = load_lexicon()
    for p in s.ex.mentions:
        if p.type != "Place" or p.nested or not home.end <= p.start < pos or p.text.casefold() == home.text.casefold() \
                or p.gid is not None and p.gid == home.gid:
            continue
        if any(e.type == "Place" and e.kind in ("city", "province") for e in lex.lookup(p.text)) \
                and not any(e.type == "Place" and e.name in [x.name for x in lex.lookup(home.text)] for e in lex.lookup(p.text)):
            return True
    return False
