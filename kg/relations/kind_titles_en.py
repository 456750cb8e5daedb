"""English titles after a body's kind written as a modifier: "University president Huỳnh Quyết Thắng said …",
"Association chairman X told reporters …". The kind stands for the one body of that kind the article has named
(``kind_refs`` in cues.json, as "Hiệu trưởng nhà trường X" does in Vietnamese), so the person is its member; the
title alone is the position, which the usual title rules give."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_table
from kg.relations.heads import bodies_in_reach
from kg.textutil import norm_key


@lru_cache(maxsize=1)
def _kind_before() -> re.Pattern:
    """A kind word right before the title: capitalised opening the sentence, a clause after a comma, or a list
    after "and"; in lower case after a lower-case word ("and hospital director X")."""
    kinds = [k for k in cue_table("kind_refs", "en") if not k.startswith("_")]
    return re.compile(r"(?:(?:^|[,;:]\s+|\band\s+)[\"“]?(?P<kind>" + "|".join(k.capitalize() for k in kinds) + r")|"
                      r"(?:^|[,;:(]\s*|\b[a-z]+\s+)(?P<lower>" + "|".join(kinds) + r"))\s+$")


def kind_titles(s: Sentence) -> list[Relation]:
    """memberOf: "<Kind> <title> <Person>" where the article has named exactly one body of that kind."""
    if s.lang != "en":
        return []
    table = cue_table("kind_refs", "en")
    out: list[Relation] = []
    for p in s.of_type("Person"):
        t = next((t for t in s.titles if t.end_char <= p.start
                  and re.fullmatch(r"\s*,?\s*", s.text[t.end_char:p.start])), None)
        m = _kind_before().search(s.text[s.start:t.start_char]) if t is not None and not p.ref else None
        if m is None:
            continue
        bodies = bodies_in_reach(s, table[(m.group("kind") or m.group("lower")).casefold()])
        if len({_same_body_key(b.name or b.text) for b in bodies}) == 1:
            out.append(Relation(p.id, "memberOf", max(bodies, key=lambda b: len(b.name or b.text)).id, s.index))
    return out


def _same_body_key(name: str) -> str:
    """A body's name without its level word: "Quảng Ninh People's Council" in a headline is the "Quảng Ninh
    Provincial People's Council" of the text."""
    return " ".join(w for w in norm_key(name).split() if w not in ("provincial", "municipal", "city"))
