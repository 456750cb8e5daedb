"""English: an instrument introduced by its kind and subject, then named by its number.

News copy often announces an instrument in lower case and gives its number in the next sentence:
"The Hà Nội People's Committee has issued a decision on the city's land price table for 2027. Decision
58/2026/QĐ-UBND was signed by …", "The ministry has issued a circular guiding the ban on e-cigarettes …
Circular 52/2026/TT-BYT, dated November 28, sets out …". The two are one instrument (the gold lists the
first as an alias of the second). Only where the first is brought in with "a"/"an" (a new instrument),
the next sentence opens with the numbered one of the same kind, and the article names no other
numbered instrument of that kind between them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.policy_names import policy_parts

if TYPE_CHECKING:
    from kg.extract import Extraction
    from kg.resolve import Entity

_INDEFINITE = re.compile(r"(?<![\w])(?:a|an)\s+(?:new\s+)?$", re.IGNORECASE)
# what may stand before the numbered instrument at its sentence's start
_OPENING = re.compile(r"\s*(?:(?:The|This)\s+)?(?:new\s+)?$")


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
        if full is None or policy_parts(full.name)[:1] != (kind,) or policy_parts(full.name)[1] is None:
            continue
        between = [p for p in policies if m.end <= p.start < first.start and policy_parts(p.text)[0] == kind]
        if not between:
            out.append((k, key_of[first.id]))
    return out
