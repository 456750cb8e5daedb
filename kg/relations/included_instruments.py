"""implements of an instrument named as one of a counted set that carries out another (Vietnamese).

"Bộ đã trình Chính phủ ban hành 14 nghị định hướng dẫn thi hành Luật X, trong đó có Nghị định số 88/…":
the set ("14 nghị định", "các quyết định", "nhiều văn bản") is named by its kind with an implementing verb and
the instrument it carries out right after; each instrument listed after "trong đó có" / "gồm" is one of the
set, so it carries out that instrument too.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.policies import policy_ref_at

# the counted set and its verb: "14 nghị định hướng dẫn thi hành", "các thông tư quy định chi tiết"
_SET = re.compile(r"(?<![\w])(?:\d+|các|nhiều|những|hàng loạt)\s+(?:nghị định|thông tư|quyết định|nghị quyết|"
                  r"kế hoạch|văn bản(?:\s+quy phạm pháp luật)?)\s+(?:để\s+|nhằm\s+)?"
                  r"(?:hướng dẫn thi hành|quy định chi tiết(?:\s+thi hành)?|hướng dẫn|cụ thể hóa|cụ thể hoá|"
                  r"triển khai|thực hiện)\s+(?:(?:một số điều (?:của|tại)|các điều (?:của|tại))\s+)?", re.IGNORECASE)
# "…, trong đó có A (và B)", "…, gồm A, B": the members of the set
_MEMBERS = re.compile(r"[^.;:]{0,120}?,\s*(?:trong đó có|trong đó|gồm|bao gồm)\s+(?:các\s+)?$")


def counted_set_members(s: Sentence) -> list[Relation]:
    """implements: each instrument of "N <kind> <verb> T, trong đó có A và B" carries out T."""
    if s.lang != "vi":
        return []
    policies = sorted(s.of_type("Policy"), key=lambda m: m.start)
    out: list[Relation] = []
    for m in _SET.finditer(s.text, s.start, s.end):
        target = next((p for p in policies if p.start == m.end()), None)
        end = target.end if target is not None else None
        if target is None:  # the instrument named again by its kind: "… hướng dẫn thi hành Luật, trong đó có …"
            target = policy_ref_at(s, m.end())
            ref = re.match(r"\s*\w+(?:\s+(?:này|nói trên|trên)(?![\w]))?", s.text[m.end():s.end]) if target else None
            end = m.end() + ref.end() if ref else None
        if target is None or end is None:
            continue
        members = _members_after(s, policies, end)
        out += [Relation(p.id, "implements", target.id, s.index) for p in members if p.id != target.id]
    return out


def _members_after(s: Sentence, policies: list[Mention], end: int) -> list[Mention]:
    later = [p for p in policies if p.start >= end]
    if not later or not _MEMBERS.fullmatch(s.text, end, later[0].start):
        return []
    out = [later[0]]
    for p in later[1:]:
        gap = s.text[out[-1].end:p.start]
        if not re.fullmatch(r"\s*(?:,\s*(?:và\s+)?|và\s+)|\s+(?:về|của)\s+[^,;:.()]{1,80}?(?:,\s*(?:và\s+)?|\s+và\s+)", gap):
            break
        out.append(p)
    return out
