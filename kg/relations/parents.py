"""subOrganizationOf from a unit's own name that ends with its ministry: "Cơ quan Cảnh sát điều tra Bộ
Công an", "Cục Quản lý thị trường Bộ Công Thương", "Thanh tra Bộ Xây dựng"."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

_UNIT = re.compile(r"(?:Cơ quan|Cục|Tổng cục|Vụ|Viện|Thanh tra|Trường|Bệnh viện|Học viện|Trung tâm)\s")
_MINISTRY = re.compile(r"Bộ\s")


def named_parents(s: Sentence) -> list[Relation]:
    """subOrganizationOf: a unit whose name closes with the ministry it belongs to."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for o in s.of_type("Organization"):
        if not _UNIT.match(o.text):
            continue
        for inner in s.nested:
            if inner.type == "Organization" and inner.end == o.end and inner.start > o.start \
                    and _MINISTRY.match(inner.text) and s.text[inner.start - 1:inner.start] == " ":
                out.append(Relation(o.id, "subOrganizationOf", inner.id, s.index))
                break
    return out
