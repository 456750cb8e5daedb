"""Vietnamese: the sides of a result told after the contest ("U19 Sông Lam Nghệ An thắng U19 Hoàng Anh Gia Lai với
tỷ số 2-1", "Câu lạc bộ X đánh bại Câu lạc bộ Y 3-1 để giành chức vô địch", "Đội tuyển Z lên ngôi vô địch").

A sentence that names no event and opens with a team, club or player before a verb of result (``match_result_verbs``
in ``kg/data/relations/cues.json``) tells how they did in the contest the sentences just before told: the side
that opens it, and the one it beat or drew with (named right after the verb), took part in it. The contest must be
one by its name (``contest_heads``: "Giải", "Cúp", "Hội thi" …), not a ceremony or a meeting.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.presence_acts import occasion
from kg.textutil import compiled


# what may stand before a side's name: its kind or age group ("Đội tuyển", "CLB", "U19", "Tay vợt")
_SIDE_HEAD = re.compile(r"\s*(?:(?:đội|đội tuyển|đội bóng|CLB|câu lạc bộ|tay vợt|võ sĩ|vận động viên|VĐV|cơ thủ|kỳ thủ)\s+)?"
                        r"(?:U\d{2}\s+)?", re.IGNORECASE)


def result_sides(s: Sentence) -> list[Relation]:
    """participatedIn: the side that opens a result sentence and the side it beat → the contest just told."""
    if s.lang != "vi" or any(m.type == "Event" for m in s.ex.mentions if m.sentence == s.index):
        return []
    sides = sorted((m for m in s.mentions if m.type in ("Organization", "Person") and not m.ref), key=lambda m: m.start)
    if not sides or not sides[0].text[:1].isupper() or not _SIDE_HEAD.fullmatch(s.text, s.start, sides[0].start):
        return []  # (a side is a name: not "Đội tuyển huyện X", a territory's team)
    first = sides[0]
    verb = compiled(r"\s*(?:đã\s+|cũng\s+|tiếp tục\s+)?(?:" + cue_pattern("match_result_verbs", "vi") + r")",
                    re.IGNORECASE).match(s.text, first.end, s.end)
    if verb is None:
        return []
    ev = occasion(s)
    if ev is None or not compiled(r"(?:" + cue_pattern("contest_heads", "vi") + r")", re.IGNORECASE).match(ev.text):
        return []
    out = [Relation(first.id, "participatedIn", ev.id, s.index)]
    rival = next((m for m in sides[1:] if m.type == first.type and m.text[:1].isupper()
                  and _SIDE_HEAD.fullmatch(s.text, verb.end(), m.start)), None)
    if rival is not None:  # "thắng / đánh bại / hòa Y": the side named right after the verb played too
        out.append(Relation(rival.id, "participatedIn", ev.id, s.index))
    return out
