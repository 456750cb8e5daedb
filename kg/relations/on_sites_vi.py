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

# the days and times a verb of holding may carry before "trên địa bàn": "diễn ra từ ngày 10 đến 14/12", "khai mạc sáng 5/6"
_WHEN = r"(?:\s+(?:vào|từ|đến|ngày|sáng|chiều|tối|trưa|và|[-–]|\d{1,2}(?:/\d{1,2}){0,2}))*"


def on_site_vi(s: Sentence, pl: Mention) -> str | None:
    """The words before ``pl`` with "trên" read as "tại" when the place is a site one is on (a river, a bay, a
    street), or an area a verb of holding says the event takes place in ("diễn ra từ ngày 10 đến 14/12 trên địa bàn
    thành phố Cần Thơ": only days and times between), else None."""
    if s.lang != "vi":
        return None
    wide = s.text[max(s.start, pl.start - 60):pl.start]
    area = compiled(r"(?<![\w])(?:" + cue_pattern("on_site_verbs", "vi") + r")" + _WHEN + r"\s+(?P<on>trên\s+địa\s+bàn)\s+(?:"
                    + cue_pattern("unit_words", "vi") + r"\s+)?$", re.IGNORECASE).search(wide)
    if area is not None:  # ("thu hút doanh nghiệp trên địa bàn tỉnh X": no verb of holding, no venue)
        return wide[:area.start("on")] + "tại "
    window = s.text[max(s.start, pl.start - 30):pl.start]
    # (a verb of holding just before: "khai mạc trên sông X", not "độ mặn trên sông X")
    m = compiled(r"(?<![\w])(?:" + cue_pattern("on_site_verbs", "vi") + r")(?:\s+[^\s,.;]+){0,2}?\s+(?P<on>trên)\s+$",
                 re.IGNORECASE).search(window)
    if m is None or not compiled(r"(?:" + cue_pattern("on_sites", "vi") + r")\s", re.IGNORECASE).match(
            s.text, pl.start, pl.end):
        return None
    return window[:m.start("on")] + "tại "
