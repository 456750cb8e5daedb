"""participatedIn of an unnamed session a subject "có" with a partner (Vietnamese).

"Sáng 28/8, ông X, Chủ tịch UBND tỉnh Y, có buổi làm việc với Tập đoàn Z về …", "Bộ trưởng A đã có cuộc gặp
với Đại sứ B": the subject who has the session and the partner after "với" both took part in it. The session
kinds are data (``held_sessions`` in kg/data/relations/cues.json); delegations led by someone ("đoàn … do X
làm trưởng đoàn có buổi làm việc với …") are kg.relations.delegations_vi's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(the verb "có" right before a session, "với" and its partner's lead words after it, the session kinds)."""
    has = re.compile(r"(?<![\w])(?:(?:đã|vừa|cũng|sẽ)\s+)*có\s+$")
    partner = re.compile(r"\s+với\s+(?:(?:ông|bà|lãnh đạo|đại diện|đoàn công tác của|đoàn công tác|đoàn)\s+)?")
    kinds = re.compile(r"(?:" + cue_pattern("held_sessions", "vi") + r")\s*$", re.IGNORECASE)
    return has, partner, kinds


# ", Chủ tịch UBND tỉnh Y," between the subject's name and "có": the subject's title set off by commas
_APPOSED = re.compile(r"(?:\s*,[^,;.()]{2,100},)?\s*")


def _subject(s: Sentence, at: int) -> Mention | None:
    """The person (else the body) whose clause runs to ``at`` ("… Phạm Anh Tuấn có", "ông X, Chủ tịch …, có")."""
    # (a bare title for the one who holds it, "Chủ tịch UBND tỉnh có buổi làm việc …", is that person)
    refs = [m for m in s.ex.mentions if m.sentence == s.index and m.source == "title-ref" and m.type == "Person"]
    before = sorted((m for m in s.mentions + refs if m.end <= at and m.type in ("Person", "Organization")),
                    key=lambda m: m.start)
    # (the body a bare title names may stand between: "Chủ tịch | UBND tỉnh | có buổi làm việc")
    bodies_at = [o.end for o in before if o.type == "Organization" and re.fullmatch(r"\s*", s.text[o.end:at])]
    people = [m for m in before if m.type == "Person" and (_APPOSED.fullmatch(s.text, m.end, at) or m.source == "title-ref"
                                                           and any(re.fullmatch(r"\s+\S.{0,60}", s.text[m.end:e])
                                                                   and m.end < e for e in bodies_at))]
    if people:
        return people[-1]
    bodies = [m for m in before if m.type == "Organization" and re.fullmatch(r"\s*", s.text[m.end:at])
              and not any(t.start_char < m.start <= t.end_char + 1 for t in s.titles)]
    return bodies[-1] if bodies else None


def held_sessions(s: Sentence) -> list[Relation]:
    """participatedIn of the subject and the partner of "X có buổi làm việc với Y"."""
    if s.lang != "vi":
        return []
    has, partner, kinds = _patterns()
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if not kinds.match(ev.text):
            continue
        verb = has.search(s.text, max(s.start, ev.start - 20), ev.start)
        if verb is None:
            continue
        who = _subject(s, verb.start())
        if who is not None:
            out.append(Relation(who.id, "participatedIn", ev.id, s.index))
        w = partner.match(s.text, ev.end, s.end)
        other = next((m for m in s.mentions if w and m.start == w.end() and m.type in ("Person", "Organization")), None)
        if other is not None:
            out.append(Relation(other.id, "participatedIn", ev.id, s.index))
    return out
