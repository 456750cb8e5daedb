"""A policy that "regulates" a field is about it: "Nghị quyết số 45/2027/NQ-HĐND quy định chính sách hỗ trợ
phát triển kinh tế tư nhân", "Thông tư hướng dẫn thực hiện chế độ bảo hiểm xã hội".

Right after an instrument's name (its date and issuer may stand between, as for "về"), "quy định" or
"hướng dẫn" opens what the instrument sets out; the first topic reached through lower-case words only (up to
``_MAX_WORDS``, no punctuation, no modal or clause word such as "phải", "được", "để", "khi", ``_BREAK``) is
its subject, and topics joined to that one by "và" or a comma are too. "Nghị định quy định về …" is the "về"
rule's (kg.extract topics_of); a "quy định" that is a noun of the sentence ("các quy định của Luật …") has no
instrument right before it.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

_MAX_WORDS = 7
_OPEN = re.compile(r"(?:\s+ngày\s+[\d/]+(?:\s+năm\s+\d{4})?)?(?:\s+của\s+[^,.;:()\"“”]{1,60}?)?\s+(?:quy định|hướng dẫn)"
                   r"(?:\s+chi tiết)?\s+")
_BREAK = frozenset({"phải", "được", "bị", "để", "khi", "nếu", "không", "về", "tại", "của", "đối", "trong", "từ",
                    "theo", "thì", "mà", "là"})
_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")


def regulated_topics(s: Sentence) -> list[Relation]:
    """about from an instrument to the field that its "quy định" / "hướng dẫn" clause names."""
    if s.lang != "vi":
        return []
    topics = sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)
    if not topics:
        return []
    out: list[Relation] = []
    for pol in s.of_type("Policy"):
        m = _OPEN.match(s.text, pol.end)
        if m is None or any(x.start < m.end() and x.end > pol.end and x.type != "Organization"
                            for x in s.mentions if x is not pol):
            continue
        first = next((t for t in topics if t.start >= m.end()), None)
        if first is None:
            continue
        words = re.findall(r"\S+", s.text[m.end():first.start])
        if len(words) > _MAX_WORDS or any(not re.fullmatch(r"[^\W\d_]+", w) or not w[:1].islower()
                                          or w.casefold() in _BREAK for w in words) \
                or any(x.start >= m.end() and x.end <= first.start for x in s.mentions):
            continue
        out.append(Relation(pol.id, "about", first.id, s.index))
        last = first
        for t in topics:
            if t.start <= last.start:
                continue
            if not _JOIN.fullmatch(s.text, last.end, t.start):
                break
            out.append(Relation(pol.id, "about", t.id, s.index))
            last = t
    return out
