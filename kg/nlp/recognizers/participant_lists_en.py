"""English lists of the companies that take part in a fair: "Among the exhibitors were Trung Nguyên Legend,
Vĩnh Hiệp Company from Gia Lai province and the Italian coffee machine maker La Marzocco",
"Sponsors include …". Each item's capitalised name (at its start, or after "the <describing words> <noun>")
is a company unless the gazetteer knows it as a place or person. The list openers are data
(``participant_list_openers`` of kg/data/patterns/companies.json). Low priority: a longer or known name wins.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

_CAP = r"[A-ZĐÀ-Ỹ][\w’'&.-]*"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,4}}"
_LEAD = re.compile(rf"(?P<name>{_NAME})")
_DESCRIBED = re.compile(rf"(?:the|a|an)\s+(?:[\w-]+\s+){{0,5}}?(?<=[a-z]\s)(?P<name>{_NAME})\s*$")
_ITEM_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


@lru_cache(maxsize=1)
def _opener_re() -> re.Pattern:
    openers = pattern_data("companies.json").get("participant_list_openers", [])
    alt = "|".join(r"\s+".join(map(re.escape, o.split())) for o in sorted(openers, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{alt})\s+(?P<list>[^.;:\n]+)")


def participant_list_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """ORG candidates for the names a list of exhibitors or sponsors gives."""
    out: list[Candidate] = []
    for m in _opener_re().finditer(text):
        base = m.start("list")
        pos = 0
        body = m.group("list")
        for sep in list(_ITEM_SPLIT.finditer(body)) + [None]:
            end = sep.start() if sep else len(body)
            item = body[pos:end]
            at = base + pos
            pos = sep.end() if sep else len(body)
            lead = _LEAD.match(item)
            described = _DESCRIBED.match(item) if lead is None else None
            hit = lead or described
            if hit is None:
                continue
            name = hit.group("name")
            if name in ("The", "A", "An") or any(e.type in ("Place", "Person") for e in lex.lookup(name)):
                continue
            s = at + hit.start("name")
            out.append(Candidate(s, s + len(name), "ORG", PRIORITY["name-run"], "org-listed"))
    return out
