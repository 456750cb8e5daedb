"""Tests of kg.relations.continued_lists: participatedIn from a list broken over sentences."""
from __future__ import annotations

from articlefacts import facts


_CUP = ("Tối 2/9, Liên đoàn Bóng chuyền Việt Nam tổ chức khai mạc Giải Bóng chuyền Vô địch quốc gia năm 2031 tại Ninh "
        "Bình. Tham gia giải có 8 đội bóng mạnh nhất cả nước. ")


def test_parts_of_a_counted_list_in_the_sentences_after_it():
    got = facts(_CUP + "Bảng A gồm Câu lạc bộ Bóng chuyền Thể Công và Câu lạc bộ Bóng chuyền Sanest Khánh Hòa. "
                "Bảng B có Câu lạc bộ Bóng chuyền Biên Phòng.", "2031-09-03")
    ev = "Giải Bóng chuyền Vô địch quốc gia năm 2031"
    for club in ("Câu lạc bộ Bóng chuyền Thể Công", "Câu lạc bộ Bóng chuyền Sanest Khánh Hòa",
                 "Câu lạc bộ Bóng chuyền Biên Phòng"):
        assert (club, "participatedIn", ev) in got


def test_a_part_after_a_sentence_of_another_kind_is_no_list():
    got = facts(_CUP + "Ban tổ chức đã chuẩn bị kỹ lưỡng. Bảng A gồm Câu lạc bộ Bóng chuyền Thể Công.", "2031-09-03")
    assert not any(s == "Câu lạc bộ Bóng chuyền Thể Công" and p == "participatedIn" for s, p, o in got)


def test_a_part_needs_a_counted_set_before_it():
    got = facts("Tối 2/9, Liên đoàn Bóng chuyền Việt Nam tổ chức khai mạc Giải Bóng chuyền Vô địch quốc gia năm 2031. "
                "Bảng A gồm Câu lạc bộ Bóng chuyền Thể Công.", "2031-09-03")
    assert not any(s == "Câu lạc bộ Bóng chuyền Thể Công" and p == "participatedIn" for s, p, o in got)
