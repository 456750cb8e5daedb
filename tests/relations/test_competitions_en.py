"""Tests of kg.relations.competitions_en."""
from __future__ import annotations

from articlefacts import facts


def test_the_sides_of_a_match_in_a_competition_take_part_in_it():
    got = facts("Thể Công-Viettel drew 1-1 with Buriram United on Tuesday in the AFC Champions League Elite.",
                "2026-01-10", "en")
    assert any(s == "Buriram United" and p == "participatedIn" and o == "AFC Champions League Elite"
               for s, p, o in got)
    got = facts("Hải Phòng FC beat Bình Dương FC and moved to third in the V.League 1 table.", "2026-01-10", "en")
    assert not any(p == "participatedIn" and s == "Bình Dương FC" for s, p, o in got)


def test_the_winner_of_a_race_of_the_event_took_part_in_it():
    text = ("Some 5,000 runners joined the Huế Heritage Marathon 2025 on Sunday. The women's half marathon was won "
            "by Ethiopian athlete Almaz Tadesse in 1:15.")
    got = facts(text, "2026-01-12", "en")
    assert ("Almaz Tadesse", "participatedIn", "Huế Heritage Marathon 2025") in got
