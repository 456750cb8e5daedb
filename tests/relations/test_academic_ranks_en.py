"""Tests of kg.relations.academic_ranks_en: position from an academic rank written before a name in English copy."""
from __future__ import annotations

from articlefacts import facts


def test_an_academic_rank_before_a_name_is_a_position_but_not_after_named_after():
    got = facts("Associate Professor Vũ Thị Lan, dean of the Faculty of Physics, presented the prize, which is named "
                "after Professor Nguyễn Văn Hiệu.", "2026-01-10", "en")
    assert ("Vũ Thị Lan", "position", "Associate Professor") in got
    assert not any(s == "Nguyễn Văn Hiệu" and p == "position" for s, p, o in got)
    got = facts("Thủ tướng gặp Giáo sư Nguyễn Văn Hiệu.", "2026-01-10", "vi")
    assert not any(o == "Professor" for s, p, o in got)
