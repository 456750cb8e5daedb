"""Long Vietnamese event names written in lower case, ended where the name ends.

"Lễ trao Quyết định chấp thuận chủ trương đầu tư, …; Giấy phép xây dựng Dự án … cho Công
ty X": after a giving verb the name runs over commas and semicolons to the recipient
("cho"; no recipient in the sentence, no name here); and "Hội nghị
tổng kết năm học 2024-2025 và triển khai nhiệm vụ năm học mới của Sở …" continues after
"và" when a paired verb follows (else the dangling "và" is dropped). The words are data in
``kg/data/patterns/event_names_vi.json``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import PATTERNS_DIR, STOP_VI, UPPER_VI, compound_at_vi, is_stop_vi, pattern_data

DATA = PATTERNS_DIR / "event_names_vi.json"
_WORD = re.compile(r"[^\s,.;:()\"“”!?]+|[,;]|[.:()\"“”!?]")


@lru_cache(maxsize=1)
def event_name_data() -> dict:
    return pattern_data(DATA.name)


# a review and its span before the verb it reviews: "Hội nghị tổng kết 10 năm | xây dựng nông thôn mới",
# "Hội nghị sơ kết công tác | phổ biến …"
_REVIEWED = re.compile(r"(?:^|\s)(?:tổng kết|sơ kết|nhìn lại)(?:\s+(?:\d+|một|hai|ba|năm|mười)\s+năm|\s+công tác)?\s*$",
                       re.IGNORECASE)


def verb_may_name(kept: str, words: int) -> bool:
    """A verb of ``verbs_as_names`` ("xây dựng", "triển khai") after ``kept`` is part of the event's name: right after
    the head, after a ceremony's object verb ("lễ khởi công | xây dựng …"), or after a review of a span ("Hội nghị
    tổng kết 10 năm | xây dựng nông thôn mới")."""
    return words == 0 or kept.strip().casefold() in event_name_data()["object_ceremonies"] \
        or _REVIEWED.search(kept) is not None


# "… thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025": an instrument with its
# period named as the work an event carries out (its lower-case words may be stop words: the period closes the name)
_CARRIED_INSTRUMENT = re.compile(r"\s[^,.;:()\"“”|!?\n]{0,60}?(?<![\w])(?:thực hiện|triển khai|quán triệt)\s+"
                                 r"(?:Chương trình|Đề án|Kế hoạch|Chiến lược|Nghị quyết|Chỉ thị|Quy hoạch)\s"
                                 r"[^,.;:()\"“”|!?\n]{3,140}?\sgiai đoạn\s+\d{4}\s*[-–]\s*\d{4}(?![\w/-])")


def carried_instrument_name(rest: str) -> str:
    """The name after an event head when it carries out an instrument named with its period, up to that period
    ("… tổng kết 10 năm thực hiện Chương trình … xây dựng nông thôn mới giai đoạn 2016 - 2025"); "" otherwise."""
    m = _CARRIED_INSTRUMENT.match(rest)
    return m.group() if m and len(m.group().split()) <= 30 else ""


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in x.split()) for x in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def ceremony_verbs_alt() -> str:
    """The ceremony verbs (``ceremony_verbs`` of event_names_vi.json) as one regex alternation."""
    return _alt(event_name_data()["ceremony_verbs"])


def _run(text: str, pos: int, across: bool) -> int:
    """End of the name that starts at ``pos``: to a stop word or a mark; with ``across``, over
    commas and semicolons to the recipient word ("cho")."""
    d = event_name_data()
    stops, recipients = set(d["stops"]), set(d["recipients"])
    limit = d["max_words_to_recipient"] if across else d["max_words"]
    end, words = pos, 0
    for m in _WORD.finditer(text, pos):
        tok = m.group()
        if across:
            if tok in recipients and words:
                return end
            if tok in ".:!?\"“”()" and not (tok == "." and text[m.end():m.end() + 1].strip()):  # "TP.HCM"
                return -1  # no recipient in the sentence: not this shape
        elif tok in ",;.:()\"“”!?" or (tok in stops and words):
            return end
        words += 1
        if words > limit:
            return -1 if across else end
        if tok not in ",;":
            end = m.end()
    return -1 if across else end


