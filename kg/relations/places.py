"""Where a body is, when the text says so next to its name: ``locatedIn``.

- "the Dong Ha-based Quang Tri Water Supply Company", "a Hanoi-based firm X": the place
  before ``-based`` / ``-headquartered`` locates the body after it;
- "Công ty cổ phần Sữa Việt Nam (TP.HCM)", "Saigon Newport Corporation (Ho Chi Minh City)":
  a place alone in brackets right after a body locates it.

A place inside a body's own name ("Sở Y tế tỉnh Nghệ An") is part of the name, not a
stated location, and gives nothing here. The suffixes are ``based_suffixes`` in
``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.cues import cue_words

if TYPE_CHECKING:
    from kg.extract import Relation, Sentence


def org_places(s: "Sentence") -> list["Relation"]:
    """locatedIn for bodies written "X-based BODY" or "BODY (PLACE)"."""
    from kg.extract import Relation

    out: list[Relation] = []
    places = [m for m in s.mentions + s.nested if m.type == "Place"]
    orgs = [m for m in s.mentions if m.type == "Organization" and not m.ref]
    suffixes = "|".join(re.escape(x) for x in cue_words("based_suffixes", s.lang))
    based = re.compile(rf"[-‑–]\s?(?:{suffixes})\s+(?:(?:a|an|the)\s+)?") if suffixes else None
    for pl in places:
        if based is not None:
            m = based.match(s.text, pl.end)
            if m:
                org = next((o for o in orgs if o.start == m.end()), None)
                if org is not None:
                    out.append(Relation(org.id, "locatedIn", pl.id, s.index))
                    continue
        if re.match(r"\s*\)", s.text[pl.end:pl.end + 3]):
            opening = s.text.rfind("(", s.start, pl.start)
            if opening < 0 or s.text[opening + 1:pl.start].strip():
                continue
            org = next((o for o in orgs if o.end <= opening and not s.text[o.end:opening].strip()), None)
            if org is not None:
                out.append(Relation(org.id, "locatedIn", pl.id, s.index))
    return out
