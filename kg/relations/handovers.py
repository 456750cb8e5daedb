"""participatedIn of who is handed a decision or an award by someone who took part in an event.

"Phó Chủ tịch UBND tỉnh A đã trao quyết định cho ông B." — a ceremony report names A among the
guests, then says what A did there, in a sentence that names no event of its own. Being handed a
decision or an award at the event is taking part in it (ANNOTATION.md), so B took part in the
event A took part in (A's latest such event before this sentence).
"""
from __future__ import annotations


import re

from kg.relations.attendance import handed_to
from kg.relations.base import Relation, Sentence


def handed_at_event(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """participatedIn for the people and bodies a participant hands something to: the giver's event of an
    earlier sentence, or the one the sentence itself sets the giver at ("Tại hội nghị, ông A, Chủ tịch UBND
    tỉnh, trao quyết định chủ trương đầu tư cho Công ty B và Công ty C")."""
    if s.lang != "vi":
        return []
    own_event = bool(s.dates) or any(m.type == "Event" for m in s.mentions + s.nested)
    if s.index == 0 and not own_event:
        return []
    givers = [m for m in s.mentions if m.type in ("Person", "Organization") and not m.ref]
    out: list[Relation] = _handed_by_someone_unnamed(s)
    if not givers:
        return out
    by_id = {m.id: m for m in s.ex.mentions}
    for giver in givers:
        recipients = handed_to(s, giver.end)
        if not recipients:
            continue
        event = _event_here(giver, rels, s.index) if own_event else _event_of_participant(giver, rels, by_id, s.index)
        if event is None:
            continue
        out += [Relation(r.id, "participatedIn", event, s.index) for r in recipients]
    return out


# "Tại buổi lễ, | Hội đồng nghĩa vụ quân sự các phường đã | bàn giao …": an unnamed giver (a few words, no name)
_UNNAMED_GIVER = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){1,8}?(?=(?:đã\s+|cũng\s+)*(?:trao tặng|trao|bàn giao)\s)")


def _handed_by_someone_unnamed(s: Sentence) -> list[Relation]:
    """"Tại buổi lễ, Hội đồng nghĩa vụ quân sự các phường đã bàn giao tân binh cho Sư đoàn X và Lữ đoàn Y": the
    event the sentence opens at, when what hands it over is no name of its own."""
    at = re.match(r"\s*(?:Cũng\s+)?(?:Tại|Trong)\s+", s.text[s.start:s.end])
    event = next((x for x in s.mentions if at and x.type == "Event" and x.start == s.start + at.end()), None)
    giver = _UNNAMED_GIVER.match(s.text, event.end, s.end) if event is not None else None
    if giver is None or any(x.type in ("Person", "Organization") and not x.ref and event.end <= x.start < giver.end()
                            for x in s.mentions + s.nested):  # (a bare head such as "Hội đồng" names no one new)
        return []
    return [Relation(r.id, "participatedIn", event.id, s.index) for r in handed_to(s, giver.end())]


def _event_here(giver, rels: list[Relation], index: int) -> int | None:
    """The event this very sentence says the giver took part in (a sentence that names or dates its own event
    says nothing of the giver's earlier ones)."""
    found = [r.obj for r in rels if r.predicate == "participatedIn" and r.sentence == index and r.subject == giver.id]
    return found[0] if len(set(found)) == 1 else None


def _event_of_participant(giver, rels: list[Relation], by_id: dict, index: int) -> int | None:
    """The event the giver (a mention of the same name) took part in, the latest before ``index``."""
    key = giver.text.casefold()
    found = [r for r in rels if r.predicate == "participatedIn" and r.sentence < index
             and (m := by_id.get(r.subject)) is not None and m.type == giver.type
             and (m.text.casefold() == key or (giver.gid and m.gid == giver.gid))]
    return max(found, key=lambda r: r.sentence).obj if found else None
