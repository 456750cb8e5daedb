"""English: an instrument "which sets rules for" fields is about them.

"the Law on Digital Transformation, which sets rules for digital government, the digital economy and
digital society": right after an instrument's name (or "the bill", "the decree" naming it again) (a comma, then one of the ``regulating_clauses`` cues
of kg/data/relations/cues.json), the fields listed — reached through a few lower-case words and joined by
commas and "and" — are what it regulates: ``about``. The English counterpart of kg.relations.regulated_topics.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.relations.base import Relation
from kg.relations.cues import cue_pattern
from kg.relations.policies import policy_ref_at
from kg.relations.coordination import name_list
from kg.nlp.recognizers.field_topics_en import REGULATING_GAP_EN

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_MAX_WORDS = 3  # lower-case words before the first field: "the", "how", "the use of"


def regulated_topics_en(s: "Sentence") -> list[Relation]:
    """about: the fields a "which sets rules for / regulates / governs …" clause lists after an instrument."""
    if s.lang != "en":
        return []
    topics = sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)
    if not topics:
        return []
    clause = _clause()
    out: list[Relation] = []
    for m in clause.finditer(s.text, s.start, s.end):
        pol = next((p for p in s.of_type("Policy") if p.end == m.start()), None) or _issuer_between(s, m.start()) \
            or _referred(s, m.start())
        if pol is None:
            continue
        first = next((t for t in topics if t.start >= m.end()), None)
        if first is None:
            continue
        words = s.text[m.end():first.start].split()
        if len(words) > _MAX_WORDS or any(not w.isalpha() or not w.islower() for w in words) \
                or any(x.start >= m.end() and x.end <= first.start for x in s.mentions):
            continue
        out += [Relation(pol.id, "about", t.id, s.index) for t in name_list(s, first, ("Topic",))]
    return out


@lru_cache(maxsize=1)
def _clause() -> re.Pattern:
    """A regulating clause right after an instrument: a comma (or none, or the day it was issued) and a cue."""
    return re.compile(REGULATING_GAP_EN + r"(?:" + cue_pattern("regulating_clauses", "en") + r")\s+")


def _issuer_between(s: "Sentence", end: int):
    """The instrument before its issuer that ends at ``end``: "Resolution 222/2025/QH15 of the National Assembly |,
    which sets rules for …" — the clause is the instrument's, not the body's."""
    body = next((o for o in s.of_type("Organization") if o.end == end), None)
    if body is None:
        return None
    return next((p for p in s.of_type("Policy")
                 if p.end <= body.start and re.fullmatch(r"\s+(?:of|by)\s+(?:the\s+)?", s.text[p.end:body.start])), None)


_REF = re.compile(r"\b(?:the|this)\s+(?:(?:draft|amended|new|revised)\s+)?(?P<kind>bill|[a-z]+)$")


def _referred(s: "Sentence", end: int):
    """The instrument "the bill" / "the decree" right before ``end`` names again (a bill is a draft law)."""
    m = _REF.search(s.text, max(s.start, end - 40), end)
    if m is None:
        return None
    if m.group("kind") != "bill":
        return policy_ref_at(s, m.start())
    laws = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.start < m.start()
            and re.search(r"\blaw\b", p.text, re.IGNORECASE)]
    return max(laws, key=lambda p: p.start) if laws else None
