"""Tests of kg.relations.residences: where a person lives, written next to the name."""
from __future__ import annotations

from articlefacts import facts


def test_a_person_named_as_a_farmer_of_a_commune_lives_there():
    got = facts("Trong số người được khen có ông Lâm Minh Tâm, một nông dân ở xã Hòa Ninh, huyện Long Hồ, đã hiến máu "
                "42 lần.", "2030-04-20")
    assert ("Lâm Minh Tâm", "locatedIn", "xã Hòa Ninh") in got
    got = facts("Bà Nguyễn Thị Hoa, ngư dân tại xã Bình Châu, cho biết tàu cá đã được sửa xong.", "2030-04-20")
    assert ("Nguyễn Thị Hoa", "locatedIn", "xã Bình Châu") in got


def test_a_person_with_a_title_is_not_placed_by_an_at_after_it():
    got = facts("Ông Trần Văn Bình, Chủ tịch UBND xã Bình Châu, làm việc với doanh nghiệp ở xã Bình Hải.", "2030-04-20")
    assert not any(s == "Trần Văn Bình" and p == "locatedIn" for s, p, o in got)


def test_a_resident_named_with_a_cue_lives_there():
    got = facts("Anh Lê Văn Tú, ngụ tại phường Bình Tân, cho biết anh đã tìm được việc.", "2030-04-20")
    assert ("Lê Văn Tú", "locatedIn", "phường Bình Tân") in got
