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
