"""Where a Vietnamese event's name ends when it is written in plain words: after its organising verb, up to a
boundary ("tổ chức lễ thả rùa biển | tại …"), or with its subject after "về" up to a verb of taking place ("Hội
thảo quốc tế về trí tuệ nhân tạo trong y tế | diễn ra …"). Read by :mod:`kg.nlp.recognizers.events`."""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data

# "UBND tỉnh tổ chức lễ thả rùa biển tại …": an event named in plain words right after its organising verb,
# whole when its name ends at a boundary (a preposition of place or time, a purpose, a mark)
# ("Sáng 28/11, tại Bắc Giang đã diễn ra lễ khởi công …": the verb of taking place before the event)
_HELD_BEFORE = re.compile(r"(?<![\w])(?:tổ chức|khai mạc|đăng cai|diễn ra)\s+$")
# ("… sang thị trường Hoa Kỳ"; "khánh thành Nhà máy X | với công suất …": a measure of the thing is no part of the name)
_BOUNDARY = (r"[,.;:(]|$|\s(?:tại|ở|vào|với sự|nhằm|để)\s|\ssang\s(?=thị trường\s|[A-ZĐ])"
             r"|\svới\s(?=(?:tổng\s)?(?:công suất|quy mô|vốn|mức đầu tư|diện tích|chiều dài)\s)")
_NAME_BOUNDARY = re.compile(r"\s*(?:" + _BOUNDARY + ")")
_RUN_TO_BOUNDARY = re.compile(r"(?:[^\n,.;:()\"“”]|[\"“][^\"“”\n]{1,60}[\"”]){0,80}?(?=" + _BOUNDARY + ")")
# a boundary word that may be half of a compound with its neighbour ("nhà ở", "đầu tư vào" is not one)
_BOUNDARY_WORD = re.compile(r"\s+(?P<w>ở|tại|vào|để|do|đã|sẽ|được)(?=\s)")


def _boundary(pattern: re.Pattern, text: str, pos: int) -> re.Match | None:
    """``pattern`` matched at ``pos``, unless the word it stops at is half of a compound ("tín dụng cho nhà | ở xã
    hội": "nhà ở", a noun, not "ở" of a place; kg.nlp.patterns.compound_at_vi)."""
    m = pattern.match(text, pos)
    w = _BOUNDARY_WORD.match(text, pos) if m is not None else None
    return None if w is not None and P.compound_at_vi(text, w.start("w"), w.end("w")) else m


def _run_end(text: str, end: int) -> int | None:
    """Where the run of a held event's name from ``end`` meets its boundary, past a boundary word that is half of a
    compound ("tổ chức Hội thảo về tín dụng cho nhà ở xã hội | tại …"); None if no boundary comes."""
    pos = end
    for _ in range(4):
        run = _RUN_TO_BOUNDARY.match(text, pos)
        if run is None:
            return None
        w = _BOUNDARY_WORD.match(text, run.end())
        if w is None or not P.compound_at_vi(text, w.start("w"), w.end("w")):
            return run.end()
        pos = w.end("w")
    return None


_HELD_AFTER = re.compile(r"\s+(?:đã\s+|sẽ\s+|vừa\s+)?(?:diễn ra|được tổ chức|khai mạc|bế mạc)(?![\w])")
_HEAD_NAME_MAX_WORDS = 10
_QUANTIFIED = re.compile(r"(?<![\w])(?:nhiều|các|những|một số|mỗi|hàng loạt|\d+)\s+(?:cuộc\s+|buổi\s+)?$", re.IGNORECASE)


# words that are stop words in lower case and words of places' names when capitalised ("Chợ Mới", "Núi Thành")
PLACE_NAME_WORDS = frozenset(pattern_data("held_event_names_words.json")["place_name_words"])
# an administrative word closing an event's name so far: a capitalised stop word after it ("Ba", "Năm") names the
# unit, not a count ("Đại hội Đảng bộ xã Ba Vì", "… huyện Năm Căn")
after_unit_head = re.compile(r"(?<![\w])(?:" + "|".join(sorted(P.ADMIN_HEADS_VI, key=len, reverse=True)) + r")\s+$").search


