"""Vietnamese: an event held "trên" a river, bay, island or street ("khai mạc trên sông Maspero", "diễn ra trên vịnh Hạ
Long", "tranh tài trên phố đi bộ Nguyễn Huệ"): "trên" after a verb of holding (``on_site_verbs``) there says where it is held, as "tại" does. The kinds of site are
data (``on_sites``, ``vi``) in ``kg/data/relations/cues.json``; a place of another kind after "trên" ("trên địa bàn",
"trên cả nước") is left to the other readers.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence
from kg.relations.cues import cue_pattern
from kg.textutil import compiled


def on_site_vi(s: Sentence, pl: Mention) -> str | None:
    """The words before ``pl`` with "trên" read as "tại" when the place is a site one is on (a river, a bay, a
    street), else None."""
    if s.lang != "vi":
        return None
    window = s.text[max(s.start, pl.start - 30):pl.start]
    # (a verb of holding just before: "khai mạc trên sông X", not "độ mặn trên sông X")
    m = compiled(r"(?<![\w])(?:" + cue_pattern("on_site_verbs", "vi") + r")(?:\s+[^\s,.;]+){0,2}?\s+(?P<on>trên)\s+$",
                 re.IGNORECASE).search(window)
    if m is None or not compiled(r"(?:" + cue_pattern("on_sites", "vi") + r")\s", re.IGNORECASE).match(
            s.text, pl.start, pl.end):
        return None
    return window[:m.start("on")] + "tại "
