"""English locatedIn and Place names (round en21): venues in chains, places after "on", venue statements,
bodies' seats and premises, and places that are not the event's; sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2025-11-20", "en") if p == "locatedIn"}


def test_a_company_of_a_city_is_located_there_and_keeps_its_name():
    got = facts("The contract went to Phúc An Trading Company of Hải Phòng last year.", "2025-11-20", "en")
    assert any(s == "Phúc An Trading Company" and p == "locatedIn" and "Ph" in o for s, p, o in got)
    assert not any("of Hải Phòng" in s for s, p, o in got)


def test_a_vietnamese_name_before_a_known_province_is_a_place():
    got = located("The forum was held in Bến Lức, Long An province on Friday.")
    assert any(e == "forum" and p == "Bến Lức" for e, p in got)


def test_the_an_of_a_vietnamese_name_after_the_article_belongs_to_it():
    got = located("The Hạ Long Heritage Marathon 2025 finished at the An Thới special zone on Sunday.")
    assert any(p == "An Thới special zone" for e, p in got)
