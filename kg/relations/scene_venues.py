"""locatedIn and date of an event whose place and day the sentence before sets as a scene (Vietnamese).

A report may open on the scene and name the event only in the next sentence: "Sáng 17/12, tại Khu công
nghiệp X, tỉnh Y, hàng trăm công nhân đã tập trung từ sớm. Công ty Z tổ chức Lễ khánh thành …". The
opening "(Sáng) d/m, tại PLACE(, PLACE)," of the sentence before, which names no event of its own, gives
the place (and the day) of the event the next sentence names, when that sentence gives neither.
"""
from __future__ import annotations

import re

from kg.relations.base import AT_PLACE_VI, Mention, Relation, Sentence
from kg.relations.cues import cue_pattern

_TIME = r"(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?|ngày\s+)?(?:\d{1,2}/\d{1,2}(?:/\d{4})?|(?:hôm\s+)?nay)\s*,\s*"


def scene_venues(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """The scene's places (and day) for the first event of ``s``; none the other passes (``rels``) gave it."""
    if s.lang != "vi" or s.index == 0:
        return []
    events = [m for m in s.mentions if m.type == "Event" and not m.nested and not m.ref]
    if not events or s.of_type("Place") or s.dates:
        return []
    a, b = s.ex.sentences[s.index - 1]
    gap = s.text[b:s.start]
    if "\n" in gap:
        return []  # a new paragraph
    prev = [m for m in s.ex.mentions if m.sentence == s.index - 1 and not m.nested]
    if any(m.type == "Event" and not m.ref for m in prev):
        return []  # the scene is another event's (a bare "không khí ngày hội" names none)
    opening = re.match(r"\s*(?P<time>" + _TIME + r")?" + AT_PLACE_VI, s.text[a:b], flags=re.IGNORECASE)
    if opening is None:
        return []
    at = a + opening.end()
    places: list[Mention] = []
    for pl in sorted((m for m in prev if m.type == "Place" and m.start >= at), key=lambda m: m.start):
        # "tại Khu công nghiệp X, tỉnh Y,": the places one after another, each after a comma (and a unit word)
        # (or a venue the text names with no place of its own, then "ở": "tại Nhà Điều hành của trường ở phường X")
        unit = r"(?:(?:" + cue_pattern("unit_words", s.lang) + r")\s+)?"
        gap = s.text[at:pl.start]
        if not (re.fullmatch(r"(?:\s*,\s*)?" + unit, gap, flags=re.IGNORECASE) and (not places or "," in gap)) \
                and not re.fullmatch(r"[^,.;:]{0,50}?\s(?:ở|tại)\s+" + unit, gap, flags=re.IGNORECASE):
            break
        places.append(pl)
        at = pl.end
    if not places or not re.match(r"\s*,", s.text[at:b]):
        return []  # the place ends the opening: "tại X, …"
    ev = events[0]
    if any(r.subject == ev.id and r.predicate == "locatedIn" for r in rels):
        return []
    out = [Relation(ev.id, "locatedIn", pl.id, s.index) for pl in places]
    if opening.group("time") and not any(r.subject == ev.id and r.predicate == "date" for r in rels):
        iso = next((d[2] for d in s.article_dates if a <= d[0] < a + opening.end("time") and d[2]), None)
        if iso:
            out.append(Relation(ev.id, "date", iso, s.index))
    return out
