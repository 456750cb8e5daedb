"""Vietnamese organisation names built from a head noun ("Bộ …", "UBND tỉnh …"), brands
after a company word, and bare organisation nouns that refer back ("Công ty"). English
names are in :mod:`.organisations_en`; a known company's units and short forms in
:mod:`.companies`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.lexicon import Lexicon
from kg.nlp import patterns as P
from kg.nlp.recognizers.words import (Word, adjacent, cap_run, foreign_word, is_brand, list_comma, name_syllable,
                                      person_run, starts_named_org, starts_org_head, starts_person, stop_at)
from kg.nlp.recognizers.organisations_en import english_orgs
from kg.nlp.recognizers.body_names import chain_verb_at, dash_part_end, field_name_end, is_field, long_body_end, seat_end
from kg.nlp.recognizers.paired_phrases import lower_noun_pair, paired_phrase_end
from kg.nlp.recognizers.local_bodies import bare_place_body_candidates, level_place_body_candidates
from kg.entity_keys import ORG_LEGAL_HEADS as LEGAL_HEAD
from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation


def numbered_instrument_at(text: str, pos: int, lex: Lexicon) -> bool:
    """A numbered instrument starts at ``pos`` ("… của Bộ Chính trị và | Quyết định số 411/QĐ-TTg"): no
    body's name goes on past "và" into it."""
    return _numbered_instrument_re(tuple(t["vi"] for t in lex.policy_types)).match(text, pos) is not None


@lru_cache(maxsize=4)
def _numbered_instrument_re(kinds: tuple[str, ...]) -> re.Pattern:
    alts = escaped_alternation(kinds) or "Quyết định|Nghị quyết|Nghị định"
    return re.compile(rf"(?:{alts})\s+(?:số\s+)?\d")


