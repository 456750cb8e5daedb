"""English participatedIn of a prize-giving told without the event's name: "Deputy Minister X presented the trophy
after the match", "The trophy was handed to captain Y" — who hands a trophy or award over, and who is handed
it, took part in the event the sentences before name (ANNOTATION.md: being handed an award at the event is
taking part). A sentence that names an event of its own is left to the other passes.
"""
from __future__ import annotations

import re

from kg.relations.attendance import event_of
from kg.relations.base import Relation, Sentence, after_dateline, blanked, title_spans, untitled_head

_PRIZE = r"(?:trophy|trophies|cup|awards?|prizes?|medals?|certificates?|title)"
# "X (also) presented the trophy", "X handed over the awards"
_PRESENTED = re.compile(r"\s+(?:also\s+)?(?:presented|handed\s+over|handed\s+out|awarded)\s+the\s+(?:[\w-]+\s+)?" + _PRIZE + r"\b")
# "The trophy was handed to Y", "The awards were presented to A and B"
_HANDED_TO = re.compile(r"\s*The\s+(?:[\w-]+\s+)?" + _PRIZE + r"\s+(?:was|were)\s+(?:handed|presented|given)(?:\s+over)?\s+to\s+")
# what may open the sentence before the presenter: the capitalised words of a title ("Deputy Minister of Culture,
# Sports and Tourism")
_TITLE_ONLY = re.compile(r"(?:\s|,|[A-ZĐ][\w'’&-]*|of|and|the|for)*")
_CLAUSE_END = re.compile(r"[;.]|,\s+(?:while|who|which|and|but)\b")


def trophy_handovers(s: Sentence) -> list[Relation]:
    """participatedIn: the presenter and the recipients of a trophy or award in a sentence naming no event."""
    if s.lang != "en" or any(m.type == "Event" for m in s.mentions):
        return []
    who: list = []
    own = after_dateline(s)
    first = next((m for m in s.mentions if m.start >= own and m.type == "Person"), None)
    if first is not None and not first.ref and _TITLE_ONLY.fullmatch(untitled_head(s, first)[own - s.start:]):
        who += _presenters(s, first)
    to = _HANDED_TO.match(s.text, own, s.end)
    if to is not None:
        stop = _CLAUSE_END.search(s.text, to.end(), s.end)
        who += [m for m in s.mentions if m.type == "Person" and to.end() <= m.start < (stop.start() if stop else s.end)]
    if not who:
        return []
    event = event_of(s, s.start)
    return [Relation(m.id, "participatedIn", event.id, s.index) for m in who] if event is not None else []


def _presenters(s: Sentence, first) -> list:
    """``first`` and the people coordinated with it before "presented the trophy" ("Deputy Minister X and Y,
    Rector of the Z University, handed out the prizes"): the words between them are titles, "and" and commas."""
    verb = _PRESENTED.search(s.text, first.end, s.end)
    if verb is None:
        return []
    people = [m for m in s.mentions if m.type == "Person" and first.start <= m.start and m.end <= verb.start()]
    gap = blanked(s.text, first.start, verb.start(), [(m.start, m.end) for m in people] + title_spans(s))
    return people if _TITLE_ONLY.fullmatch(gap) else []

