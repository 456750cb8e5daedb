"""English "X of the Y" where Y is a known body: two bodies, X a unit of Y.

"the Investigation Police Agency of the Ministry of Public Security" is the agency and the
ministry (``subOrganizationOf`` then comes from the "of the" between them). X must be two words
or more with a head word ("Agency", "Department" …, ``kg/data/patterns/of_known_bodies_en.json``)
first or last, so "Office of the Government" and "Ministry of Industry and Trade" stay whole.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.patterns import PATTERNS_DIR, pattern_data

DATA = PATTERNS_DIR / "of_known_bodies_en.json"


@lru_cache(maxsize=1)
def unit_heads() -> frozenset[str]:
    return frozenset(pattern_data(DATA.name)["heads"])


def _split(text: str, c: Candidate, lex: Lexicon) -> tuple[Candidate, Candidate] | None:
    """The unit and the body of ``c`` when it reads "X of the Y" with Y known, else None."""
    surface = text[c.start:c.end]
    for m in re.finditer(r"\s+of\s+the\s+", surface):
        x, y = surface[:m.start()], surface[m.end():]
        words = x.split()
        if len(words) < 2 or not (words[0] in unit_heads() or words[-1] in unit_heads() or head_then_field(words)) \
                or not all(w[:1].isupper() or w in ("of", "and", "for", "on") for w in words):
            continue
        known = [e for e in lex.lookup(y) if e.type == "Organization"]
        if not known:
            continue
        unit = replace(c, end=c.start + m.start(), gid=None, meta=dict(c.meta))
        body = replace(c, start=c.start + m.end(), gid=known[0].id, meta=dict(c.meta))
        return unit, body
    return None


def head_then_field(words: list[str]) -> bool:
    """A head word followed by the unit's field: "Investigation Police Department on Economic, Corruption
    and Smuggling Crimes"."""
    for k, w in enumerate(words[:-1]):
        if w in unit_heads() and words[k + 1] in ("on", "for"):
            return True
    return False


def split_units_of_known_bodies(cands: list[Candidate], text: str, lex: Lexicon) -> list[Candidate]:
    """``cands`` with each organisation "X of the Y" (Y known) replaced by X and Y."""
    out: list[Candidate] = []
    for c in cands:
        parts = _split(text, c, lex) if c.label == "ORG" and " of the " in text[c.start:c.end] else None
        out.extend(parts or (c,))
    return out