def extend_vi_name(text: str, words: list[Word], k: int, lex: Lexicon, allow_lower: int = 3,
                    word_ends: dict[int, int] | None = None, stops: frozenset[int] = frozenset()) -> int:
    """Extend a Vietnamese name from word ``k`` (its first name word); return the last index.

    Capitalised words continue the name; "và" / "," / "-" join two capitalised
    parts; up to ``allow_lower`` lower-case words continue it when a capitalised
    word follows them ("Hiệp hội Công nghệ chuỗi khối Việt Nam").
    """
    n = len(words)
    if k >= n:
        return -1
    first = words[k]
    if not (first.is_cap or any(ch.isdigit() for ch in first.text)) or not first.is_word:
        return -1
    j = k
    while j + 1 < n:
        nxt = words[j + 1]
        if not adjacent(text, words[j], nxt):
            break
        if nxt.start in stops:
            break
        if nxt.text.isdigit() and re.match(r"[-–]\d", text[nxt.end:nxt.end + 2]):
            break  # a score or a range: "Công an Hà Nội 2-1"
        if nxt.is_word and (nxt.is_cap or nxt.text.isdigit() or is_brand(nxt.text)):
            if starts_person(text, words, j + 1, lex) and j + 1 > k and not _city_after(text, words, j, lex):
                break  # (not "Viện Pasteur TP | Hồ Chí Minh": a known city that reads like a name)
            j += 1
            continue
        if nxt.is_alpha and not nxt.is_cap and j + 2 < n and words[j + 2].text == "," \
                and adjacent(text, words[j], nxt) and paired_phrase_end(text, words[j + 2].start) is not None:
            j += 1  # "Viện Chiến lược, Chính sách …": the pair's first half ends in lower case
            nxt = words[j + 1]
        if nxt.text == "," and (paired := paired_phrase_end(text, nxt.start)) is not None \
                and not lower_noun_pair(text, nxt.start):  # (not "Sở Tài chính | , ngân sách tăng")
            while j + 1 < n and words[j + 1].end <= paired:
                j += 1  # "Cục Quản lý Khám, chữa bệnh": a paired phrase is one part of the name
            m = j + 1  # … with the object they share, up to a mark: "khám, chữa | bệnh ("
            while m < n and m - j <= 2 and words[m].is_alpha and not words[m].is_cap and not stop_at(words, m) \
                    and adjacent(text, words[m - 1], words[m]):
                m += 1
            if m > j + 1 and (m == n or not words[m].is_alpha):
                j = m - 1
            continue
        if nxt.text == "," and not list_comma(text, nxt.start):
            break  # "Bộ Tài chính, Chính phủ" is two names; "Khoa học, Công nghệ và Môi trường" is one
        if nxt.text in P.NAME_JOINERS_VI and _second_part_at(text, words, j + 2, lex, stops):
            j += 2  # (not "Viện Dinh dưỡng Quốc gia và UNICEF")
            continue
        if nxt.is_alpha and not nxt.is_cap and _known_name_ends(text, words, k, j, lex):
            break  # "Bộ Tài chính đề xuất …", "Hội Điện ảnh Việt Nam đề cử …": a known name is complete
        if (nxt.is_alpha and not nxt.is_cap and not stop_at(words, j + 1)) \
                or nxt.text in P.NAME_JOINERS_VI:
            # look ahead for a capitalised word after a few lower-case ones
            m = j + 1
            while m < n and m - j <= allow_lower and not words[m].is_cap \
                    and ((words[m].is_alpha and not stop_at(words, m) and not chain_verb_at(words, m))
                         or (words[m].text in P.NAME_JOINERS_VI
                             and (words[m].text != "," or list_comma(text, words[m].start)))) \
                    and adjacent(text, words[m - 1], words[m]):
                if words[m].is_alpha and m + 1 < n and (
                        (_known_name_ends(text, words, k, m, lex) and words[m + 1].is_alpha
                         and not words[m + 1].is_cap and words[m + 1].text not in P.NAME_JOINERS_VI)
                        or (words[m + 1].text in P.NAME_JOINERS_VI and m + 2 < n
                            and _starts_known(text, words, m + 2, lex))):
                    return m  # "Bộ Tài chính | đề xuất …", "Bộ Công an | và Thanh tra Chính phủ"
                m += 1
            if m < n and m - j <= allow_lower + 1 and words[m].is_cap and adjacent(text, words[m - 1], words[m]) \
                    and (not starts_person(text, words, m, lex) or _city_after(text, words, m - 1, lex)) \
                    and words[m].start not in stops \
                    and not starts_named_org(text, words[m].start) \
                    and not numbered_instrument_at(text, words[m].start, lex) \
                    and not (words[m - 1].text in P.NAME_JOINERS_VI and starts_org_head(text, words[m].start)):
                j = m  # (not "Công ty TNHH Hải Long | và Công ty cổ phần …", "Bộ Nội vụ | và UBND tỉnh …": a second body)
                continue
        break
    # a name ends at the end of the word its last syllable belongs to ("Bộ Quốc phòng"), not of a
    # word the segmenter glued onto a foreign name ("Tạp chí Forbes | xếp …")
    end = word_ends.get(words[j].start, words[j].end) \
        if word_ends and words[j].is_alpha and not foreign_word(words[j].text) \
        and not proper_pair_end(words, k, j, word_ends) and not _place_closes(text, words, k, j, lex) \
        else words[j].end
    while j + 1 < n and words[j + 1].end <= end and words[j + 1].is_alpha:
        j += 1
    return j


def _second_part_at(text: str, words: list[Word], i: int, lex: Lexicon, stops: frozenset[int]) -> bool:
    """Word ``i``, right after a joiner ("và", ","), opens a capitalised second part of the same name: no
    person, no stop, no other body's head, no known name and no numbered instrument starts there."""
    return i < len(words) and words[i].is_cap and adjacent(text, words[i - 1], words[i]) \
        and not starts_person(text, words, i, lex) and words[i].start not in stops \
        and not starts_org_head(text, words[i].start) and not _starts_known(text, words, i, lex) \
        and not numbered_instrument_at(text, words[i].start, lex)


