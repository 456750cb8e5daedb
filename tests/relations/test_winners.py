"""Tests of kg.relations.winners: Winners of a contest or award."""
from __future__ import annotations

from articlefacts import facts


def test_contest_winner_and_award_presenter_take_part():
    text = ("Nhóm sinh viên của Trường Đại học Cần Thơ vừa giành giải nhất Cuộc thi Sáng tạo kỹ thuật nông nghiệp "
            "năm 2027. Ông Võ Minh Tâm, Giám đốc Sở Khoa học và Công nghệ, trao giải cho các đội.")
    got = facts(text, "2027-02-10")
    event = "Cuộc thi Sáng tạo kỹ thuật nông nghiệp năm 2027"
    assert ("Trường Đại học Cần Thơ", "participatedIn", event) in got
    assert ("Võ Minh Tâm", "participatedIn", event) in got


def test_title_winners_and_hosts_named_after_a_bare_event_noun():
    text = ("Sáng 2/2, Giải Việt dã Báo Hà Tĩnh năm 2027 diễn ra tại thành phố Hà Tĩnh. Giải do Báo Hà Tĩnh phối hợp "
            "với Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh tổ chức. Trần Văn Lực, vận động viên của Câu lạc bộ "
            "Điền kinh Hà Tĩnh, giành chức vô địch nội dung 10 km nam. Nội dung 10 km nữ thuộc về Lê Thị Hoa.")
    got = facts(text, "2027-02-02")
    event = "Giải Việt dã Báo Hà Tĩnh năm 2027"
    assert ("Báo Hà Tĩnh", "organized", event) in got
    assert any(p == "organized" and s.startswith("Sở Văn hóa") and o == event for s, p, o in got)
    assert ("Trần Văn Lực", "participatedIn", event) in got
    assert ("Lê Thị Hoa", "participatedIn", event) in got


def test_medal_winners_take_part_in_the_games_named_before_them():
    text = ("Ngày 11/12, ngày thi đấu thứ hai của SEA Games 33, Đoàn Thể thao Việt Nam giành thêm 4 huy chương vàng. "
            "Ở môn bơi, kình ngư Phạm Thanh Bảo bảo vệ thành công ngôi vô địch nội dung 200 m ếch nam, còn Võ Thị Mỹ "
            "Tiên giành huy chương bạc 400 m hỗn hợp.")
    got = {(s, o) for s, p, o in facts(text, "2025-12-11") if p == "participatedIn"}
    assert ("Đoàn Thể thao Việt Nam", "SEA Games 33") in got
    assert ("Phạm Thanh Bảo", "SEA Games 33") in got
    assert ("Võ Thị Mỹ Tiên", "SEA Games 33") in got


def test_no_medal_at_games_one_is_to_qualify_for():
    text = "Đội tuyển U22 Việt Nam giành vé dự SEA Games 33 sau khi thắng Lào 3-1."
    got = {(s, o) for s, p, o in facts(text, "2025-03-11") if p == "participatedIn"}
    assert not any(o == "SEA Games 33" for _, o in got)
