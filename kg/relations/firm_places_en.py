"""English: a company introduced by its home place and what it is, "Osaka firm Daikin Industries": ``locatedIn``.

News copy often puts the city before a firm noun and the firm's name after it: "Tokyo chipmaker Rapidus",
"Seoul conglomerate Lotte Group", "Singapore property developer CapitaLand", "Hanoi telecoms group Viettel".
The place there says where the firm is, as "-based" would ("the Tokyo-based chipmaker Rapidus", handled by
kg.relations.places.org_places). The firm nouns are ``firm_nouns`` of ``kg/data/relations/cues.json``; up
to two lower-case words may say what kind of firm it is. A possessive ("Japan's Marubeni") gives nothing: the
tune-en gold rarely reads a location into it. Nor does a place inside another name ("the Hanoi People's
Committee"), which the mention being nested or not followed by a firm noun rules out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern

# words that would make the lower-case run no description of the firm ("Hanoi and firm X", "Hanoi is a firm")
_NOT_DESCRIBING = ("and", "or", "of", "the", "a", "an", "with", "in", "at", "for", "to", "on", "by", "is", "are", "was",
                   "were", "has", "have", "will", "said", "says", "as", "that", "which", "who")


@lru_cache(maxsize=1)
def _firm_before_name() -> re.Pattern:
    """Up to two describing words, a firm noun, one space: what stands between the place and the firm's name."""
    skip = "|".join(_NOT_DESCRIBING)
    return re.compile(rf"[ ](?:(?!(?:{skip})[ ])[a-z][\w-]*[ ]){{0,2}}(?:{cue_pattern('firm_nouns', 'en')})[ ]")


def firm_home_places(s: Sentence) -> list[Relation]:
    """locatedIn for "<Place> <firm noun> <Organization>" ("Osaka firm Daikin Industries")."""
    if s.lang != "en":
        return []
    orgs = {m.start: m for m in s.of_type("Organization") if not m.ref and not m.nested}
    if not orgs:
        return []
    out: list[Relation] = []
    for pl in s.of_type("Place"):
        if pl.nested or re.search(r"[\w’'-]$", s.text[max(s.start, pl.start - 1):pl.start]):
            continue
        m = _firm_before_name().match(s.text, pl.end, s.end)
        org = orgs.get(m.end()) if m else None
        if org is not None:
            out.append(Relation(org.id, "locatedIn", pl.id, s.index))
    return out
