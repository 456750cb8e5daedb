"""The field a meeting deals with, named in the clause right after its head: "hội nghị trực tuyến triển
khai các biện pháp cấp bách phòng, chống bệnh dịch tả lợn châu Phi" (a generic event, whose name the
recogniser keeps short). ANNOTATION.md: the subject named in an event's title gives ``about``."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

# the clause after the head: lower-case words (a purpose or a scope), commas of paired verbs allowed
_CLAUSE = re.compile(r"(?:\s+(?:trực tuyến|trực tiếp|toàn quốc|chuyên đề))?\s+(?:về|triển khai|bàn|bàn về|"
                     r"thảo luận|góp ý|tập huấn|tuyên truyền|phổ biến|sơ kết|tổng kết|đánh giá|"
                     r"triển khai các giải pháp|triển khai các biện pháp)\b[^.;:()\"“”]{0,100}$")


def generic_event_topics(s: Sentence) -> list[Relation]:
    """about: a dated generic event → the known topic that closes the purpose clause after it."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    topics = [m for m in s.mentions if m.type == "Topic"]
    for ev in s.of_type("Event"):
        if (ev.ref and ev.source != "event-dated") or ev.text[:1].isupper():
            continue  # a named event's topics are inside its name (kg.extract topics_of)
        for t in topics:
            if t.start <= ev.end:
                continue
            gap = s.text[ev.end:t.start]
            if any(m.start >= ev.end and m.end <= t.start and m.type != "Topic" for m in s.mentions):
                break
            if _CLAUSE.match(gap) and not any(w[:1].isupper() for w in gap.split()):
                out.append(Relation(ev.id, "about", t.id, s.index))
            break
    return out
