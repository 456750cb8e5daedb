"""English: an instrument signed in a sentence that writes no day takes the day of the event the article just dated.

"Prime Minister X held talks with … in Hà Nội on Wednesday. … The two ministers signed a memorandum of
understanding on critical minerals supply chains." News tells the meeting's day once, then the documents signed
there sentence by sentence: each was signed that day. Only a sentence with no day of its own (written or
relative), within two sentences after the dated event, and only the instruments its signing verb governs
("signed a …", "the signing of a …", "… was signed by"); one cited on the way ("under Decree 13") is not signed.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.dates import published_day, relative_day
from kg.textutil import compiled

_REACH = 2  # sentences back to the dated event
# the signing verb right before the instrument: "signed a ", "put their signatures on an ", "the signing of a "
_SIGNED_BEFORE = compiled(r"(?:" + cue_pattern("signed_ref_verbs", "en") + r"|signing\s+of)\s+(?:(?:a|an|the|two|three)\s+)?"
                          r"(?:(?:new|five-year|three-year|cooperation|framework|separate)\s+)?$")
_SIGNED_AFTER = compiled(r"[/\w.–-]*(?:\s+[^,.;()]{0,80}?)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:signed|inked)\b")


_ANOTHER_TIME = compiled(r"(?i)\b(?:had\s+(?:been\s+)?(?:signed|inked)|last\s+(?:year|month|week)|earlier\s+this|previously|"
                         r"in\s+the\s+past|ago|will\s+sign|to\s+sign|plan\s+to|expected\s+to)\b")
_YEAR = compiled(r"(?<![\d/–-])(?:19|20)\d\d(?![\d/–-])")


def _outside(s: Sentence) -> list[tuple[int, int]]:
    """The stretches of ``s`` outside its instrument and event names (a year in a name is no time of the signing)."""
    out, at = [], s.start
    for m in sorted((m for m in s.mentions if m.type in ("Policy", "Event")), key=lambda m: m.start):
        if m.start > at:
            out.append((at, m.start))
        at = max(at, m.end)
    return out + [(at, s.end)]


def signed_on_event_day(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """date: the instruments this sentence signs, on the day of the event dated last in the two sentences before."""
    if s.lang != "en" or any(d[2] for d in s.dates):
        return []
    pub = published_day(s.ex.article.published)
    if pub is not None and relative_day(s.text[s.start:s.end], "en", pub) is not None:
        return []  # (a day of its own: the other date readers)
    if _ANOTHER_TIME.search(s.text, s.start, s.end) or any(
            _YEAR.search(s.text, a, b) for a, b in _outside(s)):
        return []  # "… had signed an agreement … in 2024", "signed last year": another time than the event's
    signed = [p for p in s.of_type("Policy") if not p.nested and (
        _SIGNED_BEFORE.search(s.text, max(s.start, p.start - 45), p.start) or _SIGNED_AFTER.match(s.text, p.end, s.end))]
    if not signed:
        return []
    kinds = {m.id: m.type for m in s.ex.mentions}
    dated = {r.subject for r in rels if r.predicate == "date"}
    earlier = [r for r in rels if r.predicate == "date" and kinds.get(r.subject) == "Event"
               and s.index - _REACH <= r.sentence < s.index]
    if not earlier:
        return []
    day = max(earlier, key=lambda r: r.sentence).obj
    return [Relation(p.id, "date", day, s.index) for p in signed if p.id not in dated]
