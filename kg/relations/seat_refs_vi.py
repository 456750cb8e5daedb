"""Vietnamese: a body named again by its kind at the head of a sentence that gives its seat.

"Công ty Cổ phần Gỗ X tổ chức Đại hội đồng cổ đông … . Doanh nghiệp có trụ sở tại Khu công nghiệp Y, phường
Z, tỉnh W, …", "Bệnh viện đóng chân trên địa bàn xã V", "Được biết, công ty có trụ sở tại …": the sentence opens
(after a short opener, ``seat_ref_openers``) with a bare kind noun (``seat_ref_kinds``: "doanh nghiệp", "công ty",
"bệnh viện", "đơn vị" …) and a verb of being based (``ground_verbs``); the body is the one of that kind the latest of
the sentence and the two before named (none when it named two: the kind noun does not say which), and the places
written after the verb, one chain of them joined by commas, hold it.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence, state_body
from kg.relations.cues import cue_pattern, cue_table
from kg.textutil import compiled


def _opening() -> re.Pattern[str]:
    """A kind noun ("Doanh nghiệp", "Công ty này") and a seat verb with its preposition, opening the sentence."""
    return compiled(r"\s*(?:(?:" + cue_pattern("seat_ref_openers", "vi") + r")\s*,\s*)?(?P<kind>" + cue_pattern("seat_ref_kinds", "vi") + r")(?:\s+(?:này|nói trên|trên))?\s+"
                    r"(?:hiện\s+|đang\s+|vốn\s+)?(?:" + cue_pattern("ground_verbs", "vi") + r")(?:\s+chính)?\s+"
                    r"(?:tại|ở|trên\s+địa\s+bàn)\s+", re.IGNORECASE)


def _of_kind(m: Mention, kind: str) -> bool:
    """``m`` is a body the kind noun can stand for: its name begins with the kind's head, or, for a kind with no
    head of its own ("doanh nghiệp"), it is a body that is no state organ."""
    head = cue_table("seat_ref_kinds", "vi").get(kind.casefold(), "")
    name = m.name or m.text
    if head == "*":
        return True
    if not head:
        return not state_body(m)
    return name.casefold().startswith(head.casefold())


def seat_of_kind_ref(s: Sentence) -> list[Relation]:
    """locatedIn: the body a kind noun names again → the chain of places after "có trụ sở tại / đóng chân trên địa bàn"."""
    if s.lang != "vi":
        return []
    opening = _opening().match(s.text, s.start, s.end)
    if opening is None:
        return []
    named = [m for m in s.ex.mentions if m.type == "Organization" and not m.ref and not m.nested
             and s.index - 2 <= m.sentence < s.index and m.source != "credit" and _of_kind(m, opening.group("kind"))]
    if not named:
        return []
    latest = [m for m in named if m.sentence == max(n.sentence for n in named)]
    if len({(m.name or m.text).casefold() for m in latest}) > 1:
        return []  # "Công ty A ký hợp đồng với Công ty B. Doanh nghiệp có trụ sở tại X": which one is not said
    body = max(latest, key=lambda m: m.start)
    places = sorted((m for m in s.mentions if m.type == "Place" and m.start >= opening.end()), key=lambda m: m.start)
    out: list[Relation] = []
    at = opening.end()
    for pl in places:
        gap = s.text[at:pl.start]
        # the first place may follow a few lower-case words of the unit ("xã", "phường"); the rest a comma
        if (at == opening.end() and not re.fullmatch(r"(?:[a-zà-ỹđ]+\s+){0,2}", gap)) \
                or (at != opening.end() and not re.fullmatch(r"\s*,\s*(?:[a-zà-ỹđ]+\s+){0,2}", gap)):
            break
        out.append(Relation(body.id, "locatedIn", pl.id, s.index))
        at = pl.end
    return out
