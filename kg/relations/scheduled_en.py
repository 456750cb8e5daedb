"""The event a date is announced for: "… preparations for the 10th National Congress of the Youth Federation,
scheduled for December 18–20 at …" dates the congress, not the meeting the sentence is about.
:func:`kg.relations.dates.current_events` sets such a coming event aside for the sentence's other days; the day
written inside its own "scheduled for" phrase is its own."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence

# from the event's end to the day: ", scheduled for", ", which is set to take place on", " slated for"
_FOR_DAY = re.compile(r"\s*,?\s+(?:(?:which|that)\s+(?:is|are|was|were|will\s+be)\s+)?(?:scheduled|slated|set|due|planned)"
                      r"(?:\s+to\s+(?:take\s+place|open|be\s+held|begin|start|run|convene))?\s+(?:for|on|from)\s+"
                      r"(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?$")


def scheduled_event(s: Sentence, events: list[Mention], day_start: int) -> Mention | None:
    """The event whose "scheduled for" phrase the date at ``day_start`` ends (English), else None."""
    if s.lang != "en":
        return None
    return next((e for e in reversed(events) if e.end <= day_start
                 and _FOR_DAY.fullmatch(s.text, e.end, day_start)), None)


# "from December 15 to February 28", "from December 28 to January 3": the day a span ends, written after its start
_SPAN_TO = re.compile(r"\bfrom\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?\s+"
                      r"(?:to|until|till|through)\s+$")


def span_end(s: Sentence, day_start: int) -> bool:
    """The date at ``day_start`` closes a "from … to …" span (English): the span's event is dated by its start."""
    return s.lang == "en" and _SPAN_TO.search(s.text, max(s.start, day_start - 40), day_start) is not None
