"""subOrganizationOf to a parent written by its kind word alone, or named after a counted apposition.

"Trung tâm Thông tin y tế quốc gia trực thuộc Bộ", "Chi cục Thủy lợi trực thuộc Sở": the capitalised kind
word ("Bộ", "Sở", "Tập đoàn" — ``kinds`` of ``kg/data/patterns/bare_kind_parents_vi.json``) with no name after it
stands for the one body of that kind the article has named up to here. "Trung tâm A (VNNIC) và Viện B, hai đơn
vị trực thuộc Bộ": every body of the list before the counted apposition is such a unit (of the bare kind, or of
the body named right after the link). Vietnamese only.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import NEGATED, Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.heads import bodies_in_reach
from kg.textutil import norm_key, escaped_alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, tuple[str, ...], re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The kind table, the excluded heads, and the single-unit link, counted-apposition link, bare kind
    and list separator patterns (made once)."""
    raw = pattern_data("bare_kind_parents_vi.json")
    nouns = cue_pattern("unit_nouns", "vi") + "|" + cue_pattern("unit_kind_nouns", "vi")
    link = r"(?:trực\s+thuộc|thuộc)\s+"
    single = re.compile(r"\)?(?:\s*\([^()]{1,15}\))?\s*(?:,\s*)?(?:(?:là\s+)?(?:một\s+)?(?:" + nouns + r")\s+)?" + link)
    counted = re.compile(r"\)?(?:\s*\([^()]{1,15}\))?\s*,\s*(?:" + escaped_alternation(raw["counts"]) + r")\s+(?:" + nouns + r")\s+" + link)
    bare = re.compile(r"(?P<kind>" + escaped_alternation(list(raw["kinds"])) + r")(?![\w])(?!\s+[A-ZĐ0-9(])")
    listed = re.compile(r"\)?(?:\s*\([^()]{1,15}\))?\s*(?:,|,?\s+và)\s+")
    return raw["kinds"], tuple(raw["not_heads"]), single, counted, bare, listed


def _parent_at(s: Sentence, pos: int, unit_keys: set[str], named_too: bool) -> Mention | None:
    """The parent written at ``pos``: a body named there (with ``named_too``; a single unit's named parent is
    left to :mod:`kg.relations.organizations`), else the one body of the bare kind word's heads the article has
    named up to here (none where two fit)."""
    kinds, not_heads, _, _, bare, _ = _patterns()
    named = next((o for o in s.of_type("Organization") if o.start == pos and not o.nested), None)
    if named is not None:
        return named if named_too else None
    m = bare.match(s.text, pos, s.end)
    if m is None:
        return None
    bodies = [b for b in bodies_in_reach(s, kinds[m.group("kind")])
              if b.start < pos and not (b.name or b.text).startswith(not_heads)
              and norm_key(b.name or b.text) not in unit_keys]
    names = {norm_key(b.name or b.text) for b in bodies}
    names = {n for n in names if not any(o != n and o.startswith(n + " ") for o in names)}
    if len(names) != 1:
        return None
    return max(bodies, key=lambda b: len(b.name or b.text))


@lru_cache(maxsize=1)
def _sub_heads() -> re.Pattern:
    """The head words of a unit's name ("Cục", "Vụ", "Tổng công ty" …)."""
    return re.compile(r"(?:" + cue_pattern("sub_body_heads", "vi") + r"|Tổng công ty|Công ty|Chi nhánh)\s")


def bare_kind_parents(s: Sentence) -> list[Relation]:
    """subOrganizationOf: "X trực thuộc Bộ" (the one ministry named), "A và B, hai đơn vị trực thuộc Bộ Y"."""
    if s.lang != "vi":
        return []
    _, _, single, counted, _, listed = _patterns()
    sub = _sub_heads()
    orgs = [o for o in s.of_type("Organization") if not o.nested and not o.ref]
    out: list[Relation] = []
    for i, unit in enumerate(orgs):
        after = s.text[unit.end:s.end]
        m = counted.match(after)
        units = [unit]
        if m is not None:  # the list that ends with this body: "A (VNNIC) và B, hai đơn vị trực thuộc Bộ"
            j = i
            while j > 0 and listed.fullmatch(s.text[orgs[j - 1].end:orgs[j].start]):
                j -= 1
                units.insert(0, orgs[j])
            if len(units) < 2:
                continue
        else:
            m = single.match(after)
            if m is None or not sub.match(unit.text + " ") or NEGATED.search(m.group()):
                continue
        parent = _parent_at(s, unit.end + m.end(), {norm_key(u.name or u.text) for u in units}, len(units) > 1)
        if parent is None or NEGATED.search(m.group()):
            continue
        out += [Relation(u.id, "subOrganizationOf", parent.id, s.index) for u in units if u.id != parent.id]
    return out
