"""Which written day is not the date of a sentence's policy or event (helpers of :mod:`kg.relations.dates`).

A start with no end is when a rule applies ("from July 1"); an aside names a part of another event ("…, with a
session on X"); a session that goes on is not the sitting of that day ("tiếp tục Kỳ họp thứ 10"); a date in a
relative clause hung on a later policy is that policy's ("the Code and Resolution 04, which the court issued on …"); an
instrument named as the basis of the one issued is not issued that day ("was issued in accordance with Decree 70"); a
clause "…, which falls on August 28" after the event dates the noun before its comma.
"""
from __future__ import annotations

import re

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Sentence


def entry_into_force(s: Sentence, d: tuple[int, int, str | None]) -> bool:
    """"… requiring retailers to issue e-invoices from July 1": a start with no end is when a rule
    applies, not the day its instrument was issued ("from May 25 to 27" is a span)."""
    return re.search(r"(?<![\w])from\s+$", s.text[max(s.start, d[0] - 6):d[0]]) is not None and \
        re.match(r"\s*(?:to|until|till|through|[-–])\s", s.text[d[1]:s.end]) is None


# "… its 12th National Congress in Huế from December 10 to 12, with a session on robotic surgery": a part of the event
_PART_OF_EN = re.compile(r",\s+(?:with|including|featuring)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# "Trong khuôn khổ lễ hội, sáng 15/11, Sở X tổ chức Hội thảo …": the event that frames another happening in it
_FRAME_VI = re.compile(r"(?<![\w])(?:[Tt]rong\s+khuôn\s+khổ|[Bb]ên\s+lề)\s+(?:của\s+)?$")


def not_parts(s: Sentence, events: list[Mention]) -> list[Mention]:
    """The events of ``s`` less those an aside names as a part of another ("…, with a session on X"; in Vietnamese
    the frame of another: "Trong khuôn khổ lễ hội, sáng 15/11, … tổ chức Hội thảo …"), when another stays."""
    if s.lang == "vi":
        frames = [e for e in events if _FRAME_VI.search(s.text, max(s.start, e.start - 20), e.start)]
        return [e for e in events if e not in frames] if frames and len(frames) < len(events) else events
    parts = [e for e in events if _PART_OF_EN.search(s.text, max(s.start, e.start - 40), e.start)]
    return [e for e in events if e not in parts] if parts and len(parts) < len(events) else events


_CONTINUED_VI = re.compile(r"(?<![\w])tiếp tục(?:\s+chương trình)?\s+$", re.IGNORECASE)


def not_continued(s: Sentence, events: list[Mention]) -> list[Mention]:
    """"Sáng 6/11, tiếp tục Kỳ họp thứ 10, Quốc hội tiến hành phiên chất vấn …": the day is the sitting's, not the
    session's that goes on (when the sentence names another event)."""
    if s.lang != "vi":
        return events
    going_on = [e for e in events if _CONTINUED_VI.search(s.text, max(s.start, e.start - 25), e.start)]
    return [e for e in events if e not in going_on] if going_on and len(going_on) < len(events) else events


def clause_of_another(s: Sentence, p: Mention, d: tuple, policies: list[Mention]) -> bool:
    """Whether the date ``d`` after ``p`` sits in a relative clause hung on a later policy ("A and B, which …")."""
    return any(p.end <= q.start and q.end <= d[0] and _WHICH_CLAUSE.match(s.text, q.end, d[0]) for q in policies)


_WHICH_CLAUSE = re.compile(r"[/\w.-]*\s*,\s*(?:which|that)\s")


# "… was issued in accordance with Decree 70", "… issued Plan 12 under Resolution 57": what the instrument rests on
_BASIS_EN = re.compile(r"(?<![\w])(?:in\s+accordance\s+with|in\s+line\s+with|pursuant\s+to|under|based\s+on)(?![\w])",
                       re.IGNORECASE)


# "… published a report on Thursday on how Decree 13 is applied": the verb's object is a work that is no instrument
_WORK_EN = re.compile(r"\s*(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:"
                      + "|".join(re.escape(w) for w in pattern_data("published_works_en.json")["nouns"]) + r")(?![\w])",
                      re.IGNORECASE)


def basis_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (between an issuing verb and an instrument) names the instrument as a basis, or
    as the subject of another work the verb put out (a report, a survey)."""
    return _BASIS_EN.search(text, start, end) is not None or _WORK_EN.match(text, start, end) is not None


# "…, which falls on August 28": a relative clause that dates the noun right before its comma
_FALLS_ON_EN = re.compile(r",\s+(?:which|that)\s+(?:falls|fell|will\s+fall|is|was)\s+on\s+$")


def day_of_another_noun(s: Sentence, ev: Mention, d: tuple) -> bool:
    """"The event is part of activities to celebrate the 80th anniversary of the sector, which falls on August 28":
    the day of a noun written after the event, not the event's (English)."""
    if s.lang == "vi" or ev.end > d[0]:
        return False
    m = _FALLS_ON_EN.search(s.text, max(ev.end, d[0] - 40), d[0])
    return m is not None and len(s.text[ev.end:m.start()].split()) >= 2


# visiting an event that runs for days: "X visited the fair on Saturday"
_VISITED = re.compile(r"(?<![\w])(?:visited|visits|toured|tours|stopped\s+by|dropped\s+by)\s+(?:the|a|an|this\s+year['’]s)\s+$")


# a visit of several days framing what was done on one of them: "… signed four agreements on Thursday during an
# official visit to Australia by …", "… on Thursday, the first day of his state visit to Malaysia"
_DURING_VISIT = re.compile(r"(?<![\w])(?:during|on\s+the\s+(?:first|second|third|last|final)\s+day\s+of|"
                           r"the\s+(?:first|second|third|last|final)\s+day\s+of)\s+(?:(?:an?|the|his|her|their|its)\s+|"
                           r"[^,.;()]{1,50}?['’]s?\s+)?$", re.IGNORECASE)


def visited(s: Sentence, ev: Mention) -> bool:
    """English: ``ev`` is what the sentence's subject visits ("visited the fair on Saturday"), or a visit of several
    days during which the sentence's act was done, so a day in it is the visit's or the act's, not ``ev``'s."""
    if s.lang != "en":
        return False
    if _VISITED.search(s.text, max(s.start, ev.start - 30), ev.start) is not None:
        return True
    return re.search(r"(?<![\w])(?:visit|trip|tour)\b", ev.text, re.IGNORECASE) is not None \
        and _DURING_VISIT.search(s.text, max(s.start, ev.start - 70), ev.start) is not None


# a relative day right before a reported clause: "told a press conference on Wednesday that …"
DAY_THEN_THAT = re.compile(r"(?:(?:last|this|next)\s+)?[\w-]+(?:\s+(?:morning|afternoon|evening|night))?\s+that\b")
