"""kg.relations.topics: a "về" clause that begins inside an event's or a policy's name goes on past where the
recogniser cut the name, and the topic it reaches is still that name's subject."""
from __future__ import annotations

from articlefacts import facts


def test_topic_after_a_name_cut_inside_its_own_subject_clause():
    got = facts("Sáng 9/5, Sở Nông nghiệp và Môi trường tỉnh Gia Lai tổ chức Diễn đàn về thích ứng với biến đổi "
                "khí hậu cho nông dân vùng Tây Nguyên năm 2026.", "2026-05-10")
    abouts = {(s, o) for s, p, o in got if p == "about"}
    assert any(s.startswith("Diễn đàn") and o == "biến đổi khí hậu" for s, o in abouts)


def test_topic_in_a_later_clause_is_not_the_events_subject():
    got = facts("Sáng 9/5, Sở Nông nghiệp và Môi trường tỉnh Gia Lai tổ chức Diễn đàn về thích ứng với thời tiết "
                "cực đoan; các đại biểu cũng bàn về biến đổi khí hậu.", "2026-05-10")
    abouts = {(s, o) for s, p, o in got if p == "about"}
    assert not any(s.startswith("Diễn đàn") and o == "biến đổi khí hậu" for s, o in abouts)
