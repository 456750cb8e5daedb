"""about of a plan that carries out another instrument within a field (Vietnamese).

"UBND thành phố ban hành Kế hoạch số 210/KH-UBND thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị trong lĩnh
vực bán dẫn và trí tuệ nhân tạo": the field after "trong lĩnh vực" scopes the carrying out, so it is the
plan's subject (the resolution is about more than that field). The instrument carried out may be followed by
its issuer ("của …"); the fields are the topics right after "lĩnh vực", joined by "và" or a comma.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.coordination import list_after, name_list

_CARRIES = re.compile(r"\s+(?:(?:để|nhằm)\s+)?(?:triển khai thực hiện|thực hiện|triển khai|cụ thể hóa|cụ thể hoá|thi hành)\s+",
                      re.IGNORECASE)
_SCOPE = re.compile(r"(?:\s+của\s+(?:[^,.;:()]|\.(?=\w)){1,60}?)?\s+(?:trong|thuộc)\s+(?:các\s+)?lĩnh vực\s+")


def scoped_plan_topics(s: Sentence) -> list[Relation]:
    """about: the plan of "PLAN thực hiện POLICY (của ORG) trong lĩnh vực X và Y" is about X and Y."""
    if s.lang != "vi":
        return []
    policies = sorted(s.of_type("Policy"), key=lambda m: m.start)
    topics = sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)
    out: list[Relation] = []
    for plan, carried in zip(policies, policies[1:]):
        if not _CARRIES.fullmatch(s.text, plan.end, carried.start):
            continue
        scope = _SCOPE.match(s.text, carried.end)
        if scope is None:
            continue
        first = next((t for t in topics if t.start == scope.end()), None)
        run = name_list(s, first, ("Topic",), among=topics) if first is not None else \
            list_after(s, scope.end(), ("Topic",), among=topics)
        out += [Relation(plan.id, "about", t.id, s.index) for t in run]
    return out
