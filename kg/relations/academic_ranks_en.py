"""position from an academic rank written before a name in English copy: "Associate Professor Mai Thanh
Phong, rector of …" is an Associate Professor and a rector. The lexicon keeps the ranks among the honorifics
(the Vietnamese "PGS.TS" is no role), so the title chain never sees them; English gold counts them as the
role as written. Ranks are data (``academic_ranks`` of kg/data/patterns/title_qualifiers_en.json)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation, Sentence


@lru_cache(maxsize=1)
def _rank_before() -> re.Pattern:
    ranks = sorted(pattern_data("title_qualifiers_en.json")["academic_ranks"], key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?P<rank>" + "|".join(r"\s+".join(map(re.escape, r.split())) for r in ranks)
                      + r")\s+(?:Dr\.?\s+)?$")


def academic_ranks(s: Sentence) -> list[Relation]:
    """position for a rank right before a person's name ("Professor X", "Associate Professor Dr X")."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        m = _rank_before().search(s.text, max(s.start, p.start - 40), p.start)
        if m and not re.search(r"\bafter\s+$", s.text[max(s.start, m.start() - 8):m.start()]):
            out.append(Relation(p.id, "position", " ".join(m.group("rank").split()), s.index))
    return out
