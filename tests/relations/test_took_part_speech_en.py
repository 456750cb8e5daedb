"""Tests of kg.relations.attendance.took_part on English speeches: "X also delivered a speech." names no event, so
the speaker took part in the event of the sentences before (cue list ``took_part`` in kg/data/relations/cues.json)."""
from __future__ import annotations

from articlefacts import facts


def test_a_speech_with_a_participle_clause_is_given_at_the_event_told_before():
    got = facts("President Lương Cường attended a ceremony on Saturday to celebrate the 70th anniversary of the "
                "university. Minister of Education and Training Nguyễn Kim Sơn also delivered a speech, calling on the "
                "university to train more engineers.", "2026-12-07", "en")
    assert ("Nguyen Kim Son", "participatedIn", "ceremony") in got


def test_a_speaker_who_gave_a_speech_took_part_in_the_forum_that_opened():
    got = facts("The forum opened in Hà Nội on Monday. Deputy Prime Minister Lê Thành Long gave a speech.",
                "2026-12-07", "en")
    assert ("Le Thanh Long", "participatedIn", "forum") in got


def test_a_speech_on_a_subject_to_someone_else_is_no_attendance():
    got = facts("The forum opened in Hà Nội on Monday. Vietnam Airlines reported a profit last year. Its chairman "
                "Đặng Ngọc Hòa delivered a speech on the plan to the press on Tuesday.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "participatedIn" and ("Hòa" in t[0] or "Hoa" in t[0])]


def test_the_one_who_presented_the_awards_alongside_the_presenter_took_part_too():
    got = facts("The Tạ Quang Bửu Prize 2026 award ceremony took place in Hà Nội on Friday. Deputy Prime Minister Nguyễn "
                "Chí Dũng presented the awards alongside Minister of Science and Technology Nguyễn Mạnh Hùng.",
                "2026-12-07", "en")
    assert any(s == "Nguyen Manh Hung" and p == "participatedIn" for s, p, _ in got)
    assert any(s == "Nguyen Chi Dung" and p == "participatedIn" for s, p, _ in got)
