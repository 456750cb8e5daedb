"""English: the subject of a sentence whose action happens "at" an event took part in it.

"Standing member … Tran Cam Tu handed the decision to Nien at a ceremony in Quy Nhon": the
nearest person to "at a ceremony" is the one handed the decision, but the subject who handed
it was there too. A sentence that opens with a person (after titles and bodies only) and
whose verb phrase reaches an event through "at" (with no reported speech between, which could
place the event in what is said, unless the saying itself is "at" it: "X said at the ceremony that …")
gives that person ``participatedIn``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.base import after_dateline, SAY_EN, Relation
from kg.relations.cues import cue_pattern

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_HOSTS = re.compile(r"\b(?:launched|launches|opened|opens|held|holds|hosted|hosts|organi[sz]ed|inaugurated|"
                    r"kicked\s+off|started|began|announced)\b")
_AT = re.compile(r"\bat\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$")
# an aside set off by commas after a subject: "X, which is based in Hà Nội, presented …", "A, a start-up
# based in Hà Nội, and B …" — it describes the subject and is no part of the clause's verb phrase
_ASIDE = re.compile(r"\s*,\s+(?:(?:which|who)\s+(?:is|are|was|were|has|have)\s|(?:an?|the)\s+[a-z])[^,;:()]{1,80}?,(?=\s)")
# one more body joined on to the subject ("A and B", "A, B", and past an aside "A, a start-up …, and B")
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?")


def _aside_end(s: "Sentence", at: int) -> int:
    """The end of a comma-set aside that opens at ``at`` and names no person or body, else ``at``."""
    m = _ASIDE.match(s.text, at, s.end)
    if m is None or any(at <= x.start < m.end() for x in s.mentions if x.type in ("Person", "Organization")):
        return at
    return m.end()


def subject_at_event(s: "Sentence") -> list[Relation]:
    """participatedIn for the sentence's opening person when the sentence places its act at an event."""
    opening = after_dateline(s) if s.lang == "en" else s.start  # "HÀ NỘI, Dec 8 (VNA) — The …"
    people = [p for p in s.of_type("Person") if p.start >= opening]
    first = next((m for m in s.mentions if m.start >= opening), None)
    if s.lang == "en" and first is not None and first.type == "Organization" and not first.ref \
            and re.fullmatch(r"\s*(?:The\s+)?", s.text[opening:first.start]):
        people = [first]  # "The Vietnam Fatherland Front Central Committee on Sunday received … at a ceremony"
        for o in [m for m in s.of_type("Organization") if m.start > first.start]:
            if o.ref or not _JOINED.fullmatch(s.text, _aside_end(s, people[-1].end), o.start):
                break
            people.append(o)  # "The World Bank and the Ministry of … on Friday signed … at a ceremony": each body
    if s.lang != "en" or not people or people[0].ref:
        return []
    subject = people[0]
    joined = people[1:] if subject.type == "Organization" else []
    covered = [(t.start_char, t.end_char) for t in s.titles] + [
        (m.start, m.end) for m in s.mentions + s.nested if m.type in ("Organization", "Place")]
    head = "".join(" " if any(a <= s.start + i < b for a, b in covered) else ch
                   for i, ch in enumerate(s.text[s.start:subject.start]) if s.start + i >= opening)
    head = re.sub(r"(?<![\w])(?:" + cue_pattern("role_heads", "en") + r"|standing|member)(?![\w])", " ", head,
                  flags=re.IGNORECASE)
    head = re.sub(r"(?<![\w])(?:(?:Associate\s+)?Professor|Prof|Dr|Mr|Ms|Mrs)(?![\w])\.?", " ", head)  # "Associate Professor Dr X"
    if re.search(r"[^\s,]", re.sub(r"\b(?:of|the|and|for|to|in)\b|[’']s\b", " ", head, flags=re.IGNORECASE)):
        return []  # something other than the subject's titles opens the sentence
    out: list[Relation] = []
    last = joined[-1] if joined else subject
    for ev in s.of_type("Event"):
        if ev.start <= last.end or not _AT.search(s.text, last.end, ev.start):
            continue
        between = s.text[_aside_end(s, last.end):ev.start]  # (past an aside on the subject)
        # "X, chairman of …, said at the opening ceremony that …": the saying is at the event, not in what is said
        # (a body that "said at the press conference" speaks through its people: the gold names them, not it)
        said_at = re.search(r"(?<![\w])(?:" + SAY_EN + r")\s+" + _AT.pattern, between)
        if said_at and subject.type == "Person":
            between = between[:said_at.start()]
        if re.search(r"(?<![\w])(?:" + SAY_EN + r"|that|who|which)(?![\w])|[;:]", between):
            continue
        if subject.type == "Organization" and _HOSTS.search(between):
            continue  # "The Ministry of Health launched a campaign at a ceremony": its own ceremony (organized)
        out += [Relation(o.id, "participatedIn", ev.id, s.index) for o in [subject] + joined]
    return out
