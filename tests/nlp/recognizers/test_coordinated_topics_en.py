"""Tests of kg.nlp.recognizers.coordinated_topics_en: fields whose shared head is written once."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def _topics(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, "en", "2026-02-10") if t == "Topic"}


def test_a_modifier_joined_to_a_known_field_names_the_field_with_the_same_head():
    got = _topics("ĐÀ NẴNG — The city will train 5,000 officials for the green and digital transformation by 2028.")
    assert {"green transition", "digital transformation"} <= got


def test_each_modifier_of_a_list_names_its_field_inside_an_events_name():
    got = facts("HÀ NỘI — The ministry on Monday held a workshop on renewable and nuclear energy in Hà Nội.",
                "2026-02-10", "en")
    about = {o for s, p, o in got if p == "about"}
    assert {"renewable energy", "nuclear energy"} <= about


def test_a_modifier_the_lexicon_has_no_field_for_names_nothing():
    got = _topics("ĐÀ NẴNG — The city will train 5,000 officials for the rapid and digital transformation by 2028.")
    assert "digital transformation" in got
    assert not any(t.startswith("rapid") for t in got)