def _joined_part_end(text: str, words: list[Word], j: int, lex: Lexicon, word_ends: dict[int, int] | None,
                     stops: frozenset[int]) -> int:
    """A name that ran on through a lower-case field tail goes on over "và" into a capitalised second part
    ("Trung tâm Y học hạt nhân | và Ung bướu", "Viện Kỹ thuật điều khiển | và Tự động hóa"), which the
    capitalised-name grammar cannot reach over more than a few lower-case words; ``j`` when none follows."""
    if j + 2 >= len(words) or words[j + 1].text != "và" or not adjacent(text, words[j], words[j + 1]) \
            or not _second_part_at(text, words, j + 2, lex, stops):
        return j
    end = extend_vi_name(text, words, j + 2, lex, allow_lower=0, word_ends=word_ends, stops=stops)
    if end < j + 2:
        return j
    end = max([end] + [m for m in range(end + 1, min(len(words), j + 6)) if is_field(
        text, words, j + 2, m, lex)])  # the capitalised word opens a field: "và Tự động hóa"
    tail = long_body_end(text, words, end, lex)  # "… và Tài nguyên | sinh vật"
    return tail if tail > end and _ends_with_word(words, tail, word_ends) else end


def _ends_with_word(words: list[Word], j: int, word_ends: dict[int, int] | None) -> bool:
    """Word ``j`` ends a segmented word (no syllable of it runs on past the name)."""
    return not word_ends or word_ends.get(words[j].start, words[j].end) <= words[j].end


def _place_closes(text: str, words: list[Word], k: int, j: int, lex: Lexicon) -> bool:
    """The name's last two or three syllables are a known place that the segmenter glued onto the verb after
    it ("… tỉnh Nam | Định hướng dẫn": "định hướng" read as one word): the place closes the name."""
    return j > k and words[j].is_cap and any(
        any(e.type == "Place" for e in lex.lookup(text[words[a].start:words[j].end]))
        for a in range(max(k, j - 2), j) if words[a].is_cap)


def proper_pair_end(words: list[Word], k: int, j: int, word_ends: dict[int, int]) -> bool:
    """The segmenter glued lower-case syllables onto a run of capitalised name words
    ("THCS Trưng Vương đoạt" as one word): the name ends with its last capitalised word and
    the rest is the verb after it. A capitalised word that begins its own word keeps its
    syllables ("Bệnh viện Nhi | Trung ương")."""
    return j > k and words[j - 1].is_cap and words[j].is_cap and words[j - 1].is_alpha \
        and word_ends.get(words[j - 1].start) == word_ends.get(words[j].start)


_MEMBER_HEADS = frozenset(pattern_data("organisations_words.json")["member_heads"])
_SYSTEM_AFTER_DASH = re.compile(r"[ ][-–][ ](?:Đại học Quốc gia|Đại học|ĐHQG)[ ](?=[A-ZĐ])")


def _member_school_end(text: str, words: list[Word], j: int, head: str, lex: Lexicon,
                       word_ends: dict[int, int] | None, stops: frozenset[int]) -> int:
    """A member school is named with its university after a dash: "Trường Đại học Bách khoa - Đại học Đà
    Nẵng", "Trường Đại học Khoa học Tự nhiên - ĐHQG Hà Nội" is one name; ``j`` when no such tail follows."""
    m = _SYSTEM_AFTER_DASH.match(text, words[j].end) if head in _MEMBER_HEADS else None
    if m is None:
        return j
    k = next((w.i for w in words if w.start == m.end()), None)
    if k is None:
        return j
    end = extend_vi_name(text, words, k, lex, allow_lower=0, word_ends=word_ends, stops=stops)
    return end if end >= k else j


def _city_after(text: str, words: list[Word], j: int, lex: Lexicon) -> bool:
    """Word ``j`` is "TP" / "Tp." / "thành phố" / "Thành phố" and a known place follows it ("TP Hồ Chí Minh")."""
    if words[j].text.rstrip(".") not in ("TP", "Tp") and not text[max(0, words[j].start - 6):words[j].end].casefold(
            ).endswith("thành phố"):  # (also "Thành phố Hồ Chí Minh", capitalised)
        return False
    starts = (words[j].start, words[j - 1].start) if j and words[j].text.casefold() == "phố" else (words[j].start,)
    return any(any(e.type == "Place" for e in lex.lookup(text[start:words[m].end]))  # ("Thành phố Hồ Chí Minh" whole)
               for start in starts for m in range(j + 1, min(len(words), j + 4)))


