"""Tests of kg.nlp.recognizers.visits: visits named by the country they go to."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def test_a_state_visit_written_as_a_verb_with_its_kind_and_the_states_form():
    text = ("Từ ngày 8 đến 10/11, Chủ tịch nước Lương Cường thăm cấp nhà nước Cộng hòa Chile theo lời mời của Tổng "
            "thống Gabriel Boric Font.")
    got = facts(text, "2027-11-08")
    assert ("thăm cấp nhà nước Cộng hòa Chile", "locatedIn", "Chile") in got
    assert ("chuyến thăm chính thức tới Vương quốc Thái Lan", "Event") in resolved_entities(
        "Thủ tướng thực hiện chuyến thăm chính thức tới Vương quốc Thái Lan.", "vi")
    # a plain visit of a place names no event
    assert not any(t == "Event" for n, t in resolved_entities("Đoàn đến thăm Hà Nội và làm việc với Sở Y tế.", "vi"))
