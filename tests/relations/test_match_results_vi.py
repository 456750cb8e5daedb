"""Tests of kg.relations.match_results_vi: the sides of a result told after the contest."""
from __future__ import annotations

from articlefacts import facts


def test_the_winner_and_the_side_it_beat_played_in_the_tournament():
    text = ("Tối 17/8, trận chung kết Giải bóng đá U19 Quốc gia năm 2030 diễn ra ở Sân vận động Hà Tĩnh.\n\n"
            "U19 Sông Lam Nghệ An thắng U19 Hoàng Anh Gia Lai với tỷ số 2-1 để lên ngôi vô địch.")
    got = facts(text, "2030-08-18")
    assert ("Sông Lam Nghệ An", "participatedIn", "Giải bóng đá U19 Quốc gia năm 2030") in got
    assert ("Hoàng Anh Gia Lai", "participatedIn", "Giải bóng đá U19 Quốc gia năm 2030") in got


def test_players_of_a_final_but_not_a_territorys_team():
    text = ("Chiều 3/5, Hội khỏe Phù Đổng tỉnh Nghệ An lần thứ XII năm 2031 khép lại tại Nhà thi đấu tỉnh.\n\n"
            "Đội tuyển huyện Quỳnh Lưu lên ngôi vô địch toàn đoàn. Tay vợt Nguyễn Thùy Linh đánh bại Vũ Thị Trang ở chung "
            "kết đơn nữ.")
    got = facts(text, "2031-05-04")
    assert ("Nguyễn Thùy Linh", "participatedIn", "Hội khỏe Phù Đổng tỉnh Nghệ An lần thứ XII năm 2031") in got
    assert ("Vũ Thị Trang", "participatedIn", "Hội khỏe Phù Đổng tỉnh Nghệ An lần thứ XII năm 2031") in got
    assert not any(s == "huyện Quỳnh Lưu" and p == "participatedIn" for s, p, o in got)


def test_a_season_record_told_after_a_meeting_is_no_result_of_it():
    text = ("Sáng 3/5, UBND tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác thể thao năm 2031.\n\n"
            "Câu lạc bộ Sông Lam Nghệ An thắng 15 trận trong mùa giải.")
    assert not any(p == "participatedIn" for s, p, o in facts(text, "2031-05-04"))
