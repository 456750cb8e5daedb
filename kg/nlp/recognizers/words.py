"""The word view every recogniser reads, and the tests on it they share.

``words_of`` cuts a text into ``Word``s (syllables and punctuation, as the
spaCy tokenizer does); the rest answer questions about a position: are two
words adjacent, does a sentence start here, where does a run of name
syllables end, does a person's name or an organisation head start here, is a
word foreign. The word lists they read are in :mod:`kg.nlp.patterns`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.lexicon import WORD_RE, Lexicon
from kg.textutil import fold_key, escaped_alternation
from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data


class Word:
    """A syllable or punctuation mark with its offsets.

    Its tests (capital first, alphabetic, a word, a name syllable) are computed once
    here: the recognisers ask them of every word many times over. Equality, hash and
    ``repr`` are those of the frozen dataclass it was (the four offsets and text).
    """

    __slots__ = ("i", "start", "end", "text", "is_cap", "is_alpha", "is_word", "name_syl")

    def __init__(self, i: int, start: int, end: int, text: str) -> None:
        self.i, self.start, self.end, self.text = i, start, end, text
        self.is_cap = text[:1].isupper()
        self.is_alpha = text.isalpha()
        self.is_word = text[:1].isalnum()
        # a syllable of a personal name: alphabetic, capital first, lower case after
        self.name_syl = self.is_alpha and self.is_cap and (len(text) == 1 or text[1:].islower())

    def _key(self) -> tuple[int, int, int, str]:
        return self.i, self.start, self.end, self.text

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Word(i={self.i!r}, start={self.start!r}, end={self.end!r}, text={self.text!r})"


def words_of(text: str) -> list[Word]:
    """The word view of ``text`` (same segmentation as the spaCy tokenizer)."""
    return [Word(i, m.start(), m.end(), m.group()) for i, m in enumerate(WORD_RE.finditer(text))]


_ADJACENT = ("", " ", "\u00a0")  # the gaps between adjacent words


def adjacent(text: str, a: Word, b: Word) -> bool:
    """True when ``b`` follows ``a`` on the same line with at most one space."""
    return text[a.end:b.start] in _ADJACENT


def sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \u00a0\"“'‘(-–")
    return not before or before[-1] in ".!?\n:|"


def vi_word(s: str) -> bool:
    return any(ord(ch) > 127 for ch in s)


def name_syllable(w: Word) -> bool:
    """A syllable of a personal name: alphabetic, capital first, lower case after ("Đức", not "VinAI")."""
    return w.name_syl


def cap_run(text: str, words: list[Word], i: int, max_len: int = 6) -> int:
    """Index of the last word of the run of name syllables starting at ``i`` (or -1)."""
    if i >= len(words) or not words[i].name_syl:
        return -1
    j = i
    while (j + 1 < len(words) and j + 1 - i < max_len and words[j + 1].name_syl
           and text[words[j].end:words[j + 1].start] in _ADJACENT):
        j += 1
    return j


# "the Hồ Chí Minh City-based company", "a Seoul-made phone": a participle after the hyphen makes the
# capitalised run a modifier, not a longer name
_HYPHEN_PARTICIPLES = frozenset(pattern_data("words_cues.json")["hyphen_participles"])


def hyphen_end(words: list[Word], j: int) -> int:
    """Extend a name's last index over hyphened parts written without spaces ("Kim Sang-sik")."""
    while j + 2 < len(words) and words[j + 1].text in ("-", "–") and words[j + 2].is_alpha \
            and words[j + 2].text not in _HYPHEN_PARTICIPLES \
            and words[j + 1].start == words[j].end and words[j + 2].start == words[j + 1].end:
        j += 2
    return j


def ends_place(text: str, words: list[Word], i: int, lex: Lexicon) -> bool:
    """Word ``i`` is the last word of a known place or body of two to four words
    ("Bắc Ninh", "Trung ương Đoàn", "Ho Chi Minh City")."""
    return any(e.type in ("Place", "Organization") for k in (1, 2, 3) if i - k >= 0 and words[i - k].is_word
               for e in lex.lookup(text[words[i - k].start:words[i].end]))  # not ", Politburo": a comma is no word


_ORG_HEAD_RE = re.compile("(?:" + escaped_alternation(P.ORG_HEADS_VI)
                          + r")\s")


