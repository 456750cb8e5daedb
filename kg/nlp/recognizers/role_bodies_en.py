"""English bodies named only as the place of a person's role: "Jean-Marc Lenz, chief commercial officer of
SR Technics, said …", "Đỗ Quang Vinh, managing partner of Mekong Seed Capital, said …".

A person's name (two to four capitalised words that no other recogniser calls a body or a place), a comma, a lower-case role or person noun (``role_heads`` and ``affiliation_nouns`` of
``kg/data/relations/cues.json``), "of" or "at", and a capitalised run that ends the phrase: the run is the
body the person works for, though no head word ("Company", "Bank") and no gazetteer entry says so. A known
name of anything, a run holding a month or weekday, and a minister's portfolio ("minister of Finance") are
left to the other recognisers. A body written with its owner's possessive ("the SBV's Monetary Policy
Department") is the unit after it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

SOURCE = "org-of-role-en"


@lru_cache(maxsize=1)
def _role_of_re() -> re.Pattern:
    from kg.relations.cues import cue_pattern

    roles = cue_pattern("role_heads", "en") + "|" + cue_pattern("affiliation_nouns", "en")
    return re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?(?:[a-z][a-z-]+\s+){0,2}?(?P<role>" + roles
                      + r")\s+(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&’'.-]*(?:\s+(?:&\s+)?[A-Z][\w&’'.-]*){0,4})"
                      r"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:said|says|told|added|and|who|since)\b)")


# a person's name: two to four capitalised words (a hyphenated given name, Vietnamese letters)
_NAME = re.compile(rf"(?<![\w’'-])[{P.UPPER_VI}][\w’'-]+(?:\s+[{P.UPPER_VI}][\w’'-]+){{1,3}}(?=\s*,)")


def role_body_candidates(text: str, cands: list[Candidate], lex) -> list[Candidate]:
    """Each run after "PERSON, <role> of|at" as an ORG candidate (see the module's doc)."""
    out: list[Candidate] = []
    for p in _NAME.finditer(text):
        if any(c.label != "PER" and c.start <= p.start() and p.end() <= c.end for c in cands):
            continue  # a body or a place before the comma, not a person
        m = _role_of_re().match(text, p.end())
        if m is None or "minister" in m.group("role").casefold():
            continue
        org = m.group("org")
        words = org.split()
        if lex.lookup(org) or lex.lookup(org, folded=True) or any(
                w.casefold() in P.MONTHS_EN or w.casefold() in P.WEEKDAYS_EN for w in words):
            continue
        if len(words) == 1 and not re.search(r"[A-Z].*[A-Z]|\d", org):
            continue  # one plain word ("Finance", "Economics"): a field as often as a body
        start = m.start("org")
        owner = re.match(r"[A-Z][\w&.-]*['’]s\s+(?=[A-Z])", org)
        if owner:  # "director of the SBV's Monetary Policy Department": the unit, its owner named before it
            start += owner.end()
        out.append(Candidate(start, m.end("org"), "ORG", PRIORITY["org-of-role-en"], SOURCE))
    return out
