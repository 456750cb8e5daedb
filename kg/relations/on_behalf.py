"""memberOf from "Thay mặt lãnh đạo Bộ Công an, Thứ trưởng X …" / "On behalf of the Ministry of Health, Deputy
Minister X …": a person who speaks or acts for a body, under a bare role, holds that role in the body.

The title readers give memberOf only from a body written in the title itself ("Thứ trưởng Bộ Công an X");
a clause that opens with acting for a body names it before the comma instead. Only a title with no body of
its own takes it ("Thay mặt chính quyền xã, Chủ tịch UBND xã Kim Bình X" keeps the body its title names).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern


_COMMA = re.compile(r"\s*,\s*")


@lru_cache(maxsize=None)
def _on_behalf(lang: str) -> re.Pattern[str]:
    """The cue that opens the clause (after a dateline or a leading adverbial at most a few words long)."""
    return re.compile(r"(?:[^,.;]{0,30}?,\s*)?(?:" + cue_pattern("on_behalf", lang) + r")\s+(?:the\s+)?",
                      re.IGNORECASE)


def on_behalf_members(s: Sentence) -> list[Relation]:
    """memberOf of the person a bare title names right after "<on behalf of> BODY," (the sentence's opening)."""
    m = _on_behalf(s.lang).match(s.text, s.start, s.end)
    if m is None:
        return []
    # (the body the cue's own words leave: "Thay mặt Ban Thường vụ | Tỉnh ủy Nghệ An," inside the unit's name)
    body = next((o for o in s.ex.mentions if o.type == "Organization" and o.sentence == s.index and o.start == m.end()
                 and _COMMA.match(s.text, o.end)), None)
    comma = _COMMA.match(s.text, body.end) if body is not None else None
    if comma is None:
        return []
    title = next((t for t in s.titles if t.start_char == comma.end()), None)
    if title is None or any(title.start_char <= o.start < title.end_char for o in s.of_type("Organization")):
        return []  # no title, or one that names its own body
    person = next((p for p in s.of_type("Person") if re.fullmatch(r"\s*,?\s*", s.text[title.end_char:p.start])), None)
    return [] if person is None else [Relation(person.id, "memberOf", body.id, s.index)]
