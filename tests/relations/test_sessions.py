"""Tests of kg.relations.sessions: A sitting continued by the body that holds it."""
from __future__ import annotations

from articlefacts import facts


def test_a_continued_sitting_is_held_by_the_body_after_it():
    got = facts("Chiều 3/2, tiếp tục Phiên họp thứ 50, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật Dân số.",
                "2027-02-03")
    assert ("Ủy ban Thường vụ Quốc hội", "organized", "Phiên họp thứ 50") in got
