"""Bodies that share a clause's verb with the one a rule found: "the Ministry of Finance and the State Bank
of Vietnam will implement …" (listed before it), "the department will implement … together with the
Farmers' Association" (joined after the object), "A will coordinate with B to implement …" (the one B works with)."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence

_LIST_LINK = re.compile(r"\s*(?:,|and|và|,\s*and|,\s*và|cùng|cùng với)\s*(?:the\s+)?", re.IGNORECASE)
_WITH_AFTER = re.compile(r"\s+(?:together|jointly|in\s+coordination|in\s+cooperation)\s+with\s+(?:the\s+)?"
                         r"|\s+(?:cùng với|phối hợp với)\s+")


def listed_before(s: Sentence, subject: Mention) -> list[Mention]:
    """The bodies listed right before ``subject`` ("A, B and <subject>"), nearest first."""
    out: list[Mention] = []
    last = subject
    for m in sorted((m for m in s.mentions if m.end <= subject.start and not m.nested), key=lambda m: -m.start):
        if m.type != "Organization" or not _LIST_LINK.fullmatch(s.text[m.end:last.start]):
            break
        out.append(m)
        last = m
    return out


def joined_after(s: Sentence, pos: int) -> list[Mention]:
    """The body joined after the verb's object, which ends at or just before ``pos``: "… <obj> together
    with the X", "… the resolution together with the X" (a few words of the object may follow ``pos``)."""
    w = re.compile(r"[^,.;()]{0,30}?(?:" + _WITH_AFTER.pattern + ")").match(s.text, pos, s.end)
    if not w:
        return []
    return [m for m in s.mentions if m.start == w.end() and m.type == "Organization" and not m.nested]


_COORDINATES_WITH = re.compile(r"\s+(?:(?:will|would|must|shall|has|have|had|is|are|was|were)\s+)?(?:to\s+)?"
                               r"(?:coordinate|coordinates|coordinated|coordinating|work|works|worked|working|cooperate|"
                               r"cooperates|cooperated|cooperating|phối hợp)\s+(?:closely\s+)?(?:with|với)\s+(?:the\s+)?$",
                               re.IGNORECASE)


def coordinating_with(s: Sentence, partner: Mention) -> list[Mention]:
    """The body that coordinates with ``partner`` to carry something out: "A will coordinate with B to
    implement X" (A implements X too)."""
    prev = max((m for m in s.mentions if m.type == "Organization" and m.end <= partner.start and not m.nested),
               key=lambda m: m.end, default=None)
    return [prev] if prev is not None and _COORDINATES_WITH.fullmatch(s.text, prev.end, partner.start) else []


_PARTNER_BEFORE = re.compile(r"(?<![\w])(?:với|with)\s+(?:the\s+)?$", re.IGNORECASE)


def partner_of_earlier_verb(s: Sentence, subject: Mention, gap: str) -> bool:
    """``subject`` follows "với" / "with" and a second verb joined by "và" / "and" comes after it ("Cục X đã làm
    việc với Tổng cục Y và ban hành …"): the partner of the first verb, not the subject of the second."""
    return re.fullmatch(r"\s*,?\s*(?:và|and)\s+(?:(?:đã|đồng thời|then)\s+)?", gap) is not None \
        and _PARTNER_BEFORE.search(s.text[max(s.start, subject.start - 12):subject.start]) is not None
