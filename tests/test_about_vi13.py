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


def test_new_policy_fields_are_topics():
    got = facts("Thành phố Hải Phòng ban hành Đề án phát triển vận tải hành khách công cộng giai đoạn 2027 - 2030 "
                "và Kế hoạch số 12/KH-UBND về thi hành án dân sự.", "2027-03-01")
    assert "giao thông công cộng" in _topics(got)
    assert "thi hành án dân sự" in _topics(got)
