"""Where a Vietnamese event is held when the words before its place are not "tại / ở" + the place itself: an unnamed
spot between ("tại đầu cầu phía xã X"), or the area it is held in ("Hội thảo X trên địa bàn huyện Y"). Read by
:func:`kg.relations.places.locations`, which then reads the place as the event's venue."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence
from kg.relations.cues import cue_pattern


def unnamed_site(s: Sentence, pl: Mention) -> bool:
    """"tại đầu cầu phía xã X", "ở hội trường của bệnh viện, phường X", "tại km 107 của tuyến đèo, thuộc phường X":
    an unnamed spot (``event_site_nouns``, then a few lower-case words) between "tại / ở" and the place."""
    lower = "a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
    return re.search(r"(?<![\w])(?:tại|ở)\s+(?:" + cue_pattern("event_site_nouns", "vi") + rf")(?:\s+(?:[{lower}]+|\d+))" + "{0,5}"
                     + r"\s*,?\s+(?:thuộc\s+)?(?:(?:" + cue_pattern("unit_words", "vi") + r")\s+)?$",
                     s.text[max(s.start, pl.start - 70):pl.start]) is not None


def event_ground(s: Sentence, events: list[Mention], pl: Mention) -> bool:
    """"Hội thảo X năm 2032 trên địa bàn huyện Y", "… diễn ra trên địa bàn xã Z", "ở Quảng trường X, trên địa bàn ấp Y":
    the area an event is held in, right after the event, its holding verb or its venue; after any other noun ("các
    doanh nghiệp trên địa bàn tỉnh Y tham gia Hội chợ …") the words say whose the noun is."""
    a = max(s.start, pl.start - 60)
    m = re.search(r"(?P<held>(?<![\w])(?:diễn ra|được tổ chức|tổ chức)\s+)?(?<![\w])trên địa bàn\s+(?:(?:"
                  + cue_pattern("unit_words", "vi") + r")\s+)?$", s.text[a:pl.start])
    if m is None:
        return False
    at = a + m.start()
    return m.group("held") is not None or any(e.end <= at and re.fullmatch(r"\s*,?\s*" if e.type == "Place" else r"\s*",
                                                                          s.text[e.end:at]) for e in events + s.of_type("Place"))
