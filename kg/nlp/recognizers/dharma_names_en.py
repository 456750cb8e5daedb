"""English copy: a Vietnamese Buddhist monk's or nun's dharma name ("Thích Trí Quảng", "Thich Nhat Hanh").

Monastics take "Thích" (Shakya) in place of a family name, and English copy writes it with the two syllables
of the dharma name after it, often behind an honorific ("Most Venerable Thích Trí Quảng"). No family name
of the lexicon opens it, so the surname rules do not read it; "Thích" before two capitalised syllables is
a person wherever it stands.
"""
from __future__ import annotations

import re

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import UPPER_VI

_DHARMA = re.compile(rf"(?<![\w’'-])Th[íi]ch(?:[ ][{UPPER_VI}][a-zđà-ỹ]{{1,6}}){{2}}(?![\w’'-])")


def dharma_name_candidates(text: str) -> list[Candidate]:
    """Every "Thích X Y" as a PER candidate, above a place the gazetteer reads in it ("Nhat": Japan)."""
    return [Candidate(m.start(), m.end(), "PER", PRIORITY["dharma-name"], "dharma-name") for m in _DHARMA.finditer(text)]
