"""subOrganizationOf from a unit's own name that ends with its ministry or local parent: "Cơ quan Cảnh sát
điều tra Bộ Công an", "Cục Quản lý thị trường Bộ Công Thương", "Thanh tra Bộ Xây dựng", "Phòng Cảnh sát kinh tế
Công an tỉnh X"."""
from __future__ import annotations

import re

from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation, Sentence
from kg.relations.company_refs import most_named
from kg.textutil import escaped_alternation

_DATA = pattern_data("embedded_parents_vi.json")


def _heads(words: list[str]) -> re.Pattern:
    return re.compile(r"(?:" + escaped_alternation(words) + r")\s")


_UNIT = _heads(_DATA["unit_heads"])
# "… Bộ Công an", "… Công an tỉnh Lạng Sơn", "… Bệnh viện Đa khoa tỉnh X" (kg/data/patterns/embedded_parents_vi.json)
_MINISTRY = _heads(_DATA["parent_heads"])


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


_SUBSIDIARY = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*(?:là\s+)?(?:một\s+)?(?:công ty con|đơn vị thành viên) của\s+"
                         r"(?P<kind>tập đoàn|tổng công ty|công ty|ngân hàng)(?:\s+(?:này|mẹ))?\s*[,.;]")


def subsidiary_of_named(s: Sentence) -> list[Relation]:
    """subOrganizationOf: "Công ty X, công ty con của tập đoàn, …": the group the article named last."""
    from kg.nlp.lexicon import entry_by_id

    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for o in s.of_type("Organization"):
        m = _SUBSIDIARY.match(s.text, o.end)
        if not m:
            continue
        kind = m.group("kind")

        def named(x) -> str:
            entry = entry_by_id("Organization", x.gid) if x.gid else None
            return " ".join([x.text, x.name or "", entry.name if entry else ""]).casefold()
        earlier = [x for x in s.ex.mentions if x.type == "Organization" and x.start < o.start and not x.nested
                   and kind in named(x) and o.text not in x.text]
        if earlier:  # the group the article names most before it, else the one named last ("(VCBS)" may come between)
            out.append(Relation(o.id, "subOrganizationOf", (most_named(earlier) or earlier[-1]).id, s.index))
    return out


# "VFF Disciplinary Board", "VCCI Legal Department": a parent's acronym, then the unit's own words and its kind
_ACRONYM_UNIT = re.compile(r"(?P<acr>[A-Z][A-Za-z]{1,6})\s+(?:[A-Z][\w-]*\s+){0,4}(?:" + "|".join(
    re.escape(w) for w in _DATA.get("unit_tails_en", ())) + r")$")


def acronym_parents(s: Sentence) -> list[Relation]:
    """subOrganizationOf (English): a unit whose name opens with the acronym of a body named in the article."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for o in s.of_type("Organization"):
        m = _ACRONYM_UNIT.match(o.text)
        if not m or sum(ch.isupper() for ch in m.group("acr")) < 2:
            continue
        inner = next((x for x in s.nested if x.type == "Organization" and x.start == o.start
                      and x.end == o.start + len(m.group("acr"))), None)
        if inner is not None:
            out.append(Relation(o.id, "subOrganizationOf", inner.id, s.index))
    return out

