"""Vietnamese ``about`` (round vi13): steering boards named by their field, fields joined without "và",
a directive named inside a meeting's name, drafts a workshop was held to discuss, new policy fields."""
from __future__ import annotations

from test_extract import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def _topics(got: set) -> set[str]:
    return {o for s, p, o in got if p == "about"}


def test_steering_board_named_by_its_field_right_after_its_head():
    got = facts("Chiều 3/4, Ban Chỉ đạo cải cách hành chính tỉnh Hà Tĩnh họp phiên thường kỳ quý I.", "2027-04-04")
    assert "cải cách hành chính" in _about(got, "Ban Chỉ đạo cải cách hành chính")


def test_a_ministry_named_by_its_field_is_still_not_about_it():
    got = facts("Bộ Giáo dục và Đào tạo vừa công bố kết quả kỳ thi tốt nghiệp.", "2027-07-20")
    assert not _about(got, "Bộ Giáo dục")
