"""English: an event held "at the pagoda" / "at the port" is at the one venue of that kind the article named.

Copy names a venue once ("restore the Phổ Minh Pagoda …") and then calls it by its kind: "The groundbreaking
ceremony was held at the pagoda in Nam Định ward", "The inauguration ceremony at the port was attended by …",
"the festival, which takes place at the temple in Lộc Vượng ward". When the event's own clause puts it "at the
KIND" (``referable_heads`` of venues_en.json) and the article so far named exactly one place whose name ends
with that kind, the event is there; a place written right after ("in Nam Định ward") is on its chain too.
A body "which is located in the park" is likewise in the park named before; an event held in a part of it
("opened in the resort's lobby", "at the hotel's ballroom") is at it too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence
from kg.textutil import norm_key

# the event's own clause up to "at the": its verb ("was held", "takes place", "opened") or nothing at all,
# and at most a short complement ("marking the start of operations")
_CLAUSE = (r"(?:\s*,\s*which)?(?:\s+[a-z][\w-]*){0,6}?\s+(?:(?:was|were|is|are|will\s+be|has\s+been)\s+)?"
           r"(?:held|staged|organi[sz]ed|hosted|opened|launched|began|takes\s+place|took\s+place|will\s+take\s+place)")


@lru_cache(maxsize=1)
def _heads() -> str:
    """The kinds "at the …" refers back with, longest first (``referable_heads`` of venues_en.json)."""
    kinds = sorted(pattern_data("venues_en.json").get("referable_heads", ()), key=len, reverse=True)
    return "|".join(re.escape(k) for k in kinds) or "(?!)"


@lru_cache(maxsize=1)
def _at_the(kinds: str) -> re.Pattern:
    """"… at the KIND" right after the event's name, or after its own clause."""
    return re.compile(r"(?:" + _CLAUSE + r"(?:\s+on\s+\w+(?:\s+(?:morning|afternoon|evening))?)?)?\s+at\s+the\s+(?P<kind>"
                      + kinds + r")\b(?!['’]s)(?!\s+(?:of\b|[A-ZĐ]))")


@lru_cache(maxsize=1)
def _in_its_part(kinds: str) -> re.Pattern:
    """"… opened in the resort's lobby", "… held at the hotel's ballroom": a part of the KIND named before."""
    return re.compile(r"(?:" + _CLAUSE + r")?\s+(?:at|in|on)\s+the\s+(?P<kind>" + kinds + r")['’]s\s+[a-z]")


@lru_cache(maxsize=1)
def _located() -> re.Pattern:
    """", which is located in the KIND" right after a body's name."""
    return re.compile(r"\s*,\s*(?:which|that)\s+is\s+(?:located|based|housed)\s+(?:in|at|inside)\s+the\s+(?P<kind>"
                      + _heads() + r")\b(?!['’]s)(?!\s+(?:of\b|[A-ZĐ]))")


def _named_venue(s: Sentence, kind: str, before: int) -> Mention | None:
    """The one place named before ``before`` whose name ends with ``kind``, else None."""
    found: dict[str, Mention] = {}
    for m in s.ex.mentions:
        if m.type != "Place" or m.ref or m.sentence > s.index or m.sentence == s.index and m.start >= before:
            continue
        name = norm_key(m.text)
        if name != kind and name.endswith(" " + kind):
            found[name] = m
    return next(iter(found.values())) if len(found) == 1 else None


def venue_refs(s: Sentence) -> list[Relation]:
    """locatedIn: the event held "at the KIND" and the named venue of that kind (and the place right after it);
    a body "which is located in the KIND"."""
    if s.lang != "en":
        return []
    pattern = _at_the(_heads())
    located = _located()
    out: list[Relation] = []
    for org in s.of_type("Organization"):  # "the X Center, which is located in the park"
        m = located.match(s.text, org.end, s.end)
        venue = _named_venue(s, norm_key(m.group("kind")), m.start("kind")) if m else None
        if venue is not None:
            out.append(Relation(org.id, "locatedIn", venue.id, s.index))
    for ev in s.of_type("Event"):
        m = pattern.match(s.text, ev.end, s.end) or _in_its_part(_heads()).match(s.text, ev.end, s.end)
        if m is None or any(x.start < m.end() and x.end > ev.end for x in s.mentions if x.id != ev.id):
            continue  # (another name stands in the clause: it is what is "at the …")
        venue = _named_venue(s, norm_key(m.group("kind")), m.start("kind"))
        if venue is None:
            continue
        out.append(Relation(ev.id, "locatedIn", venue.id, s.index))
        after = re.match(r"\s+in\s+(?:the\s+)?", s.text[m.end():s.end])
        if after:
            out += [Relation(ev.id, "locatedIn", p.id, s.index) for p in s.of_type("Place") if p.start == m.end() + after.end()]
    return out
