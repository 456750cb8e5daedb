"""The English event a same-day phrase inside a sentence dates: "The ceremony followed the X Forum 2026, which was
held earlier that day at the same venue", "A trade promotion conference took place at the Y Centre on the same day":
the event named last before the phrase (its clause's subject), not the first one the sentence names."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence

# "earlier in the day", "later that day", "on the same day", "on that day" written inside the sentence
# (also "took place the same day", "that same day": "the same day" says it without "on")
SAME_DAY_INSIDE_EN = re.compile(r"(?<![\w])(?:(?:earlier|later)\s+(?:in\s+the|that|the\s+same)|on\s+(?:the\s+same|that)|"
                                r"(?:on\s+)?(?:the|that)\s+same)\s+day\b", re.IGNORECASE)


def same_day_event(s: Sentence, events: list[Mention]) -> Mention | None:
    """The event right before the sentence's inner same-day phrase, with no clause break between (English)."""
    if s.lang == "vi":
        return None
    m = SAME_DAY_INSIDE_EN.search(s.text, s.start, s.end)
    if m is None or m.start() - s.start < 3:
        return None
    before = [e for e in events if e.end <= m.start() and not re.search(r"[.;:]", s.text[e.end:m.start()])]
    return before[-1] if before else None
