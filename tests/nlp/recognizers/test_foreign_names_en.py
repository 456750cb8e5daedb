"""Tests of kg.nlp.recognizers.foreign_names_en: Korean personal names in English copy."""
from __future__ import annotations

from kg.nlp.recognizers.stages import analyze_text


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def test_lower_case_and_numbered_venue_heads():
    got = _ents("Police met at the Lao Bao border gate and later at the Ngoc Hoi depot in District 7.")
    assert ("Lao Bao border gate", "LOC") in got
    assert ("Ngoc Hoi depot", "LOC") in got
    assert ("District 7", "LOC") in got
    assert ("Cho Lon Market", "LOC") in _ents("Traders at Cho Lon Market closed early.")


def test_a_city_inside_an_unknown_name_is_no_place():
    got = _ents("Boats crossed the river at Vinh Hoi and at Tan Chau.")
    assert ("Vinh", "LOC") not in got
    assert ("Vinh", "LOC") in _ents("Flights to Vinh resumed on Monday.")


def test_a_given_name_that_is_a_city_is_the_speaker():
    text = "Director Tran Quoc Vinh opened the plant. Vinh said output would double."
    got = _ents(text)
    assert ("Vinh", "PER") in got and ("Vinh", "LOC") not in got
    assert ("Vinh", "LOC") in _ents("Director Tran Quoc Vinh visited Vinh on Monday.")


def test_korean_names_with_a_hyphenated_given_name():
    got = _ents("The team, coached by Choi Won-ho, beat the visitors, and striker Lee Dong-gyu scored.")
    assert ("Choi Won-ho", "PER") in got
    assert ("Lee Dong-gyu", "PER") in got
    assert not any(s.endswith("-") for s, _ in _ents("Coach Kim Hyun-woo spoke on Monday."))


def test_hyphenated_given_name_stays_whole():
    from articlefacts import resolved_entities
    got = resolved_entities("The contract was signed by Marie-Claire Dubois, who runs the Lyon plant.", "en", "2026-02-02")
    assert ("Marie-Claire Dubois", "Person") in got
    assert ("Claire Dubois", "Person") not in got


def test_common_foreign_given_name_opens_a_person_without_a_title():
    from articlefacts import resolved_entities
    got = resolved_entities("The forum heard from Henrik Lindqvist of Scania and Kaori Tanabe-Ueda, who runs a fund.",
                            "en", "2026-02-02")
    assert ("Henrik Lindqvist", "Person") in got
    assert ("Kaori Tanabe-Ueda", "Person") in got


def test_given_name_before_a_place_or_body_word_is_no_person():
    from articlefacts import resolved_entities
    got = resolved_entities("Tourists crowded George Town Bridge and the Thomas Cook Group office.", "en", "2026-02-02")
    assert not any(t == "Person" for n, t in got)


def test_a_korean_name_over_a_known_place_ending_at_its_hyphen():
    got = _ents("The firm's general director Kim Dong-hyun met investors in Bac Ninh on Monday.")
    assert ("Kim Dong-hyun", "PER") in got
    assert ("Kim Dong", "LOC") not in got


def test_a_given_name_before_a_title_word_is_a_person():
    got = _ents("Minister for Resources Madeleine King toured a mine in Quang Ninh.")
    assert ("Madeleine King", "PER") in got


def test_an_english_word_after_a_hyphen_is_no_korean_given_name():
    got = _ents("The Ha Noi-based firm opened a plant in Bac Ninh.")
    assert not any(label == "PER" for _, label in got)


def test_a_chinese_family_name_and_a_hyphenated_given_name_are_a_person():
    got = _ents("The company's human resources director, Lin Chia-Hung, told reporters that Tsai Ing-wen had left.")
    assert ("Lin Chia-Hung", "PER") in got
    assert ("Tsai Ing-wen", "PER") in got
    # an English compound after a hyphen is no given name
    assert not any(label == "PER" for _, label in _ents("Lin Hill-based growers and Chen River-born poets met."))
