"""Players of English match reports named with no title: "took the lead through Joel Tagueu", "a goal
from Kim Min-jae". After a scoring phrase (``scorer_cues`` of ``kg/data/patterns/sports_en.json``), in a
sentence that tells a match, a run of two or three capitalised words is the player; a run the gazetteer
knows as something else, or that ends with a club's, a place's or a body's word, is left alone."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.sports_en import sports_sentence
from kg.textutil import phrase_alternation

# one word of a name: capitalised, perhaps hyphenated ("Min-jae", "Jean-Pierre"), with Vietnamese letters
_WORD = rf"[{UPPER_VI}][a-zà-ỹđ’']+(?:-[A-Za-zà-ỹđ][a-zà-ỹđ]+)?"

# the kind words that end a place's or a unit's name ("Hà Nội Province", "Ba Đình District")
_KIND_WORDS = frozenset(pattern_data("scorers_en_words.json")["kind_words"])


@lru_cache(maxsize=1)
def _scorer_re() -> tuple[re.Pattern, frozenset[str]]:
    sports = pattern_data("sports_en.json")
    names = pattern_data("foreign_names_en.json")
    cues = phrase_alternation(sports["scorer_cues"])
    pattern = re.compile(rf"(?<![\w])(?:{cues})[ ](?P<name>{_WORD}(?:[ ]{_WORD}){{1,2}})(?![\w’'-]|[ ][A-ZĐ0-9])")
    return pattern, frozenset(names["not_surname_words"]) | frozenset(sports["club_tails"])


def scorer_candidates(text: str, lex) -> list[Candidate]:
    """A player named after a scoring phrase in a sentence about a match, as a person."""
    pattern, not_name = _scorer_re()
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        s, e = m.span("name")
        name = m.group("name")
        words = name.split()
        if words[-1] in not_name or words[-1] in _KIND_WORDS or any(
                e2.type != "Person" for k in range(len(words), 0, -1) for e2 in lex.lookup(" ".join(words[:k]))):
            continue  # "through Hải Phòng Port", "through Hà Nội Province": a place, not a player
        if not sports_sentence(text, s, e):
            continue
        out.append(Candidate(s, e, "PER", PRIORITY["given-name-en"], "scorer-en"))
    return out