def ceremony_candidates(text: str) -> list[Candidate]:
    """"Lễ" + a ceremony verb + its object, as named events."""
    d = event_name_data()
    giving = {w.casefold() for w in d["giving_verbs"]}
    out: list[Candidate] = []
    for m in re.finditer(rf"(?<![\w])(?:Lễ|lễ)\s+(?P<verb>{_alt(d['ceremony_verbs'])})(?=\s)", text):
        verb = re.sub(r"\s+", " ", m.group("verb")).casefold()
        if verb not in giving:
            continue  # "Lễ khởi công …", "Lễ công bố …" are the recogniser's event heads
        end = _run(text, m.end(), across=True)
        if end <= m.end() and re.match(r"\s+Giải\b", text[m.end():]):
            # "Lễ trao Giải thưởng X năm 2026 nhân …", "Lễ trao Giải báo chí toàn quốc … lần thứ X": no recipient named
            end = _run(text, m.end(), across=False)
            year = re.search(r"\snăm\s\d{4}(?![\w/])|\slần\s+thứ\s+[IVXLC\d]+(?![\w/])", text[m.end():end])
            end = m.end() + year.end() if year else end
        if end <= m.end() and verb in _RECEIVING:
            # "Lễ đón nhận Bằng công nhận Nghề làm gốm X là di sản văn hóa phi vật thể quốc gia": no one is given it;
            # the name runs over "là" into what the place or craft is recognised as (``designations``)
            # (only so: other names of the kind are the event heads' — "Lễ đón nhận danh hiệu X và khai mạc Y")
            stop = _run(text, m.end(), across=False)
            listed = re.match(rf"\s+là\s+(?=(?:{_alt(d['designations'])})(?![\w]))", text[stop:], flags=re.IGNORECASE)
            end = _run(text, stop + listed.end(), across=False) if listed else end
        if end <= m.end():
            continue
        out.append(Candidate(m.start(), end, "EVENT", PRIORITY["event-ceremony"], "event-ceremony", meta={"head": "lễ"}))
    return out


# the ceremony verbs whose object is received, not given to someone ("Lễ đón nhận Bằng …")
_RECEIVING = ("đón nhận",)


