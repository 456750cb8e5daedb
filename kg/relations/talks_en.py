"""English: both sides of talks whose event the article names in a sentence nearby.

"General Secretary X on Monday held talks with President Y, who is on a state visit …. During the
talks, the two leaders agreed …": the first sentence's "talks" is no event of its own (the recogniser
takes bare "talks" only with a venue or a place and day after it), but the talks the next sentence
names are the ones held. The subject before "held talks" and the counterpart after "with" took part
in them (the same reading as :func:`kg.relations.conversations.conversation_parties`, which covers
talks named in the sentence itself).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.attendance import list_members
from kg.relations.base import Relation
from kg.relations.conversations import TALK_SUBJECT_GAP, TALK_WITH, only_titles_between

if TYPE_CHECKING:
    from kg.relations.base import Mention, Sentence

# "held talks", "had bilateral talks", "holds official talks"
_HELD = re.compile(r"(?<![\w-])(?:held|had|holds|has|hold|have|conducted)\s+"
                   r"(?:(?:bilateral|official|separate|formal)\s+)?(?P<talks>talks)(?![\w-])")
# how far (in sentences) the talks may be named from the sentence that says they were held
_NEAR = 2


def _talks_nearby(s: "Sentence") -> "Mention | None":
    """The bare "talks" the article names within :data:`_NEAR` sentences, the following ones first
    ("During the talks, …" refers back), else the nearest before."""
    near = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence != s.index
            and abs(m.sentence - s.index) <= _NEAR and m.text.casefold().endswith("talks")]
    after = sorted((m for m in near if m.sentence > s.index), key=lambda m: (m.sentence, m.start))
    before = sorted((m for m in near if m.sentence < s.index), key=lambda m: (-m.sentence, -m.start))
    return (after or before or [None])[0]


def talks_named_nearby(s: "Sentence") -> list[Relation]:
    """participatedIn for the subject and the counterpart of "A held talks with B" when the talks
    are named only in an adjacent sentence."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for m in _HELD.finditer(s.text, s.start, s.end):
        at = m.start("talks")
        if any(e.type == "Event" and e.start <= at < e.end for e in s.mentions):
            continue  # the talks are named here: conversation_parties
        ev = _talks_nearby(s)
        if ev is None:
            continue
        subjects = [x for x in list_members(s, s.start, m.start()) if x.type in ("Person", "Organization")]
        if not any(x.type == "Person" for x in subjects) or not TALK_SUBJECT_GAP.fullmatch(
                s.text, max(x.end for x in subjects), m.start()):
            continue  # "… after the two leaders held talks": no named side before the verb
        out += [Relation(x.id, "participatedIn", ev.id, s.index) for x in subjects]
        w = TALK_WITH.match(s.text, m.end(), s.end)
        if w is None:
            continue
        partner = next((p for p in s.of_type("Person") if p.start >= w.end() and not p.ref), None)
        if partner is not None and only_titles_between(s, w.end(), partner.start):
            out.append(Relation(partner.id, "participatedIn", ev.id, s.index))
    return out
