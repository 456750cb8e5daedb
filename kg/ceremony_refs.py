"""Vietnamese ceremony references: "Đến dự lễ khai mạc có …" after "Sở X tổ chức khai mạc Hội thi Y".

A bare "lễ khai mạc" (or "buổi lễ bế mạc") that no event of the article is named for refers to the event
the article says opens (or closes): "… tổ chức khai mạc Hội thi Y", "Liên hoan Z khai mạc tại …". The
guests of the opening take part in the event opened (the gold annotates them so where the ceremony has no
name of its own). Words as data: kg/data/patterns/ceremony_refs_vi.json.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, re.Pattern, re.Pattern]]:
    """(ceremony word, act before a name, act after a name) for each act."""
    data = pattern_data("ceremony_refs_vi.json")
    before = phrase_alternation(data["before_links"])
    after = phrase_alternation(data["after_links"])
    out = []
    for act, verbs in data["acts"].items():
        word = re.compile(rf"(?<![\w]){phrase_alternation([act])}(?![\w])", re.IGNORECASE)
        v = phrase_alternation(verbs)
        lead = re.compile(rf"(?<![\w])(?:{v})(?:\s+(?:{before}))?\s+$", re.IGNORECASE)
        tail = re.compile(rf"\s+(?:(?:{after})\s+)?(?:{v})(?![\w])", re.IGNORECASE)
        out.append((word, lead, tail))
    return out


def opened_event(ref_text: str, ref_start: int, text: str, events: list[tuple[int, int, str]]) -> str | None:
    """The key of the event a bare ceremony reference at ``ref_start`` refers to, or None.

    ``events``: (start, end, key) of the named (not referring) event mentions of the article, in raw
    offsets of ``text``. The latest event said to open (close) before the reference wins, else the first after.
    """
    for word, lead, tail in _patterns():
        if not word.search(ref_text):
            continue
        said = [(a, key) for a, b, key in events
                if lead.search(text[max(0, a - 40):a]) or tail.match(text, b)]
        before = [x for x in said if x[0] < ref_start]
        if before:
            return max(before)[1]
        return min(said)[1] if said else None
    return None


def inner_events(mentions: list, text: str) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of the event a named ceremony opens or closes: "lễ khai mạc Vòng chung kết Giải
    Bóng đá …" names "Vòng chung kết Giải Bóng đá …" too (``ceremonies_of`` in ceremony_refs_vi.json); and of an
    event with its own edition named at the end of another's name (``named_inside``)."""
    words = phrase_alternation(pattern_data("ceremony_refs_vi.json")["ceremonies_of"])
    lead = re.compile(rf"(?:{words})\s+(?=[{UPPER_VI}]|vòng\s)", re.IGNORECASE)
    inner = re.compile(r"\s(?=(?:" + phrase_alternation(pattern_data("ceremony_refs_vi.json")["named_inside"])
                       + r")\s[^()]*?(?:năm\s+\d{4}|lần\s+thứ\s+\S+)$)")
    out = []
    for m in mentions:
        if m.type != "Event" or m.ref or m.nested:
            continue
        at = lead.match(text, m.start, m.end)
        if at and m.end - at.end() > 8:
            out.append((at.end(), m.end, m.sentence))
            continue
        # "họp báo công bố phương án tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2027": an event of its own,
        # with its own edition, named at the end of another's name
        held = inner.search(text, m.start + 1, m.end)
        if held and held.end() > m.start + 2:
            out.append((held.end(), m.end, m.sentence))
    return out


def counted_participants(text: str) -> bool:
    """"… có 16 đội bóng …", "… sự tham gia của hơn 300 gian hàng …": a counted set of participants."""
    from kg.relations.cues import cue_pattern

    return re.search(r"(?<![\w])(?:có|gồm|tham gia của|tham dự của|góp mặt của)\s+(?:sự\s+tham\s+gia\s+của\s+)?"
                     r"(?:hơn|gần|khoảng|trên|tổng cộng)?\s*\d[\d.]*\s+(?:" + cue_pattern("counted_participants", "vi")
                     + r")", text, flags=re.IGNORECASE) is not None


def contest_of_ceremony(s, ev, list_at: int, contestants: bool = False):
    """The event a list of participants belongs to when the event before it is a ceremony named with the event
    it opens ("… lễ khai mạc Vòng chung kết Giải X. Tham gia vòng chung kết có 8 đội, …"): the opened event,
    when the list's opening says it lists contestants ("tham gia", a counted set; or ``contestants``) and
    does not name the ceremony ("Tham dự lễ khai mạc có …", "Phát biểu khai mạc, …")."""
    if s.lang != "vi" or ev.sentence == s.index or ev.nested:
        return ev
    lead = s.text[s.start:list_at]
    if re.search(r"(?<![\w])(?:lễ|khai mạc|bế mạc)(?![\w])", lead, flags=re.IGNORECASE):
        return ev
    if not (contestants or re.search(r"(?<![\w])tham gia(?![\w])", lead, flags=re.IGNORECASE)
            or counted_participants(lead)):
        return ev
    named = ev
    if ev.ref:  # "Tham dự lễ khai mạc có …" in between: the ceremony that reference names
        before = [m for m in s.ex.mentions if m.type == "Event" and not m.ref and not m.nested and m.start < ev.start
                  and m.text.casefold().startswith(ev.text.casefold())]
        named = max(before, key=lambda m: m.start) if before else ev
    inner = [m for m in s.ex.mentions if m.type == "Event" and m.nested and m.source == "event-opened"
             and named.start < m.start and m.end == named.end]
    return inner[0] if inner else ev