def finish_event_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Event names that stop on "và": continued through a paired verb, else trimmed."""
    d = event_name_data()
    paired = re.compile(rf"\s+(?:{_alt(d['paired_verbs'])})(?=\s)")
    longest: dict[int, int] = {}
    for c in cands:
        if c.label == "EVENT":
            longest[c.start] = max(longest.get(c.start, 0), c.end)
    out: list[Candidate] = []
    for c in cands:
        if c.label == "EVENT" and not c.ref and longest[c.start] == c.end \
                and re.search(r"\s(?:và|về)$", text[c.start:c.end]):
            m = paired.match(text, c.end)
            # (a named day does nothing itself: "kỷ niệm Ngày Nhà giáo Việt Nam | và trao thưởng …" is the clause's act)
            if m and text[c.end - 2:c.end] == "và" and (c.meta or {}).get("head") != "ngày":
                c = replace(c, end=_run(text, m.end(), across=False) if _run(text, m.end(), across=False) > m.end()
                            else m.end())
            else:
                c = replace(c, end=c.start + len(re.sub(r"\s+(?:và|về)$", "", text[c.start:c.end])))
        if c.label == "EVENT" and not c.ref and longest[c.start] == c.end and text[c.end - 1:c.end].isalpha() \
                and re.search(rf"(?:^|\s)[{UPPER_VI}]\w*(?:\s+\w+)?$", text[c.start:c.end]):
            fields = _TITLED_FIELDS.match(text, c.end)
            low = [w.casefold() for w in fields.group("run").replace(",", " ").split()] if fields else []
            if fields and not any(is_stop_vi(low, k) and w != "và" for k, w in enumerate(low)) \
                    and not _PERSON_WORDS.search(" ".join(low)):
                c = replace(c, end=fields.end())  # "Tuần lễ Văn hóa, Du lịch Cà Mau năm 2031": the fields it lists
        if c.label == "EVENT" and not c.ref and _REVIEW.search(text, c.start, c.end):
            nxt = _NEXT_TASKS.match(text, c.end)
            if nxt:  # "Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026": the year to come too
                c = replace(c, end=nxt.end())
        out.append(c)
    return out


# a title-case name that lists its fields over commas up to its edition: "Tuần lễ Văn hóa | , Du lịch Cà Mau năm 2031",
# "Ngày hội Văn hóa | , Thể thao và Du lịch các dân tộc lần thứ III" (then a verb, a preposition or a mark)
_TITLED_FIELDS = re.compile(rf"(?P<run>(?:,\s+[{UPPER_VI}][^\s,.;:()\"“”]*(?:\s+[^\s,.;:()\"“”]+){{0,10}}?){{1,3}})"
                            rf"\s+(?:năm\s+\d{{4}}|lần\s+thứ\s+[IVXLC\d]+)(?![\w/])"
                            rf"(?=\s+(?:tại|ở|do|vào|của|với|diễn|được|đã|sẽ|khai|bế|và|thu|có)\b|\s*[,.;:]|\s*$)")


# an honorific or a title in the run after the comma: a person apposed to the event, not a field of its name
_PERSON_WORDS = re.compile(r"(?<![\w])(?:ông|bà|anh|chị|đồng chí|thủ tướng|chủ tịch|bộ trưởng|bí thư|giám đốc)(?![\w])")


# a review meeting's name ends with the year it reviews, then may go on with the year it plans for
_REVIEW = re.compile(r"(?<![\w])(?:tổng kết|sơ kết)(?![\w]).*(?:năm(?: học)?\s+\d{4}(?:\s*[-–]\s*\d{4})?)$", re.IGNORECASE)
_NEXT_TASKS = re.compile(r"(?:,|\s+và)\s+triển khai\s+(?:(?:phương hướng|kế hoạch),?\s+)?(?:nhiệm vụ|kế hoạch)\s+"
                         r"(?:năm(?: học)?\s+(?:\d{4}(?:\s*[-–]\s*\d{4})?|mới)|giai đoạn\s+\d{4}\s*[-–]\s*\d{4})(?![\w/])")


# what follows an ordinal word that closes an event's name: the tens and units of a compound ordinal ("Kỳ họp thứ hai
# | mươi ba"), then the year the meeting was held in ("phiên họp thứ hai | năm 2025"); either may be missing
# a congress's term after its edition, part of its name as the tune golds name it ("Đại hội đại biểu … lần thứ VII,
# nhiệm kỳ 2032 - 2037"; the name without it is an alias). (A council's session with its council and term, "Kỳ họp thứ
# 12 HĐND tỉnh X khóa VIII", is not run on: the council then stands in no name of its own, and its resolutions lose it.)
_CONGRESS_TERM = re.compile(r",?\s+nhiệm kỳ\s+\d{4}\s*[–-]\s*\d{4}(?![\w/])")


def term_tail(after: str) -> str:
    """The term right after a congress's edition ("lần thứ VII") that closes its name (", nhiệm kỳ 2032 - 2037"), or ""."""
    m = _CONGRESS_TERM.match(after)
    return m.group() if m else ""


ORDINAL_TAIL = re.compile(r"(?:\s+mươi(?:\s+(?:mốt|một|hai|ba|tư|bốn|lăm|sáu|bảy|tám|chín)(?![\w]))?)?"
                          r"(?:\s+năm\s+\d{4}(?![\w/]))?")


def leading_ceremony_verb(rest: str) -> int:
    """Length of the ceremony verb a name after an event head opens with ("Lễ | giao nhận quân năm 2027",
    "Lễ | đón nhận Huân chương …"), so that a stop word inside it ("nhận") does not end the name; else 0."""
    m = re.match(rf"\s(?:{ceremony_verbs_alt()})(?=\s)", rest, flags=re.IGNORECASE)
    return m.end() if m else 0