def _after_lower_words(text: str, words: list[Word], k: int, lex: Lexicon, word_ends: dict[int, int] | None,
                       stops: frozenset[int]) -> int:
    """The name after a head that ends in lower case runs over a lower-case bridge (``bridges`` in
    body_names_vi.json) to a capitalised part: "Ban Chỉ đạo | liên ngành | Trung ương"; -1 when none follows."""
    from kg.nlp.recognizers.body_names import body_data

    bridges = body_data()["bridges"]
    low = " ".join(w.text.casefold() for w in words[k:k + 4])
    bridge = next((b for b in sorted(bridges, key=len, reverse=True) if (low + " ").startswith(b + " ")), None)
    if bridge is None:
        return -1
    m = k + len(bridge.split())
    if m >= len(words) or not words[m].is_cap or not adjacent(text, words[m - 1], words[m]) \
            or starts_person(text, words, m, lex) or starts_org_head(text, words[m].start):
        return -1
    return extend_vi_name(text, words, m, lex, word_ends=word_ends, stops=stops)


# (a number that closes the sentence, not the "1" of "1.000 tỷ đồng")
_FIELD_THEN_NUMBER = re.compile(r"((?:[ ][a-zà-ỹđ]+){1,4})[ ]\d{1,3}(?=[,;)]|\.(?!\d)|[ ]và[ ]|[ ]\(|$)")


# "số 1" closing a numbered body's name ("Tổng công ty Xây dựng số 1 - CTCP"); not a document's number ("số 12/…")
_NUMBER_WORD = re.compile(r"()[ ]số[ ]\d{1,3}(?![\w/.,-]|[.,]\d)")


_COMPANY_HEADS = frozenset(pattern_data("organisations_words.json")["company_heads"])


def _brand_after_field(text: str, words: list[Word], j: int) -> int:
    """A company's name stopped before a brand that reads like a person's name ("Công ty TNHH Bất động
    sản | Hoàng Long"): with no title before the company, two or three capitalised syllables that close
    the name are its brand, not a person."""
    if j + 1 >= len(words) or not adjacent(text, words[j], words[j + 1]):
        return j
    last = person_run(text, words, j + 1, max_len=3)
    if last < 0 or last == j + 1 or (last + 1 < len(words) and adjacent(text, words[last], words[last + 1])
                                     and words[last + 1].is_cap):
        return j
    return last


def _before_foreign_name(text: str, words: list[Word], k: int, j: int, lex: Lexicon) -> int:
    """A body named after a title may run on into its holder's foreign name ("Bộ trưởng Bộ Thương mại và
    Công nghiệp Gan Kim Yong"): two or three closing name syllables, one of them no Vietnamese syllable
    and none of them a known place, are the person's; the body ends before them."""
    for size in (3, 2):
        first = j - size + 1
        if first <= k:
            continue
        run = words[first:j + 1]
        if not all(name_syllable(w) for w in run) or not any(foreign_word(w.text) for w in run):
            continue
        if any(lex.lookup(text[words[a].start:words[b].end]) for a in range(first, j + 1) for b in range(a, j + 1)):
            continue
        return first - 1
    return j


def _numbered_after_field(text: str, words: list[Word], j: int) -> int:
    """The last word of a company named by its field in lower case and a number ("Tổng công ty Xây dựng
    công trình giao thông 4 và …", "Tổng công ty Xây dựng số 1"); ``j`` when no such number closes the name."""
    m = _FIELD_THEN_NUMBER.match(text, words[j].end) or _NUMBER_WORD.match(text, words[j].end)
    low = m.group(1).split() if m else []
    if m is None or any(P.is_stop_vi(low, i) for i in range(len(low))):
        return j
    end = m.end()
    k = j
    while k + 1 < len(words) and words[k + 1].end <= end:
        k += 1
    return k


def _known_name_ends(text: str, words: list[Word], k: int, j: int, lex: Lexicon) -> bool:
    """The name being built (words ``k-1..j``) ends in a known place or is a known body."""
    for start in range(max(0, k - 3), j + 1):
        surface = text[words[start].start:words[j].end]
        if not surface[:1].isupper():
            continue
        entries = lex.lookup(surface)
        if any(e.type == "Place" and written_as_place(surface, e) for e in entries) and (j - start) >= 1 or \
                (start < k and any(e.type == "Organization" for e in entries)):
            return True
    return False


