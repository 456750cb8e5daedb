"""Board members elected at a shareholders' meeting (Vietnamese): "Đại hội đã bầu bổ sung ông X làm thành viên Hội
đồng quản trị nhiệm kỳ 2023 - 2028": X is a member of the company that holds the meeting ("Công ty Y tổ chức Đại hội
đồng cổ đông …"). The words are data in ``kg/data/relations/cues.json`` (``board_election_verbs``,
``board_seats``)."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.textutil import compiled


def _meeting_host(s: Sentence) -> Mention | None:
    """The body written as holding the article's shareholders' meeting ("X (XYZ) tổ chức Đại hội đồng cổ đông …")."""
    for ev in (m for m in s.ex.mentions if m.type == "Event" and m.text.casefold().startswith("đại hội đồng cổ đông")):
        before = [o for o in s.ex.mentions if o.type == "Organization" and o.sentence == ev.sentence and o.end <= ev.start
                  and re.fullmatch(r"\s*(?:\([^()]{1,20}\)\s*)?(?:đã\s+|sẽ\s+)?tổ chức\s+", s.text[o.end:ev.start])]
        if before:
            return before[-1]
    return None


def board_elections(s: Sentence) -> list[Relation]:
    """memberOf: a person elected to the board at the meeting, in the company that holds it."""
    if s.lang != "vi":
        return []
    elect = compiled(r"(?<![\w])(?:" + cue_pattern("board_election_verbs", "vi") + r")\s+(?:(?:ông|bà)\s+)?$")
    seat = compiled(r"(?:\s*,[^.;]{0,100}?,)?\s*(?:làm|giữ chức|vào)\s+(?:" + cue_pattern("board_seats", "vi")
                    + r")(?![\w])")
    elected = [p for p in s.of_type("Person") if elect.search(s.text, max(s.start, p.start - 30), p.start)
               and seat.match(s.text, p.end, s.end)]
    if not elected:
        return []
    host = _meeting_host(s)
    return [Relation(p.id, "memberOf", host.id, s.index) for p in elected] if host is not None else []