def starts_org_head(text: str, pos: int) -> bool:
    """A new organisation name starts at ``pos`` ("… và Tập đoàn Viettel")."""
    return _ORG_HEAD_RE.match(text, pos) is not None


def starts_named_org(text: str, pos: int) -> bool:
    """A new organisation name starts at ``pos``: a head followed by a capitalised name word.

    A head with no name after it is a field word of the name before ("Vụ Giáo dục Đại học (Bộ …)").
    """
    m = _ORG_HEAD_RE.match(text, pos)
    if m is None or re.match(rf"[{P.UPPER_VI}0-9]", text[m.end():m.end() + 1]) is None:
        return False
    # "Trường" also opens place and person names ("Tổng công ty Xây dựng Trường Sơn"): a school
    # is "Trường" + the kind of school
    return m.group().strip() != "Trường" or re.match(_SCHOOL_KINDS, text[m.end():]) is not None


_SCHOOL_KINDS = re.compile(r"(?:Đại học|Cao đẳng|Trung cấp|Trung học|THPT|THCS|Tiểu học|Mầm non|Mẫu giáo|Phổ thông|"
                           r"Chính trị|Sĩ quan|Quân sự|Cán bộ|Nghiệp vụ|Dạy nghề|Quốc tế|Song ngữ|Chuyên)\b")


def list_comma(text: str, pos: int) -> bool:
    """The comma at ``pos`` joins parts of one name ("Khoa học, Công nghệ và Môi trường")."""
    return bool(re.match(rf",\s*[{P.UPPER_VI}][\wÀ-ỹ]*(\s+[\wÀ-ỹ]+){{0,3}}?\s+và\s+[{P.UPPER_VI}]", text[pos:pos + 60]))


def stop_at(words: list[Word], k: int) -> bool:
    """Word ``k`` ends a Vietnamese name (a function word or a two-syllable verb)."""
    return P.is_stop_vi([w.text.casefold() for w in words[k:k + 2]], 0)


_BRAND_RE = re.compile(r"^[0-9]*[A-Za-z]+[A-Z0-9][A-Za-z0-9]*$")


def is_brand(s: str) -> bool:
    return _BRAND_RE.match(s) is not None and not s.islower()


def starts_person(text: str, words: list[Word], i: int, lex: Lexicon, folded: bool = False) -> bool:
    """A surname-led run of two to four capitalised words starts at ``i`` (``folded``: "Hoang Van Nhiem")."""
    if i >= len(words) or not lex.is_surname(words[i].text, folded=folded):
        return False
    j = cap_run(text, words, i)
    if not 2 <= j - i + 1 <= 4:
        return False
    if folded and any(x.text in P.NOT_NAME_WORDS_EN for x in words[i:j + 1]):
        return False  # "Hoang Hoa District People's Committee": a body, not a person
    if not folded and field_runs_on(text, words, j):
        return False  # "Viện … Nông Lâm nghiệp": "Lâm nghiệp" is a field of the body's name, no given name
    surface = text[words[i].start:words[j].end]
    return not any(e.type == "Place" for e in lex.lookup(surface))


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    return frozenset(P.pattern_data("body_names_vi.json")["field_words"])


def field_runs_on(text: str, words: list[Word], j: int) -> bool:
    """Word ``j`` and the lower-case word right after it make a field of a Vietnamese body's name
    ("Lâm nghiệp" of "Nông Lâm nghiệp"; ``field_words`` of body_names_vi.json)."""
    if j + 1 >= len(words) or not words[j + 1].text.islower() or not adjacent(text, words[j], words[j + 1]):
        return False
    return f"{words[j].text.casefold()} {words[j + 1].text}" in _field_words()


