"""Tests of kg.nlp.recognizers.sentence_provinces_en: a bare provincial body whose province its own
sentence names, in an article about no single province."""
from __future__ import annotations

from articlefacts import graph_triples, resolved_entities

HANOI_STORY = ("HÀ NỘI — The Ministry of Agriculture and Environment on Tuesday held a meeting in Hà Nội on "
               "storm recovery.\n\n")


def test_provincial_body_takes_the_province_its_sentence_names():
    text = HANOI_STORY + ("In Quảng Trị, the provincial People's Committee has moved 3,000 families from "
                          "the riverbanks, said Lê Văn Hòa, director of the provincial Department of Construction.")
    ents = resolved_entities(text, "en", "2026-02-10")
    assert ("Quảng Trị Provincial People's Committee", "Organization") in ents
    assert ("Quảng Trị Department of Construction", "Organization") in ents
    assert ("People's Committee", "Organization") not in ents
    assert ("Lê Văn Hòa", "memberOf", "Quảng Trị Department of Construction") in graph_triples(text, "en", "2026-02-10")


def test_later_bare_department_is_the_whole_provincial_body():
    text = HANOI_STORY + ("In Quảng Trị, officials said Lê Văn Hòa, director of the provincial Department of "
                          "Construction, had closed two bridges. About 40 roads were damaged, according to the department.")
    ents = resolved_entities(text, "en", "2026-02-10")
    assert ("Quảng Trị Department of Construction", "Organization") in ents
    assert ("Department of Construction", "Organization") not in ents


def test_sentence_naming_two_provinces_names_no_body():
    text = HANOI_STORY + ("Officials from Quảng Trị and Nghệ An met the provincial People's Committee on Monday.")
    ents = resolved_entities(text, "en", "2026-02-10")
    assert not any(n.endswith("Provincial People's Committee") for n, t in ents)


def test_city_body_takes_the_centrally_run_city_its_sentence_names():
    text = HANOI_STORY + "In Đà Nẵng, the city People's Committee on Tuesday approved the second phase of Liên Chiểu Port."
    ents = resolved_entities(text, "en", "2026-12-02")
    assert ("Đà Nẵng People's Committee", "Organization") in ents
    assert ("People's Committee", "Organization") not in ents


def test_a_dateline_in_capitals_gives_the_place_its_own_name():
    ents = resolved_entities("KHÁNH HÒA — The provincial People's Committee on Monday ordered 300 families to move.",
                             "en", "2026-12-01")
    assert ("Khánh Hòa Provincial People's Committee", "Organization") in ents
