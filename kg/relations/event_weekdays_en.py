"""English: a relative day written right after an event's name is that event's date.

"The Asia Rail Forum will be held from December 8 to 10 …, the ministry said at a press conference on
Monday": the sentence writes its own date, so ``relative_dates`` leaves the weekday alone, but "a press
conference on Monday" says on its own which day the press conference was.
"""

from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.dates import published_day, relative_day

_LEAD = re.compile(r"\s+(?:on\s+|last\s+)?$")  # what may stand between the event and its day word
_REACH = 20  # characters after the event's name searched for the day word


def dated_right_after(s: Sentence) -> list[Relation]:
    """date: "EVENT on Monday" / "EVENT last Friday" / "EVENT yesterday" in a sentence with a date of its own
    (English; without one ``relative_dates`` dates the sentence's event)."""
    if s.lang == "vi" or not any(d[2] for d in s.dates):
        return []
    pub = published_day(s.ex.article.published)
    if pub is None:
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        window = s.text[ev.end:min(s.end, ev.end + _REACH)]
        hit = relative_day(window, "en", pub)
        if hit is None or not _LEAD.fullmatch(window[:hit[0]]):
            continue
        if any(d[0] >= ev.end and d[0] - ev.end <= hit[0] + 1 and d[2] for d in s.dates if d[2] != hit[1]):
            continue  # a written date stands right after the event already
        out.append(Relation(ev.id, "date", hit[1], s.index))
    return out
