"""Bare heads that refer back to the one body of that head the article named in full.

"Bà X, Phó Giám đốc Sở cho biết …", "Bộ đang lấy ý kiến …": "Sở" / "Bộ" / "Cục" alone is the
department, ministry or agency named before (:func:`kg.org_refs.org_antecedent` finds it by its
head). These heads also open compounds ("Bộ trưởng", "Cục diện"), so they refer back only at the
start of a clause or right after a title, never before a compounding word
(`kg/data/patterns/head_refs_vi.json`). Right after a title, the head also refers back before the
holder's name: "Giám đốc Sở Trần Văn Thanh" (a department is named by its field, never by a person).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.words import Word, starts_person
from kg.textutil import escaped_alternation


@lru_cache(maxsize=1)
def _clause_head_res() -> tuple[re.Pattern, re.Pattern]:
    """The bare heads of `head_refs_vi.json` and what may stand before them."""
    data = pattern_data("head_refs_vi.json")
    alt = lambda ws: escaped_alternation(ws)
    head = re.compile(rf"(?<![\w])({alt(data['heads'] + data['clause_heads'])})(?!\s+(?:{alt(data['not_before'])})(?![\w]))"
                      r"(?=\s+[a-zà-ỹđ]|\s*[.,;])")
    before = re.compile(rf"(?:(?:^|[.!?:;,\n]|(?<![\w])(?:{alt(data['before'])}))\s*)$")
    return head, before


@lru_cache(maxsize=1)
def _head_before_name_re() -> re.Pattern:
    """A bare head of `head_refs_vi.json` followed by a capitalised word."""
    data = pattern_data("head_refs_vi.json")
    heads = data["heads"] + data["name_heads"]
    alt = escaped_alternation(heads)
    return re.compile(rf"(?<![\w])({alt})(?= [{UPPER_VI}])")


def clause_head_references(text: str, words: list[Word] | None = None,
                           lex: Lexicon | None = None) -> list[Candidate]:
    """"Phó Giám đốc Sở cho biết", "…, Bộ đang lấy ý kiến": a bare head that refers back to the body of
    that head named before (resolved by :mod:`kg.resolve`); only after a title, a word of belonging or
    at the start of a clause, where the head cannot open a compound ("Bộ trưởng")."""
    head, before = _clause_head_res()
    clause_only = set(pattern_data("head_refs_vi.json")["clause_heads"])
    out: list[Candidate] = []
    for m in head.finditer(text):
        # ("Bệnh viện Đa khoa tỉnh …": a clause-only head goes on with a lower-case word, or ends the clause)
        if m.group(1) in clause_only and not (re.match(r"\s*[.,;]", text[m.end():])
                                             or text[m.end():].lstrip()[:1].islower()):
            continue
        if before.search(text[max(0, m.start() - 24):m.start()]):
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-ref"], "org-ref", ref=True,
                                 meta={"head": m.group(1).casefold()}))
    if words is None or lex is None:
        return out
    word_at = {w.start: w.i for w in words}
    for m in _head_before_name_re().finditer(text):
        k = word_at.get(m.end() + 1)
        if k is not None and before.search(text[max(0, m.start() - 24):m.start()]) \
                and not text[max(0, m.start() - 24):m.start()].rstrip().endswith(("của", "theo", "Theo")) \
                and starts_person(text, words, k, lex):
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-ref"], "org-ref", ref=True,
                                 meta={"head": m.group(1).casefold()}))
    return out
