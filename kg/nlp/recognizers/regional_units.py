"""State agencies named by their numbered region (Vietnamese): ``regional_unit_candidates``.

Since 2025 the treasury, social insurance, customs, courts, procuracies and the State Bank serve numbered regions
across provinces: "Kho bạc Nhà nước khu vực XII", "Bảo hiểm xã hội khu vực XXXI", "Ngân hàng Nhà nước Chi nhánh
Khu vực 10", "Tòa án nhân dân khu vực 2 - Hà Nội"; the local tax offices are numbered by "cơ sở" ("Thuế cơ sở 3
tỉnh Nghệ An"). The known name of the parent ("Kho bạc Nhà nước") would otherwise end the name before its
region. The heads and the words that end a field are data (``kg/data/patterns/regional_units_vi.json``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation

SOURCE = "org-region"
_CAP = rf"[{UPPER_VI}][\w'-]*"
_NUMBER = r"(?:[IVXL]{1,7}|\d{1,2})(?![\w/-])"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    data = pattern_data("regional_units_vi.json")
    heads = phrase_alternation(data["heads"])
    field = rf"(?P<field>(?:\s+[\w-]+){{0,{int(data['max_field_words'])}}}?)"
    regional = re.compile(rf"(?<![\w])(?:{heads}){field}\s+(?:[Kk]hu vực|[Vv]ùng)\s+{_NUMBER}"
                          rf"(?P<tail>\s+-\s+(?P<place>{_CAP}(?:\s+{_CAP}){{0,3}}))?")
    local = phrase_alternation(data["numbered_local_heads"])
    numbered = re.compile(rf"(?<![\w])(?:{local})\s+\d{{1,2}}(?![\w/-])"
                          rf"(?P<tail>\s+(?:tỉnh|thành phố|TP\.?)\s+(?P<place>{_CAP}(?:\s+{_CAP}){{0,3}}))?")
    return regional, numbered, frozenset(data["not_field_words"])


def _known_place_end(lex: Lexicon, m: re.Match) -> int:
    """The end of the name: after the longest known place of its tail, else before the tail."""
    if m.group("tail") is None:
        return m.end()
    words = m.group("place").split()
    for n in range(len(words), 0, -1):
        if any(e.type == "Place" for e in lex.lookup(" ".join(words[:n]))):
            return m.start("place") + len(" ".join(words[:n]))
    return m.start("tail")


def regional_unit_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """ORG candidates for agencies named by a numbered region or a numbered local office."""
    regional, numbered, not_field = _patterns()
    out: list[Candidate] = []
    for m in regional.finditer(text):
        if any(w in not_field for w in m.group("field").split()):
            continue  # "Bảo hiểm xã hội các tỉnh khu vực 3": a clause, not a name
        out.append(Candidate(m.start(), _known_place_end(lex, m), "ORG", PRIORITY["org-region"], SOURCE))
    for m in numbered.finditer(text):
        out.append(Candidate(m.start(), _known_place_end(lex, m), "ORG", PRIORITY["org-region"], SOURCE))
    return out
