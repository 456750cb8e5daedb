"""memberOf for a head named by title and name alone who speaks about "the company" / "the hospital":
"Chairwoman Trương Thị Lệ Khanh said the company would spin off …" belongs to the company the article is
about. Words are data (``kg/data/patterns/titled_refs_en.json``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation, Sentence
from kg.relations.company_refs import main_body_ref
from kg.relations.people import body_written_before


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], re.Pattern]:
    d = pattern_data("titled_refs_en.json")
    verbs = "|".join(r"\s+".join(map(re.escape, v.split())) for v in d["speech_verbs"])
    return frozenset(d["roles"]), re.compile(r"\s+(?:" + verbs + r")\s+(?:that\s+)?(?=the\s+[a-z])")


def titled_heads_of_refs(s: Sentence) -> list[Relation]:
    if s.lang != "en":
        return []
    roles, speech = _data()
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if p.ref:
            continue
        t = next((t for t in s.titles if t.end_char <= p.start and not s.text[t.end_char:p.start].strip()), None)
        if t is None or t.text.casefold() not in roles or not t.text[:1].isupper() or body_written_before(s, t):
            continue  # "Renesas Vietnam general director X said the company …": the title's own body says whose
        m = speech.match(s.text, p.end, s.end)
        if m is None:
            continue
        body = main_body_ref(s, m.end())  # (the body of that kind the article names most, not the latest)
        if body is not None:
            out.append(Relation(p.id, "memberOf", body.id, s.index))
    return out
