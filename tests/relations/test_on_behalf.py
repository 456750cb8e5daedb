"""Tests of kg.relations.on_behalf: a bare title after "Thay mặt BODY," / "On behalf of BODY," is the body's."""
from __future__ import annotations

from articlefacts import facts


def test_acting_for_a_body_under_a_bare_role_is_membership():
    got = facts("Thay mặt lãnh đạo Bộ Công an, Thứ trưởng Lê Văn Tuyến phát biểu tại hội nghị.", "2026-06-10", lang="vi")
    assert ("Lê Văn Tuyến", "memberOf", "Bộ Công an") in got
    got = facts("Thay mặt Ban Thường vụ Tỉnh ủy Nghệ An, Phó Bí thư Thường trực Nguyễn Văn Thông trao quyết định.",
                "2026-06-10", lang="vi")
    assert any(p == "memberOf" and "Nghệ An" in o for s, p, o in got)
    got = facts("On behalf of the Ministry of Health, Deputy Minister Trần Văn Thuấn thanked the doctors.", "2026-06-10",
                lang="en")
    assert any(p == "memberOf" and o == "Ministry of Health" for s, p, o in got)


def test_a_title_that_names_its_own_body_keeps_it():
    got = facts("Thay mặt chính quyền xã, Chủ tịch UBND xã Kim Bình Lý Văn Dũng cam kết phát huy truyền thống.",
                "2026-06-10", lang="vi")
    assert [o for s, p, o in got if p == "memberOf"] == ["UBND xã Kim Bình"]


def test_acting_for_a_body_later_in_the_sentence_is_no_cue():
    got = facts("Thứ trưởng Lê Văn Tuyến phát biểu thay mặt Bộ Công an, ông Nguyễn Văn A cảm ơn.", "2026-06-10",
                lang="vi")
    assert not any(s == "Nguyễn Văn A" and p == "memberOf" for s, p, o in got)
