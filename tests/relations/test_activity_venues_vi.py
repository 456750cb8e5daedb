"""Tests of kg.relations.activity_venues_vi: the venue of the event named before, from a sentence telling its activity."""
from __future__ import annotations

from articlefacts import facts


def test_runners_starting_and_finishing_at_a_square_place_the_race_there():
    text = ("Sáng 9/6, Giải Marathon Phú Yên năm 2030 đã được tổ chức ở thành phố Tuy Hòa. Vận động viên xuất phát và về "
            "đích tại Quảng trường 1 tháng 4.")
    got = facts(text, "2030-06-10")
    assert ("Giải Marathon Phú Yên năm 2030", "locatedIn", "Quảng trường 1 tháng 4") in got


def test_matches_and_acts_held_at_a_hall_place_the_tournament_or_contest_there():
    got = facts("Ngày 2/7, Giải Bóng chuyền nữ quốc tế năm 2030 khởi tranh. Các trận đấu diễn ra tại Nhà thi đấu tỉnh Vĩnh "
                "Phúc.", "2030-07-03")
    assert ("Giải Bóng chuyền nữ quốc tế năm 2030", "locatedIn", "Nhà thi đấu tỉnh Vĩnh Phúc") in got
    got = facts("Sáng 5/5, Hội thi Tiếng hát công nhân năm 2030 khai mạc. Các tiết mục được biểu diễn tại Nhà hát tỉnh Thái "
                "Bình.", "2030-05-06")
    assert ("Hội thi Tiếng hát công nhân năm 2030", "locatedIn", "Nhà hát tỉnh Thái Bình") in got


def test_another_happening_or_two_events_before_give_no_venue():
    got = facts("Ngày 2/7, UBND tỉnh Bình Phước tổ chức Hội nghị xúc tiến đầu tư năm 2030. Lớp tập huấn cho doanh nghiệp "
                "được tổ chức tại Khu công nghiệp Minh Hưng.", "2030-07-03")
    assert not any(p == "locatedIn" and "Minh Hưng" in o for s, p, o in got)
    got = facts("Ngày 2/7, Giải Cờ vua năm 2030 và Giải Cờ tướng năm 2030 cùng khai mạc. Các kỳ thủ tranh tài tại Trung "
                "tâm Hội nghị tỉnh Quảng Ninh.", "2030-07-03")
    assert not any(p == "locatedIn" and "Trung tâm Hội nghị" in o for s, p, o in got)