@lru_cache(maxsize=1)
def _bound_phrases() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + _alt(event_name_data()["bound_phrases"]) + r")(?![\w])", re.IGNORECASE)


def bound_phrases_joined(text: str) -> str:
    """``text`` with each set phrase of ``bound_phrases`` written as one word ("tại nguồn" → "tại_nguồn"), so that
    its function word ends no name: "Lễ ra quân triển khai phân loại chất thải rắn sinh hoạt tại nguồn năm 2028";
    likewise an age range (``age_ranges``) and a joiner with the content word after it (``held_joiners`` of
    held_event_names_words.json: "Lễ tưởng niệm các_nạn nhân tử vong do_tai nạn giao thông năm 2030")."""
    text = _bound_phrases().sub(lambda m: "_".join(m.group().split()), text)
    text = _age_ranges().sub(lambda m: "_".join(m.group().split()), text)
    # (twice: a joiner before a plural goes on with it, "kết nối doanh nghiệp với_các_nhà đầu tư")
    return _joiners().sub(_join_inner, _joiners().sub(_join_inner, text))


# where a plain name's clause ends: a mark, or a word of place, time, purpose or attendance
_CLAUSE_END = re.compile(r"[,.;:()\"“”!?]|\s(?:tại|ở|vào|nhằm|để|với sự|diễn ra|được|đã|sẽ|và)(?![\w])")


def joined_tail(rest: str) -> str:
    """The rest of a name cut at a joiner ("Ngày Thế giới tưởng niệm | các nạn nhân tử vong do tai nạn giao thông."):
    the words up to the clause's end when each stop among them is a joiner with a content word after it (see
    :func:`bound_phrases_joined`), at most 12 syllables; else ""."""
    end = _CLAUSE_END.search(rest)
    while end is not None and end.group()[:1].isspace() and compound_at_vi(rest, end.start() + 1, end.end()):
        end = _CLAUSE_END.search(rest, end.end())  # "… cho nhà | ở xã hội": "nhà ở", no place
    clause = rest[:end.start()] if end else rest
    # ("_": a joiner opening the tail follows a word of the name)
    words = [w.casefold() for w in bound_phrases_joined("_" + clause).split()[1:]]
    if not words or len(clause.split()) > 12 or not rest[:1].isspace() \
            or any(is_stop_vi(words, k) for k in range(len(words))):  # (a stop in a compound is none: "nhà ở")
        return ""
    return clause.rstrip()


@lru_cache(maxsize=1)
def _age_ranges() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + event_name_data()["age_ranges"] + r")(?![\w])")


@lru_cache(maxsize=1)
def _joiner_words() -> dict:
    return pattern_data("held_event_names_words.json")


@lru_cache(maxsize=1)
def _joiners() -> re.Pattern:
    """A joiner after a word of the name, and the word after it."""
    return re.compile(r"(?<=\S\s)(?P<w>" + _alt(_joiner_words()["held_joiners"])
                      + r")\s+(?=(?P<next>[a-zà-ỹđ][\w-]*)(?![\w]))")


def _join_inner(m: re.Match) -> str:
    """The joiner written with its content word, unless that word is a stop or one that makes the joiner the clause's
    time, frame or agent (``joiner_not_before``: "trong năm", "do ông …", "sau khi")."""
    nxt = m.group("next")
    if nxt in STOP_VI or nxt.split("_")[0] in _joiner_words()["joiner_not_before"].get(m.group("w"), ()):
        return m.group()
    return f"{m.group('w')}_"


@lru_cache(maxsize=1)
def quoted_title_scope() -> re.Pattern:
    """The quoted title right after an event head, behind up to three lower-case words that say its scope or its
    genre ("Hội thảo khoa học quốc gia “…”", "Triển lãm ảnh “…”", "Giải chạy “…” năm 2030"); the words are
    ``quoted_title_scopes`` in event_names_vi.json."""
    scopes = _alt(event_name_data()["quoted_title_scopes"])
    return re.compile(rf"(?:\s(?:{scopes}|lần thứ [^\s\"“,.]+)){{0,3}}\s[\"“]([^\"”\n]+)[\"”](\s+năm\s+\d{{4}})?")