def written_as_place(surface: str, entry) -> bool:
    """``surface`` is written as the place ``entry`` is: one of its names as spelt, or every syllable
    capitalised. A Vietnamese place capitalises each syllable, so a lower-case syllable makes the words a
    compound of a body's name, not the place: "Viện Hải dương học" (oceanography), not "Hải Dương"."""
    return surface in entry.surfaces or all(w[:1].isupper() for w in surface.split() if w[:1].isalpha())


def _starts_known(text: str, words: list[Word], i: int, lex: Lexicon) -> bool:
    """A known organisation or place of one to six words starts at word ``i``."""
    for jj in range(i, min(len(words), i + 6)):
        surface = text[words[i].start:words[jj].end]
        if any(surface in e.surfaces and e.type in ("Organization", "Place", "Person") for e in lex.lookup(surface)):
            return True
    return False


# party and people's committees are named after places, never after people (schools may be)
_NEVER_NAMED_AFTER_PEOPLE = frozenset(pattern_data("organisations_words.json")["never_named_after_people"])
# "Thứ trưởng Bộ Công an Phạm Thế Tùng": the ministry, then the person; "Giám đốc Sở Trần Văn Thanh": a province's
# department or agency is named by its field, so a person's name after the bare "Sở" is the director's
# (kg.nlp.recognizers.head_refs refers the bare head back)


# a unit's registration code after its name, a few lower-case words of its field between: "Trung tâm Đăng kiểm
# xe cơ giới 60-01S", "Trạm Đăng kiểm 29-01V"
_REGISTRY_CODE = re.compile(r"(?: [a-zà-ỹđ]+){0,4} \d{2}-\d{2,3}[A-Z]{1,2}(?![\w/-])")


_ORG_HEADS_LONGEST_FIRST = tuple(sorted(P.ORG_HEADS_VI, key=lambda h: -len(h.split())))


@lru_cache(maxsize=16384)
def _org_heads_from(word: str) -> tuple[str, ...]:
    """The organisation heads that can start at ``word`` (they begin with it), longest first.

    A head is matched by comparing the text from ``word`` on with it, so no
    other head can match there: looking only at these gives the same result.
    """
    return tuple(h for h in _ORG_HEADS_LONGEST_FIRST if h.startswith(word))


# heads written bare after their holder's title, the person's name following: "Chủ nhiệm Ủy ban Phan Văn Mãi"
_BARE_AFTER_TITLE = frozenset(pattern_data("organisations_words.json")["bare_after_title"])


# after a local body's name: the bodies of every such unit ("Sở Y tế các tỉnh, thành phố", "UBND các xã")
_MANY_PLACES = re.compile(r"\s+(?:các|những|tất cả các)\s+(?:tỉnh|thành phố|địa phương|huyện|quận|xã|phường|thị xã|đặc khu)"
                          r"(?![\w])")


