"""Tests of kg.nlp.recognizers.vietnamese_places_en: Vietnamese names after a preposition of place in English copy."""
from __future__ import annotations

import kg.nlp


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_a_vietnamese_name_after_in_is_a_place_the_gazetteer_may_not_know():
    got = spans("The cooperative grows pepper in Lộc Ninh and Bù Đốp, and its factory in Hàm Tân employs 500 people. "
                "A team from Bách Khoa won. Offices in Trần Hưng Đạo Street closed.")
    assert ("LOC", "Lộc Ninh") in got and ("LOC", "Bù Đốp") in got and ("LOC", "Hàm Tân") in got
    assert not any(t == "Bách Khoa" for _, t in got)
    assert not any(label == "LOC" and t == "Trần Hưng Đạo" for label, t in got)


def test_a_route_from_an_unknown_vietnamese_name_starts_at_a_place():
    got = spans("Visitors can join a cycling tour from Tam Cốc to the old pagoda on the hill.")
    assert ("LOC", "Tam Cốc") in got


def test_from_without_a_route_and_a_person_after_at_give_no_place():
    # "from" is as often a person's ("a letter from …"): only a route's start ("from A to …") is read
    got = spans("The ministry received a letter from Hồ Ngọc Lâm on Monday. Delegates met at Phạm Văn Đồng's memorial.")
    assert not any(label == "LOC" and t in ("Hồ Ngọc Lâm", "Phạm Văn Đồng") for label, t in got)


def test_an_unknown_vietnamese_name_after_at_is_a_place():
    got = spans("Fishing boats gathered at Vạn Giã before the storm arrived.")
    assert ("LOC", "Vạn Giã") in got


def test_japanese_cities_and_regions_are_known_places():
    got = spans("He met Vietnamese people living in the Kyushu region and laid flowers at a statue in Shizuoka.")
    assert ("LOC", "Shizuoka") in got and any(label == "LOC" and t.startswith("Kyushu") for label, t in got)


def test_a_vietnamese_name_with_a_capitalised_unit_word_is_a_place():
    got = spans("The chairman inspected the dyke at Cẩm Thành Ward. John Ward said Sín Thầu Commune was cold.")
    assert ("LOC", "Cẩm Thành Ward") in got and ("LOC", "Sín Thầu Commune") in got
    assert ("LOC", "John Ward") not in got


def test_each_vietnamese_name_listed_before_a_plural_place_word_is_a_place():
    got = spans("Floodwater on the Trà Khúc and Vệ rivers rose above the highest alert level.")
    assert ("LOC", "Trà Khúc") in got and ("LOC", "Vệ") in got


def test_a_ward_body_keeps_its_name():
    got = spans("The Tây Hồ Ward People's Committee met on Monday.")
    assert ("LOC", "Tây Hồ Ward") not in got


def test_a_known_former_district_with_ward_or_commune_is_the_new_unit_whole():
    from articlefacts import kg_spans
    spans = kg_spans("The hospital, in Cái Răng Ward, has 60 beds, and farmers in Đông Anh Commune sell to it.",
                     "en", "2026-02-02")
    assert ("LOC", "Cái Răng Ward") in spans
    assert ("LOC", "Đông Anh Commune") in spans
    assert ("LOC", "Cái Răng") not in spans


def test_a_highland_commune_keeps_its_apostrophe():
    from articlefacts import kg_spans
    spans = kg_spans("Farmers in Cư M'gar Commune and Ea H'leo Commune grow coffee; O'Brien Village is no such name.",
                     "en", "2026-02-02")
    assert ("LOC", "Cư M'gar Commune") in spans
    assert ("LOC", "Ea H'leo Commune") in spans
    assert ("LOC", "O'Brien Village") not in spans
