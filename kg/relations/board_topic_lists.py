"""about of a board named "về" a list of fields whose name the recogniser cut after the first field (Vietnamese):
"Tổ công tác về kinh tế số | và xã hội số Thành phố Hồ Chí Minh", "Ban Chỉ đạo về an toàn thực phẩm | , an ninh
lương thực …". The name ends with a field it was named "về"; the fields joined on right after it by "và" or a comma
are the board's subjects too (kg.relations.body_topics.committee_topics gives the one inside the name)."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.coordination import name_list
from kg.relations.body_topics import BODY_HEADS

_NAMED_ON = re.compile(r"\svề\s")


def cut_board_lists(s: Sentence) -> list[Relation]:
    """about: the fields that go on, past a board's recognised name, from the field its name ends with."""
    if s.lang != "vi":
        return []
    inner = [m for m in s.mentions + s.nested if m.type == "Topic"]
    topics = sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)
    out: list[Relation] = []
    for o in s.of_type("Organization"):
        last = next((t for t in inner if t.end == o.end and o.start < t.start), None)
        if last is None or not BODY_HEADS.match(o.text) or not _NAMED_ON.search(s.text[o.start:last.start]):
            continue
        run = name_list(s, last, ("Topic",), among=[t for t in topics if t.start >= o.end])
        out += [Relation(o.id, "about", t.id, s.index) for t in run[1:]]
    return out
