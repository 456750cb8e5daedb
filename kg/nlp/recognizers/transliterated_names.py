"""Foreign persons in Vietnamese copy written with no cue: names transliterated syllable by
syllable ("Vla-đi-mia Pu-tin", "Giô-dép Xta-lin") and Korean names ("Son Heung-min").

A transliterated name is two to four capitalised words, at least one of them syllables joined
by hyphens with the later ones in lower case; one such word alone is usually a place
("Mát-xcơ-va", "Ô-xtrây-li-a") and is left alone, as is a run after a place head ("thành phố
Xan Phran-xi-xcô") or one the gazetteer knows. A Korean family name
(``kg/data/patterns/foreign_names_en.json``) before a hyphenated given name is a person, as in
English copy (:mod:`kg.nlp.recognizers.foreign_names_en`).
"""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.foreign_names_en import korean_name_candidates
from kg.nlp.recognizers.priorities import PRIORITY

_LOWER = "a-zà-ỹđ"
_HYPHENATED = rf"[{P.UPPER_VI}][{_LOWER}]*(?:-[{_LOWER}]+)+"
_WORD = rf"(?:{_HYPHENATED}|[{P.UPPER_VI}][{_LOWER}]+)"
_RUN = re.compile(rf"(?<![\w-]){_WORD}(?:[ ]{_WORD}){{1,3}}(?![\w-])")
_HEAD_BEFORE = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(h) for h in sorted(P.PLACE_HEADS_VI, key=len,
                                                                                   reverse=True))
                          + r")\s+$", re.IGNORECASE)


def transliterated_name_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """PER candidates for transliterated foreign names and Korean names."""
    out: list[Candidate] = []
    for m in _RUN.finditer(text):
        parts = m.group().split(" ")
        if sum(re.fullmatch(_HYPHENATED, p) is not None for p in parts) < 1:
            continue
        if _HEAD_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                or any(lex.lookup(p) for p in parts) or lex.lookup(m.group()):
            continue
        out.append(Candidate(m.start(), m.end(), "PER", PRIORITY["transliterated-name"], "transliterated-name"))
    return out + korean_name_candidates(text)
