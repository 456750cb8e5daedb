"""issued (and date) from "Bộ Tài chính có Công văn số 7420/BTC-NSNN gửi …": a body that "has" a numbered
document sends it out (Vietnamese administrative usage: "X có văn bản / công văn / tờ trình số … gửi Y").

Only a numbered document of a kind a body writes (``had_document_kinds`` in
``kg/data/patterns/had_documents_vi.json``) written right after "có" counts; a date that opens the sentence
("Ngày 25/8, Bộ Tài chính có Công văn số …") is the document's date.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import NEGATED, Relation, Sentence
from kg.textutil import escaped_alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    kinds = pattern_data("had_documents_vi.json")["kinds"]
    alt = escaped_alternation(kinds)
    return (re.compile(r"\s+(?:vừa\s+|đã\s+|cũng\s+)?có\s+$"),
            re.compile(r"(?:" + alt + r")\s+(?:số\s+)?\d"))


def had_documents(s: Sentence) -> list[Relation]:
    """issued: "X (vừa/đã) có Công văn số N …"; date: the sentence's opening date ("Ngày 25/8, X có …")."""
    if s.lang != "vi":
        return []
    link, kind = _patterns()
    out: list[Relation] = []
    orgs = s.of_type("Organization")
    for pol in s.of_type("Policy"):
        if pol.ref or not kind.match(pol.text):
            continue
        body = next((o for o in orgs if o.end <= pol.start and link.fullmatch(s.text, o.end, pol.start)), None)
        if body is None or NEGATED.search(s.text[body.end:pol.start]):
            continue
        out.append(Relation(body.id, "issued", pol.id, s.index))
        opening = next((d for d in s.dates if d[2] and re.fullmatch(r"\s*(?:Ngày|Hôm|Sáng|Chiều|Trưa|Tối)?\s*",
                                                                 s.text[s.start:d[0]], re.IGNORECASE)), None)
        if opening is not None and re.fullmatch(r"\s*,\s*", s.text[opening[1]:body.start]):
            out.append(Relation(pol.id, "date", opening[2], s.index))
    return out
