"""Tests of kg.relations.elections_en: a body electing one of its officers, in English."""
from __future__ import annotations

from articlefacts import facts


def test_electing_a_person_with_an_apposition_as_its_chair():
    got = facts("HCM CITY — The HCM City Association of Women Entrepreneurs held its fifth congress on Saturday, "
                "electing Nguyễn Thị Thu Hương, general director of Phương Nam Garment Company, as its chairwoman "
                "for the 2025-2030 term.", "2026-12-05", "en")
    assert ("Nguyễn Thị Thu Hương", "position", "chairwoman") in got
    assert ("Nguyễn Thị Thu Hương", "memberOf", "HCM City Association of Women Entrepreneurs") in got
    assert ("Nguyễn Thị Thu Hương", "memberOf", "Phương Nam Garment Company") in got


def test_elected_as_its_new_president():
    got = facts("The Việt Nam Football Federation on Monday elected Trần Quốc Tuấn as its new president.",
                "2026-12-05", "en")
    assert ("Trần Quốc Tuấn", "position", "president") in got
    assert ("Trần Quốc Tuấn", "memberOf", "Việt Nam Football Federation") in got


def test_no_title_after_as_its_gives_nothing():
    got = facts("The Việt Nam Football Federation on Monday named Trần Quốc Tuấn as its best player of the year.",
                "2026-12-05", "en")
    assert not any(s == "Trần Quốc Tuấn" and p in ("position", "memberOf") for s, p, _ in got)
