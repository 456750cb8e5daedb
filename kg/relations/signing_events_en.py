"""English: the signers of deals an article first says were signed at an event, then details one by one.

"Vietnamese and Australian officials inked four cooperation documents at the Việt Nam–Australia
Business Forum … . Minister X and Minister Y signed a memorandum of understanding on … . The fourth
document, a letter of intent on …, was signed by A and B." — every person who signs an instrument in
the sentences after the opening one signed it at that event, so took part in it. The signer's own
sentence names no event, and no other event is named between the opening and it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.base import Relation

if TYPE_CHECKING:
    from kg.relations.base import Mention, Sentence

# the opening: "(co-)signed / inked / put pen to … at a|an|the <event>"
_SIGNED_AT = re.compile(r"(?<![\w])(?:(?:co-)?signed|inked|put\s+pen\s+to)\s+(?:\S+\s+){0,30}?at\s+(?:a|an|the)\s+$")
_LEGAL_ACT = re.compile(r"\b(?:Decree|Law|Resolution|Decision|Circular|Directive|Ordinance|Code)\b", re.IGNORECASE)
# how many sentences the detailed signings may run on after the opening one
_RUN = 6


def _signing_event(s: "Sentence") -> "Mention | None":
    """The event at which the sentences just before said deals were signed, when no other event is named since."""
    events = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and s.index - _RUN <= m.sentence < s.index]
    if not events:
        return None
    last = max(events, key=lambda m: (m.sentence, m.start))
    a, _ = s.ex.sentences[last.sentence]
    if any(m.sentence == last.sentence and m.start > last.end and not m.ref for m in events):
        return None
    if not _SIGNED_AT.search(s.text, a, last.start):
        return None
    # the same event referred back to ("the forum") may follow in the same sentence: take the named one
    return last


def signers_at_the_told_event(s: "Sentence", rels: list[Relation]) -> list[Relation]:
    """participatedIn: people this sentence has sign an instrument, at the event the deals were said to be
    signed at (``rels`` holds the sentence's ``signed`` relations)."""
    if s.lang != "en" or s.of_type("Event"):
        return []
    signed = [r for r in rels if r.predicate == "signed" and r.sentence == s.index]
    if not signed:
        return []
    texts = {m.id: m.text for m in s.ex.mentions}
    # (a decree or law signed into force is no deal of the event: "Hà signed Decree 14 on February 3")
    signers = {r.subject for r in signed if not _LEGAL_ACT.search(texts.get(r.obj, ""))}
    if not signers:
        return []
    people = {m.id for m in s.ex.mentions if m.type == "Person"}
    ev = _signing_event(s)
    if ev is None:
        return []
    return [Relation(p, "participatedIn", ev.id, s.index) for p in sorted(signers) if p in people]
