"""A sitting's question time: who asks and who answers took part in it, and a deputy is written with
the delegation they belong to ("Đại biểu Nguyễn Thị Lan (Đoàn ĐBQH thành phố Hà Nội) …")."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

# (a deputy "đề nghị Bộ trưởng X cho biết …" asks; "Trả lời đại biểu, …" answers)
_ASKING = re.compile(r"(?<![\w])(?:đăng đàn|trả lời chất vấn|chất vấn|đặt câu hỏi|tranh luận lại|hỏi lại|trả lời đại biểu|"
                     r"đề nghị (?:Bộ trưởng|Thống đốc|Tổng Thanh tra|Chánh án|Viện trưởng|Tổng Kiểm toán)[^.;]{0,80}?"
                     r"(?<![\w])cho biết)(?![\w])", re.IGNORECASE)
_DELEGATION = re.compile(r"\s*\(\s*$")
_WINDOW = 3  # sentences back to the question session named before


def question_time(s: Sentence) -> list[Relation]:
    """participatedIn: people who ask or answer in a sentence about the question session named in it
    or in the sentences just before."""
    if s.lang != "vi" or not _ASKING.search(s.text, s.start, s.end):
        return []
    sessions = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and "chất vấn" in m.text.casefold()
                and s.index - _WINDOW <= m.sentence <= s.index]
    if not sessions:
        return []
    session = max(sessions, key=lambda m: m.start)
    return [Relation(p.id, "participatedIn", session.id, s.index) for p in s.of_type("Person")]


def delegation_members(s: Sentence) -> list[Relation]:
    """memberOf: a person followed by their National Assembly delegation in brackets."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for o in s.of_type("Organization"):
        if not re.match(r"Đoàn (?:ĐBQH|đại biểu Quốc hội)\b", o.text) or not _DELEGATION.search(s.text[s.start:o.start]):
            continue
        if not re.match(r"\s*\)", s.text[o.end:o.end + 3]):
            continue
        before = [p for p in s.of_type("Person") if p.end <= o.start]
        if before and re.fullmatch(r"\s*\(\s*", s.text[before[-1].end:o.start]):
            out.append(Relation(before[-1].id, "memberOf", o.id, s.index))
    return out
