"""Named days and titled tournaments held as events: "khai mạc Ngày Sách và Văn hóa đọc Việt Nam lần thứ 6 năm 2027",
"tổ chức Ngày Pháp luật Việt Nam". A capitalised "Ngày" before a capitalised word (not a date: "Ngày
15/1") names a day; it is an event when the text holds it (an organising verb before it) or numbers
it (an edition: "lần thứ 6", "năm 2027")."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation

_DAY = re.compile(rf"(?<![\w])Ngày(?=\s+[{P.UPPER_VI}])")
_HELD = re.compile(r"(?<![\w])(?:tổ chức|khai mạc|bế mạc|hưởng ứng|phát động|mít tinh|chào mừng|diễn ra|"
                   r"tham dự|dự|tại|đến|tới|kỷ niệm(?:\s+\d{1,3}\s+năm)?)\s+(?:(?:lễ|chương trình|sự kiện)\s+)?$",
                   re.IGNORECASE)  # "nhân kỷ niệm 102 năm Ngày Báo chí cách mạng Việt Nam": an anniversary is held
_EDITION = re.compile(r"\b(?:lần thứ\s+\S+|năm\s+\d{4})$")


def named_day_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """EVENT candidates for named days that are held or numbered."""
    from kg.nlp.recognizers.events import event_name_vi
    from kg.nlp.recognizers.event_names import joined_tail

    out: list[Candidate] = []
    for m in _DAY.finditer(text):
        name, _ = event_name_vi(text[m.end():m.end() + 200].split("\n", 1)[0], lex)
        name = name.rstrip()
        if len(name.split()) < 2:
            continue
        held = _HELD.search(text, max(0, m.start() - 40), m.start()) is not None
        if held:  # "hưởng ứng Ngày Thế giới tưởng niệm | các nạn nhân tử vong do tai nạn giao thông.": whom it is for
            name += joined_tail(text[m.end() + len(name):m.end() + len(name) + 160].split("\n", 1)[0])
        if held or _EDITION.search(name):
            out.append(Candidate(m.start(), m.end() + len(name), "EVENT", PRIORITY["event-head"], "event-head",
                                 meta={"head": "ngày"}))
    return out


_HELD_PROGRAMME = re.compile(r"(?<![\w])(?:tổ chức|khai mạc|bế mạc|diễn ra|phối hợp tổ chức)\s+(?P<head>Chương trình)(?=\s+[a-zà-ỹđ])")


def held_programme_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """"… tổ chức Chương trình giới thiệu điểm đến du lịch Lâm Đồng năm 2027": a programme that is held is
    an event, named in plain words like a meeting (over the plan reading of "Chương trình …")."""
    from kg.nlp.recognizers.events import event_name_vi

    out: list[Candidate] = []
    for m in _HELD_PROGRAMME.finditer(text):
        name, _ = event_name_vi(text[m.end("head"):m.end("head") + 200].split("\n", 1)[0], lex)
        name = name.rstrip()
        if len(name.split()) >= 2:
            out.append(Candidate(m.start("head"), m.end("head") + len(name), "EVENT", PRIORITY["event-programme"],
                                 "event-head", meta={"head": "chương trình"}))
    return out


# the sport in lower case between "Giải" and the name: "Giải chạy Tiền Phong Marathon 2026", "Giải bóng đá …"
_SPORTS_VI = tuple(pattern_data("named_days_words.json")["sports_vi"])
_TOURNAMENT = re.compile(rf"(?<![\w])Giải(?:\s+(?:{'|'.join(sorted(_SPORTS_VI, key=len, reverse=True))}))?"
                         rf"(?=\s+(?!(?:Nhất|Nhì|Ba|Tư|Khuyến khích|Đặc biệt|Vàng|Bạc|Đồng|Thưởng)\b)[{P.UPPER_VI}])")


@lru_cache(maxsize=1)
def _tournament_heads() -> re.Pattern:
    """A tournament's lower-case head ("Giải vô địch", "Vòng chung kết"; ``tournament_heads``; "Giải" + a sport of
    ``sports_vi``), built once."""
    from kg.nlp.recognizers.event_names import event_name_data as event_names_data

    # (and "Giải" with its sport in lower case: "Giải chạy bán marathon Vì biển xanh Quy Nhơn lần thứ IV năm 2030")
    heads = escaped_alternation(list(event_names_data()["tournament_heads"]) + [f"Giải {s}" for s in _SPORTS_VI])
    return re.compile(rf"(?<![\w])(?:{heads})(?![\w])")


def tournament_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """"Giải Marathon quốc tế Di sản Hạ Long năm 2027", "Giải Bóng đá Vô địch quốc gia 2027": a capitalised
    "Giải" before a capitalised name is a tournament (not a prize rank: "Giải Nhất"), when numbered or held."""
    from kg.nlp.recognizers.events import event_name_vi

    out: list[Candidate] = []
    for m in _TOURNAMENT.finditer(text):
        name, _ = event_name_vi(text[m.end():m.end() + 200].split("\n", 1)[0], lex)
        name = name.rstrip()
        if len(name.split()) < 2:
            continue
        held = _HELD.search(text, max(0, m.start() - 40), m.start()) is not None
        if held or _EDITION.search(name) or re.search(r"\s\d{4}$", name):
            out.append(Candidate(m.start(), m.end() + len(name), "EVENT", PRIORITY["event-head"], "event-head",
                                 meta={"head": "giải"}))
    # "Giải vô địch bóng đá nữ thế giới 2027", "Vòng chung kết Cúp bóng đá nữ châu Á 2026": lower-case words after
    # a tournament's head; a name only with its year or edition at the end
    for m in _tournament_heads().finditer(text):
        name, _ = event_name_vi(text[m.end():m.end() + 200].split("\n", 1)[0], lex)
        name = name.rstrip()
        if len(name.split()) >= 2 and (_EDITION.search(name) or re.search(r"\s(?:19|20)\d\d$", name)):
            out.append(Candidate(m.start(), m.end() + len(name), "EVENT", PRIORITY["event-head"], "event-head",
                                 meta={"head": "giải"}))
    # "tổ chức giải bóng đá thiếu niên nhi đồng huyện Tân Châu năm 2032": "giải" and its sport in lower case, held and
    # closed by its year or edition ("giải bóng đá phong trào", "các giải bóng đá" name none)
    for m in _LOWER_TOURNAMENT.finditer(text):
        name, _ = event_name_vi(text[m.end():m.end() + 200].split("\n", 1)[0], lex)
        name = name.rstrip()
        if len(name.split()) >= 2 and _EDITION.search(name) and _HELD.search(text, max(0, m.start() - 40), m.start()):
            out.append(Candidate(m.start(), m.end() + len(name), "EVENT", PRIORITY["event-head"], "event-head",
                                 meta={"head": "giải"}))
    return out


_LOWER_TOURNAMENT = re.compile(rf"(?<![\w])giải\s+(?:{'|'.join(sorted(_SPORTS_VI, key=len, reverse=True))})(?![\w])")


# after an edition number: the end of the name (a mark, a preposition, a verb), not a counted noun ("SEA Games 5 huy
# chương": no games of that number)
_AFTER_EDITION = r"(?=\s*[,.;:)\n]|\s*$|\s+(?:tại|ở|diễn|sẽ|đã|vào|năm|của|là|với|và|khai|bế|được|có|cho|trên|từ)\b)"


def games_candidates(text: str) -> list[Candidate]:
    """"SEA Games 33", "ASIAD 20", "SEA Games lần thứ 33", "Olympic Paris 2024", "ASEAN Cup 2026": games and cups
    (``games`` in event_names_vi.json) named with their edition or year; a bare "SEA Games" is the kind, no event."""
    from kg.nlp.recognizers.event_names import event_name_data as event_names_data
    from kg.textutil import compiled, phrase_alternation

    games = phrase_alternation(event_names_data()["games"])
    up = P.UPPER_VI
    pattern = compiled(rf"(?<![\w])(?:{games})(?:\s+lần thứ\s+(?:\d{{1,2}}|[IVXLC]{{1,7}})(?![\w])"
                         rf"|(?:\s+[{up}][\wÀ-ỹ]*){{0,2}}\s+(?:19|20)\d\d(?![\w/])"
                         rf"|\s+(?:\d{{1,2}}|[IVXLC]{{1,7}})(?![\w/]|[.,]\d){_AFTER_EDITION})")
    return [Candidate(m.start(), m.end(), "EVENT", PRIORITY["event-head"], "event-head", meta={"head": "games"})
            for m in pattern.finditer(text)]
