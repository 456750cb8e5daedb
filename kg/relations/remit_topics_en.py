"""English: a body said to be "in charge of" a field is about that field.

"The Ministry of Finance, the agency in charge of digital assets, will …", "The department, which is responsible
for cybersecurity, said …": right after a body's name — or a lower-case reference such as "the department" that
names an earlier body again — a comma, an apposition or relative opener and a remit phrase (all data in
kg/data/patterns/remit_topics_en.json); the first topic reached through a few lower-case words, and the topics
joined to it, are the body's remit: ``about``. Why: the tune golds count a body's stated remit as what it is about,
and neither the body's name nor a policy clause carries it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation
from kg.relations.organizations import org_ref_at
from kg.relations.coordination import name_list
from kg.textutil import phrase_alternation

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_WORD = re.compile(r"[a-z][\w'’-]*")


@lru_cache(maxsize=1)
def _clause() -> tuple[re.Pattern, int]:
    d = pattern_data("remit_topics_en.json")
    return (re.compile(rf"\s*,\s*(?:{phrase_alternation(d['openers'])})\s+(?:{phrase_alternation(d['remits'])})\s+(?:the\s+)?"),
            d["max_words"])


def _body_before(s: "Sentence", end: int):
    """The body whose name (or lower-case reference, "the department") ends at ``end``."""
    body = next((o for o in s.of_type("Organization") if o.end == end), None)
    if body is not None:
        return body
    ref = re.search(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$", s.text[max(s.start, end - 40):end])
    if ref is None:
        return None
    return org_ref_at(s, max(s.start, end - 40) + ref.start())


def remit_topics_en(s: "Sentence") -> list[Relation]:
    """about: a body and the field(s) an ", the agency in charge of …" / ", which is responsible for …" clause
    names right after it."""
    if s.lang != "en":
        return []
    topics = sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)
    if not topics:
        return []
    clause, most = _clause()
    out: list[Relation] = []
    for m in clause.finditer(s.text, s.start, s.end):
        body = _body_before(s, m.start())
        if body is None:
            continue
        first = next((t for t in topics if t.start >= m.end()), None)
        if first is None:
            continue
        words = s.text[m.end():first.start].split()
        if len(words) > most or any(not _WORD.fullmatch(w) for w in words) \
                or any(x.start >= m.end() and x.end <= first.start for x in s.mentions):
            continue
        out += [Relation(body.id, "about", t.id, s.index) for t in name_list(s, first, ("Topic",))]
    return out
