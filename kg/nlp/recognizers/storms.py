"""Named storms as events: "Typhoon Kajiki made landfall …", "Cơn bão số 3 (bão Yagi) đổ bộ …".

A storm word (``kg/data/patterns/storms.json``) before a capitalised one-word name, or, in Vietnamese,
before "số N" (the season's number), when the next few words say what the storm did (``verbs``): a storm
named in passing ("recovery after Typhoon Yagi") is no entity in the gold. The name a numbered storm is
given in brackets right after it is the same storm: only the numbered one is a candidate. Without this,
"Typhoon Kajiki made landfall …" was read as a person. The pipeline runs it for English only: the
Vietnamese gold leaves "bão số 3" out even where the sentence says what it did (a drill's scenario in v92).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation

SOURCE = "event-storm"


@lru_cache(maxsize=2)
def _storm_re(lang: str) -> re.Pattern:
    words = escaped_alternation(pattern_data("storms.json")[lang])
    numbered = r"|số\s+\d{1,2}(?![\d/])" if lang == "vi" else ""
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:[A-Z][a-z]{{2,}}(?![\w-]){numbered})")


@lru_cache(maxsize=2)
def _acted_re(lang: str) -> re.Pattern:
    """What the storm did, within three words after its name (past a name in brackets)."""
    verbs = escaped_alternation(pattern_data("storms.json")["verbs"][lang])
    return re.compile(rf"\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:[^\W\d]+\s+){{0,3}}(?:{verbs})(?![\w])", re.IGNORECASE)


def storm_candidates(text: str, lang: str) -> list[Candidate]:
    """Event candidates of the storms named in ``text``."""
    out: list[Candidate] = []
    inside: set[int] = set()  # the starts of names given in brackets after a numbered storm
    key = "vi" if lang == "vi" else "en"
    for m in _storm_re(key).finditer(text):
        if m.start() in inside or not _acted_re(key).match(text, m.end()):
            continue
        out.append(Candidate(m.start(), m.end(), "EVENT", PRIORITY["event-storm"], SOURCE))
        bracket = re.match(r"\s*\(", text[m.end():m.end() + 3])
        if bracket:
            inside.add(m.end() + bracket.end())
    return out
