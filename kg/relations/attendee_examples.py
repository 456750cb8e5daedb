"""participatedIn of attendees a Vietnamese report names as examples or adds after a list (no event named).

"Nhiều doanh nghiệp lớn cũng góp mặt với các gian hàng …, như Tập đoàn A và Công ty B": a crowd takes
part (``took_part``) and the bodies after "như / gồm / trong đó có" (``attendee_example_links``) are
among it. "Tham dự hội thảo có ông X … . Ngoài ra còn có gần 200 bác sĩ …, trong đó có Bệnh viện A và
Bệnh viện B.": a sentence that opens by adding to the list the sentence before began
(``further_attendance_openings``) names more attendees. "Diễn đàn quy tụ hơn 50 doanh nghiệp, gồm A và B": the
event named again draws a counted crowd, and the names right after the link are among it. All go to the latest
event of the report.
"""
from __future__ import annotations

import re

from kg.relations.attendance import event_of, list_members
from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern

# the subject of the crowd: a count or a plural, no name ("Nhiều doanh nghiệp", "Hơn 50 đơn vị", "Các trường")
_CROWD = r"\s*(?:(?:nhiều|các|những|một số|đông đảo|hàng chục|hàng trăm|hơn|gần|khoảng|trên)\s+)+(?:\d[\d.]*\s+)?[^\s,;.]+"


# the event named again, drawing a counted crowd: "Hội nghị thu hút gần 300 đại biểu", "Diễn đàn quy tụ hơn 50 doanh
# nghiệp" (then "trong đó có A, B": the named ones among it)
_EVENT_CROWD = re.compile(r"\s*(?:(?:đã|cũng|năm nay|lần này)\s+)*(?:thu hút|quy tụ|có sự tham gia của|có sự tham dự của|có)\s+"
                          r"(?:(?:gần|hơn|khoảng|trên|đông đảo|hàng trăm|hàng nghìn)\s+)?\d[\d.]*\s+[^\d,;.]{1,40}?(?=,)",
                          re.IGNORECASE)


def attendee_examples(s: Sentence) -> list[Relation]:
    """participatedIn of the examples after a counted crowd of a report, or of a list the sentence before opened."""
    if s.lang != "vi" or s.index == 0 or any(m.type == "Event" and not m.ref for m in s.mentions):
        return []
    body = s.text[s.start:s.end]
    links = r"(?:,\s*|\s+)(?:" + cue_pattern("attendee_example_links", s.lang) + r")\s+"
    crowd = re.match(_CROWD + r"[^,;.]{0,40}?\s(?:" + cue_pattern("took_part", s.lang) + r")(?![\w])", body,
                     flags=re.IGNORECASE)
    crowd_end = crowd.end() if crowd else None
    opened = next((m for m in s.mentions if m.type == "Event" and m.ref and m.start == s.start + len(body) - len(body.lstrip())),
                  None)
    drawn = _EVENT_CROWD.match(s.text, opened.end, s.end) if crowd is None and opened is not None else None
    if drawn is not None:  # "Hội nghị thu hút gần 300 đại biểu, trong đó có ông A, … và bà B, …": the link right after
        crowd_end = drawn.end() - s.start
        if not re.match(links, body[crowd_end:], flags=re.IGNORECASE):
            return []
    further = None if crowd_end is not None else re.match(r"\s*(?:" + cue_pattern("further_attendance_openings", s.lang) + r")\s+",
                                                          body, flags=re.IGNORECASE)
    if crowd_end is not None:
        if drawn is None and any(m.type in ("Person", "Organization") and m.start < s.start + crowd_end for m in s.mentions):
            return []  # a named subject is read by took_part
        link = re.search(links, body[crowd_end:], flags=re.IGNORECASE)
        if link is None or re.search(r"[;]", body[crowd_end:crowd_end + link.start()]):
            return []
        at = s.start + crowd_end + link.end()
    elif further is not None and _attendance_before(s):
        link = re.search(links, body[further.end():], flags=re.IGNORECASE)
        at = s.start + further.end() + (link.end() if link else 0)
    else:
        return []
    event = event_of(s, s.start)
    if event is None:
        return []
    return [Relation(m.id, "participatedIn", event.id, s.index) for m in list_members(s, at, s.end)
            if m.type in ("Person", "Organization")]


def _attendance_before(s: Sentence) -> bool:
    """The sentence before opens an attendance list: "Tham dự hội thảo có …", "Dự lễ có …"."""
    a, b = s.ex.sentences[s.index - 1]
    if re.match(r"\s*(?:" + cue_pattern("further_attendance_openings", s.lang) + r")\s", s.text[a:b], flags=re.IGNORECASE):
        return s.index > 1 and _attendance_before(_Before(s))  # "… . Ngoài ra còn có A. Ngoài ra còn có B."
    return re.match(r"\s*(?:" + cue_pattern("attendance_heads", s.lang) + r")(?![\w])[^.;]{0,80}?\scó\s", s.text[a:b],
                    flags=re.IGNORECASE) is not None


class _Before:
    """The sentence before ``s``, as far as :func:`_attendance_before` reads it."""

    def __init__(self, s: Sentence):
        self.ex, self.text, self.lang, self.index = s.ex, s.text, s.lang, s.index - 1
