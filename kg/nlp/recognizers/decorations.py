"""Decorations and prizes named after a person: ``without_decoration_persons``.

"Chủ tịch nước trao Huân chương Hồ Chí Minh tặng Kiểm toán nhà nước": the known person inside the decoration's
name is not named by the article (nor "Ho Chi Minh" in "the Ho Chi Minh Order"); and "Giải thưởng Hồ Chí Minh và
Huân chương Lao động hạng Nhất" are two awards, not one event. The heads are data
(``kg/data/patterns/decorations.json``). Runs on the final candidates, after the statistical taggers, so no tagger
proposes the name again.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = pattern_data("decorations.json")
    heads = phrase_alternation(data["heads"])
    before = re.compile(rf"(?<![\w])(?:{heads})\s+$")
    joined = re.compile(rf"\s+và\s+(?:{heads})\s")
    # "the Ho Chi Minh Order": the name, the head after it (inside the candidate or right after it)
    after_en = re.compile(rf"(?:\s(?:{phrase_alternation(data['heads_after_en'])}))(?![\w])")
    return before, joined, after_en


def _named_decoration_en(text: str, c: Candidate, after_en: re.Pattern) -> bool:
    """"the Ho Chi Minh Order", "the Friendship Medal": a person candidate that the head ends or follows."""
    if not text[max(0, c.start - 4):c.start].endswith("the "):
        return False
    inside = after_en.search(text, c.start, c.end)
    return (inside is not None and inside.end() == c.end) or after_en.match(text, c.end) is not None


def without_decoration_persons(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the persons that name a decoration, with event names cut before a second decoration."""
    before, joined, after_en = _patterns()
    out: list[Candidate] = []
    for c in cands:
        if c.label == "PER" and (before.search(text, max(0, c.start - 20), c.start)
                                 or _named_decoration_en(text, c, after_en)):
            continue
        if c.label == "EVENT" and (m := joined.search(text, c.start, c.end)) is not None:
            c = replace(c, end=m.start())
        out.append(c)
    return out
