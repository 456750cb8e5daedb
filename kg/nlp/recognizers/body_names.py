"""Vietnamese bodies named through a lower-case chain after their head-led part.

"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Bình Định" (to a
province), "Trung tâm Dự báo khí tượng thủy văn quốc gia" (to a national word),
"Ủy ban Quốc gia về người cao tuổi Việt Nam" (a topic after "về", to a capitalised
name). The words are data: ``kg/data/patterns/body_names_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.paired_phrases import lower_noun_pair, paired_phrase_end
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import Word, adjacent, cap_run, starts_org_head, starts_person
from kg.nlp.patterns import PATTERNS_DIR, pattern_data

_DATA = PATTERNS_DIR / "body_names_vi.json"


@lru_cache(maxsize=1)
def body_data() -> dict:
    """The body-name lexicon of ``body_names_vi.json``, read once (other recognizers read its verbs and heads)."""
    raw = pattern_data(_DATA.name)
    return {"max_lower": int(raw["max_lower"]), "max_scope": int(raw["max_lower_scope"]),
            "admin": [tuple(a.split()) for a in sorted(raw["admin_words"], key=lambda a: -len(a.split()))],
            "scope": [tuple(a.split()) for a in raw["scope_ends"]],
            "topic": raw["topic_word"],
            "soft": frozenset(raw["soft_stops"]),
            "verbs": frozenset(raw["verbs"]),
            "max_field": int(raw["max_field"]),
            "field": frozenset(raw["field_words"]),
            "field_ends": frozenset(raw["field_ends"]),
            "max_acronym": int(raw["max_acronym_words"]),
            "seat_heads": frozenset(raw["seat_heads"]),
            "bridges": frozenset(raw["bridges"]),
            "cap_fields": frozenset(raw["cap_fields"]),
            "standing_offices": tuple(raw.get("standing_offices", ()))}


def _phrase_at(low: list[str], m: int, phrases: frozenset[str]) -> int:
    """Length (1 or 2 syllables) of a phrase of ``phrases`` starting at ``low[m]``, else 0."""
    if m + 1 < len(low) and f"{low[m]} {low[m + 1]}" in phrases:
        return 2
    return 1 if low[m] in phrases else 0


def chain_verb_at(words: list[Word], m: int) -> bool:
    """Word ``m`` opens a predicate of ``verbs`` (body_names_vi.json), which never stands in a body's name
    ("Sở Y tế | tham mưu UBND tỉnh …")."""
    return bool(_phrase_at([w.text.casefold() for w in words[m:m + 2]], 0, body_data()["verbs"]))


def long_body_end(text: str, words: list[Word], j: int, lex: Lexicon) -> int:
    """Last word of a body name that continues after word ``j`` through a lower-case chain;
    ``j`` when it does not continue so."""
    end = _acronym_end(text, words, j)
    if end > j:
        return end
    end = _chain_end(text, words, j, lex)
    return end if end > j else _field_tail_end(text, words, j, lex)


# "(C03)", "(C03, Bộ Công an)", "(Bộ Nội vụ)": a short form, or the parent body, in brackets
_ACRONYM = re.compile(r"\(\s*(?:[A-ZĐ][A-ZĐ0-9&.-]{1,9}(?:\s*,\s*(?:Bộ|Tổng cục|UBND|Ủy ban)\s[^()\n]{2,40})?"
                      r"|(?:Bộ|Tổng cục|UBND|Ủy ban)\s[^()\n]{2,40})\s*\)")


def _acronym_end(text: str, words: list[Word], j: int) -> int:
    """Last word before a bracketed short form that closes a long lower-case name: "Cục Cảnh sát
    điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03)"; ``j`` when none does.

    The words between are lower-case field words, "về", "và" and list commas, no verb or other
    function word, at most ``max_acronym_words`` of them."""
    d = body_data()
    n = len(words)
    low = [w.text.casefold() for w in words]
    m = j + 1
    while m < n and m - j <= d["max_acronym"]:
        w = words[m]
        if w.text == "(":
            if m > j + 1 and words[m - 1].is_alpha and _ACRONYM.match(text, w.start):
                return m - 1
            return j
        if not w.is_alpha and w.text != ",":
            return j
        if w.is_cap and starts_org_head(text, w.start):
            return j  # capitalised field words may stand in the name ("… về Bảo tồn Thiên nhiên (WWF)"), a second body not
        if w.text != "," and low[m] not in ("về", "và") and (P.is_stop_vi(low, m) or _phrase_at(low, m, d["verbs"])):
            return j
        if w.text == "," and (m + 1 >= n or not words[m + 1].is_alpha or words[m + 1].is_cap):
            return j
        m += 1
    return j


def field_name_end(text: str, words: list[Word], k: int, j: int, lex: Lexicon) -> int:
    """A body named by a known field right after its head runs to the field's last word, lower-case
    words included: "Viện Trí tuệ nhân tạo", "Trung tâm Năng lượng tái tạo" (the field is a Topic of the
    gazetteer); ``j`` otherwise."""
    best = j
    for m in range(max(j, k) + 1, min(len(words), k + 8)):
        if not adjacent(text, words[m - 1], words[m]) or not words[m].is_alpha:
            break
        if any(e.type == "Topic" for e in lex.lookup(text[words[k].start:words[m].end])):
            best = m
    return best


def seat_end(text: str, words: list[Word], j: int, head: str, lex: Lexicon) -> int:
    """An embassy's name keeps the country it sits in: "Đại sứ quán Australia tại Việt Nam"
    (heads: ``seat_heads``); ``j`` for other bodies or when no known place follows "tại"."""
    if head not in body_data()["seat_heads"] or j + 2 >= len(words) or words[j + 1].text != "tại" \
            or not adjacent(text, words[j], words[j + 1]):
        return j
    end = _place_end(text, words, j + 2, lex)
    return end if end >= 0 else j


def _field_tail_end(text: str, words: list[Word], j: int, lex: Lexicon) -> int:
    """Last word of a short tail of field nouns ("… Chính sách y tế", "… Kiểm soát bệnh tật")
    that a natural end follows; ``j`` when there is none."""
    d = body_data()
    n = len(words)
    low = [w.text.casefold() for w in words]
    m, last = j + 1, j
    if _after_local_place(text, words, j, low, lex):
        return j  # "Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Trị | điều tra, …": the province closes the name
    if m < n and words[j].is_cap and not words[m].is_cap and adjacent(text, words[j], words[m]) \
            and (f"{low[j]} {low[m]}" in d["field"] or f"{low[j]} {low[m]}" in d["cap_fields"]):
        m, last = m + 1, m  # the capitalised first word's field runs on: "Khoa Gây mê | hồi sức", "Phòng Vật tư | …"
    if m + 1 < n and low[m] == d["topic"] and _phrase_at(low, m + 1, d["field"]) and adjacent(text, words[j], words[m]):
        m += 1  # "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm"
    skipped = 0  # paired phrases ("phòng cháy, chữa cháy và cứu nạn, cứu hộ") count as one field word
    while m < n and m - j - 1 - skipped < d["max_field"] and adjacent(text, words[m - 1], words[m]) \
            and (words[m].is_alpha or words[m].text == ",") and not words[m].is_cap:
        if words[m].text == ",":
            if last == m - 1 and m + 1 < n and paired_phrase_end(text, words[m].start) is not None \
                    and not lower_noun_pair(text, words[m].start):
                m, skipped = m + 1, skipped + 3  # the comma and the pair's second half
                continue
            break
        size = _field_size(text, words, low, m, lex)
        if not size:
            if last > j and low[m] in ("và", "về") and m + 1 < n and _field_size(text, words, low, m + 1, lex):
                m += 1  # "… y tế và dân số", "… tội phạm về ma túy"
                continue
            break
        m = last = m + size - 1
        m += 1
    size = _phrase_at(low, m, d["field_ends"]) if m < n and adjacent(text, words[m - 1], words[m]) else 0
    if size == 1 and not _closed_after(words, low, m):
        size = 0  # a one-syllable end is one where the name ends: "… hành chính công | tỉnh", not "… công | nhận"
    if size:  # "Viện Dinh dưỡng quốc gia", "… y tế trung ương"
        last = m + size - 1
        m += size
    if last == j or m - j - 1 - skipped > d["max_field"]:
        return j
    if m + 1 < n and low[m] == "số" and re.fullmatch(r"\d{1,3}", words[m + 1].text) and last > j:
        m += 1  # "Đội Quản lý thị trường số 3"
    if m < n and re.fullmatch(r"\d{1,3}", words[m].text) and adjacent(text, words[m - 1], words[m]):
        last, m = m, m + 1  # "Ban Quản lý dự án 7": a numbered unit
    if last > j and m < n and words[m].is_cap and adjacent(text, words[m - 1], words[m]):
        place = _province_end(text, words, m, lex)  # "Chi cục An toàn vệ sinh thực phẩm Hải Phòng"
        if place >= m:
            return place
    if m >= n or not adjacent(text, words[m - 1], words[m]) or not words[m].is_alpha or words[m].is_cap \
            or P.is_stop_vi(low, m) or _phrase_at(low, m, d["verbs"]) \
            or any(tuple(low[m:m + len(a)]) == a for a in d["admin"]):
        return last
    return j


def _closed_after(words: list[Word], low: list[str], m: int) -> bool:
    """Word ``m`` is written in lower case and the name can end after it: at the text's end, a mark, a capital
    or a level word ("tỉnh"); not inside a compound ("công nhận", "Công an")."""
    if words[m].is_cap:
        return False
    nxt = m + 1
    return nxt >= len(words) or not words[nxt].is_alpha or words[nxt].is_cap \
        or any(tuple(low[nxt:nxt + len(a)]) == a for a in body_data()["admin"])


def _field_size(text: str, words: list[Word], low: list[str], m: int, lex: Lexicon) -> int:
    """Syllables of the field phrase that starts at word ``m``: one of ``field_words``, or a lower-case field
    of two to four syllables that the gazetteer knows as a Topic ("an ninh mạng", "bán dẫn", "trí tuệ nhân
    tạo"); 0 when none does."""
    size = _phrase_at(low, m, body_data()["field"])
    for last in range(min(len(words) - 1, m + 3), m, -1):
        if last - m + 1 <= size:
            break
        run = words[m:last + 1]
        if all(w.is_alpha and not w.is_cap for w in run) and all(
                adjacent(text, a, b) for a, b in zip(run, run[1:])) \
                and any(e.type == "Topic" for e in lex.lookup(text[words[m].start:words[last].end])):
            return last - m + 1
    return size


def is_field(text: str, words: list[Word], a: int, b: int, lex: Lexicon) -> bool:
    """Words ``a..b`` (adjacent, the first may be capitalised, the rest lower case) are one field: a phrase of
    ``field_words`` or a Topic of the gazetteer ("Tự động hóa", "An ninh mạng")."""
    run = words[a:b + 1]
    if not all(w.is_alpha for w in run) or any(w.is_cap for w in run[1:]) \
            or not all(adjacent(text, x, y) for x, y in zip(run, run[1:])):
        return False
    surface = text[words[a].start:words[b].end]
    return surface.casefold() in body_data()["field"] or any(e.type == "Topic" for e in lex.lookup(surface))


_LOCAL_LEVELS = frozenset(pattern_data("body_names_words.json")["local_levels"])


def _after_local_place(text: str, words: list[Word], j: int, low: list[str], lex: Lexicon) -> bool:
    """Word ``j`` ends a known province or city written after its level ("… tỉnh Quảng Trị")."""
    for a in range(max(1, j - 3), j + 1):
        if words[a].is_cap and any(e.type == "Place" and e.kind in ("province", "city")
                                   for e in lex.lookup(text[words[a].start:words[j].end])):
            return low[a - 1] in _LOCAL_LEVELS or (a > 1 and f"{low[a - 2]} {low[a - 1]}" in _LOCAL_LEVELS)
    return False


def _province_end(text: str, words: list[Word], k: int, lex: Lexicon) -> int:
    """Last word of a known province or city that starts at word ``k`` (or -1)."""
    j = cap_run(text, words, k, max_len=4)
    for jj in range(j, k - 1, -1):
        if any(e.type == "Place" and e.kind in ("province", "city") for e in lex.lookup(text[words[k].start:words[jj].end])):
            return jj
    return -1


def _chain_end(text: str, words: list[Word], j: int, lex: Lexicon) -> int:
    """The three chain endings: a province, a national word, a topic after "về"."""
    d = body_data()
    n = len(words)
    low = [w.text.casefold() for w in words]
    m = j + 1
    lower = 0
    strict = True  # no soft stop seen: the national and topic endings are still open
    topic = False
    while m < n and lower < d["max_lower"] and adjacent(text, words[m - 1], words[m]) \
            and words[m].is_alpha and not words[m].is_cap:
        for admin in d["admin"]:
            a = len(admin)
            if lower and tuple(low[m:m + a]) == admin and m + a < n and adjacent(text, words[m + a - 1], words[m + a]):
                end = _place_end(text, words, m + a, lex)
                if end >= 0:
                    return end
        for scope in d["scope"]:
            if strict and lower and lower + len(scope) <= d["max_scope"] and tuple(low[m:m + len(scope)]) == scope \
                    and _ends_here(text, words, m + len(scope)):
                return m + len(scope) - 1
        if _phrase_at(low, m, d["verbs"]):
            return j
        if low[m] == d["topic"] and not topic and lower + 1 < d["max_scope"]:
            topic, m, lower = True, m + 1, lower + 1
            continue
        soft = _phrase_at(low, m, d["soft"])
        if soft:
            strict = False
            m, lower = m + soft, lower + soft
            continue
        if P.is_stop_vi(low, m) and not (strict and any(tuple(low[m + 1:m + 1 + len(sc)]) == sc for sc in d["scope"])):
            return j  # (not "mới" in "… nông thôn mới Trung ương": a word right before the scope ending)
        m, lower = m + 1, lower + 1
    # "Văn phòng Điều phối nông thôn mới Trung ương": the national word capitalised ends the name
    for scope in d["scope"]:
        if strict and lower and m < n and words[m].is_cap and lower + len(scope) <= d["max_scope"] \
                and tuple(low[m:m + len(scope)]) == scope and adjacent(text, words[m - 1], words[m]) \
                and _ends_here(text, words, m + len(scope)):
            return m + len(scope) - 1
    if topic and strict and lower <= d["max_scope"] and m < n and words[m].is_cap \
            and adjacent(text, words[m - 1], words[m]) and not starts_person(text, words, m, lex) \
            and not starts_org_head(text, words[m].start):
        end = cap_run(text, words, m, max_len=3)  # "Ủy ban Quốc gia về người cao tuổi Việt Nam"
        if end >= m and (low[m - 1] != d["topic"] or not lex.lookup(text[words[m].start:words[end].end])):
            return end  # right after "về" a known name is where someone goes ("về Hà Nội")
    return j


def _ends_here(text: str, words: list[Word], m: int) -> bool:
    """No name word follows at ``m`` (the chain's national word ends the name)."""
    return m >= len(words) or not (words[m].is_alpha and words[m].is_cap and adjacent(text, words[m - 1], words[m]))


def _place_end(text: str, words: list[Word], k: int, lex: Lexicon) -> int:
    """Last word of the longest known place that starts at word ``k`` (or -1); a known name may hold a
    lower-case word ("Thành phố Hồ Chí Minh")."""
    j = cap_run(text, words, k, max_len=4)
    if j >= k and words[k].is_cap:
        m = j
        while m + 1 < len(words) and m + 1 - k < 5 and words[m + 1].is_alpha and adjacent(text, words[m], words[m + 1]):
            m += 1
        j = next((jj for jj in range(m, j, -1) if any(e.type == "Place" for e in lex.lookup(
            text[words[k].start:words[jj].end]))), j)
    for jj in range(j, k - 1, -1):
        if any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end])):
            return jj
    return -1