def held_to_boundary(text: str, start: int, end: int) -> int:
    """The end of an event's name that runs on through a verb used as a noun, or 0: after an organising
    verb, up to the boundary ("tổ chức Hội nghị xúc tiến đầu tư | tại TP Đông Hà"); before a verb of
    taking place, the name found ("Hội thảo khoa học quốc gia về di sản văn hóa | diễn ra tại …")."""
    if _QUANTIFIED.search(text, max(0, start - 12), start):
        return 0  # "nhiều hội nghị quan trọng đã được tổ chức": many meetings, none named
    if len(text[start:end].split()) >= 3 and text[start:start + 1].isupper() and _HELD_AFTER.match(text, end):
        return end
    if _HELD_BEFORE.search(text, max(0, start - 20), start) is None:
        return 0
    # a stop word half of a compound ends nothing ("Hội thảo về tín dụng cho nhà ở xã hội | tại …"); where the
    # name so read is none, the plain reading stands ("Lễ ra quân giúp dân xây dựng nhà | ở …", run on later)
    return _held_run(text, start, end, True) or _held_run(text, start, end, False)


def _held_run(text: str, start: int, end: int, compounds: bool) -> int:
    """:func:`held_to_boundary` past its checks: the run to the boundary (past compounds, ``compounds``) and
    whether its stop words only join it to whom or what it is for."""
    # (a quoted name may stand inside: 'lễ ra quân chiến dịch "Làm sạch môi trường" năm 2026 | tại …')
    if compounds:
        stop = _run_end(text, end)
    else:
        run = _RUN_TO_BOUNDARY.match(text, end)
        stop = run.end() if run is not None else None
    if stop is None:
        return 0
    tokens = list(re.finditer(r"\S+", text[start:stop]))
    first_stop = next((k for k, t in enumerate(tokens) if start + t.start() >= end
                       and t.group().casefold() in P.STOP_VI
                       and not (compounds and P.compound_at_vi(text, start + t.start(), start + t.end()))), None)
    if first_stop is not None and _joined_run([t.group() for t in tokens], first_stop, text[start:start + 1].isupper()):
        # "tổ chức tọa đàm chuyển đổi số trong doanh nghiệp nhỏ và vừa | tại …": whom or what the event is for
        words = re.sub(r"[\"“][^\"“”\n]*[\"”]", "Q", text[start:stop]).split()
        return stop if 3 <= len(words) <= _JOINED_NAME_MAX_WORDS else 0
    if first_stop is not None:
        # "tổ chức lễ khánh thành cầu Cửa Hội | bắc qua sông Lam": the name ends with the proper name it holds,
        # when a word or two of a clause stand between it and the stop word; else it runs on into prose
        # ("tổ chức lễ thả rùa biển cho các em học sinh xem")
        named = max((k for k in range(first_stop) if tokens[k].group()[:1].isupper()), default=None)
        if named is None or first_stop - named > 3:
            return 0
        stop = start + tokens[named].end()
    words = re.sub(r"[\"“][^\"“”\n]*[\"”]", "Q", text[start:stop]).split()  # a quoted name counts as one word
    return stop if 3 <= len(words) <= _HEAD_NAME_MAX_WORDS else 0


_HELD_JOINERS = frozenset(pattern_data("held_event_names_words.json")["held_joiners"])
_JOINED_NAME_MAX_WORDS = 20
_NOT_AFTER_JOINER = {w: frozenset(v) for w, v in pattern_data("held_event_names_words.json")["joiner_not_before"].items()}


def _joined_run(tokens: list[str], first_stop: int, titled: bool = False) -> bool:
    """The stop words of a held event's run from ``first_stop`` on only join it to whom or what it is for ("trong",
    "cho", "với"; "và" after one of them: "trong doanh nghiệp nhỏ và vừa"), with a content word after each; in a
    name the writer capitalises (``titled``) "về" opens its subject ("Hội thảo quốc gia về cấp cứu … sau tai nạn …")."""
    low = [t.casefold() for t in tokens]
    joiners = _HELD_JOINERS | ({"về"} if titled else set())
    # (the name found before may already hold the joiner: "… chuyển đổi số trong doanh nghiệp nhỏ | và vừa")
    first = next((k for k in range(1, first_stop + 1) if P.is_stop_vi(low, k)), first_stop)
    if low[first] not in joiners:
        return False
    for k in range(first, len(low)):
        if not P.is_stop_vi(low, k):
            continue
        if low[k] not in joiners and low[k] != "và" or k + 1 >= len(low) or P.is_stop_vi(low, k + 1) \
                or low[k + 1][:1].isdigit() or low[k + 1] in _NOT_AFTER_JOINER.get(low[k], ()):
            return False
    return True


