"""Hosts named after the event in a sentence of their own: "Giải do UBND tỉnh Quảng Ninh phối hợp với Báo
Tiền Phong tổ chức", "Sự kiện do Sở A và Hội B đồng tổ chức". The sentence opens with a bare event noun (or
names the event) and every body of the "do …" list before the organising verb held it. In English, a list
of organisers: "Co-organisers of the forum included UNDP and JICA", "The organisers were A and B"."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.winners import the_event

_LINK = re.compile(r"\s*(?:,|và|cùng|cùng với|phối hợp với|phối hợp cùng)\s*")
_PARENT = re.compile(r"\s*\(\s*")
_OPEN = re.compile(r"\s*(?:Giải|Chương trình|Sự kiện|Hội chợ|Cuộc thi|Hội thi|Lễ hội|Triển lãm|Hội nghị|Hội thảo|Diễn đàn|"
                   r"Liên hoan|Festival|Tuần lễ|Ngày hội|Hội diễn|Hội thao|Giải đấu|Đại hội)(?:\s+(?:này|năm nay))?\s+(?:do|được)\s+$")


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
        event = the_event(s)
    else:
        return []
    if event is None:
        return []
    listed = [first]
    end = first.end
    for o in orgs[1:]:
        if _PARENT.fullmatch(s.text, end, o.start) and s.text.startswith(")", o.end):
            end = o.end + 1  # "Cục Y (Bộ Công Thương)": the bracketed parent of the body before, no host
            continue
        if not _LINK.fullmatch(s.text[end:o.start]):
            break
        listed.append(o)
        end = o.end
    tail = s.text[end:s.end]
    if not re.match(r"\s*(?:(?:phối hợp|đồng|cùng)\s+)?(?:" + cue_pattern("fallback_host", s.lang) + r")", tail):
        return []
    return [Relation(o.id, "organized", event.id, s.index) for o in listed]


_ORGANISERS_EN = re.compile(r"\s*(?:The\s+)?(?:co-)?organi[sz]ers\b(?:\s+of\s+[^,;.]{1,120}?)?\s+"
                            r"(?:included|include|were|are)\s+(?:the\s+)?", re.IGNORECASE)
_LINK_EN = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


@lru_cache(maxsize=1)
def _organisers_vi() -> re.Pattern:
    """"Đồng tổ chức hội thảo có A và B", "Đơn vị phối hợp tổ chức là C" (kg/data/relations/cues.json)."""
    return re.compile(r"\s*(?:" + cue_pattern("organiser_list_opening", "vi") + r")(?:\s+[^,;.:]{1,60}?)?\s+(?:"
                      + cue_pattern("organiser_list_link", "vi") + r")\s*:?\s*", re.IGNORECASE)


def organiser_lists(s: Sentence) -> list[Relation]:
    """organized: each body of a list of organisers → the event the opening names, else the one event
    the article names before ("Co-organisers of the Vietnam Diplomatic Forum included UNDP and JICA")."""
    if s.lang == "vi":
        m = _organisers_vi().match(s.text, s.start, s.end)
    else:
        m = _ORGANISERS_EN.match(s.text, s.start, s.end)
    if m is None:
        return []
    named = [e for e in s.of_type("Event") if e.end <= m.end()]
    event = named[-1] if named else the_event(s)
    orgs = [o for o in s.of_type("Organization") if not o.nested and o.start >= m.end()]
    if event is None or not orgs or orgs[0].start != m.end():
        return []
    listed = [orgs[0]]
    for o in orgs[1:]:
        if not (_LINK_EN if s.lang != "vi" else _LINK).fullmatch(s.text, listed[-1].end, o.start):
            break
        listed.append(o)
    return [Relation(o.id, "organized", event.id, s.index) for o in listed]
