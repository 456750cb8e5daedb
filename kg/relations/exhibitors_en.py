"""English: bodies and people that brought or showed something at an event took part in it.

"Kim Đồng Publishing House, which specialises in children's books, brought more than 3,000 titles to the fair",
"Vinamilk showcased its new dairy line at the expo": the subject list opening the sentence, a verb of showing
(``exhibit_verbs`` in kg/data/relations/cues.json) and "at / to" the bare or named event it names. The event is
the one the noun after "at" / "to" is (a bare noun is resolved to the named event by :mod:`kg.references`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.attendance import list_members
from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern


@lru_cache(maxsize=1)
def _shown_at() -> re.Pattern:
    """A verb of showing, then within the clause "at / to (the / its booth at the)" right before an event."""
    return re.compile(r"\s+(?:" + cue_pattern("exhibit_verbs", "en") + r")\s+[^.;:]{1,90}?\s+(?:at|to)\s+"
                      r"(?:(?:its|their)\s+(?:booth|booths|stand|stands|pavilion)\s+(?:at|in)\s+)?(?:the\s+)?$")


# the subject: a list of names, an apposed clause set off by commas allowed after the last ("X, which …, brought")
_APPOSED = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s+(?:which|who|a|an|the)\s[^,;.]{1,80},)?(?:\s+on\s+[A-Z][a-z]+)?")


def exhibitors(s: Sentence) -> list[Relation]:
    """participatedIn: "A (and B) brought / showcased … at / to the fair": A and B took part in that event."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        head = s.text[s.start:ev.start]
        m = None
        for verb in re.finditer(cue_pattern("exhibit_verbs", "en"), head):
            if _shown_at().fullmatch(head, verb.start() - 1 if verb.start() > 0 else 0):
                m = verb
                break
        if m is None:
            continue
        members = [x for x in list_members(s, s.start, s.start + m.start()) if x.type in ("Organization", "Person")]
        if not members or not re.fullmatch(r"\s*(?:The\s+)?", s.text[s.start:members[0].start]) \
                or not _APPOSED.fullmatch(s.text, members[-1].end, s.start + m.start() - 1):
            continue
        out += [Relation(x.id, "participatedIn", ev.id, s.index) for x in members]
    return out
