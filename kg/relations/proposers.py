"""Speakers who put a proposal to the one meeting an article reports (Vietnamese).

An article about a workshop or conference ("Hội thảo lấy ý kiến …") goes on paragraph by paragraph
with what the participants proposed: "Ông X, Phó Tổng Thư ký VCCI, đề nghị …", "Đại diện Hiệp hội Y
kiến nghị …". A person or body that opens its sentence and proposes (``proposal_verbs``) spoke at
that meeting, when the article names exactly one meeting (``proposal_events``) before it.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence, planned_event, untitled_head
from kg.relations.cues import cue_pattern

_LEAD = r"\s*(?:(?:ông|bà|PGS\.TS|GS\.TS|TS|ThS|đồng chí)\s+)?"
_BODY_LEAD = r"\s*(?:đại diện|thay mặt)\s+(?:(?:lãnh đạo|cho)\s+)?"


def _the_meeting(s: Sentence) -> Mention | None:
    """The one named meeting of the article, when it is named before this sentence; else None."""
    heads = cue_pattern("proposal_events", s.lang)
    named = [m for m in s.ex.mentions if m.type == "Event" and not m.ref and not m.nested
             and re.match(heads, m.text, flags=re.IGNORECASE)]
    if not named or len({m.text.casefold() for m in named}) != 1 or \
            len({m.text.casefold() for m in s.ex.mentions if m.type == "Event" and not m.ref and not m.nested}) != 1:
        return None
    first = min(named, key=lambda m: (m.sentence, m.start))
    return first if first.sentence < s.index and not planned_event(s, first) else None


def proposers_at_event(s: Sentence) -> list[Relation]:
    """participatedIn: the person or body that opens a later sentence and proposes something."""
    if s.lang != "vi" or not s.mentions:
        return []
    subj = s.mentions[0]
    if subj.type not in ("Person", "Organization"):
        return []
    head = untitled_head(s, subj)
    lead = _LEAD if subj.type == "Person" else _BODY_LEAD
    if not re.fullmatch(lead, head, flags=re.IGNORECASE):
        return []
    verbs = cue_pattern("proposal_verbs", s.lang)
    if not re.match(r"(?:\s*,(?:[^.;]|\.(?=\S)){0,100}?,)?\s*(?:" + verbs + r")", s.text[subj.end:s.end], flags=re.IGNORECASE):
        return []
    event = _the_meeting(s)
    return [Relation(subj.id, "participatedIn", event.id, s.index)] if event is not None else []
