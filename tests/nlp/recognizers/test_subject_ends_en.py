"""Tests of kg.nlp.recognizers.subject_ends_en: where a lower-case instrument's subject ends."""
from __future__ import annotations

from kg.nlp.recognizers.subject_ends_en import horizon, last_of_pair, name_pair

STOPS = frozenset({"which", "will", "to"})


def test_a_horizon_and_its_vision_close_the_subject():
    assert horizon("to 2030 with a vision to 2045".split(), 0) == 7
    assert horizon("for 2026-2028".split(), 0) == 2
    assert horizon("to farmers".split(), 0) == 0


def test_a_pair_of_lower_case_words_is_read_whole():
    assert last_of_pair("safety and radiation control".split(), 1, STOPS) == 2
    assert last_of_pair("safety and the draft law".split(), 1, STOPS) == 0


def test_a_pair_of_proper_names_is_read_whole_up_to_a_stop_or_a_horizon():
    rest = "the corridor linking Cần Thơ and Hồ Chí Minh City".split()
    assert name_pair(rest, rest.index("and"), STOPS) == 5
    rest = "roads between Hà Nội and Hải Phòng by 2030".split()
    assert name_pair(rest, rest.index("and"), STOPS) == 5
    # a lower-case word after the names opens something else
    rest = "linking Cần Thơ and Hậu Giang farmers".split()
    assert name_pair(rest, rest.index("and"), STOPS) == 0
