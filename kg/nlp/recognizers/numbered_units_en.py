"""English bodies whose name ends in their number: "Ho Chi Minh City Urban Railway Company No. 1" —
the full stop of "No." cut such a name short ("… Company No")."""
from __future__ import annotations

import re

from kg.nlp.recognizers.candidates import Candidate

_NUMBERED_UNIT = re.compile(r"\s+No\.\s?\d{1,3}\b")


def numbered_unit_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A body whose name ends in its number: "Ho Chi Minh City Urban Railway Company No. 1" (the
    full stop of "No." cut the name short)."""
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG":
            continue
        m = _NUMBERED_UNIT.match(text, c.end) or (
            re.compile(r"\.\s?\d{1,3}\b").match(text, c.end) if text[c.start:c.end].endswith(" No") else None)
        if m is not None:
            out.append(Candidate(c.start, m.end(), "ORG", c.priority, c.source, c.ref, c.gid, c.value, c.meta))
    return out
