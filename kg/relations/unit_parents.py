"""A department named bare belongs to the hospital or university the article is about.

"5 bị cáo còn lại, là cán bộ Khoa Dược … của bệnh viện", "y bác sĩ thuộc … Khoa Gây mê hồi sức và Khoa
Hồi sức tích cực": a hospital's or university's department ("Khoa …": ``units`` of
``kg/data/patterns/unit_parents_vi.json``) exists only inside one, and the article names it as a part of the
body it reports on. Where no rule gave the department a parent, the parent is the hospital or university
(``parents``) the article names most before the department, when one is named more often than any other;
the gold annotates every such department with its parent. Read after resolution, on the article's entities.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.nlp.patterns import pattern_data

if TYPE_CHECKING:
    from kg.relations.base import Extraction
    from kg.resolve import Entity, Fact


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = pattern_data("unit_parents_vi.json")
    return tuple(h + " " for h in raw["units"]), tuple(h + " " for h in raw["parents"])


def unit_parents(ex: Extraction, entities: dict[str, Entity], facts: list[Fact]) -> list[Fact]:
    """subOrganizationOf of each bare department with no parent yet: the hospital or university the article
    names most before the department (Vietnamese articles only)."""
    from kg.resolve import Fact

    if ex.article.lang != "vi":
        return []
    units, parents = _heads()
    placed = {f.subject for f in facts if f.predicate == "subOrganizationOf"}
    where = {m.id: (m.start, m.sentence) for m in ex.mentions}
    bodies = {k: sorted(where[i][0] for i in e.mentions if i in where) for k, e in entities.items()
              if e.type == "Organization" and e.name.startswith(parents)}
    out = []
    for k, e in entities.items():
        first = min((where[i] for i in e.mentions if i in where), default=None)
        if e.type != "Organization" or not e.name.startswith(units) or k in placed or first is None:
            continue
        named = sorted(((sum(at < first[0] for at in ats), b) for b, ats in bodies.items()), reverse=True)
        if named and named[0][0] and (len(named) == 1 or named[0][0] > named[1][0]):
            out.append(Fact(k, "subOrganizationOf", named[0][1], False, first[1]))
    return out
