"""participatedIn of who is handed a decision or an award by someone who took part in an event.

"Phó Chủ tịch UBND tỉnh A đã trao quyết định cho ông B." — a ceremony report names A among the
guests, then says what A did there, in a sentence that names no event of its own. Being handed a
decision or an award at the event is taking part in it (ANNOTATION.md), so B took part in the
event A took part in (A's latest such event before this sentence).
"""
from __future__ import annotations


from kg.relations.attendance import _handed_to
from kg.relations.base import Relation, Sentence


def handed_at_event(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """participatedIn for the people and bodies a participant hands something to."""
    if s.lang != "vi" or s.index == 0 or s.dates or any(m.type == "Event" for m in s.mentions + s.nested):
        return []
    givers = [m for m in s.mentions if m.type in ("Person", "Organization") and not m.ref]
    if not givers:
        return []
    by_id = {m.id: m for m in s.ex.mentions}
    out: list[Relation] = []
    for giver in givers:
        recipients = _handed_to(s, giver.end)
        if not recipients:
            continue
        event = _event_of_participant(giver, rels, by_id, s.index)
        if event is None:
            continue
        out += [Relation(r.id, "participatedIn", event, s.index) for r in recipients]
    return out


def _event_of_participant(giver, rels: list[Relation], by_id: dict, index: int) -> int | None:
    """The event the giver (a mention of the same name) took part in, the latest before ``index``."""
    key = giver.text.casefold()
    found = [r for r in rels if r.predicate == "participatedIn" and r.sentence < index
             and (m := by_id.get(r.subject)) is not None and m.type == giver.type
             and (m.text.casefold() == key or (giver.gid and m.gid == giver.gid))]
    return max(found, key=lambda r: r.sentence).obj if found else None
