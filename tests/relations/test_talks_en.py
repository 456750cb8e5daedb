"""Tests of kg.relations.talks_en: both sides of talks named only in an adjacent sentence (gazetteer names
come out as the gazetteer spells them: "To Lam")."""
from __future__ import annotations

from articlefacts import facts


def test_talks_held_with_a_visitor_are_the_talks_the_next_sentence_names():
    got = facts("HÀ NỘI — General Secretary Tô Lâm on Monday held talks with Indonesian President Prabowo Subianto, "
                "who is on a three-day state visit to Việt Nam. During the talks, the two leaders agreed to raise "
                "bilateral trade.", "2026-12-07", "en")
    assert ("To Lam", "participatedIn", "talks") in got
    assert ("Prabowo Subianto", "participatedIn", "talks") in got


def test_talks_held_after_a_signing_by_unnamed_leaders_credit_no_one():
    got = facts("The deal was signed by Nguyễn Hồng Diên and Yoji Muto after the two leaders held talks. During the "
                "talks, the two sides agreed to raise trade.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "participatedIn" and t[2] == "talks"]


def test_a_pronoun_subject_names_no_side():
    got = facts("He held talks with Vingroup chairman Phạm Nhật Vượng on Monday. At the talks, the two sides discussed "
                "electric buses.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "participatedIn" and t[2] == "talks" and "Vingroup" in t[0]]
