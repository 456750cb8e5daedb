"""Tests of kg.relations.openings:
participatedIn of a person "…, who attended the opening, said …" or "Deputy Minister X attended the opening."."""
from __future__ import annotations

from articlefacts import facts, graph_triples


def _triples(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2025-12-04")


def test_who_attended_the_opening_took_part_in_the_event():
    got = _triples("The Huế Festival 2026 opened on Friday in Huế. Deputy Minister of Culture, Sports and Tourism "
                   "Hồ An Phong, who attended the opening, asked the city to protect its heritage.")
    assert any(p == "participatedIn" and o == "Huế Festival 2026" and "Phong" in s for s, p, o in got)
    got = _triples("The Huế Festival 2026 opened on Friday in Huế. Hồ An Phong, who attended the opening of a new "
                   "museum, said visitors were welcome.")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_a_titled_person_who_attended_the_opening_took_part():
    got = facts("The Đà Lạt Flower Festival 2024 opened on Friday at Lâm Viên Square. "
                "Deputy Minister of Agriculture and Rural Development Trần Thanh Nam attended the opening.",
                "2024-05-03", "en")
    assert ("Trần Thanh Nam", "participatedIn", "Đà Lạt Flower Festival 2024") in got


def test_who_said_something_at_the_opening_was_there():
    got = facts("The Huế Festival 2024 opened at the Imperial Citadel on Friday. Nguyễn Văn Phương, chairman of the "
                "Huế People's Committee, said at the opening that the city expected 200,000 visitors.",
                "2024-05-03", "en")
    assert ("Nguyễn Văn Phương", "participatedIn", "Huế Festival 2024") in got
