"""Winners of a contest or award: "Đội thi của Trường X vừa giành giải nhất Cuộc thi …" (Vietnamese).

ANNOTATION.md counts being handed an award at an event as taking part in it; a team, school or
person that wins a prize of a named contest took part in that contest. The cue verbs (``win_verbs``)
and prize ranks (``win_ranks``) are data in ``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence, qualified_for, untitled_head
from kg.relations.cues import cue_pattern


def contest_winners(s: Sentence) -> list[Relation]:
    """participatedIn: the person or body before a win verb → the event named right after it
    ("giành giải nhất Cuộc thi …", "đoạt giải Báo chí quốc gia …")."""
    if s.lang != "vi":
        return []
    events = s.of_type("Event")
    if not events:
        return []
    ranks = cue_pattern("win_ranks", s.lang)
    out: list[Relation] = []
    for cue in re.finditer(cue_pattern("win_verbs", s.lang), s.text[:s.end]):
        if cue.start() < s.start:
            continue
        # the prize between the verb and the event: "giải nhất", "huy chương vàng tại", "Giải thưởng"
        gap = re.match(rf"\s*(?:(?:giải|huy chương|HCV|HCB|HCĐ)\s+)?(?:(?:{ranks})\s+)?(?:(?:của|tại|trong)\s+)?",
                       s.text[cue.end():s.end], flags=re.IGNORECASE)
        at = cue.end() + (gap.end() if gap else 0)
        ev = next((e for e in events if e.start == at), None)
        if ev is None:
            continue
        before = [m for m in s.mentions if m.end <= cue.start() and m.type in ("Person", "Organization")]
        if not before:
            continue
        who = before[-1]
        # "Trường Đại học Bách khoa - Đại học Đà Nẵng": the unit before its parent won, not the parent
        if len(before) > 1 and who.type == before[-2].type == "Organization" \
                and re.fullmatch(r"\s*[-–,]\s*", s.text[before[-2].end:who.start]):
            who = before[-2]
        between = s.text[who.end:cue.start()]
        if len(between) > 40 or re.search(r"[.;:]|\b(?:và|cùng|với)\b", between):
            continue  # "X và Y giành …" is read by the list rules; a distant name is not the winner
        out.append(Relation(who.id, "participatedIn", ev.id, s.index))
    return out


# "Giám đốc … Lê Quân trao bằng và chúc mừng giáo sư": handing the award over
_PRESENT = re.compile(r"(?:\s*,(?:[^.;]|\.(?=\S)){0,100}?,)?\s*(?:đã\s+|cũng\s+)?(?:trao|trao tặng|trao quyết định|trao giải|trao thưởng|"
                      r"trao bằng|trao cúp|trao huy chương|trao Bằng khen|trao Giấy khen|trao chứng nhận)\b")


def the_event(s: Sentence) -> Mention | None:
    """The one named event of the article, when it is named before this sentence; else None."""
    named = [m for m in s.ex.mentions if m.type == "Event" and not m.ref and not m.nested]
    if not named or len({m.text.casefold() for m in named}) != 1:
        return None
    first = min(named, key=lambda m: (m.sentence, m.start))
    return first if first.sentence < s.index else None


def award_presenters(s: Sentence) -> list[Relation]:
    """participatedIn: a person who opens a sentence and hands an award over takes part in the one
    ceremony or contest the article names ("Bà X, Phó Giám đốc Sở …, trao giải cho các đội")."""
    if s.lang != "vi" or not s.mentions or s.of_type("Event"):
        return []
    p = s.mentions[0]
    if p.type != "Person":
        return []
    head = untitled_head(s, p)
    opened = re.fullmatch(r"\s*(?:Trao|Trao tặng)\s[^,.;]{2,80},\s*(?:(?:ông|bà|đồng chí)\s+)?", head)
    if not opened and not re.fullmatch(r"\s*(?:(?:ông|bà|đồng chí|GS|PGS|TS|GS\.TS|PGS\.TS)\s+)?", head,
                                       flags=re.IGNORECASE):
        return []
    if not opened and not _PRESENT.match(s.text, p.end):
        return []  # "Trao giải cho các vận động viên, ông X, …, cho biết …" opens with the handing over
    ev = the_event(s)
    return [Relation(p.id, "participatedIn", ev.id, s.index)] if ev is not None else []


# "giành chức vô địch", "đoạt huy chương vàng", "… thuộc về X": a title won in the one contest of the article
_TITLE_WON = re.compile(r"(?<![\w])(?:giành|đoạt|giành được|bảo vệ thành công|bảo vệ)\s+(?:chức|ngôi|danh hiệu)\s+"
                        r"(?:vô địch|quán quân|á quân)"
                        r"|(?<![\w])(?:giành|đoạt|mang về)(?:\s+(?:thêm|được))?(?:\s+\d{1,3})?(?:\s+tấm)?\s+"
                        r"(?:huy chương|HCV|HCB|HCĐ)", re.IGNORECASE)
_WENT_TO = re.compile(r"(?<![\w])thuộc về\s+(?:(?:VĐV|vận động viên|tay đua|đội|anh|chị)\s+)?$", re.IGNORECASE)


def title_winners(s: Sentence) -> list[Relation]:
    """participatedIn: "X, vận động viên của CLB Y, giành chức vô địch …", "Nội dung 42 km nam thuộc về X", "X bảo vệ
    thành công ngôi vô địch …": the winner of a title or medal took part in the games or contest named before it in
    the sentence ("ngày thi đấu thứ tư của SEA Games 33, Đoàn Thể thao Việt Nam giành thêm 5 huy chương vàng": a
    delegation or team too), else in the one contest the article names."""
    if s.lang != "vi":
        return []
    events = [e for e in s.of_type("Event") if not qualified_for(s.text, e)]
    if s.of_type("Event") and not events:
        return []
    # a team or delegation wins medals too: "Đoàn Thể thao Việt Nam giành thêm 5 huy chương vàng"
    winners = [m for m in s.mentions if m.type == "Person" or (m.type == "Organization" and events)]
    out: list[Mention] = []
    for cue in _TITLE_WON.finditer(s.text, s.start, s.end):
        before = [p for p in winners if p.end <= cue.start()]
        if before and re.fullmatch(r"\s*(?:,(?:[^.;]|\.(?=\S)){0,100}?,)?\s*(?:(?:đã|vừa|xuất sắc)\s+)*",
                                   s.text[before[-1].end:cue.start()]):
            out.append(before[-1])
    for p in s.of_type("Person"):
        if _WENT_TO.search(s.text, max(s.start, p.start - 40), p.start):
            out.append(p)
    if not out:
        return []
    rels = []
    for p in out:
        # the games or contest named before the winner in the sentence ("ngày thi đấu thứ tư của SEA Games 33, X
        # giành …"), else the one the article names
        ev = next((e for e in reversed(events) if e.end <= p.start), None) if events else the_event(s)
        if ev is not None:
            rels.append(Relation(p.id, "participatedIn", ev.id, s.index))
    return rels