def standing_office_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A standing office named with the body it serves is one body: "Văn phòng Thường trực | Ban Chỉ đạo 389
    quốc gia" (heads: ``standing_offices``), which the head-led grammar reads as two names."""
    offices = body_data()["standing_offices"]
    orgs = [c for c in cands if c.label == "ORG"]
    out: list[Candidate] = []
    for c in orgs:
        if text[c.start:c.end] not in offices:
            continue
        served = [o for o in orgs if o.start == c.end + 1 and text[c.end] == " "]
        if served:
            out.append(Candidate(c.start, max(o.end for o in served), "ORG", PRIORITY["org-standing"], "org-standing"))
    return out


# first words that open another body or a place after a dash ("Khoa Nhi - Bệnh viện X", "Phòng Y - Công an tỉnh Z")
_NOT_A_PART = frozenset(pattern_data("body_names_words.json")["not_a_part"])


def dash_part_end(text: str, words: list[Word], j: int, head: str, lex: Lexicon) -> int:
    """A department's name whose field has a second part after a dash keeps it when the first part ran on in
    lower case: "Khoa Hồi sức tích cực - Chống độc", "Phòng Tài chính - Kế toán" (heads "Khoa", "Phòng"); not a
    body or place after the dash ("Khoa Nhi - Bệnh viện X"). ``j`` otherwise."""
    n = len(words)
    if head not in ("Khoa", "Phòng") or j + 2 >= n or words[j + 1].text not in ("-", "–") \
            or text[words[j].end:words[j + 1].start] != " " or text[words[j + 1].end:words[j + 2].start] != " " \
            or not words[j + 2].is_cap or words[j + 2].text.casefold() in _NOT_A_PART \
            or any(e.type in ("Place", "Organization", "Person") for e in lex.lookup(words[j + 2].text)):
        return j
    end = _field_tail_end(text, words, j + 2, lex)
    if end > j + 2:
        return end  # "… - Chống độc"
    # a one-word part ("… - Kế toán" is two syllables of one word; "Khoa Tai - Mũi - Họng"): not before a name
    nxt = j + 3
    return j + 2 if nxt >= n or not words[nxt].is_cap or not adjacent(text, words[j + 2], words[nxt]) else j
