"""participatedIn from a list broken over sentences: "Tham gia vòng chung kết có 16 đội bóng từ ba khu vực.
Khu vực phía Bắc có A, B và C. Khu vực miền Trung có D. Các đội còn lại đến từ phía Nam, trong đó có E."

A sentence that counts the participants of an event ("có 16 đội", "có sự tham gia của 18 đoàn nghệ thuật")
may be followed by sentences that name them part by part: each opens with a part of the set
(``continued_list_heads``: "Khu vực phía Bắc", "Các đoàn trong nước") and names its members after
"có / gồm / là" or after ", trong đó có". Their people and bodies took part in the event the counting
sentence names. Words as data in kg/data/relations/cues.json.
"""
from __future__ import annotations

import re

from kg.ceremony_refs import contest_of_ceremony, counted_participants
from kg.relations.attendance import event_of, list_members
from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern

LOOKBACK = 3  # sentences between the counting sentence and a part of its list


def _part_opening(s: Sentence) -> int | None:
    """Where the members of a part of the list begin, or None when the sentence names no such part."""
    body = s.text[s.start:s.end]
    head = r"\s*(?:" + cue_pattern("continued_list_heads", "vi") + r")(?![\w])"
    m = re.match(head + r"[^,;:.]{0,50}?\s(?:gồm có|gồm|có|là)\s*:?\s*", body, flags=re.IGNORECASE) \
        or re.match(head + r"[^;:.]{0,80}?,\s*trong đó có\s+", body, flags=re.IGNORECASE)
    if m is None:
        return None
    at = s.start + m.end()
    if any(x.start < at for x in s.mentions if x.type in ("Person", "Organization", "Event")):
        return None  # a body or person before the link is the subject of its own clause
    return at


def continued_lists(s: Sentence) -> list[Relation]:
    """participatedIn for the members of each part of a counted list told over several sentences."""
    if s.lang != "vi" or s.index == 0:
        return []
    at = _part_opening(s)
    if at is None:
        return []
    for back in range(1, LOOKBACK + 1):
        i = s.index - back
        if i < 0:
            return []
        a, b = s.ex.sentences[i]
        if counted_participants(s.text[a:b]):
            break
        if _part_opening_text(s.text[a:b]) is None:
            return []  # a sentence of another kind breaks the list
    else:
        return []
    event = event_of(s, s.start)
    if event is None:
        return []
    event = contest_of_ceremony(s, event, s.start, contestants=True)  # the round a named opening opens
    return [Relation(m.id, "participatedIn", event.id, s.index) for m in list_members(s, at, s.end)]


def _part_opening_text(text: str) -> int | None:
    """Where a sentence between opens with a part of the set ("Các đoàn quốc tế đến từ Pháp, Nhật Bản …"), or None."""
    m = re.match(r"\s*(?:" + cue_pattern("continued_list_heads", "vi") + r")(?![\w])", text, flags=re.IGNORECASE)
    return m.end() if m else None
