"""A policy that "regulates" a field is about it: "Nghị quyết số 45/2027/NQ-HĐND quy định chính sách hỗ trợ
phát triển kinh tế tư nhân", "Thông tư hướng dẫn thực hiện chế độ bảo hiểm xã hội".

Right after an instrument's name (its date and issuer may stand between, as for "về"), "quy định" or
"hướng dẫn" opens what the instrument sets out; the first topic reached through lower-case words only (up to
``MAX_LEAD_WORDS``, no punctuation, no modal or clause word such as "phải", "được", "để", "khi", ``LEAD_BREAKS``) is
its subject, and topics joined to that one by "và" or a comma are too. "Nghị định quy định về …" is the "về"
rule's (kg.extract topics_of); a "quy định" that is a noun of the sentence ("các quy định của Luật …") has no
instrument right before it.
"""
from __future__ import annotations

import re

from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation, Sentence
from kg.relations.coordination import name_list
from kg.textutil import phrase_alternation

MAX_LEAD_WORDS = 7
# "Luật … đã có các quy định riêng liên quan đến X", "… Luật …, trong đó có các nội dung về X": the instrument's
# provisions on a field (the noun "quy định" / "nội dung" that the instrument has, up to "liên quan đến" or "về"),
# and the new points it brings on one ("Luật … có nhiều điểm mới về X": only "về", as "điểm mới liên quan đến" may
# be what the law touches in passing)
# ("(sửa đổi)" after the name: the amending law the recogniser names without it; ", trong đó bổ sung / sửa đổi các quy
# định …": the provisions it adds or changes)
_HAS_PROVISIONS = (r"(?:\s*\(sửa đổi(?:,\s*bổ sung)?\))?"
                   r"(?:\s+(?:đã\s+|cũng\s+)?(?:có|gồm|bổ sung)|\s*,\s*trong đó(?:\s+(?:có|gồm|bổ sung|sửa đổi|sửa đổi,\s*bổ sung))?)"
                   r"\s+(?:các\s+|nhiều\s+)?"
                   r"(?:(?:quy định|nội dung)(?:\s+(?:riêng|mới|cụ thể))?\s+(?:liên quan đến|về)|điểm mới\s+về)\s+")
_OPEN = re.compile(r"(?:\s+ngày\s+[\d/]+(?:\s+năm\s+\d{4})?)?(?:\s+của\s+[^,.;:()\"“”]{1,60}?)?(?:\s+(?:quy định|hướng dẫn)"
                   r"(?:\s+chi tiết)?\s+|" + _HAS_PROVISIONS + r")")
LEAD_BREAKS = frozenset(pattern_data("regulated_topics_words.json")["lead_breaks"])


def regulated_topics(s: Sentence) -> list[Relation]:
    """about from an instrument to the field that its "quy định" / "hướng dẫn" clause names."""
    if s.lang != "vi":
        return _regulated_topics_en(s)
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
        if len(words) > MAX_LEAD_WORDS or any(not re.fullmatch(r"[^\W\d_]+", w) or not w[:1].islower()
                                          or w.casefold() in LEAD_BREAKS for w in words) \
                or any(x.start >= m.end() and x.end <= first.start for x in s.mentions):
            continue
        out += [Relation(pol.id, "about", t.id, s.index) for t in name_list(s, first, ("Topic",), among=topics)]
    return out


@lru_cache(maxsize=1)
def _en() -> tuple[re.Pattern, int]:
    d = pattern_data("regulated_topics_en.json")
    verbs = phrase_alternation(d["verbs"])
    return re.compile(rf"\s*(?:,\s*which\s+)?(?:(?:will|would)\s+)?(?:{verbs})\s+", re.IGNORECASE), d["max_words"]


def _regulated_topics_en(s: Sentence) -> list[Relation]:
    """English: "The amended Law on Employment will extend unemployment insurance to …", "Circular 32/2025/TT-BTC
    requiring all petrol retailers to issue an electronic invoice …" (``kg/data/patterns/regulated_topics_en.json``)."""
    topics = sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)
    if not topics:
        return []
    opener, most = _en()
    out: list[Relation] = []
    for pol in s.of_type("Policy"):
        m = opener.match(s.text, pol.end)
        if m is None:
            continue
        first = next((t for t in topics if t.start >= m.end()), None)
        if first is None:
            continue
        words = re.findall(r"\S+", s.text[m.end():first.start])
        if len(words) > most or any(not re.fullmatch(r"[^\W\d_][\w'’-]*", w) or not w[:1].islower() for w in words) \
                or any(x.start >= m.end() and x.end <= first.start for x in s.mentions):
            continue
        out += [Relation(pol.id, "about", t.id, s.index) for t in name_list(s, first, ("Topic",), among=topics)]
    return out
