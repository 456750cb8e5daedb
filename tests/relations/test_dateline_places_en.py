"""Tests of kg.relations.dateline_places_en: an event "held in the central province" is in the dateline's place."""
from __future__ import annotations

from articlefacts import facts


def _located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-12-06", "en") if p == "locatedIn"}


def test_the_kind_word_refers_to_the_dateline_place():
    text = ("Investors flock to Quảng Ngãi\n\nQUẢNG NGÃI — Investors pledged US$3.2 billion for 26 projects at the "
            "Quảng Ngãi Investment Promotion Conference 2026 held in the central province on Saturday.")
    assert ("Quảng Ngãi Investment Promotion Conference 2026", "Quang Ngai") in _located(text)


def test_a_comma_and_the_city_refer_back_too():
    text = ("Runners win in Đà Nẵng\n\nĐÀ NẴNG — Kenyan runners took both titles at the Đà Nẵng International "
            "Marathon 2025, held in the central city on Sunday with more than 12,000 participants.")
    assert ("Đà Nẵng International Marathon 2025", "Da Nang") in _located(text)


def test_a_province_named_after_its_kind_is_no_reference():
    text = ("Runners win\n\nĐÀ NẴNG — Kenyan runners took both titles at the Huế Marathon 2025, held in the "
            "central city of Huế on Sunday.")
    got = _located(text)
    assert ("Huế Marathon 2025", "Hue") in got
    assert ("Huế Marathon 2025", "Da Nang") not in got


def test_no_dateline_no_place():
    text = "Kenyan runners took both titles at the Đà Nẵng International Marathon 2025, held in the central city on Sunday."
    assert not _located(text)


def test_another_city_named_before_may_be_the_one_meant():
    text = ("Festival opens\n\nHÀ NỘI — Thousands of visitors flocked to Huế this week. The Huế Festival 2026, held in "
            "the central city on Saturday, drew 60 troupes.")
    assert ("Huế Festival 2026", "Hanoi") not in _located(text)


def test_the_capital_refers_to_the_dateline_place():
    text = ("Film week opens\n\nHÀ NỘI — Critics praised the films shown at the Asian Film Week 2026, held in the "
            "capital from Monday to Wednesday.")
    assert ("Asian Film Week 2026", "Hanoi") in _located(text)


def test_a_capital_of_another_country_is_no_reference():
    text = ("Film week opens\n\nHÀ NỘI — Critics praised the films shown at the Asian Film Week 2026, held in the "
            "capital of Laos from Monday to Wednesday.")
    assert ("Asian Film Week 2026", "Hanoi") not in _located(text)


def test_in_the_city_after_the_event_is_the_city_named_last():
    text = ("Fishermen meet\n\nKHÁNH HÒA — Boat owners met officials on Monday in Nha Trang, the coastal city in "
            "Khánh Hòa province. On Tuesday, the Japanese Embassy held a workshop on fish freshness in the city.")
    got = _located(text)
    assert ("workshop on fish freshness", "Nha Trang") in got
    assert ("workshop on fish freshness", "Khanh Hoa") not in got


def test_in_the_city_closing_the_clause_with_no_other_city_is_the_dateline():
    text = ("Book fair\n\nĐÀ NẴNG — Publishers from ten countries sold 40,000 books on Sunday at the Asian Book "
            "Fair 2026 in the city.")
    assert ("Asian Book Fair 2026", "Da Nang") in _located(text)


def test_in_the_province_needs_a_province_named_before():
    text = ("Fishermen meet\n\nĐÀ NẴNG — Boat owners met officials on Monday in Huế. The Huế Fisheries Forum 2026 "
            "was then staged by traders in the province.")
    got = _located(text)
    assert ("Huế Fisheries Forum 2026", "Hue") not in got
    assert ("Huế Fisheries Forum 2026", "Da Nang") not in got


def test_the_city_of_the_dateline_hosting_an_event_is_where_it_is():
    got = facts("VINH — Timber exports rose this year.\n\nOn Friday, the city hosted a workshop on forest "
                "certification at the Muong Thanh Grand Hotel.", "2026-12-07", "en")
    assert any(p == "locatedIn" and o in ("Vinh",) and "workshop" in s for s, p, o in got)
    got = facts("QUẢNG NINH — Tourist arrivals rose 20 percent.\n\nThe province will host the Vietnam Cruise Tourism "
                "Forum 2026 in December.", "2026-12-07", "en")
    assert any(p == "locatedIn" and o in ("Quảng Ninh", "Quang Ninh") and "Forum" in s for s, p, o in got)


def test_the_city_hosting_after_another_province_is_named_is_not_the_dateline():
    got = facts("HÀ NỘI — Timber exports rose this year.\n\nIn Nghệ An, the province hosted a workshop on forest "
                "certification on Friday.", "2026-12-07", "en")
    assert not any(p == "locatedIn" and o in ("Hà Nội", "Hanoi") and "workshop" in s for s, p, o in got)


def test_the_city_hosting_an_event_in_a_locality_of_its_own_gives_that_locality_only():
    got = facts("ĐÀ NẴNG — Port traffic rose this year.\n\nThe city will host a forum on green shipping on December 16 "
                "in Liên Chiểu ward.", "2026-12-07", "en")
    assert not any(p == "locatedIn" and o in ("Đà Nẵng", "Da Nang") and "forum" in s for s, p, o in got)
