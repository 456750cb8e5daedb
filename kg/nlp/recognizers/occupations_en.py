"""English copy: a person named after a lower-case occupation or role and the word that qualifies it.

"Japanese actress Kiko Mizuhara", "Thai filmmaker Apichatpong Weerasethakul", "Airbus chief
commercial officer Benoît de Saint-Exupéry": a nationality or a body, up to two describing words, an
occupation or a corporate role (``kg/data/patterns/occupations_en.json``), then a capitalised name of
two to four words. Foreign names carry no family name the lexicon knows, so nothing else finds them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate

# words that end the qualifying phrase rather than describe the occupation
_NOT_DESCRIBING = r"(?!(?:and|or|of|the|a|an|to|in|on|at|for|with|by|from|as|said|says|who|which|that)\b)"


@lru_cache(maxsize=1)
def _occupation_re() -> re.Pattern:
    data = pattern_data("occupations_en.json")
    words = sorted(data["occupations"] + data["roles"], key=len, reverse=True)
    alt = "|".join(r"[ ]".join(map(re.escape, w.split())) for w in words)
    return re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][\w&.’'-]*\)?[ ](?:" + _NOT_DESCRIBING + r"[a-z][\w-]*[ ]){0,2}?"
                      r"(?:" + alt + r")(?=[ ][A-ZÀ-Ý])")


def occupation_name_candidates(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Names written after a qualified occupation or role, as title-name PER candidates."""
    from kg.nlp.recognizers.names import _name_after

    taken = [(c.start, c.end) for c in cands if not c.ref and c.label in ("ORG", "LOC", "POLICY", "EVENT", "PER")]
    out: list[Candidate] = []
    for m in _occupation_re().finditer(text):
        out += _name_after(text, m.end(), taken, lex)
    return out
