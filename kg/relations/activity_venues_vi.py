"""locatedIn of the event the sentence before named, from a sentence that tells its activity and where (Vietnamese).

"Giải Marathon Phú Yên năm 2030 đã được tổ chức ở thành phố Tuy Hòa. Vận động viên xuất phát và về đích tại Quảng
trường 1 tháng 4.", "Giải Bóng chuyền … khởi tranh. Các trận đấu diễn ra tại Nhà thi đấu tỉnh X.": a sentence that
names no event opens with the event's performers or parts (``activity_subjects``) and a verb of its activity
(``activity_venue_verbs``), then "tại / ở" a place (and the places it is in, after commas). The place is the venue of
the one event named in full in the sentence before, in the same paragraph. Another happening ("Lớp tập huấn được tổ
chức tại …") has no such subject and verb.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.textutil import compiled

# days and times the verb may carry: "thi đấu từ ngày 3 đến 9/7 tại …"
_WHEN = r"(?:\s+(?:vào|từ|đến|ngày|sáng|chiều|tối|trưa|và|[-–]|\d{1,2}(?:/\d{1,2}){0,2}))*"


def _opening() -> re.Pattern[str]:
    """Performers or parts (a few words may stand around them), the verb (two joined by "và"), a day, "tại / ở"."""
    verb = cue_pattern("activity_venue_verbs", "vi")
    return compiled(r"\s*(?:[^\s,.;:]+\s+){0,3}?(?:" + cue_pattern("activity_subjects", "vi") + r")(?:\s+[^\s,.;:]+){0,4}?\s+"
                    r"(?:đã\s+|sẽ\s+|đều\s+)?(?:" + verb + r")(?:\s+(?:và|,)\s*(?:" + verb + r"))?" + _WHEN
                    + r"\s+(?:tại|ở)\s+(?:(?:" + cue_pattern("unit_words", "vi") + r")\s+)?", re.IGNORECASE)


def activity_venues(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """locatedIn: the event named in the sentence before → the places after the activity's "tại / ở"."""
    if s.lang != "vi" or s.index == 0 or any(m.type == "Event" for m in s.mentions):
        return []
    opening = _opening().match(s.text, s.start, s.end)
    if opening is None:
        return []
    a, b = s.ex.sentences[s.index - 1]
    if "\n" in s.text[b:s.start]:
        return []  # a new paragraph
    named = [m for m in s.ex.mentions if m.sentence == s.index - 1 and m.type == "Event" and not m.ref and not m.nested]
    if len({m.name or m.text for m in named}) != 1:
        return []  # none, or two: which one is not said
    ev = named[0]
    out: list[Relation] = []
    at = opening.end()
    for pl in sorted((m for m in s.mentions if m.type == "Place" and m.start >= opening.end()), key=lambda m: m.start):
        gap = s.text[at:pl.start]
        if not (at == opening.end() and not gap.strip()) and not re.fullmatch(r"\s*(?:,|ở|thuộc)\s*(?:[a-zà-ỹđ]+\s+){0,2}", gap):
            break
        out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
        at = pl.end
    return [r for r in out if r not in rels]
