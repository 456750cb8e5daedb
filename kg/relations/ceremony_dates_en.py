"""English: the date of an opening ceremony named after the event it opened.

"The Hue Festival 2026 opened on Saturday evening at the Ngo Mon Gate. The opening ceremony was
attended by …": the ceremony that opens an event is held the day the event opened. A sentence that
names an opening ceremony and no day of its own takes the date of the latest event of the sentence
before that "opened" (the event's own verb, right after its name and an optional day), or that someone
"opened".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.base import Relation
from kg.relations.cues import cue_table
from kg.relations.dates import published_day, relative_day

if TYPE_CHECKING:
    from kg.relations.base import Sentence

LOOKBACK = 1  # the sentence right before: the guideline's adjacent sentences about the same thing
_CEREMONY = re.compile(r"\bopening\s+ceremony$", re.IGNORECASE)
# "X opened", "X officially opened on Saturday", "X was opened", "X on Friday opened" (the event is the subject)
_OPENED = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:(?:was|were|has\s+been|officially)\s+)*"
                     r"(?:(?:on|this|last)\s+\w+(?:\s+(?:morning|afternoon|evening))?\s+)?(?:officially\s+)?opened\b")

# "Prime Minister X on Wednesday opened the 35th Vietnam International Trade Fair": the event opened
_OPENED_IT = re.compile(r"\b(?:officially\s+)?opened\s+(?:the\s+|a\s+)?$")


def opening_ceremony_date(s: "Sentence", rels: list[Relation]) -> list[Relation]:
    """date: the opening ceremony of an event the sentences before say opened on a day."""
    if s.lang != "en" or any(d[2] for d in s.dates):
        return []
    ceremonies = [m for m in s.of_type("Event") if _CEREMONY.search(m.text)]
    dated = {r.subject for r in rels if r.predicate == "date"}
    ceremonies = [c for c in ceremonies if c.id not in dated]
    if not ceremonies:
        return []
    opened = sorted((m for m in s.ex.mentions if m.type == "Event" and not m.nested
                     and s.index - LOOKBACK <= m.sentence < s.index and not _CEREMONY.search(m.text)
                     and (_OPENED.match(s.text, m.end) or _OPENED_IT.search(s.text, max(0, m.start - 30), m.start))),
                    key=lambda m: (m.sentence, m.start))
    for ev in reversed(opened):
        day = next((r.obj for r in rels if r.predicate == "date" and r.subject == ev.id and r.sentence == ev.sentence), None)
        if isinstance(day, str):
            return [Relation(c.id, "date", day, s.index) for c in ceremonies]
    return []


ACT_LOOKBACK = 2


def act_ceremony_date(s: "Sentence", rels: list[Relation]) -> list[Relation]:
    """date: "Cần Thơ University on Wednesday inaugurated its institute … . … attended the inauguration
    ceremony" — a ceremony of a kind (``ceremony_acts``) that names no day takes the one day of the latest
    sentence of the two before that tells its act ("inaugurated", "broke ground", "launched", "signed")."""
    if s.lang != "en" or any(d[2] for d in s.dates):
        return []
    dated = {r.subject for r in rels if r.predicate == "date"}
    out: list[Relation] = []
    for c in s.of_type("Event"):
        kind = re.search(r"\b(\w+)\s+ceremony$", c.text)
        verbs = cue_table("ceremony_acts", "en").get(kind.group(1).casefold()) if kind else None
        if not verbs or c.id in dated:
            continue
        act = re.compile(r"\b(?:" + verbs + r")\b")
        for j in range(s.index - 1, max(-1, s.index - 1 - ACT_LOOKBACK), -1):
            a, b = s.ex.sentences[j]
            days = {d[2] for d in s.article_dates if a <= d[0] < b and d[2]}
            pub = published_day(s.ex.article.published)
            hit = relative_day(s.text[a:b], s.lang, pub) if pub is not None else None
            if hit is not None:  # "on Wednesday": the weekday, resolved against the published day
                days.add(hit[1])
            if act.search(s.text, a, b):
                if len(days) == 1:
                    out.append(Relation(c.id, "date", days.pop(), s.index))
                break
    return out
