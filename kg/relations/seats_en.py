"""Where a body is, from its premises there (English): ``locatedIn``.

- "Nakajima Ryo, chief representative of the Hà Nội office of the Japan External Trade Organization": the
  place before a premises noun ("office", "branch", "factory"; ``seat_nouns``) and "of" locates the body after;
- "The Management Board held a meeting at its office in Thạch Thất commune": "at its" premises in a place
  locate the body the sentence opens with (the event held there keeps its own place from
  :mod:`kg.relations.places`); "plans to open its first branch in …" is no seat yet.

"Sumitomo's Hà Nội office" gives nothing: the tune-en gold (t252) does not locate a firm by such an office.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern


def body_seats(s: Sentence) -> list[Relation]:
    """locatedIn of a body from its office, branch or plant in a place."""
    if s.lang != "en":
        return []
    places = s.of_type("Place")
    orgs = [m for m in s.of_type("Organization") if not m.ref]
    if not places or not orgs:
        return []
    seats = cue_pattern("seat_nouns", "en")
    out: list[Relation] = []
    for pl in places:
        after = s.text[pl.end:s.end]
        # "the Hà Nội office of (the) JETRO"
        m = re.match(rf"\s+(?:{seats})\s+of\s+(?:the\s+)?", after, flags=re.IGNORECASE)
        if m and re.search(r"(?<![\w])the\s+$", s.text[max(s.start, pl.start - 5):pl.start]):
            org = next((o for o in orgs if o.start == pl.end + m.end()), None)
            if org is not None:
                out.append(Relation(org.id, "locatedIn", pl.id, s.index))
                continue
        # (not "Sumitomo's Hà Nội office", which the tune-en gold leaves out)
        # "… held a meeting at its office in Thạch Thất commune" (not "plans to open its first branch in …")
        if re.search(rf"\b(?:at|from)\s+its\s+(?:[a-z-]+\s+)?(?:{seats})\s+(?:in|at|on)\s+(?:the\s+)?$",
                     s.text[max(s.start, pl.start - 50):pl.start], flags=re.IGNORECASE):
            owner = _opening_body(s, orgs, pl)
            if owner is not None:
                out.append(Relation(owner.id, "locatedIn", pl.id, s.index))
    return out


def _opening_body(s: Sentence, orgs: list[Mention], pl: Mention) -> Mention | None:
    """The body the sentence opens with (past an opening phrase: "On the same day, the board …"), when no
    other body stands between it and ``pl``."""
    first = min(s.mentions, key=lambda m: m.start, default=None)
    if first is None or first.type != "Organization" or first.ref \
            or not re.fullmatch(r"\s*(?:[A-Z][^,;]{0,30},\s*)?(?:[Tt]he\s+)?", s.text[s.start:first.start]):
        return None
    if any(o.start > first.end and o.end <= pl.start for o in orgs):
        return None
    return first