def person_run(text: str, words: list[Word], k: int, max_len: int = 5) -> int:
    """Last index of a name run from ``k``: capitalised syllables, hyphened parts ("Hang-seo")."""
    if k >= len(words) or not (words[k].name_syl or foreign_word(words[k].text)):
        return -1
    j = k
    count = 1
    while j + 1 < len(words) and count < max_len:
        nxt = words[j + 1]
        if nxt.text in ("-", "–", "'", "’") and j + 2 < len(words) and words[j + 2].is_alpha \
                and nxt.start == words[j].end and words[j + 2].start == nxt.end:
            j += 2  # "Sang-sik", "Jong-un", "H'Hen"
            continue
        if text[words[j].end:nxt.start] in _ADJACENT and (nxt.name_syl or foreign_word(nxt.text)):
            j += 1
            count += 1
            continue
        if nxt.text in ("al", "el", "bin") and j + 3 < len(words) and words[j + 2].text == "-" \
                and adjacent(text, words[j], nxt) and words[j + 2].start == nxt.end \
                and words[j + 3].start == words[j + 2].end and words[j + 3].is_cap:
            j += 3  # "Abdel Fattah al-Sisi"
            continue
        if nxt.text in ("Jr", "Sr") and adjacent(text, words[j], nxt):
            j += 1
            if j + 1 < len(words) and words[j + 1].text == "." and words[j + 1].start == words[j].end:
                j += 1  # "Ferdinand Marcos Jr."
            break
        if nxt.text in P.NAME_PARTICLES and adjacent(text, words[j], nxt):
            m = j + 1  # "Ursula von der Leyen": particles, then a name word
            while m + 1 < len(words) and words[m + 1].text in P.NAME_PARTICLES and adjacent(text, words[m], words[m + 1]):
                m += 1
            if m + 1 < len(words) and adjacent(text, words[m], words[m + 1]) \
                    and (foreign_word(words[m + 1].text) or name_syllable(words[m + 1])):
                j = m + 1
                count += 1
                continue
        break
    return j


_VI_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"


_VI_SYLLABLE_RE = re.compile(_VI_ONSET + r"(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?")


@lru_cache(maxsize=65536)
def foreign_word(word: str) -> bool:
    """A capitalised Latin word that cannot be a Vietnamese syllable ("Donald", "Trump", "Messi")."""
    if not (word[:1].isupper() and word.isalpha() and len(word) >= 2) or vi_word(word):
        return False
    rest = word[1:]
    if not rest.islower() and not re.fullmatch(r"(?:Mc|Mac|O|De|Di|Van|Le)[A-Z][a-z]+", word):
        return False
    return _VI_SYLLABLE_RE.fullmatch(fold_key(word).replace("đ", "d")) is None


def mask(text: str, spans: list[Candidate]) -> bytearray:
    """1 at every character of ``text`` that one of ``spans`` covers (a constant-time overlap test)."""
    covered = bytearray(len(text) + 1)
    for c in spans:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    return covered


def after_amount(words: list[Word], s: int, last: int) -> int:
    """Where a name starts past an amount and the preposition after it: "VNĐ63,500 on the … Stock Exchange"."""
    k = s
    while k <= last and (any(ch.isdigit() for ch in words[k].text) or words[k].text in _AMOUNT_WORDS):
        k += 1
    digits = any(ch.isdigit() for w in words[s:k] for ch in w.text)
    return k + 1 if digits and k <= last and words[k].text in ("on", "at", "in", "to", "by", "from") else s


_AMOUNT_WORDS = frozenset({",", ".", "$", "US", "VNĐ", "VND", "million", "billion", "trillion", "per", "cent"})


# the lowest units, whose names often run to three syllables that begin with a bigger place's name
# ("phường Tân Sơn Hòa", "phường Phú Thọ Hòa": not the district Tân Sơn, not the province Phú Thọ)
_LOW_UNITS = frozenset(pattern_data("words_cues.json")["low_units"])


def last_syllable_of_unit(text: str, words: list[Word], head: str, known_j: int, j: int) -> bool:
    """The run words[..j] after a commune's or ward's ``head`` goes one syllable past the known place that ends at
    ``known_j`` and stops there: that syllable finishes the unit's own name (one syllable is no person's name)."""
    return head.casefold() in _LOW_UNITS and j == known_j + 1 and words[j].name_syl \
        and (j + 1 >= len(words) or not words[j + 1].name_syl or not adjacent(text, words[j], words[j + 1]))


def named_with_honorific(text: str, run: str) -> bool:
    """The article names ``run`` with "ông" / "bà" somewhere: a person's name, not a ward's (wards named after
    people are never "bà Lương Văn Tri")."""
    return re.search(r"(?<![\w])(?:ông|bà|Ông|Bà)\s+" + re.escape(run) + r"(?![\w])", text) is not None
