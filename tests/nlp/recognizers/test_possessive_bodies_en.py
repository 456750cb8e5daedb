"""Tests of kg.nlp.recognizers.possessive_bodies_en: "<province or city>'s <local body>"."""
from __future__ import annotations

from articlefacts import resolved_entities


def _orgs(text: str) -> set[str]:
    return {n for n, t in resolved_entities("Headline\n\n" + text, "en", "2026-12-07") if t == "Organization"}


def test_a_city_in_the_possessive_names_its_own_department():
    got = _orgs("Hanoi's Department of Health said on Monday that cases had doubled, and Cần Thơ's Department "
                "of Finance approved extra money.")
    assert {"Hanoi Department of Health", "Cần Thơ Department of Finance"} <= got
    assert "Department of Health" not in got
    places = {n for n, t in resolved_entities("Headline\n\nHanoi's Department of Health said cases doubled.", "en",
                                              "2026-12-07") if t == "Place"}
    assert "Hanoi" in places  # the city in the possessive is named too


def test_other_local_kinds_and_a_city_written_with_city():
    got = _orgs("Samples went to Da Nang's Centre for Disease Control, while Ho Chi Minh City's People's "
                "Committee asked Quảng Ninh's Department for Foreign Affairs to help.")
    assert "Da Nang Centre for Disease Control" in got
    assert "Quảng Ninh Department for Foreign Affairs" in got


def test_a_country_in_the_possessive_keeps_the_ministry_its_own_name():
    got = _orgs("Laos's Ministry of Public Works and Transport and Japan's Ministry of Health, Labour and Welfare "
                "sent experts.")
    assert not any(n.startswith(("Laos ", "Japan ")) for n in got)


def test_two_departments_joined_by_and_stay_two_and_take_the_article_s_spelling():
    """(kg.nlp.recognizers.document: "the provincial Department of …" is the article's province's department.)"""
    got = _orgs("QUẢNG NINH — In Quảng Ninh, the provincial Department of Finance and Department of Construction "
                "checked the site. Quảng Ninh will pay, and Quảng Ninh's farmers agreed.")
    assert "Quảng Ninh Department of Finance" in got  # as the article spells its province, not "Quang Ninh"
    assert not any(n.endswith("and Department") for n in got)
