"""Tests of kg.relations.it_events_en: "It was held / took place at …" places the event of the sentence
before; "…, it held the X" is held by the body that sentence opens with."""
from __future__ import annotations

from articlefacts import facts


def test_it_took_place_at_a_venue_in_a_city_places_the_event_before():
    got = facts("The Ministry of Industry and Trade held the Vietnam Energy Forum 2026 on Tuesday. It took place at "
                "the Sheraton Hotel in Hà Nội.", "2026-12-05", "en")
    assert ("Vietnam Energy Forum 2026", "locatedIn", "Sheraton Hotel") in got
    assert any(s == "Vietnam Energy Forum 2026" and p == "locatedIn" and o in ("Hà Nội", "Hanoi") for s, p, o in got)


def test_a_possessed_place_is_the_one_it_was_held_in():
    got = facts("The Ministry of Finance held the Vietnam Tax Forum 2026 on Tuesday. It was held in Đà Nẵng's Hải Châu "
                "ward and drew 300 businesses from Japan.", "2026-12-05", "en")
    placed = {o for s, p, o in got if s == "Vietnam Tax Forum 2026" and p == "locatedIn"}
    assert placed == {"Hải Châu ward"}


def test_it_after_a_sentence_with_no_event_places_nothing():
    got = facts("The Ministry of Finance issued new rules on Tuesday. It was held in Đà Nẵng.", "2026-12-05", "en")
    assert not any(p == "locatedIn" for s, p, o in got)


def test_it_that_holds_an_event_is_the_body_the_sentence_before_opens_with():
    got = facts("The Quảng Nam Provincial People's Committee issued Decision 3000/QD-UBND on Tuesday. On the same day, "
                "it held the Quảng Nam Tourism Conference 2026 in Hội An.", "2026-12-05", "en")
    assert ("Quảng Nam Provincial People's Committee", "organized", "Quảng Nam Tourism Conference 2026") in got


def test_it_after_said_is_no_reference_to_the_body_before():
    got = facts("The Ministry of Finance met investors on Monday. Officials said it held the Vietnam Tax Forum 2026 "
                "in Hà Nội.", "2026-12-05", "en")
    assert not any(s == "Ministry of Finance" and p == "organized" for s, p, o in got)


def test_it_organised_by_names_the_holders_of_the_event_told_before():
    from articlefacts import facts
    got = facts("The Cần Thơ Fruit Festival 2026 opened on Saturday at Ninh Kiều Wharf. It is organised by the Cần Thơ "
                "Department of Industry and Trade and the Cần Thơ Tourism Association.", "2026-12-07", "en")
    holders = {x for x, r, ev in got if r == "organized" and ev == "Cần Thơ Fruit Festival 2026"}
    assert len(holders) == 2
    got = facts("The National Robotics Contest 2026 was held in Hà Nội on Sunday. It was hosted by FPT University, "
                "which trains 2,000 engineers a year.", "2026-12-07", "en")
    assert {x for x, r, ev in got if r == "organized"} == {"FPT University"}


def test_it_organised_by_after_two_events_names_no_holder():
    from articlefacts import facts
    got = facts("The Cần Thơ Fruit Festival 2026 and the Mekong Rice Fair 2026 opened on Saturday. It is organised by "
                "the Cần Thơ Tourism Association.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "organized" and t[0] == "Cần Thơ Tourism Association"]


def test_bodies_that_organised_it_hold_the_event_told_before():
    got = facts("The Quảng Trị Investment Promotion Conference 2026 was held on Saturday in Đồng Hới Ward. It was the "
                "first edition of the event since the two provinces merged. The Quảng Trị People's Committee organised "
                "it with the Foreign Investment Agency of the Ministry of Finance.", "2026-12-07", "en")
    assert ("Quảng Trị People's Committee", "organized", "Quảng Trị Investment Promotion Conference 2026") in got
    assert ("Foreign Investment Agency", "organized", "Quảng Trị Investment Promotion Conference 2026") in got
    assert ("Ministry of Finance", "organized", "Quảng Trị Investment Promotion Conference 2026") not in got
    got = facts("The Đà Nẵng Startup Week 2026 opened on Monday. The city's Department of Science and Technology and "
                "the National Innovation Centre co-hosted it.", "2026-12-07", "en")
    assert ("National Innovation Centre", "organized", "Đà Nẵng Startup Week 2026") in got


def test_held_it_back_holds_no_event():
    got = facts("The Mekong Fintech Forum 2026 was held in Cần Thơ on Monday. Vietcombank said it had held it back "
                "from lending.", "2026-12-07", "en")
    assert not any(p == "organized" for s, p, o in got)
