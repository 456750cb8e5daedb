"""A foreign official's ministry is not the Vietnamese one of that name: "Lao Minister of Public Security
Vilay Lakhamfong", "Cambodian Minister of Interior Sar Sokha". The title's body resolves to the gazetteer's
Vietnamese ministry (or to a body derived from the title), so a ``memberOf`` given to a person whose title
opens with a foreign nationality word (``foreign_nationalities`` in ``kg/data/relations/cues.json``, or an
adjective such as "Cambodian", "Japanese") is dropped; the position stays."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern

_ADJECTIVE = r"[A-Z][a-z]+(?:an|ese|ish|ian)"


def drop_foreign_memberships(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """``rels`` without the memberOf of a person titled "<foreign nationality> <Title> …" in this sentence."""
    if s.lang != "en":
        return rels
    nationality = rf"(?<![\w])(?!Vietnamese\b)(?:{_ADJECTIVE}|{cue_pattern('foreign_nationalities', 'en')})\s+$"
    foreign: set[int] = set()
    for p in s.of_type("Person"):
        before = [t for t in s.titles if t.end_char <= p.start and p.start - t.end_char <= 60
                  and not re.search(r"[,;.]|\band\s+(?:[A-Z]\w*\s+)*$", s.text[t.end_char:p.start])
                  and not any(o.type == "Person" and t.end_char <= o.start < p.start for o in s.mentions)]
        if before:
            first = min(before, key=lambda t: t.start_char)
            if re.search(nationality, s.text[max(s.start, first.start_char - 20):first.start_char]):
                foreign.add(p.id)
    if not foreign:
        return rels
    by_id = {m.id: m for m in s.ex.mentions}
    return [r for r in rels if not (r.sentence == s.index and r.predicate == "memberOf" and r.subject in foreign
                                    and isinstance(r.obj, int) and by_id.get(r.obj) is not None
                                    and (by_id[r.obj].gid or by_id[r.obj].source == "derived"))]
