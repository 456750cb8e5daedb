"""Tests of kg.references: what a bare or generic mention refers back to."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def test_a_working_session_is_not_a_meeting_that_monitors_the_carrying_out_of_a_resolution():
    """"buổi làm việc" is matched by its whole noun, not by the syllable "việc" of "giám sát việc thực hiện …"."""
    text = ("Ngày 3/12, Đoàn đại biểu Quốc hội tỉnh Quảng Trị có buổi làm việc với Sở Xây dựng tỉnh Quảng Trị. Cũng trong "
            "tuần, Ban Kinh tế - Ngân sách HĐND tỉnh Quảng Trị tổ chức hội nghị giám sát việc thực hiện Nghị quyết số "
            "42/2029/NQ-HĐND về hỗ trợ phát triển hợp tác xã. Hội nghị diễn ra sáng 4/12 tại xã Cửa Việt.")
    events = {n for n, t in resolved_entities(text, published="2030-12-10") if t == "Event"}
    assert "buổi làm việc" in events
    got = facts(text, published="2030-12-10")
    assert ("buổi làm việc", "date", "2030-12-03") in got
    assert ("buổi làm việc", "date", "2030-12-04") not in got


def test_a_working_session_named_again_is_the_same_one():
    text = ("Sáng 3/12, đoàn công tác của Bộ Y tế có buổi làm việc với UBND tỉnh Hà Tĩnh. Tại buổi làm việc, ông Nguyễn "
            "Văn Hùng, Chủ tịch UBND tỉnh Hà Tĩnh, đề nghị Bộ Y tế hỗ trợ trang thiết bị.")
    events = {n for n, t in resolved_entities(text, published="2030-12-10") if t == "Event"}
    assert events == {"buổi làm việc"}


def test_a_sitting_still_refers_back_to_the_session_it_sits_in():
    text = ("Sáng 16/6, tại kỳ họp thứ 9, Quốc hội khóa XV đã thông qua Nghị quyết sửa đổi Hiến pháp. Chủ tịch Quốc hội "
            "Trần Thanh Mẫn phát biểu tại phiên họp.")
    events = {n for n, t in resolved_entities(text, published="2025-06-17") if t == "Event"}
    assert events == {"kỳ họp thứ 9"}
