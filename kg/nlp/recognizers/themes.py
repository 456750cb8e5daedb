"""Vietnamese: words of a theme or of a festival's name that read like a person's name are no person.

"Lễ hội Hoa Ban … với chủ đề "Hoa Ban - Sắc xuân biên cương"": "Hoa Ban" opens with a family name and has a
second capitalised word, so the surname rule proposes a person; but a theme in quotes after "chủ đề" (a slogan,
a message) names no one, and the proper name a festival, contest or fair is named by ("Lễ hội Hoa Ban") is the
thing it celebrates wherever the article writes it alone. Only persons proposed from the name's shape are dropped
(the bare surname rule, the statistical model, the CRF): a title or an honorific before a name keeps it. The words are data in ``kg/data/patterns/themes_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = pattern_data("themes_vi.json")
    theme = re.compile(r"(?<![\w])(?:" + phrase_alternation(data["theme_nouns"]) + r")\s*:?\s*[\"“]([^\"“”\n]{1,120})[\"”]",
                       re.IGNORECASE)
    named = re.compile(r"(?:" + phrase_alternation(data["celebration_heads"]) + rf")\s+((?:[{UPPER_VI}][\w]*)(?:\s+[{UPPER_VI}][\w]*)+)")
    return theme, named


# the sources that propose a person from the name alone ("Hoa Mận" after "cuộc thi ảnh")
_SHAPE_SOURCES = frozenset({"surname", "model", "crf"})


def drop_theme_persons(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the surname-rule persons inside a quoted theme or named by a celebration the article holds."""
    theme, named = _patterns()
    quoted = [(m.start(1), m.end(1)) for m in theme.finditer(text)]
    celebrated = [m.group(1).split() for e in cands if e.label == "EVENT"
                  for m in [named.match(text, e.start, e.end)] if m]

    def celebrates(name: str) -> bool:  # "Hoa Mận" opens "Lễ hội Hoa Mận Mộc Châu …"
        words = name.split()
        return any(run[:len(words)] == words for run in celebrated)

    if not quoted and not celebrated:
        return cands
    return [c for c in cands if not (c.label == "PER" and c.source in _SHAPE_SOURCES and (
        any(a <= c.start and c.end <= b for a, b in quoted) or celebrates(text[c.start:c.end])))]
