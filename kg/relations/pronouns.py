"""English: "He is a member of the Party Central Committee." — the pronoun is the person
the previous sentences are about.

A sentence that opens with "He" or "She" and states a present membership ("is a member of
the X", "is also an alternate member of the X") names the body; the person is the subject
of the closest earlier sentence that opens with a person (full name or short form), at most
two sentences back. Past roles ("was", "previously served") are not relations (ANNOTATION.md).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.base import Relation

if TYPE_CHECKING:
    from kg.relations.base import Mention, Sentence

_MEMBER = re.compile(r"\s*(?:He|She)\s+is\s+(?:also\s+)?(?:a|an)\s+(?:(?:alternate|standing|full)\s+)?member\s+of\s+"
                     r"(?:the\s+)?")


def pronoun_memberships(s: "Sentence") -> list[Relation]:
    """memberOf for "He/She is a member of the X", X named right after "of"."""
    if s.lang != "en":
        return []
    m = _MEMBER.match(s.text, s.start, s.end)
    if m is None:
        return []
    body = next((o for o in s.mentions if o.type == "Organization" and o.start == m.end()), None)
    who = _antecedent(s)
    if body is None or who is None:
        return []
    return [Relation(who.id, "memberOf", body.id, s.index)]


def _antecedent(s: "Sentence") -> "Mention | None":
    """The person an earlier sentence (one or two back) opens with."""
    for back in (1, 2):
        i = s.index - back
        if i < 0:
            return None
        start = s.ex.sentences[i][0]
        people = sorted((m for m in s.ex.mentions if m.sentence == i and m.type == "Person" and not m.nested),
                        key=lambda m: m.start)
        if people and re.fullmatch(r"\s*", s.text[start:people[0].start]):
            return people[0]
    return None
