"""English news: the lead's day dates the happening the next sentence names.

"Shareholders of X on Friday approved … . The annual general meeting, held at …": a news lead
gives the day (often only the weekday) and the verb, the next sentence names the event it was
("The annual general meeting", "attended the groundbreaking ceremony", "At a meeting in …"). When
the lead names no event and one date, and the next sentence names an event with "the" or "a" and
no date of its own,
that event is dated by the lead. Only the first lead of the article (its first four sentences)
is read, where the report's own day is written.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation
from kg.relations.dates import DEADLINE

if TYPE_CHECKING:
    from kg.extract import Extraction

_TO_COME = re.compile(r"\b(?:will|would|shall|plans?\s+to|is\s+to|are\s+to|is\s+due\s+to|is\s+scheduled\s+to)\b")
_LATER = re.compile(r"[^.;]*?\b(?:next|later\s+this|in\s+the\s+coming)\s+(?:week|month|year|days|weeks|months)\b")
_DEFINITE = re.compile(r"\b(?:the|The|a|an)\s+$")


# a happening that a lead says was launched ("on Monday launched a national campaign"): ``launched_kinds``
_LAUNCHED_VERB = re.compile(r"\b(?:launched|launches|kicked\s+off|began|started)\s+(?:an?|the|its|their)\s+[^.;,]{0,60}$")


@lru_cache(maxsize=1)
def _launched_kinds() -> frozenset[str]:
    return frozenset(pattern_data("events_en.json")["launched_kinds"])


def _launched(text: str, start: int, end: int) -> bool:
    """The event at ``start:end`` is a campaign or the like that the verb before it launched."""
    words = text[start:end].casefold().split()
    head = words[words.index("on") - 1] if "on" in words[1:] else words[-1]
    return (head in _launched_kinds() or any(w in _launched_kinds() for w in words)) \
        and bool(_LAUNCHED_VERB.search(text, max(0, start - 80), start))


def lead_event_dates(ex: "Extraction", text: str, dates: list[tuple[int, int, str | None]] | None = None) -> list[Relation]:
    """``date`` for the event the sentence after a dated, eventless lead names (``dates``: the
    article's dates with offsets, to leave out days to come: "will run until Saturday")."""
    if ex.article.lang != "en":
        return []
    for i in range(min(4, len(ex.sentences) - 1)):
        start, end = ex.sentences[i]
        values = {v for a, _, v in (dates or []) if start <= a < end and v and not DEADLINE.search(text, max(0, a - 30), a)}
        if not values:
            if any(si == i and v for si, v in ex.dates):
                return []  # the first dated sentence gives only a day to come: no lead day
            continue
        events_here = [m for m in ex.mentions if m.type == "Event" and m.sentence == i and not m.nested]
        launched = [m for m in events_here if _launched(text, m.start, m.end)]
        if launched and len(launched) == len(events_here):
            # "X on Monday launched a national campaign … . The launch ceremony in Hà Nội …": the campaign
            # is launched that day, at the ceremony the next sentence names
            events_here, ceremony_only = [], True
        else:
            ceremony_only = False
        if len(values) != 1 or events_here:
            return []  # the lead is the first dated sentence; it names its event itself
        if any(si == i + 1 for si, v in ex.dates):
            return []  # the next sentence has its own day
        nxt = sorted((m for m in ex.mentions if m.type == "Event" and m.sentence == i + 1 and not m.nested),
                     key=lambda m: m.start)
        n_start = ex.sentences[i + 1][0]
        ev = next((m for m in nxt if _DEFINITE.search(text[max(n_start, m.start - 5):m.start])
                   and (not ceremony_only or text[m.start:m.end].casefold().endswith("ceremony"))), None)
        if ev is not None and (_TO_COME.search(text, n_start, ev.start) or _LATER.match(text, ev.end, ev.end + 80)):
            return []  # "The ministry will also hold a workshop … next week": a happening to come, not the lead's
        return [Relation(ev.id, "date", values.pop(), i)] if ev is not None else []
    return []