# the scope words between an event's head and "về" ("Hội nghị toàn quốc", "Hội nghị trực tuyến", "Hội thảo khoa học")
_SCOPES = r"(?:\s+(?:quốc tế|quốc gia|khoa học|toàn quốc|chuyên đề|cấp cao|trực tuyến|trực tiếp|mở rộng))*"


# "Hội thảo quốc tế về trí tuệ nhân tạo trong y tế | diễn ra …": a capitalised head, a scope word or two, then its
# subject after "về" in lower case (joined by "trong", "cho", "và", "với") up to a verb of taking place
_SUBJECT_RUN = re.compile(_SCOPES + r"\s+về"
                          r"(?P<run>(?:\s+[a-zà-ỹđ][\w-]*){2,14}?)(?=" + _HELD_AFTER.pattern + ")")
_IN_SUBJECT = frozenset(pattern_data("held_event_names_words.json")["in_subject"])


_SCOPED_ABOUT = re.compile(_SCOPES + r"\s+về\s")


_SUBJECT_END = re.compile(r"\s*(?:[.;:(]|,(?!\s*[a-zà-ỹđ])|$)|\s+(?:tại|ở|vào|với sự|nhằm|để|do|được|diễn ra|đã|sẽ)\s")


def titled_subject(text: str, start: int, end: int, name: str) -> bool:
    """A head capitalised inside a sentence, a scope word or two, then its subject after "về" up to a boundary (a
    mark, a place, a time, a purpose, a verb of the clause): the writer names the event ("Thủ tướng chủ trì Hội nghị
    toàn quốc về phát triển kinh tế số và xã hội số")."""
    return re.search(r"[\w,]\s+$", text[max(0, start - 3):start]) is not None \
        and _SCOPED_ABOUT.match(name) is not None and len(name.split()) >= 3 and _boundary(_SUBJECT_END, text, end) is not None


def subject_to_held(text: str, head_end: int) -> int:
    """The end of an event's name whose subject after "về" runs in lower case to a verb of taking place, or 0."""
    m = _SUBJECT_RUN.match(text, head_end)
    if m is None or any(w in P.STOP_VI - _IN_SUBJECT for w in m.group("run").split()):
        return 0
    return m.end()


def held_whole(text: str, start: int, end: int) -> bool:
    """The event after an organising verb is named in full by the words before a boundary, or by a quoted title that
    closes its name ('tổ chức hội thi “Nhà nông đua tài” cho 12 đội': the title is the name, whatever follows)."""
    return len(text[start:end].split()) >= 3 and _HELD_BEFORE.search(text, max(0, start - 20), start) is not None \
        and (_boundary(_NAME_BOUNDARY, text, end) is not None or text[end - 1:end] in ("\"", "”"))


# a word that opens with a lower-case letter of the Latin-1 / Vietnamese blocks ("đối thoại", "ở", "ứng dụng", "ổn định")
_LOWER_ACCENTED = re.compile(r"(?:^|\s)[\"“]?[à-öø-ÿđăĩũơưạ-ỹ]")


def kept_unbounded(name: str, capital: bool, end: int) -> int:
    """The end of a capitalised head's name as :func:`kg.nlp.recognizers.events.event_name_vi` cut it, when no
    boundary reader finds its full extent and a word of it opens with a lower-case accented letter ("Hội nghị đối thoại
    chính sách về …"): such names were long taken as written with a capital (a character range "À-Ỹ" that holds "đ"
    and "ở"), and they are kept so, now that a name with "nhà ở" in it is first run on to its boundary; else 0."""
    return end if capital and _LOWER_ACCENTED.search(name) else 0
