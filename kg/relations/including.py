"""participatedIn from an attendance count with its named members: "More than 800 delegates
attended, including Deputy Prime Minister X and Ambassador Y", "Some 200 businesses took part,
among them Z" — the people and bodies after "including" took part in the event of the sentence,
else in the latest event of the sentences before. Cues are data (``took_part`` and
``including_links`` in ``kg/data/relations/cues.json``)."""
from __future__ import annotations

import re

from kg.relations.attendance import event_of, list_members
from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern


_ANY_EVENT = frozenset(("event", "occasion", "gathering", "function", "ceremony", "celebration", "programme",
                        "program"))  # nouns that may name the event before whatever its kind


def attended_including(s: Sentence) -> list[Relation]:
    """participatedIn: the named members of "… attended, including …"."""
    links = cue_pattern("including_links", s.lang)
    if not links:
        return []
    m = re.search(r"\b(?:" + cue_pattern("took_part", s.lang) + r")(?:\s+(?:it|the\s+(?P<noun>[\w-]+(?:\s+[\w-]+)?)))?"
                  r",?\s+(?:" + links + r")\s+", s.text[s.start:s.end], flags=re.IGNORECASE)
    if m is None:
        return []
    start = s.start + m.end()
    event = event_of(s, s.start + m.start())
    if event is None:
        return []
    head = m.group("noun").split()[-1].casefold() if m.group("noun") else ""
    if head and head not in _ANY_EVENT and event.sentence < s.index and head not in event.text.casefold():
        return []  # "… told a press conference. Fans attended the semi-final, including …": another event, unnamed
    return [Relation(x.id, "participatedIn", event.id, s.index) for x in list_members(s, start, s.end)]
