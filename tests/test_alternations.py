"""kg.alternations: grouped alternations match exactly what the plain ones match."""
from __future__ import annotations

import re

from kg.alternations import _BMP, first_char_alternation, first_chars
from kg.textutil import escaped_alternation

# first characters with the re module's odd cases: the Kelvin sign lowers to "k", "İ" to "i", "ſ" is "s"
ODD = "kKiIsSđĐêÊ(ọ1µ"


def test_first_chars_are_what_the_re_module_matches() -> None:
    for ch in ODD:
        for ignorecase in (True, False):
            literal = re.compile(re.escape(ch), re.IGNORECASE if ignorecase else 0)
            want = {chr(x) for x in range(_BMP) if literal.fullmatch(chr(x))}
            assert first_chars(ch, ignorecase) == want, ch
    assert "\u212a" in first_chars("k", True) and "ſ" in first_chars("s", True)


def test_no_character_beyond_the_bmp_lowers_into_it() -> None:
    from re import _compiler
    lower = _compiler._sre.unicode_tolower
    assert all(lower(x) >= _BMP for x in range(_BMP, 0x110000) if lower(x) != x)


WORDS = ["khu", "Kinh", "kinh tế", "dao", "Dao", "đồng bào", "Đồng", "sáng", "ſan", "(", "s", "Sán Chay"]
TEXTS = ["Khu KINH tế, đồng bào Dao và Sán Chay (sáng) ſan Đồng s", "kinh tế khu dao ĐỒNG BÀO SÁNG KINH",
         "\u212ainh tế İ s"]


def test_the_same_matches_as_the_plain_alternation() -> None:
    for flags in (0, re.IGNORECASE):
        for words in (WORDS, WORDS[::-1], ["tối", "trưa", "tối nay", "t"]):
            for keep in (False, True):
                plain = "|".join(map(re.escape, words)) if keep else escaped_alternation(words)
                grouped = first_char_alternation(words, bool(flags), keep_order=keep)
                for context in (r"(?<![\w])(?:{})(?![\w])", r"(?P<x>{})\s*\w*", r"(?:{})+"):
                    a, b = re.compile(context.format(plain), flags), re.compile(context.format(grouped), flags)
                    for text in TEXTS:
                        assert [(m.span(), m.groups()) for m in a.finditer(text)] == \
                               [(m.span(), m.groups()) for m in b.finditer(text)]


def test_a_grouped_alternation_opens_with_plain_sets() -> None:
    assert first_char_alternation(["khu", "kinh", "dao"], False) == "(?-i:[k])(?:inh|hu)|(?-i:[d])ao"


def test_overlapping_first_sets_share_a_group() -> None:
    from kg.alternations import grouped_alternation
    items = [(frozenset("tT"), "hành phố"), (frozenset("T"), r"P\."), (frozenset("tT"), "ỉnh"), (frozenset("xX"), "ã")]
    grouped = re.compile(r"(?<![\w.])(" + grouped_alternation(items) + r")\s")
    plain = re.compile(r"(?<![\w.])(" + "|".join("[" + "".join(sorted(c)) + "]" + r for c, r in items) + r")\s")
    text = "tP. x TP. Hà Nội, tỉnh Thái Bình, Thành phố Huế, xã An, Xã Bình, tp. Vinh"
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert grouped.pattern.count("(?-i:[Tt])") == 1


def test_phrase_groups_match_as_the_plain_alternation_with_and_without_the_flag() -> None:
    from kg.alternations import phrase_groups
    from kg.textutil import phrase_alternation
    texts = TEXTS + ["Triển  khai thực hiện, triển khai; TRIỂN KHAI thi hành để thực hiện", "Thi hành ſan ở tại ở"]
    lists = (["triển khai", "triển khai thực hiện", "thi hành", "để", "ở", "ở tại", "ſan"],
             ["Triển khai", "triển khai thi hành", "thi hành"],  # "T" and "t": the plain alternation
             WORDS)
    for phrases in lists:
        for flags in (0, re.IGNORECASE):
            a = re.compile(rf"(?<![\w])(?:{phrase_alternation(phrases)})(?![\w])", flags)
            b = re.compile(rf"(?<![\w])(?:{phrase_groups(phrases)})(?![\w])", flags)
            for text in texts:
                assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
    assert phrase_groups(lists[1]) == phrase_alternation(lists[1])
    assert phrase_groups(["thi hành", "triển khai"]) == r"t(?:riển\s+khai|hi\s+hành)"
