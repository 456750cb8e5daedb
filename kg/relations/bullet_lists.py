"""participatedIn from an attendance list written as bullet lines.

    Dự hội nghị có:
    - Ông A, Phó Chủ tịch UBND tỉnh;
    - Đại diện Sở B.

The opening ("Dự hội nghị có:", "Attending were:") ends with a colon and each item is a line of its
own, so each is a sentence of its own: every bullet line of the run that follows such an opening is
read as an item of its list (:func:`kg.relations.attendance.list_members`), for the event the opening
names or, failing that, the latest event before it.
"""
from __future__ import annotations

import re

from kg.relations.attendance import LOOKBACK, list_members
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern

_BULLET = re.compile(r"\s*[-–•+*]\s+")


def bulleted_attendance(s: Sentence) -> list[Relation]:
    """participatedIn for the people and bodies of one bullet line of an attendance list."""
    bullet = _BULLET.match(s.text, s.start, s.end)
    if bullet is None or s.index == 0:
        return []
    j = s.index - 1
    while j > 0 and _BULLET.match(s.text, *s.ex.sentences[j]):
        j -= 1
    o_start, o_end = s.ex.sentences[j]
    opening = s.text[o_start:o_end]
    if not opening.rstrip().endswith(":") or not re.match(
            r"\s*(?:" + cue_pattern("attendance_opening", s.lang) + r")[^.;:]{0,80}?(?:"
            + cue_pattern("attendance_link", s.lang) + r")?\s*:\s*$", opening, flags=re.IGNORECASE):
        return []
    event = _event_for(s, j)
    if event is None:
        return []
    return [Relation(m.id, "participatedIn", event.id, s.index) for m in list_members(s, bullet.end(), s.end)]


def _event_for(s: Sentence, j: int) -> Mention | None:
    """The event the opening sentence ``j`` names, else the latest one of the sentences before it."""
    here = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence == j]
    if here:
        return here[-1]
    earlier = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and j - LOOKBACK <= m.sentence < j]
    return max(earlier, key=lambda m: (m.sentence, m.start)) if earlier else None
