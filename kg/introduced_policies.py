"""English: an instrument introduced by its kind and subject, then named by its number.

News copy often announces an instrument in lower case and gives its number in the next sentence:
"The Hà Nội People's Committee has issued a decision on the city's land price table for 2027. Decision
58/2026/QĐ-UBND was signed by …", "The ministry has issued a circular guiding the ban on e-cigarettes …
Circular 52/2026/TT-BYT, dated November 28, sets out …". The two are one instrument (the gold lists the
first as an alias of the second). Only where the first is brought in with "a"/"an" (a new instrument),
the next sentence opens with the numbered one of the same kind, and the article names no other
numbered instrument of that kind between them.

Likewise an instrument brought in by its kind and purpose and named in full at the start of the next sentence:
"… has approved a plan to develop offshore aquaculture. The Khánh Hòa Offshore Aquaculture Development Plan to
2030 sets …" (the full name holds the same kind word and shares a word of the subject; data in
``kg/data/patterns/introduced_policies_en.json``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp.patterns import pattern_data
from kg.policy_names import policy_parts

if TYPE_CHECKING:
    from kg.extract import Extraction
    from kg.resolve import Entity

_INDEFINITE = re.compile(r"(?<![\w])(?:a|an)\s+(?:new\s+)?$", re.IGNORECASE)
# what may stand before the numbered instrument at its sentence's start
_OPENING = re.compile(r"\s*(?:(?:The|This)\s+)?(?:new\s+)?$")
_CONTENT = re.compile(r"[^\W\d_][\w'’-]{3,}")


def introduced_then_numbered(entities: dict[str, "Entity"], key_of: dict[int, str],
                             ex: "Extraction") -> list[tuple[str, str]]:
    """(key, key) pairs: the unnumbered instrument introduced with "a"/"an" and the numbered one of its kind
    that opens the next sentence."""
    if ex.article.lang != "en":
        return []
    text = ex.article.text
    policies = sorted((m for m in ex.mentions if m.type == "Policy" and not m.nested and m.id in key_of),
                      key=lambda m: m.start)
    out: list[tuple[str, str]] = []
    for m in policies:
        k = key_of[m.id]
        e = entities.get(k)
        if e is None or not m.text[:1].islower() or not _INDEFINITE.search(text, max(0, m.start - 8), m.start):
            continue
        kind, number, _ = policy_parts(e.name)
        if number is not None or not kind:
            continue
        nxt = m.sentence + 1
        if nxt >= len(ex.sentences):
            continue
        start = ex.sentences[nxt][0]
        first = next((p for p in policies if p.sentence == nxt), None)
        if first is None or not _OPENING.fullmatch(text[start:first.start]) or key_of[first.id] == k:
            continue
        full = entities.get(key_of[first.id])
        if full is None or not (policy_parts(full.name)[:1] == (kind,) and policy_parts(full.name)[1] is not None
                                or _named_in_full(m.text, first.text)):
            continue
        between = [p for p in policies if m.end <= p.start < first.start and policy_parts(p.text)[0] == kind]
        if not between:
            out.append((k, key_of[first.id]))
    return out


def _kind_words(text: str) -> set[str]:
    """The instrument kinds (``kinds`` of introduced_policies_en.json, "program" as "programme") among ``text``'s words."""
    d = pattern_data("introduced_policies_en.json")
    kinds = frozenset(d["kinds"])
    return {d["same_kind"].get(w, w) for w in text.casefold().split() if w in kinds}


def _content_words(text: str) -> set[str]:
    """The words of four letters or more that may name a field (not a kind, a task or a function word)."""
    d = pattern_data("introduced_policies_en.json")
    skip = frozenset(d["not_shared"]) | frozenset(d["kinds"])
    return {w for w in (x.casefold() for x in _CONTENT.findall(text)) if w not in skip}


def _named_in_full(short: str, full: str) -> bool:
    """``full`` (a capitalised name: "Khánh Hòa Offshore Aquaculture Development Plan to 2030") names again the
    instrument ``short`` brought in by its kind and purpose ("plan to develop offshore aquaculture"): the first
    kind word of ``short`` is among ``full``'s words, and the two share a content word of the subject."""
    if not full[:1].isupper():
        return False
    kinds = [w for w in short.casefold().split() if _kind_words(w)]
    return bool(kinds) and bool(_kind_words(kinds[0]) & _kind_words(full)) \
        and bool(_content_words(short) & _content_words(full))
