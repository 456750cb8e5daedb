"""English: the signers of deals an article first says were signed at an event, then details one by one.

"Vietnamese and Australian officials inked four cooperation documents at the Việt Nam–Australia
Business Forum … . Minister X and Minister Y signed a memorandum of understanding on … . The fourth
document, a letter of intent on …, was signed by A and B." — every person who signs an instrument in
the sentences after the opening one signed it at that event, so took part in it. The signer's own
sentence names no event, and no other event is named between the opening and it. A deal left unnamed counts
too ("The deal was signed at a ceremony at the Rex Hotel. A and B exchanged the documents."; "A signing ceremony
was held … . The memorandum was exchanged by A and B.").
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
    if not _SIGNED_AT.search(s.text, a, last.start) and not re.search(r"\bsigning\b", last.text, re.IGNORECASE):
        return None  # (a "signing ceremony" needs no verb)
    # the same event referred back to ("the forum") may follow in the same sentence: take the named one
    return last


def signers_at_the_told_event(s: "Sentence", rels: list[Relation]) -> list[Relation]:
    """participatedIn: people this sentence has sign an instrument, at the event the deals were said to be
    signed at (``rels`` holds the sentence's ``signed`` relations)."""
    if s.lang != "en" or s.of_type("Event"):
        return []
    signed = [r for r in rels if r.predicate == "signed" and r.sentence == s.index]
    texts = {m.id: m.text for m in s.ex.mentions}
    # (a decree or law signed into force is no deal of the event: "Hà signed Decree 14 on February 3")
    signers = {r.subject for r in signed if not _LEGAL_ACT.search(texts.get(r.obj, ""))} | _unnamed_deal_signers(s)
    if not signers:
        return []
    people = {m.id for m in s.ex.mentions if m.type == "Person"}
    ev = _signing_event(s)
    if ev is None:
        return []
    return [Relation(p, "participatedIn", ev.id, s.index) for p in sorted(signers) if p in people]


# "A and B exchanged the documents", "… signed on behalf of the lenders", "… inked the deal": the subjects sign
# an unnamed deal; what may stand between them (titles, bodies, "and") holds no verb of its own
_SIGNS_UNNAMED = re.compile(r"\s(?:also\s+)?(?:exchanged|signed|inked)\s+(?:on\s+behalf\b|(?:the\s+)?(?:signed\s+|two\s+|"
                            r"cooperation\s+)?(?:documents?|deals?|agreements?|contracts?|memorand(?:um|a)|papers)\b)")
_SIGNED_BY = re.compile(r"\b(?:was|were)\s+(?:signed|exchanged|inked)\s+by\s")
_CLAUSE_WORD = re.compile(r"(?<![\w])(?:said|says|was|were|is|are|has|have|had|who|which|that|will|would|after|when)(?![\w])|[;:]")


def _unnamed_deal_signers(s: "Sentence") -> set[str]:
    """The people whose clause opens the sentence and signs or exchanges an unnamed deal (no Policy named)."""
    by = _SIGNED_BY.search(s.text, s.start, s.end)
    if by is not None and not _LEGAL_ACT.search(s.text, s.start, by.start()):
        # "The memorandum was exchanged by A and B": the people of the list after "by" (not a decree's signer)
        people = [m for m in s.of_type("Person") if m.start > by.end()]
        return {m.id for m in people if not _CLAUSE_WORD.search(s.text, by.end(), m.start)}
    verb = _SIGNS_UNNAMED.search(s.text, s.start, s.end)
    if verb is None:
        return set()
    people = [m for m in s.of_type("Person") if m.end <= verb.start()]
    names = sorted((m.start, m.end) for m in s.mentions if m.end <= verb.start())
    rest, at = [], s.start
    for a, b in names:
        rest.append(s.text[at:a])
        at = max(at, b)
    rest.append(s.text[at:verb.start()])
    return {p.id for p in people} if people and not _CLAUSE_WORD.search(" ".join(rest)) else set()
