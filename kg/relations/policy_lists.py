"""Policies listed together: "thực hiện Nghị định 72 và Nghị định 146", "to implement Resolution 57 of the Politburo and
Resolution 27 of the Party Central Committee" (each joined by a comma or "và" / "and", an issuer of the one before
between them, or the issuer of the next before it: "Government Resolution 66 and Politburo Resolution 57"). Read by
:mod:`kg.relations.policies`, :mod:`kg.relations.assigned_tasks` and :mod:`kg.relations.plan_implementers_en`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.relations.base import Mention, Sentence

_JOINER = re.compile(r"\s*(?:,|và|and|,\s*và|,?\s*and)\s*(?:the\s+)?")  # ("… and the Law on X")
_OF = re.compile(r"\s*(?:của|of)\s+(?:the\s+)?")
_ISSUER_END = re.compile(r"(?:['’]s)?\s+")  # "… and the Politburo's | Resolution 57", "… and Politburo | Resolution 57"


def coordinated_policies(s: "Sentence", policies: list["Mention"], first: "Mention") -> list["Mention"]:
    """The policies listed right after ``first``: "A, B và C"; "A của Bộ Chính trị và B" (the issuer of the one before
    between them, a body of the sentence)."""
    out: list[Mention] = []
    last = first
    bodies = {b.start: b for b in s.of_type("Organization")}
    for p in sorted(policies, key=lambda m: m.start):
        if p.start < last.end or p.id == first.id:
            continue
        gap_at = last.end
        of = _OF.match(s.text, gap_at, p.start)
        if of and of.end() in bodies:  # "Nghị quyết số 57-NQ/TW của Bộ Chính trị | và Nghị quyết số 27-NQ/TW"
            gap_at = bodies[of.end()].end
        if not _JOINER.fullmatch(s.text, gap_at, p.start) and not _issuer_then(s, bodies, gap_at, p.start):
            break
        out.append(p)
        last = p
    return out


def _issuer_then(s: "Sentence", bodies: dict[int, "Mention"], start: int, end: int) -> bool:
    """``start`` to ``end`` is a joiner, then a body of the sentence that issued the next policy:
    " and Politburo ", " and the Politburo's "."""
    joiner = _JOINER.match(s.text, start, end)
    body = bodies.get(joiner.end()) if joiner else None
    return body is not None and _ISSUER_END.fullmatch(s.text, body.end, end) is not None
