"""implements of an instrument that a sentence names again by its kind alone (Vietnamese).

"UBND tỉnh vừa ban hành Kế hoạch số 120/KH-UBND … . Kế hoạch nhằm cụ thể hóa Nghị quyết số 57-NQ/TW
của Bộ Chính trị và Quyết định số 411/QĐ-TTg …": the sentence opens with the bare kind ("Kế hoạch",
"Thông tư", "Chương trình" …, optionally "này"), a link ("nhằm", "được xây dựng để") and an implementing
verb, or "(được ban hành) căn cứ" ("Quyết định được ban hành căn cứ Quyết định số 1719/QĐ-TTg …"); the instrument is the latest one of that kind the sentences before named, and it implements each
instrument of the list the verb governs (joined by "và" or a comma, past "của …" / "về …" on the one
before).
"""
from __future__ import annotations

import re

from kg.relations.base import SAY_VI, Mention, Relation, Sentence
from kg.relations.cues import cue_pattern

LOOKBACK = 3  # sentences back for the instrument the bare kind names

# what a speaker reports opens the clause: "Phát biểu khai mạc, Thứ trưởng X cho biết dự thảo Luật được xây
# dựng nhằm thể chế hóa Nghị quyết 66 …" (the draft of the law the sentences before named)
_REPORTED = r"\s*(?:[^.;:()]{0,120}?(?<![\w])(?:" + SAY_VI + r")\s*,?\s+)?"
_LINKS = r"(?:\s+(?:được\s+(?:ban hành|xây dựng|thực hiện)\s+)?(?:nhằm|để|là để|nhằm mục đích))?"
# "Kế hoạch được xây dựng căn cứ Nghị quyết số 138/NQ-CP …", "Quyết định được ban hành căn cứ Quyết định số
# 1719/QĐ-TTg", "Quy hoạch được lập căn cứ Luật Thủy sản …": the instrument the new one is made on the basis of is
# one it carries out
_BASED_ON = r"\s+(?:được\s+(?:ban hành|xây dựng|lập)\s+)?căn cứ(?:\s+vào)?"
# "… Nghị quyết số 57-NQ/TW của Bộ Chính trị về … và Quyết định số …": the first one's owner, then the next
# (or past the vision tail the name was cut before: "…, định hướng đến năm 2030 và …")
_TAIL_AND = re.compile(r"(?:\s+(?:của|về)\s+[^,;:.()]{1,120}?|,\s*(?:định hướng|tầm nhìn)\s[^,;:.()]{1,40}?)"
                       r"\s*(?:,\s*|\s+và\s+|\s+cùng\s+)$")


def kind_subject_implements(s: Sentence) -> list[Relation]:
    """implements for "Kế hoạch nhằm cụ thể hóa A và B" after a sentence that names the plan."""
    if s.lang != "vi" or s.index == 0:
        return []
    kinds = cue_pattern("policy_heads", s.lang)
    m = re.match(_REPORTED + r"(?:(?:bản\s+)?dự thảo\s+)?(?P<kind>" + kinds + r")(?:\s+(?:này|trên))?(?:" + _LINKS
                 + r"\s+(?:" + cue_pattern("implement_verbs", s.lang) + r")|" + _BASED_ON + r")\s+",
                 s.text[s.start:s.end], flags=re.IGNORECASE)
    if m is None:
        return []
    kind = m.group("kind").casefold()
    subject = _latest_of_kind(s, kind)
    if subject is None:
        return []
    return [Relation(subject.id, "implements", p.id, s.index) for p in _governed(s, s.start + m.end())
            if p.text.casefold() != subject.text.casefold()]


def _latest_of_kind(s: Sentence, kind: str) -> Mention | None:
    named = [m for m in s.ex.mentions if m.type == "Policy" and not m.ref  # (or in an event's name)
             and s.index - LOOKBACK <= m.sentence < s.index and m.text.casefold().startswith(kind)]
    if named:
        return max(named, key=lambda m: (m.sentence, m.start))
    # further back, the one instrument of that kind the article named ("dự thảo Luật" in the fifth
    # sentence: the law of the headline)
    earlier = {m.text.casefold(): m for m in s.ex.mentions if m.type == "Policy" and not m.ref
               and m.sentence < s.index and m.text.casefold().startswith(kind)}
    return next(iter(earlier.values())) if len(earlier) == 1 else None


def _governed(s: Sentence, pos: int) -> list[Mention]:
    """The instruments right after the verb, then each one joined to the one before."""
    policies = sorted((m for m in s.mentions if m.type == "Policy" and m.start >= pos), key=lambda m: m.start)
    out: list[Mention] = []
    for p in policies:
        gap = s.text[(out[-1].end if out else pos):p.start]
        if not out:
            if gap.strip():
                break
        elif not (re.fullmatch(r"\s*(?:,\s*|\s+và\s+|\s+cùng\s+)", gap) or _TAIL_AND.fullmatch(gap)):
            break
        out.append(p)
    return out
