"""English participatedIn of a visit's hosts: "A delegation … began a working visit to Hà Tĩnh. The delegation was
welcomed by Secretary X and Chairman Y at …" — those who welcome or receive the visitors take part in the visit
named in the sentences just before (ANNOTATION.md: the host of a visit takes part in it, as the guest does)."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence, after_dateline, blanked, title_spans
from kg.relations.cues import cue_pattern

LOOKBACK = 2  # sentences back to the visit the welcome belongs to
# "The delegation was (warmly) welcomed by", "The Lao guests were received by"
_WELCOMED = re.compile(r"\s*The\s+(?:[\w'’-]+\s+){0,2}?(?:delegation|delegations|guests|guest|visitors|visitor|delegates|"
                       r"mission)\s+(?:was|were)\s+(?:warmly\s+|officially\s+)?(?:welcomed|received|greeted|hosted)\s+by\s+")
# the hosts' list ends where the place or time of the welcome begins, or a clause does
_LIST_END = re.compile(r"\s(?:at|in|on|during|before|after)\s|[;.]|,\s+(?:who|which|where|and\s+the)\s")


def visit_hosts(s: Sentence) -> list[Relation]:
    """participatedIn: the people a sentence says welcomed or received the visitors, in the latest visit named
    in the sentence or the two before it."""
    if s.lang != "en":
        return []
    m = _WELCOMED.match(s.text, after_dateline(s), s.end)
    if m is None:
        return []
    travel = re.compile(r"(?:" + cue_pattern("travel_to", "en") + r")\b", re.IGNORECASE)
    visits = [e for e in s.ex.mentions if e.type == "Event" and not e.nested and travel.search(e.text)
              and s.index - LOOKBACK <= e.sentence <= s.index]
    if not visits:
        return []
    visit = max(visits, key=lambda e: (e.sentence, e.start))
    hosts, at = [], m.end()
    for p in (p for p in s.of_type("Person") if p.start >= m.end()):
        if _LIST_END.search(blanked(s.text, at, p.start, title_spans(s))):  # (titles between are no end of the list)
            break
        hosts.append(p)
        at = p.end
    return [Relation(p.id, "participatedIn", visit.id, s.index) for p in hosts]
