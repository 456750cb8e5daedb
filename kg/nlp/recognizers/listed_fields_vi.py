"""Fields a Vietnamese event discussed or focused on, read as a list of lower-case phrases (open vocabulary).

"Các đại biểu đã thảo luận về nghiên cứu toán học, vật lý lý thuyết và hóa học xanh", "Hội nghị tập trung vào
chống thất thu thuế, xử lý nợ đọng thuế và …", "Tại hội thảo, các chuyên gia trao đổi về thư viện số, sách điện
tử": the items after a discussion verb (``list_verbs`` in ``kg/data/patterns/listed_fields_vi.json``) whose clause
is an event's (an event named in it, or the people or the meeting word of one named before) are the event's
fields, whether or not the topic lexicon knows them. Each item is read like the subject of a name's "về"
(kg.nlp.recognizers.field_topics: lead words skipped, closed at a stop word, two to six lower-case words, no
act or determiner first); an item the lexicon already names is the gazetteer's. The English twin is
``listed_field_candidates`` in kg.nlp.recognizers.field_topics_en; the relation is drawn by
kg.relations.topics.discussed_topics.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.field_topics import field_span
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import clause_start

SOURCE = "listed-field-vi"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The discussion verb, who may hold the discussion, the list's separators and what ends the list."""
    d = pattern_data("listed_fields_vi.json")
    verbs = re.compile(r"(?<![\w])(?:(?:cũng|đã|sẽ)\s+)*(?:" + _alternation(d["list_verbs"]) + r")\s+")
    who = re.compile(r"\s*(?:(?:Tại|Trong khuôn khổ|Trong)\s+(?:" + _alternation(d["event_words"]) + r")[^,.;]{0,60},\s*)?"
                     r"(?:(?:các|nhiều|Các|Nhiều)\s+)?(?:" + _alternation(d["discussants"] + d["event_words"]) + r")"
                     r"(?:\s+và\s+(?:các\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)?\s*$", re.IGNORECASE)
    # "phòng, chống …" keeps its comma; ", và", "và" part items
    sep = re.compile(r"(?<!phòng)\s*,\s*(?:và\s+)?|\s+và\s+")
    end = re.compile(r"\s*(?:" + _alternation(d["list_ends"]) + r")(?![\w])")
    return verbs, who, sep, end


_ASIDE = re.compile(r"\s*(?:,[^,.;]{0,60},)?\s*")


@lru_cache(maxsize=1)
def _numbers() -> re.Pattern:
    """A count word opening an item ("ba nhiệm vụ", "hai nhóm giải pháp")."""
    return re.compile(r"(?:" + _alternation(pattern_data("listed_fields_vi.json")["count_words"]) + r")\s", re.IGNORECASE)


def _narrows(text: str, span: tuple[int, int], t: Candidate) -> bool:
    """The item at ``span`` is the known field ``t`` narrowed by a modifier after it ("hải quan số", "du lịch
    xanh": ``narrowing_modifiers``): the longer field is the item's (it outranks the gazetteer's by length)."""
    if t.start != span[0] or t.end >= span[1]:
        return False
    rest = " ".join(text[t.end:span[1]].split()).casefold()
    return rest in pattern_data("listed_fields_vi.json")["narrowing_modifiers"]


def listed_field_candidates_vi(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Topics listed after "thảo luận về" / "tập trung vào" in a clause of an event (see the module's doc)."""
    verbs, who, sep, ends = _patterns()
    numbers = _numbers()
    events = [c for c in cands if c.label == "EVENT"]
    if not events:
        return []
    topics = [c for c in cands if c.label == "TOPIC"]
    names = [c for c in cands if c.label not in ("TOPIC", "TITLE", "DATE")]
    out: list[Candidate] = []
    for m in verbs.finditer(text):
        start = clause_start(text, m.start(), 200)
        # the clause's subject is an event, right before the verb or past one aside ("Hội nghị … năm 2027 tập trung
        # vào …"), not one set in it ("Tại hội nghị, tỉnh công bố danh mục dự án, tập trung vào …")
        own = any(start <= e.start and e.end <= m.start() and _ASIDE.fullmatch(text, e.end, m.start()) for e in events)
        if not own and not (who.fullmatch(text, start, m.start()) and any(e.end <= start for e in events)):
            continue  # the list is an event's only when the clause is the event's or its people's
        stop = re.search(r"[.;:!?\n()\"“”]", text[m.end():m.end() + 300])
        tail = m.end() + (stop.start() if stop else min(300, len(text) - m.end()))
        pos = m.end()
        while pos < tail:
            if ends.match(text, pos):
                break  # "…, cũng như cách giữ chân người giỏi": the list is over
            nxt = sep.search(text, pos, tail)
            item_end = nxt.start() if nxt else tail
            if text[pos:pos + 1].isupper() and not any(t.start <= pos < t.end for t in topics):
                break  # a name or a new clause
            if len(text[pos:item_end].split()) > 12:
                break  # a clause, not an item
            span = field_span(text, pos)
            if span is not None and numbers.match(text, span[0]):
                span = None  # "ba nhiệm vụ": a count, not a field
            if span is not None and span[1] <= item_end and not any(t.start < span[1] and span[0] < t.end for t in names + out) \
                    and all(not (t.start < span[1] and span[0] < t.end) or _narrows(text, span, t) for t in topics):
                out.append(Candidate(span[0], span[1], "TOPIC", PRIORITY["field-topic"], SOURCE))
            if not nxt:
                break
            pos = nxt.end()
    return out
