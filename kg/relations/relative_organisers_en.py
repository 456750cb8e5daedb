"""organized from an English relative clause on an event: "the Tạ Quang Bửu Prize 2026 award ceremony, which the
Ministry of Science and Technology organised in Hà Nội on Thursday" — the body the clause opens with organised the
event it hangs on (as "which the National Assembly passed" names an instrument's issuer, :mod:`policy_refs_en`)."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

_WHICH = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*which\s+(?:the\s+)?")
_ORGANISED = re.compile(r"\s+(?:(?:has|had|have)\s+|also\s+|jointly\s+)*(?:co-)?(?:organi[sz]ed|hosted|held|convened)\b")


def relative_organisers(s: Sentence) -> list[Relation]:
    """organized: "EVENT, which ORG organised / hosted / held …"."""
    if s.lang != "en":
        return []
    orgs = s.of_type("Organization")
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        m = _WHICH.match(s.text, ev.end, s.end)
        org = next((o for o in orgs if m is not None and o.start == m.end()), None)
        if org is not None and _ORGANISED.match(s.text, org.end, s.end):
            out.append(Relation(org.id, "organized", ev.id, s.index))
    return out
