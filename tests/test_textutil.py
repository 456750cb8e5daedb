"""Tests of kg.textutil: Small text helpers shared by every stage."""
from __future__ import annotations

import random


def test_compiled_patterns_equal_re_compile_and_leave_re_s_own_cache():
    import re

    from kg.textutil import compiled

    samples = ["Bộ Y tế và Sở Y tế Hà Nội", "UBND tỉnh Quảng Ninh (UBND)", "the WHO and who", "", "a\nb  c"]
    for pattern, flags in [(r"(?<![\w])UBND\ tỉnh(?![\w])", 0), (r"\s+và\s+(?=Sở\ Y\ tế\s)", 0),
                           (r"(?P<who>who)\b", re.IGNORECASE), (r"^b", re.MULTILINE), (r"[^a-z0-9]+", 0)]:
        mine, theirs = compiled(pattern, flags), re.compile(pattern, flags)
        assert (mine.pattern, mine.flags, mine.groupindex) == (theirs.pattern, theirs.flags, theirs.groupindex)
        for text in samples:
            assert [m.span() for m in mine.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    fresh = r"speed3\ (?:fresh|new)\ name " + str(random.random())
    compiled(fresh)
    assert not any(key[1] == fresh for key in re._cache)  # (a name's pattern pushes no fixed one out)
    assert compiled(fresh) is compiled(fresh)


def test_memoised_collapse_spaces_equals_the_substitution():
    import re

    from kg.textutil import collapse_spaces

    rng = random.Random(13)
    alphabet = list("aĐ \n\t\u00a0\u2003.") + ["Bộ Y tế", "  "]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for _ in range(2):  # computed, then remembered
            assert collapse_spaces(text) == re.sub(r"[\s\u00a0]+", " ", text).strip()


def test_phrase_alternation_tries_the_longest_phrase_first_and_any_spacing():
    import re

    from kg.textutil import phrase_alternation

    pattern = re.compile(f"(?:{phrase_alternation(['Minister', 'Deputy Minister', 'Minister of State'])})")
    assert pattern.match("Minister of State Le").group() == "Minister of State"
    assert pattern.match("Deputy  Minister X").group() == "Deputy  Minister"
    assert phrase_alternation([]) == ""



def test_escaped_alternation_tries_the_longest_word_first_and_keeps_spaces_as_written():
    import re

    from kg.textutil import escaped_alternation

    pattern = re.compile(f"(?:{escaped_alternation(['vợ', 'vợ của', 'c++'])})")
    assert pattern.match("vợ của anh").group() == "vợ của"
    assert pattern.match("c++ x").group() == "c++"
    assert pattern.match("vợ  của").group() == "vợ"  # two spaces: only the shorter word, unlike phrase_alternation
    assert escaped_alternation([]) == ""

def test_a_name_never_ends_on_the_conjunction_that_joined_it_to_the_sentence():
    from kg.textutil import without_open_join

    assert without_open_join("Luật Khám bệnh, chữa bệnh và ") == "Luật Khám bệnh, chữa bệnh"
    assert without_open_join("Luật Đất đai,") == "Luật Đất đai"
    assert without_open_join("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ") == "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"
