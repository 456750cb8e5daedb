"""English copy: a person named after a lower-case occupation or role and the word that qualifies it.

"Japanese actress Kiko Mizuhara", "Thai filmmaker Apichatpong Weerasethakul", "Airbus chief
commercial officer Benoît de Saint-Exupéry": a nationality or a body, up to two describing words, an
occupation or a corporate role (``kg/data/patterns/occupations_en.json``), then a capitalised name of
two to four words; or an occupation that opens a sentence ("Singer Mỹ Tâm will perform …"). Foreign names
carry no family name the lexicon knows, so nothing else finds them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import UPPER_VI, pattern_data
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
    from kg.nlp.recognizers.names import name_after

    taken = [(c.start, c.end) for c in cands if not c.ref and c.label in ("ORG", "LOC", "POLICY", "EVENT", "PER")]
    out: list[Candidate] = []
    for m in _occupation_re().finditer(text):
        out += name_after(text, m.end(), taken, lex)
    for m in _opening_occupation_re().finditer(text):  # "Singer Mỹ Tâm will perform …"
        out += name_after(text, m.end(), taken, lex)
    return out + _nationality_names(text, taken, lex)


@lru_cache(maxsize=1)
def _opening_occupation_re() -> re.Pattern:
    """An occupation that opens a sentence, capitalised ("Singer Mỹ Tâm …", "Designer Marco Bellini …")."""
    data = pattern_data("occupations_en.json")
    words = sorted(data["occupations"], key=len, reverse=True)
    alt = "|".join(re.escape(w[:1].upper() + w[1:]) for w in words if " " not in w)
    return re.compile(r"(?m)(?:^|(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=— ))(?:" + alt + rf")(?=[ ][{UPPER_VI}])")


@lru_cache(maxsize=1)
def _nationality_re() -> re.Pattern:
    from kg.relations.foreign_titles import nationalities
    alt = "|".join(r"[ ]".join(map(re.escape, w.split())) for w in sorted(nationalities(), key=len, reverse=True))
    # "ahead of Ethiopian Tesfaye Bekele.": a nationality, then a plain name of two or three words that a
    # clause or punctuation closes (not "Japanese Prime Minister …", "Korean Film Council")
    return re.compile(r"(?<![\w’'-])(?<!the )(?:" + alt + r")[ ](?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,2})"
                      r"(?=[,.;:)]|[ ][a-z]|$)")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(pattern_data("occupations_en.json")["not_names"])


def _nationality_names(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    from kg.nlp import patterns as P
    from kg.nlp.recognizers.priorities import PRIORITY
    from kg.nlp.recognizers.statistical import english_person_shape
    out: list[Candidate] = []
    for m in _nationality_re().finditer(text):
        s, e = m.span("name")
        words = m.group("name").split()
        if any(a < e and s < b for a, b in taken) or lex.lookup(m.group("name")) or any(
                w in P.NOT_NAME_WORDS_EN or w.casefold() in P.NOT_NAME_WORDS or w in P.EVENT_TAILS_EN
                or w.casefold() in lex.titles or lex.lookup(w) or w in _not_names() for w in words) \
                or not english_person_shape(words, lex):  # "US West Coast": a coast, not a name
            continue
        out.append(Candidate(s, e, "PER", PRIORITY["title-name"], "title-name"))
    return out
