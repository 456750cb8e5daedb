"""Tests of kg.nlp.recognizers.storms: Named storms as events."""
from __future__ import annotations

import kg.nlp
from kg.nlp.recognizers.storms import storm_candidates

from articlefacts import facts


def _labels(text: str, lang: str) -> dict[str, str]:
    doc = kg.nlp.annotate(kg.nlp.load(lang), text, "2026-09-08")
    return {e.text: e.label_ for e in doc.spans["kg"]}


def test_an_english_typhoon_is_an_event_with_its_place_and_day():
    text = "Typhoon Matmo made landfall in Quang Ngai on Monday, damaging 500 houses."
    assert _labels(text, "en").get("Typhoon Matmo") == "EVENT"
    got = facts(text, "2026-09-08", lang="en")
    assert ("Typhoon Matmo", "locatedIn", "Quang Ngai") in got
    assert ("Typhoon Matmo", "date", "2026-09-07") in got


def test_a_numbered_vietnamese_storm_and_its_name_in_brackets_are_one():
    text = "Cơn bão số 5 (bão Matmo) đổ bộ vào Quảng Ngãi chiều 7/9."
    cands = storm_candidates(text, "vi")
    assert [text[c.start:c.end] for c in cands] == ["Cơn bão số 5"]
    # (the Vietnamese pipeline does not run it: the gold leaves such storms out)
    assert "Bão Matmo" not in _labels("Bão Matmo gây mưa lớn ở Quảng Ngãi.", "vi")


def test_a_storm_word_before_a_vietnamese_given_name_is_no_storm():
    assert storm_candidates("Ông Bão Nguyên dự họp.", "vi") == []


def test_a_storm_named_in_passing_is_no_entity():
    assert storm_candidates("The plan funds the recovery after Typhoon Yagi in the northern provinces.", "en") == []
    assert storm_candidates("Tỉnh đã khắc phục xong hậu quả của bão số 3 năm ngoái.", "vi") == []


def test_a_storm_named_in_passing_is_no_person_either():
    text = ("Authorities ordered the evacuation of 12,000 residents as Typhoon Kalmaegi, the 13th storm "
            "to hit the East Sea this year, approached the mainland.")
    assert "Typhoon Kalmaegi" not in _labels(text, "en")
