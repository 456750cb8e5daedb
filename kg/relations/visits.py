"""A visit's own place and dates: "chuyến thăm chính thức Việt Nam từ ngày 8 đến 10/6" is located in
Việt Nam and dated by its first day, whatever room the talks of that day were held in or the day the
sentence reports ("Chiều 9/6, tại Trụ sở Chính phủ, … nhân dịp chuyến thăm …")."""
from __future__ import annotations

import re

from kg.relations.base import Extraction, Relation, Sentence

VISIT_SOURCE = "event-visit"  # kg.nlp.recognizers.visits
_RANGE = re.compile(r"\s*,?\s*(?:diễn ra\s+)?từ\s+(?:ngày\s+)?(?P<d>\d{1,2})(?:/(?P<m>\d{1,2}))?(?:/(?P<y>\d{4}))?"
                    r"\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?\d{1,2}/(?P<m2>\d{1,2})(?:/(?P<y2>\d{4}))?")


def visit_facts(ex: Extraction, rels: list[Relation], text: str) -> list[Relation]:
    """``rels`` with each Vietnamese visit located in the place its name ends with and dated by the
    first day of the range written after it; the sentence's other place and day no longer apply."""
    own: list[Relation] = []
    replaced: set[tuple[int, str]] = set()
    for ev in ex.mentions:
        if ev.type != "Event" or ev.nested or ev.source != VISIT_SOURCE:
            continue
        place = next((m for m in ex.mentions if m.type == "Place" and m.end == ev.end and ev.start < m.start), None)
        if place is not None:
            own.append(Relation(ev.id, "locatedIn", place.id, ev.sentence))
            replaced.add((ev.id, "locatedIn"))
        day = _RANGE.match(text, ev.end)
        year = day and (day.group("y") or day.group("y2") or (ex.article.published or "")[:4])
        if day and year:
            month = int(day.group("m") or day.group("m2"))
            own.append(Relation(ev.id, "date", f"{int(year):04d}-{month:02d}-{int(day.group('d')):02d}", ev.sentence))
            replaced.add((ev.id, "date"))
    kept = [r for r in rels if (r.subject, r.predicate) not in replaced]
    return kept + own


# meetings that make up a visit: the host and the guest, and those they receive or call on
_MEETING = re.compile(r"(?<![\w])(?:hội đàm|hội kiến|tiếp kiến|chào xã giao|tiếp xã giao|lễ đón chính thức|"
                      r"đón chính thức|gặp gỡ|hội đàm với)(?![\w])", re.IGNORECASE)


def visit_meetings(s: "Sentence") -> list[Relation]:
    """participatedIn: "X hội đàm với Y", "Y đã hội kiến Tổng Bí thư Z" in an article about a visit: the
    people of a sentence about the visit's talks and calls took part in the visit (the latest named)."""
    if s.lang != "vi" or not _MEETING.search(s.text, s.start, s.end):
        return []
    visits = [m for m in s.ex.mentions if m.type == "Event" and m.source == VISIT_SOURCE and not m.nested
              and m.sentence <= s.index]
    if not visits:
        return []
    visit = max(visits, key=lambda m: m.start)
    return [Relation(p.id, "participatedIn", visit.id, s.index) for p in s.of_type("Person")]
