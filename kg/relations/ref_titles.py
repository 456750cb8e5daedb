"""position and memberOf from a title whose body is written as a reference: "Chairman of the committee
Lê Quang Huy said …" — the role is the title, and the body is the one of that kind named in the
sentences before (:func:`kg.relations.organizations.org_ref_at`)."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.organizations import REF_HEADS, org_ref_at
from kg.relations.people import title_role


_REF = r"\s+of\s+(?P<ref>the\s+(?:[a-z][\w-]*\s+){0,2}(?:" + REF_HEADS + r"))"
_OF_A_REF = re.compile(_REF + r"\s+")  # "Chairman of the committee Lê Quang Huy"
_OF_A_REFS = re.compile(_REF + r"['’]s\s+")  # "Director of the ministry's Legal Affairs Department X"


def titles_of_a_ref(s: Sentence) -> list[Relation]:
    """"<Title> of the <committee|ministry|…> <Name>": position and memberOf of the body referred to;
    "<Title> of the ministry's <Unit> <Name>": position, memberOf the unit, and the unit is part of the
    body the reference names."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    units = {o.start: o for o in s.of_type("Organization")}
    for p in s.of_type("Person"):
        if p.ref:
            continue
        for t in s.titles:
            if s.text[t.start_char:t.start_char + 1].islower():
                continue
            between = s.text[t.end_char:p.start]
            m = _OF_A_REF.fullmatch(between)
            if m is not None:
                out.append(Relation(p.id, "position", title_role(s, t), s.index))
                body = org_ref_at(s, t.end_char + m.start("ref"))
                if body is not None:
                    out.append(Relation(p.id, "memberOf", body.id, s.index))
                continue
            m = _OF_A_REFS.match(between)
            unit = units.get(t.end_char + m.end()) if m else None
            if unit is None or not re.fullmatch(r"\s+", s.text[unit.end:p.start]):
                continue
            out += [Relation(p.id, "position", title_role(s, t), s.index),
                    Relation(p.id, "memberOf", unit.id, s.index)]
            body = org_ref_at(s, t.end_char + m.start("ref"))
            if body is not None and body.id != unit.id:
                out.append(Relation(unit.id, "subOrganizationOf", body.id, s.index))
    return out
