"""Vietnamese: people placed at an event by an act only someone there does, in a sentence that names no event.

General news tells who was at a visit, a ceremony or a match by what they did there, not by "dự": "Chủ tịch
UBND tỉnh X Hoàng Nam Phong đến thăm, tặng quà bà con", "Bí thư Tỉnh ủy Y đánh trống khai giảng", "A và B theo
dõi trận đấu trên khán đài và trao cúp", "Dịp này, Hội Khuyến học tỉnh Z trao 100 suất học bổng". The people
(and bodies) who open such a sentence, before the act with nothing but their titles and "cũng", "đã", "cùng
lãnh đạo …" between, took part in the latest event the sentences just before tell as happening (not one
still to come, one that times another, or one only named in someone's reported words).

A person who only speaks ("Ông X cho biết …", "Theo Y, …") is not placed: a speech verb is no act of presence.
The acts (``presence_acts``) and the openers that keep the occasion (``presence_openers``) are data in
``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re

from kg.relations.affiliations import has_title_before
from kg.relations.attendance import list_members
from kg.relations.base import (SAY_VI, Mention, Relation, Sentence, framed_event, planned_event, purpose_event,
                               qualified_for)
from kg.relations.cues import cue_pattern
from kg.textutil import compiled

LOOKBACK = 5  # sentences back to the occasion (as kg.relations.attendance reads a list): the lead may be a paragraph back

# between the last of the people and the act: "cùng lãnh đạo thành phố", "cũng", "đã", "trực tiếp"
_GAP = (r"(?:\s*,[^,;.()]{2,90},)?"  # an apposed title: "Ông X, Giám đốc Sở Y, trao …"
        r"[\s,]*(?:cùng\s+(?:với\s+)?(?:lãnh đạo|đại diện|các đồng chí|nhiều)[^;.()]{0,60}?\s+)?"
        r"(?:(?:đã|cũng|trực tiếp|lần lượt|đều|cùng|đến|tới)\s+)*")


def _acts() -> re.Pattern[str]:
    """The act verbs, each as whole words."""
    return compiled(cue_pattern("presence_acts", "vi"), re.IGNORECASE)


_PAST = re.compile(r"(?<![\w])(?:từ năm|từng|trước đây|năm ngoái|năm trước|nhiều năm)(?![\w])", re.IGNORECASE)


_ANOTHER_TIME = re.compile(r"\s*(?:trước đó|sau đó|tiếp đó|tiếp theo|cùng ngày|sáng|chiều|tối|trưa|đêm|ngày|hôm|tuần|tháng|"
                           r"năm|đầu|cuối|giữa)(?![\w])", re.IGNORECASE)


_COMRADE = re.compile(r"(?<![\w])đồng chí\s+$", re.IGNORECASE)
# ", Giám đốc Sở Y," after the name: an office written after it
_APPOSED_TITLE = re.compile(r"\s*,\s*(?:nguyên\s+)?[A-ZĐÂ][^,;.()]{1,90},")


def _opener() -> re.Pattern[str]:
    """An opener that keeps the occasion of the sentences before: "Dịp này,", "Tại đây,"."""
    return compiled(r"\s*(?:(?:" + cue_pattern("presence_openers", "vi") + r")\s*,\s*)?", re.IGNORECASE)


def _reported(s: Sentence, ev: Mention) -> bool:
    """The event is named after a speech verb of its sentence: part of what someone said, not the occasion."""
    a, _ = s.ex.sentences[ev.sentence]
    return compiled(r"(?<![\w])(?:" + SAY_VI + r")(?![\w])", re.IGNORECASE).search(s.text, a, ev.start) is not None


# a bare event noun stands for the occasion only after a word that places or holds it ("tại buổi lễ", "dự chương
# trình", "Phát biểu tại lễ khai mạc,"), not as the modifier of another noun ("hội đồng giải thưởng")
_REF_SLOT = re.compile(r"(?:[,;.:\n]|(?<![\w])(?:tại|ở|trong|của|dự|tham dự|tham gia|tổ chức|vào|khai mạc|bế mạc|cho|với))\s*$",
                       re.IGNORECASE)


def occasion(s: Sentence) -> Mention | None:
    """The latest event of the sentences just before that they tell as the happening itself."""
    told = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and s.index - LOOKBACK <= m.sentence < s.index
            and not qualified_for(s.text, m) and not framed_event(s.text, m) and not purpose_event(s, m)
            and not planned_event(s, m) and not _reported(s, m)]
    told = [m for m in told if not m.ref or _REF_SLOT.search(s.text, max(0, m.start - 30), m.start)]
    return max(told, key=lambda m: (m.sentence, m.start)) if told else None


def present_by_act(s: Sentence) -> list[Relation]:
    """participatedIn: the people and bodies who open a sentence with no event and do an act of presence there."""
    if s.lang != "vi":
        return []
    begin = _opener().match(s.text, s.start, s.end).end()
    act = _acts().search(s.text, begin, s.end)
    if act is None or any(m.type == "Event" and not (m.ref and m.start >= act.end())
                          for m in s.ex.mentions if m.sentence == s.index):
        return []  # (a bare noun after the act is the occasion: "theo dõi trận đấu", "chứng kiến lễ ký")
    if _PAST.search(s.text, s.start, s.end):
        return []  # "Ông X đánh trống trong đội lân từ năm 2010": a habit or a past, not the occasion
    head = s.text[begin:act.start()]
    if compiled(r"(?<![\w])(?:" + SAY_VI + r"|sẽ|theo|nếu|khi|để|được)(?![\w])", re.IGNORECASE).search(head):
        return []  # "Theo ông X, …", "Ông X cho biết sẽ trao …": words, a plan or a passive, not an act there
    # (people only: a body that "tặng Bằng khen" confers it, and may not be there)
    # (people with an office only: "Ông Lục Văn Khang trao quyết định …", an untitled resident, may be its recipient's kin)
    members = [m for m in list_members(s, begin, act.start()) if m.type == "Person" and m.source != "title-ref"
               and (has_title_before(s, m) or _COMRADE.search(s.text, max(s.start, m.start - 12), m.start)
                    or _APPOSED_TITLE.match(s.text, m.end, act.start()))]
    if not members or not re.fullmatch(_GAP, s.text[max(m.end for m in members):act.start()]):
        return []
    first = min(members, key=lambda m: m.start)
    if _ANOTHER_TIME.match(s.text, begin, first.start):
        return []  # "Trước đó, …", "Chiều cùng ngày, …": another moment, maybe another occasion
    if re.search(r"[.;:]", s.text[begin:first.start]) or len(s.text[begin:first.start]) > 120:
        return []  # the people must open the sentence (after their titles)
    event = occasion(s)
    if event is None:
        return []
    return [Relation(m.id, "participatedIn", event.id, s.index) for m in members]
