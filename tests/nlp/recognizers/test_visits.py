"""Tests of kg.nlp.recognizers.visits: visits named by the country they go to."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_a_visit_to_a_state_named_with_its_form():
    got = resolved_entities("Thủ tướng thực hiện chuyến thăm chính thức tới Vương quốc Thái Lan.", "vi")
    assert ("chuyến thăm chính thức tới Vương quốc Thái Lan", "Event") in got
    # the verb alone names no visit
    assert not any(t == "Event" for n, t in resolved_entities("Thủ tướng thăm chính thức Vương quốc Thái Lan.", "vi"))
