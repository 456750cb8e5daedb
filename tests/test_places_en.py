"""English bodies placed by an "X-based" attribute; on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def test_based_attribute_reaches_past_what_the_body_is():
    got = facts("The Quang Ngai-based steel maker Hoa Phat Dung Quat Steel JSC raised output by a tenth.",
                "2026-11-20", lang="en")
    assert ("Hoa Phat Dung Quat Steel JSC", "locatedIn", "Quang Ngai") in got


def test_based_attribute_stops_at_a_coordination():
    got = facts("Hanoi-based firms and the Vietnam Chamber of Commerce and Industry met on Monday.",
                "2026-11-20", lang="en")
    assert not any(p == "locatedIn" for _, p, _ in got)
