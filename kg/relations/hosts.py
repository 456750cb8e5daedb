"""Hosts named after the event in a sentence of their own: "Giải do UBND tỉnh Quảng Ninh phối hợp với Báo
Tiền Phong tổ chức", "Sự kiện do Sở A và Hội B đồng tổ chức". The sentence opens with a bare event noun (or
names the event) and every body of the "do …" list before the organising verb held it."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.winners import _the_event

_LINK = re.compile(r"\s*(?:,|và|cùng|cùng với|phối hợp với|phối hợp cùng)\s*")
_OPEN = re.compile(r"\s*(?:Giải|Chương trình|Sự kiện|Hội chợ|Cuộc thi|Lễ hội|Triển lãm|Hội nghị|Hội thảo|Diễn đàn|"
                   r"Liên hoan|Festival|Tuần lễ|Ngày hội)(?:\s+(?:này|năm nay))?\s+(?:do|được)\s+$")


def hosts_after_event(s: Sentence) -> list[Relation]:
    """organized: each body of "do A (phối hợp với / và) B … tổ chức" → the event the sentence opens with."""
    if s.lang != "vi":
        return []
    orgs = [o for o in s.of_type("Organization") if not o.nested]
    if not orgs:
        return []
    first = orgs[0]
    events = [e for e in s.of_type("Event") if e.end <= first.start]
    if events and re.fullmatch(r"\s*(?:do|được)\s+", s.text[events[-1].end:first.start]):
        event = events[-1]
    elif _OPEN.fullmatch(s.text[s.start:first.start]):
        event = _the_event(s)
    else:
        return []
    if event is None:
        return []
    listed = [first]
    for o in orgs[1:]:
        if not _LINK.fullmatch(s.text[listed[-1].end:o.start]):
            break
        listed.append(o)
    tail = s.text[listed[-1].end:s.end]
    if not re.match(r"\s*(?:(?:phối hợp|đồng|cùng)\s+)?(?:" + cue_pattern("fallback_host", s.lang) + r")", tail):
        return []
    return [Relation(o.id, "organized", event.id, s.index) for o in listed]
