"""Vietnamese local bodies named by their place: "UBND tỉnh Bắc Ninh", "Sở Y tế thành phố Hà Nội",
"Công an quận 1", "Trung tâm Y tế khu vực Hải Hậu" (since 2025 a district's health centre, forest
ranger post or hospital is named by its area: "khu vực" then the area's name) (a head, an administrative word, a known place or a capitalised run), and "TAND TP.HCM"
(a known place with no administrative word). Split out of :mod:`.organisations`, which calls both passes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation
from kg.nlp.recognizers.words import (Word, adjacent, cap_run, last_syllable_of_unit, named_with_honorific,
                                      starts_person)

_LOCAL_BODY_RE = re.compile(
    r"(?<![\w])(?:" + escaped_alternation(P.LOCAL_BODY_HEADS_VI)
    + rf"|Sở(?: [{P.UPPER_VI}][\wÀ-ỹ]*(?: (?:và )?[\wÀ-ỹ]+){{0,4}}?)?)\s+"
    r"(tỉnh|thành phố|TP\.?|huyện|quận|xã|phường|thị xã|thị trấn|đặc khu|khu vực)\s+")


def _local_body_matches(text: str) -> Iterator[re.Match]:
    """:data:`_LOCAL_BODY_RE` over ``text``; a "Sở …" run that holds a clause ("Sở Y tế | tham mưu UBND tỉnh Hà Nam")
    is no match, and the search goes on inside it (to "UBND tỉnh Hà Nam")."""
    pos = 0
    while (m := _LOCAL_BODY_RE.search(text, pos)) is not None:
        if m.group().startswith("Sở") and _sentence_in_department(m.group()):
            pos = m.start() + 2
            continue
        yield m
        pos = m.end()


def _sentence_in_department(run: str) -> bool:
    """The words between "Sở" and the administrative word hold a verb of body_names_vi.json ("tham mưu"), the
    head of another local body ("UBND") or "và" before a lower-case word (a second noun, not the field's second part)."""
    words = run.split()
    low = run.casefold().split()
    heads, verbs = _clause_words()
    return any(w in heads for w in low[1:]) or any(
        " ".join(low[i:i + 2]) in verbs or low[i] in verbs for i in range(1, len(low))) or any(
        w == "và" and nxt[:1].islower() for w, nxt in zip(words[1:], words[2:]))  # "Sở Y tế | và người dân tỉnh …"


@lru_cache(maxsize=1)
def _clause_words() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word local body heads ("ubnd") and the verbs of body_names_vi.json, read once."""
    from kg.nlp.recognizers.body_names import body_data

    return frozenset(h.casefold() for h in P.LOCAL_BODY_HEADS_VI if " " not in h), body_data()["verbs"]


_LOCAL_BODY_BARE_RE = re.compile(
    r"(?<![\w])(?:" + escaped_alternation(P.LOCAL_BODY_HEADS_VI)
    + rf")\s+(?=[{P.UPPER_VI}])")


def level_place_body_candidates(text: str, words: list[Word], lex: Lexicon) -> list[Candidate]:
    """Local bodies written with their administrative word: "UBND tỉnh Bắc Ninh", "Công an quận 1"."""
    out: list[Candidate] = []
    starts = {x.start: x.i for x in words}
    for m in _local_body_matches(text):
        k = starts.get(m.end())
        if k is None:
            continue
        if words[k].text[:1].isdigit():  # "Công an quận 1"
            if re.fullmatch(r"\d{1,3}", words[k].text) and m.group(1).casefold() in ("quận", "phường"):
                out.append(Candidate(m.start(), words[k].end, "ORG", PRIORITY["org-local"], "org-local"))
            continue
        j = cap_run(text, words, k, max_len=4)
        if j < 0:
            continue
        if j + 3 < len(words) and words[j + 1].text in ("-", "–"):
            # "UBND tỉnh Bà Rịa - Vũng Tàu": a known place whose name holds a dash
            j = next((jj for jj in range(min(len(words) - 1, j + 4), j + 1, -1) if words[jj].is_alpha and any(
                e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end]))), j)
        known = [jj for jj in range(j, k - 1, -1)
                 if any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end]))]
        if known and known[0] < j and last_syllable_of_unit(text, words, m.group(1), known[0], j):
            known = [j]  # "UBND phường Tân Sơn Hòa": the ward's last syllable, past the district Tân Sơn
        if known == [k] and j > k and not starts_person(text, words, k + 1, lex):
            known = []  # "Công an huyện Đức Trọng": a country's one syllable opening a district's name
        if not known and m.group(1).casefold() in ("tỉnh", "thành phố") and starts_person(text, words, k, lex):
            continue  # "Phó Chủ tịch UBND tỉnh Huỳnh Văn Sơn": a person follows the bare body
        if not known and m.group(1).casefold() in ("xã", "phường", "thị trấn") and starts_person(text, words, k, lex) \
                and named_with_honorific(text, text[words[k].start:words[j].end]):
            continue  # "do Chủ tịch UBND phường Phạm Thị Lan Hương ký": the article calls the run "bà Phạm Thị Lan Hương"
        # the longest run that is a known place, else the run itself up to a person's name
        end_j = known[0] if known else next((jj - 1 for jj in range(k + 1, j + 1)
                                             if jj - k >= 2 and starts_person(text, words, jj, lex)), j)
        out.append(Candidate(m.start(), words[end_j].end, "ORG", PRIORITY["org-local"], "org-local"))
    return out + own_level_bodies(text)


# the heads whose bare "… tỉnh" the article's full name already covers as a reference ("UBND tỉnh", "Công an tỉnh")
_REF_HEADS = frozenset(("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "HĐND", "Hội đồng nhân dân", "Công an", "TAND",
                        "Tòa án nhân dân", "Toà án nhân dân", "VKSND", "Viện Kiểm sát nhân dân", "Viện kiểm sát nhân dân",
                        "Đảng ủy", "Đảng bộ", "Thanh tra", "BHXH", "Bảo hiểm xã hội", "Chính quyền", "Báo", "Thuế",
                        "Thống kê", "Điện lực", "Bưu điện", "Thư viện", "Bảo tàng"))
# a local body's head, then the level word alone, as a name's end: "Ban Quản lý các khu công nghiệp tỉnh,", "Hội Nông
# dân tỉnh và …", "Văn phòng Đăng ký đất đai tỉnh." (the province's own body, the province named before)
_OWN_LEVEL_RE = re.compile(
    r"(?<![\w])(?:" + escaped_alternation([h for h in P.LOCAL_BODY_HEADS_VI if h not in _REF_HEADS])
    + r")\s+(?:tỉnh|thành phố|huyện|xã|phường)(?=\s*[,;.:)]|\s+(?:và|cùng|cũng|đã|đang|sẽ|về|tại|có|cho|phối hợp|"
      r"tổ chức|đề nghị|cho biết)(?![\w])|\s*$)")


def own_level_bodies(text: str) -> list[Candidate]:
    """Local bodies named with their level word alone ("Ban Quản lý các khu công nghiệp tỉnh"): the province's own."""
    return [Candidate(m.start(), m.end(), "ORG", PRIORITY["org-local"], "org-local") for m in _OWN_LEVEL_RE.finditer(text)]


def bare_place_body_candidates(text: str, words: list[Word], lex: Lexicon) -> list[Candidate]:
    """Local bodies named with a known place written without its administrative word: "TAND TP.HCM"."""
    out: list[Candidate] = []
    n = len(words)
    word_at = {x.start: x.i for x in words}
    for m in _LOCAL_BODY_BARE_RE.finditer(text):
        k = word_at.get(m.end())
        if k is None:
            continue
        for jj in range(min(n - 1, k + 3), k - 1, -1):
            if words[jj].is_word and all(adjacent(text, words[x], words[x + 1]) for x in range(k, jj)) \
                    and any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end])):
                out.append(Candidate(m.start(), words[jj].end, "ORG", PRIORITY["org-local"], "org-local"))
                break
    return out
