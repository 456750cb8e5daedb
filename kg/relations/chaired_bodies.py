"""A chairing cue right after a body: "the Central Steering Committee on X, chaired by General Secretary Y",
"Hội đồng thẩm định, dưới sự chủ trì của ông Z" name who chairs the body, not who attended an event.

The attendance passes read "chaired by" / "dưới sự chủ trì của" as opening a list of an event's
attendees; where the words follow a body (the body's name, then at most a comma), the list is the
body's chair and no attendance, unless the sentence names an event the body holds.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.relations.cues import cue_pattern

if TYPE_CHECKING:
    from kg.relations.base import Sentence


@lru_cache(maxsize=None)
def _chair_after_body(lang: str) -> re.Pattern[str]:
    """A chairing cue at the end of the text before a list, after at most a comma (and "which is")."""
    return re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:is|was)\s+)?(?:" + cue_pattern("chair_inline", lang)
                      + r")\s*:?\s*$", re.IGNORECASE)


def chairs_a_body(s: "Sentence", list_at: int) -> bool:
    """Whether the list starting at ``list_at`` follows a chairing cue that follows a body's name, in a
    sentence that names no event ("The committee, chaired by X, held its 25th meeting": X chaired the meeting)."""
    if any(m.type == "Event" and m.sentence == s.index and not m.nested for m in s.ex.mentions):
        return False
    head = _chair_after_body(s.lang)
    for m in s.ex.mentions:
        if m.type == "Organization" and m.sentence == s.index and not m.nested and m.end < list_at \
                and head.fullmatch(s.text, m.end, list_at):
            return True
    return False
