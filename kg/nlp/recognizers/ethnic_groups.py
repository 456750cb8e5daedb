"""Viet Nam's ethnic groups named in a list ("nghệ nhân dân tộc Mông, Dao và Lô Lô", "người Hà Nhì, Phù Lá và Lự",
"artists from the Mong, Dao and Lo Lo ethnic groups"): their names look like people's ("Lô Lô", "Hà Nhì"), and
the person recognisers took them for names. The names and the list's cues are data:
``kg/data/patterns/ethnic_groups.json``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.alternations import first_char_alternation
from kg.textutil import fold


def _alternation(words: list[str]) -> str:
    return first_char_alternation(set(words), ignorecase=True)  # (the pattern below ignores case)


@lru_cache(maxsize=1)
def _list_re() -> re.Pattern[str]:
    data = pattern_data("ethnic_groups.json")
    names = data["vi"] + data["en"]
    names += [fold(n).title().replace("'M", "'m") for n in names]  # "Lo Lo", "Ha Nhi" as English copy writes them
    name = rf"(?:{_alternation(names)})"
    run = rf"{name}(?:\s*,\s*{name})*(?:,?\s+(?:và|and|or|hoặc)\s+{name})?"
    before = _alternation(data["cues_before"])
    after = _alternation(data["cues_after"])
    return re.compile(rf"(?<![\w])(?:(?:{before})\s+(?P<a>{run})(?![\w])|(?P<b>{run})\s+(?:{after})\b)",
                      re.IGNORECASE)


def ethnic_list_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` lists ethnic groups (the names only, not the cue words)."""
    out = []
    for m in _list_re().finditer(text):
        g = "a" if m.group("a") else "b"
        if m.group(g)[:1].isupper():
            out.append(m.span(g))
    return out


def without_ethnic_persons(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the persons that are an ethnic group of such a list."""
    spans = ethnic_list_spans(text)
    if not spans:
        return cands
    return [c for c in cands if not (c.label == "PER" and any(s <= c.start and c.end <= e for s, e in spans))]
