"""Tests of kg.nlp.recognizers.decorations: decorations and prizes named after a person."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_the_person_a_decoration_is_named_after_is_not_named_by_the_article():
    got = resolved_entities("Chủ tịch nước Lương Cường trao Huân chương Hồ Chí Minh tặng Kiểm toán nhà nước.", "vi",
                            "2026-07-11")
    assert ("Hồ Chí Minh", "Person") not in got
    assert ("Lương Cường", "Person") in got
    got = resolved_entities("The State Audit Office received the Ho Chi Minh Order from President Lương Cường.", "en",
                            "2026-07-11")
    assert not any(t == "Person" and "Ho Chi Minh" in n for n, t in got)


def test_the_leader_named_with_his_title_stays_a_person():
    got = resolved_entities("Đơn vị đón nhận Huân chương Hồ Chí Minh. Chủ tịch Hồ Chí Minh là lãnh tụ vĩ đại.", "vi")
    assert ("Hồ Chí Minh", "Person") in got


def test_two_awards_joined_by_and_are_not_one_event():
    got = resolved_entities("Ông được trao Giải thưởng Hồ Chí Minh và Huân chương Lao động hạng Nhất năm 2026.", "vi",
                            "2026-09-02")
    assert not any("và Huân chương" in n for n, t in got)
