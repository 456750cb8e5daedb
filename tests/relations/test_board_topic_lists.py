"""Tests of kg.relations.board_topic_lists: a board named "về" a list of fields keeps every field of the list,
though the recogniser cut its name after the first."""
from __future__ import annotations

from articlefacts import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def test_a_working_group_named_on_two_fields_is_about_both():
    got = facts("UBND tỉnh Bắc Ninh kiện toàn Tổ công tác về chính quyền số và kinh tế số tỉnh Bắc Ninh, gồm 12 thành viên.",
                "2031-06-01")
    assert {"chính quyền số", "kinh tế số"} <= _about(got, "Tổ công tác về chính quyền số")


def test_a_field_after_a_board_named_by_a_place_is_not_its_subject():
    got = facts("Ban Chỉ đạo tỉnh Bắc Ninh họp bàn về chuyển đổi số và kinh tế số.", "2031-06-01")
    assert "kinh tế số" not in _about(got, "Ban Chỉ đạo tỉnh Bắc Ninh")