def org_candidates(text: str, words: list[Word], lang: str, lex: Lexicon,
                   word_ends: dict[int, int] | None = None,
                   stops: frozenset[int] = frozenset(),
                   titles: list[Candidate] | None = None) -> list[Candidate]:
    """Organisation names built from a head noun ("Bộ …", "… Commission")."""
    out: list[Candidate] = []
    n = len(words)
    if lang == "vi":
        out.extend(level_place_body_candidates(text, words, lex))
        for i, w in enumerate(words):
            if not w.is_cap:
                continue
            if i and words[i - 1].is_cap and adjacent(text, words[i - 1], w) \
                    and any(e.type == "Place" for e in lex.lookup(text[words[i - 1].start:w.end])):
                continue  # "Thành ủy Hải Phòng Lê Tiến Châu": the last syllable of a place, no head "Phòng"
            for head in _org_heads_from(w.text):
                hw = head.split()
                if i + len(hw) >= n:
                    continue
                if text[w.start:words[i + len(hw) - 1].end] != head:
                    continue
                k = i + len(hw)
                if not adjacent(text, words[k - 1], words[k]):
                    continue
                if any(e.type in ("Place", "Person") for e in lex.lookup(text[w.start:words[k].end])):
                    break  # "Hội An" is a town, not an association
                if head == "Tổ chức" and P.EVENT_OR_PLAN_AFTER_ORG_VERB.match(text, words[k].start):
                    break  # "Tổ chức Hội nghị …": the verb before an event
                if head == "Hội đồng quản trị" and re.search(r"(?:Chủ tịch|Thành viên|thành viên|Ủy viên)\s+$",
                                                             text[max(0, w.start - 25):w.start]):
                    break  # "Chủ tịch Hội đồng quản trị Hòa Phát": the board is the role's, the company follows
                titled = any(0 <= w.start - t.end <= 1 for t in titles or [])  # "Chủ nhiệm | Ủy ban …"
                if (head in _NEVER_NAMED_AFTER_PEOPLE or head in _BARE_AFTER_TITLE and titled) \
                        and starts_person(text, words, k, lex) and cap_run(text, words, k) - k >= 2:
                    break  # "Bí thư Tỉnh ủy Lê Quang Tùng": the bare body, then the person
                numbered = re.match(r"[ ]số[ ]\d{1,3}(?![\w/])", text[words[k - 1].end:words[k - 1].end + 10])
                if numbered:  # "Đội Quản lý thị trường số 3"
                    out.append(Candidate(w.start, words[k - 1].end + numbered.end(), "ORG", PRIORITY["org-head"],
                                         "org-head"))
                    break
                j = extend_vi_name(text, words, k, lex, word_ends=word_ends, stops=stops)
                if j < k and len(hw) > 1 and not hw[-1][:1].isupper() and not LEGAL_HEAD.match(head + " "):
                    j = _after_lower_words(text, words, k, lex, word_ends, stops)  # "Ban Chỉ đạo liên ngành Trung ương"
                if j >= k and j + 1 < n and (head in P.NUMBERED_ORG_HEADS_VI
                                             or text[w.start:words[j].end].endswith(P.NUMBERED_NAME_ENDS_VI)) \
                        and words[j + 1].text.isdigit() \
                        and adjacent(text, words[j], words[j + 1]) and len(words[j + 1].text) <= 4:
                    j += 1  # "Bệnh viện Nhân dân 115", "Quân khu 7", "… Chi nhánh Khu vực 10"
                if j >= k and not any(e.type == "Organization" for e in lex.lookup(text[w.start:words[j].end])):
                    j_long = long_body_end(text, words, j, lex)  # "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"
                    if j_long > j:
                        j = j_long
                        end = word_ends.get(words[j].start, words[j].end) \
                            if word_ends and not foreign_word(words[j].text) \
                            and not _place_closes(text, words, k, j, lex) else words[j].end
                        while j + 1 < n and words[j + 1].end <= end and words[j + 1].is_alpha:
                            j += 1  # "… về Vật lý": the name ends with its last word
                        j = _joined_part_end(text, words, j, lex, word_ends, stops)  # "… hạt nhân và Ung bướu"
                if j >= k and head in P.NUMBERED_ORG_HEADS_VI:
                    j = _numbered_after_field(text, words, j)  # "Tổng công ty Xây dựng công trình giao thông 4"
                if j >= k and head in _COMPANY_HEADS and not titled:
                    j = _brand_after_field(text, words, j)  # "Công ty TNHH Bất động sản Hoàng Long"
                if j > k and titled:
                    j = _before_foreign_name(text, words, k, j, lex)  # "Bộ trưởng Bộ Thương mại … | Gan Kim Yong"
                if j > k and head in _NEVER_NAMED_AFTER_PEOPLE:
                    j = _place_end(text, words, k, j, lex)  # "Tỉnh ủy Lâm Đồng | Y Thanh Hà Niê Kđăm"
                if j >= k and _MANY_PLACES.match(text, words[j].end) and head in _NEVER_NAMED_AFTER_PEOPLE:
                    break  # "Sở Y tế các tỉnh, thành phố": the departments of many provinces, no one body
                if j >= k:
                    j = field_name_end(text, words, k, j, lex)  # "Viện Trí tuệ nhân tạo"
                    j = dash_part_end(text, words, j, head, lex)  # "Khoa Hồi sức tích cực - Chống độc"
                    j = _member_school_end(text, words, j, head, lex, word_ends, stops)
                    j = seat_end(text, words, j, head, lex)  # "Đại sứ quán Australia tại Việt Nam"
                    coded = _REGISTRY_CODE.match(text, words[j].end)  # "Trung tâm Đăng kiểm xe cơ giới 60-01S"
                    out.append(Candidate(w.start, coded.end() if coded else words[j].end, "ORG", PRIORITY["org-head"],
                                         "org-head"))
                elif len(hw) > 1 and hw[-1][:1].isupper():
                    # a head that is a name by itself: "Bộ đội Biên phòng tỉnh …", "Ủy ban MTTQ huyện …"
                    out.append(Candidate(w.start, words[k - 1].end, "ORG", PRIORITY["org-head"], "org-head"))
                break
        out.extend(bare_place_body_candidates(text, words, lex))
        word_at = {x.start: x.i for x in words}
        # "công ty One Mount Distribution", "tập đoàn Qualcomm" written in lower case
        for m in re.finditer(r"(?<![\w])(?:công ty|tập đoàn|doanh nghiệp|hãng)\s+(?=[A-Z0-9])", text):
            k = word_at.get(m.end())
            if k is None:
                continue
            j = brand_run(text, words, k)
            if j >= k and not any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[j].end])):
                # ("doanh nghiệp Anh", "công ty Nhật Bản": the companies' country, a place)
                out.append(Candidate(words[k].start, words[j].end, "ORG", PRIORITY["org-brand"], "org-brand"))
    else:
        out.extend(english_orgs(text, words, lex, titles))
    return out


