"""English: an instrument named again by its kind and the body that owns it — "to put the Government's resolution
into practice", "in line with the central bank's circular", "the ministry's plan".

The body's possessive picks, among the instruments of that kind named before, the one whose document code says
that body issued it ("Resolution 218/NQ-CP" is the Government's, "Circular 48/2026/TT-BYT" the Ministry of
Health's); with no such code, the latest one whose code names no other issuer (as "the resolution" would).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.policy_names import policy_document
from kg.relations.base import Mention, Sentence
from kg.relations.cues import cue_pattern, cue_table
from kg.relations.kind_referents_en import kind_referent

# after the body: "'s (new) resolution", not "'s resolution on …" / "'s Resolution 12" (a name of its own)
_OWNED_KIND = r"['’]s\s+(?:(?:new|amended|revised|draft|own|latest)\s+)?(?P<kind>%s)\b(?!\s+(?:on|of|No\b|\d))"


@lru_cache(maxsize=1)
def _owned_kind() -> re.Pattern:
    return re.compile(_OWNED_KIND % cue_pattern("policy_ref_kinds", "en"), re.IGNORECASE)


def owned_ref_at(s: Sentence, pos: int) -> Mention | None:
    """The instrument "the Government's resolution" at ``pos`` names again (see the module's doc), else None."""
    lead = re.match(r"\s*(?:the\s+)?", s.text[pos:s.end], flags=re.IGNORECASE)
    owner = next((o for o in s.of_type("Organization") if o.start == pos + lead.end()), None)
    if owner is None:
        return None
    m = _owned_kind().match(s.text, owner.end, s.end)
    if m is None:
        return None
    kind = m.group("kind").casefold()
    words = cue_table("policy_ref_kind_words", s.lang).get(kind, [kind])
    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.sentence <= s.index
               and p.start < pos and any(w in p.text.casefold() for w in words)]
    issuers = {p.id: policy_document([p.text]).issuer for p in earlier}
    own = [p for p in earlier if owner.gid and issuers[p.id] == f"organization/{owner.gid}"]
    if own:
        return max(own, key=lambda p: p.start)
    return kind_referent(s, [p for p in earlier if issuers[p.id] is None])