def _place_end(text: str, words: list[Word], k: int, j: int, lex: Lexicon) -> int:
    """A local body named by its place ends with the place when a person's name follows it: the last word of the
    longest known place of two words or more that opens words[k..j] ("Tỉnh ủy Lâm Đồng | Y Thanh Hà Niê Kđăm"), else
    ``j`` ("Huyện ủy Đức Trọng": a country's one syllable opening a district's name)."""
    for jj in range(j - 1, k, -1):
        if any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end])):
            person = starts_person(text, words, jj + 1, lex) or words[jj + 1].text == "Y"  # (the highland marker)
            return jj if person else j
    return j


def brand_run(text: str, words: list[Word], k: int, max_len: int = 5) -> int:
    """Last index of a run of Latin-script capitalised words ("One Mount Distribution")."""
    j = k - 1
    while j + 1 < len(words) and j + 1 - k < max_len:
        w = words[j + 1]
        if not (w.is_word and w.text.isascii() and (w.is_cap or w.text[:1].isdigit())):
            break
        if j >= k and not adjacent(text, words[j], w):
            break
        j += 1
    return j


# bodies that are also sites: what their possessive names is mostly a place of theirs
_SITE_HEADS_EN = frozenset(pattern_data("organisations_words.json")["site_heads_en"])


def org_reference_candidates(text: str, lang: str) -> list[Candidate]:
    """Bare organisation nouns that refer back to a named body: "Công ty tập trung vào …",
    "… đại hội nhiệm kỳ lần thứ nhất Hiệp hội", "The company said …"."""
    out: list[Candidate] = []
    heads = P.ORG_REF_HEADS_VI if lang == "vi" else P.ORG_REF_HEADS_EN
    pattern = "|".join(re.escape(h) for h in heads)
    # (English possessives too: "the ministry's Circular No. 05/2026/TT-BVHTTDL")
    for m in re.finditer(rf"(?<![\w])({pattern})(?=\s+[a-zà-ỹ]|\s*[.,;]|$|[’']s\s)", text):
        if re.search(r"(?<![\w])(?:các|những|nhiều|mỗi|từng|the)\s+$", text[max(0, m.start() - 8):m.start()], re.IGNORECASE):
            continue  # "các Bộ, ngành": bodies of that kind, not one named before
        if text[m.end():m.end() + 1] in "’'" and m.group(1).casefold().removeprefix("the ") in _SITE_HEADS_EN:
            continue  # "the university's Hòa An campus", "the hospital's new ward": its site, not a body it owns
        if m.group(1) == "Hội đồng" and re.match(r"\s+(?:" + "|".join(P.COUNCIL_KINDS_VI) + r")(?![\w])", text[m.end():]):
            continue  # "Hội đồng quản trị", "Hội đồng nhân dân": a council of its own kind
        out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-ref"], "org-ref", ref=True,
                             meta={"head": m.group(1).casefold().removeprefix("the ")}))
    return out

