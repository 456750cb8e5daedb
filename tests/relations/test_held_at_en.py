"""Tests of kg.relations.base.held_at and kg.relations.places._in_own_complement on English copy: where an
event's own clause says it was held, past its purpose, its organisers' short forms or a participle."""
from __future__ import annotations

from articlefacts import facts


def _placed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-12-06", "en") if p == "locatedIn"}


def test_a_purpose_clause_stands_between_the_event_and_where_it_was_held():
    got = _placed("HUẾ — A ceremony to honour the workers who died on the Hải Vân Pass was held at the "
                  "Hải Vân Memorial House in Đà Nẵng on Friday.")
    assert ("ceremony", "Hải Vân Memorial House") in got
    assert ("ceremony", "Hải Vân Pass") not in got  # (what the ceremony is about, not where it was)


def test_organisers_with_short_forms_stand_between_the_event_and_its_venue():
    got = _placed("The Việt Nam Public Debt Forum 2026 closed on Friday. The three-day forum, co-organised by the "
                  "Ministry of Finance and the Asian Development Bank (ADB), took place at the Melia Hotel in Hà Nội.")
    assert ("Việt Nam Public Debt Forum 2026", "Melia Hotel") in got


def test_a_participle_after_a_comma_says_where_the_talks_were():
    got = _placed("Later that day, Prime Minister Phạm Minh Chính met with Thai Prime Minister Anutin Charnvirakul. "
                  "The talks, held in Bangkok, focused on rice trade.")
    assert ("talks", "Bangkok") in got


def test_a_martyrs_cemetery_is_a_venue():
    got = _placed("A ceremony was held at the Hàng Dương National Martyrs' Cemetery on Côn Đảo on Sunday.")
    assert any(o == "Hàng Dương National Martyrs' Cemetery" for s, o in got)



def test_whose_headquarters_is_in_places_the_body():
    got = _placed("The Vietnam Women's Union, whose headquarters is in Hà Nội, sent 20 tonnes of rice to the province.")
    assert any(s == "Vietnam Women's Union" and o in ("Hà Nội", "Hanoi") for s, o in got)


def test_a_day_of_this_or_last_and_a_venue_one_stands_on():
    got = _placed("CẦN THƠ — The Mekong Floating Market Festival 2026 opened this morning on the Ninh Kiều Wharf, "
                  "Cần Thơ City.")
    assert ("Mekong Floating Market Festival 2026", "Ninh Kiều Wharf") in got
    got = _placed("The Việt Nam Heritage Awards 2026 ceremony, held by the Việt Nam Heritage Association, took place "
                  "on Saturday evening at the Hà Nội Opera House.")
    assert ("Việt Nam Heritage Awards 2026", "Hà Nội Opera House") in got
    got = _placed("The Mekong Floating Market Festival 2026 opened on Monday, and traders sold fruit on the Ninh Kiều Wharf.")
    assert ("Mekong Floating Market Festival 2026", "Ninh Kiều Wharf") not in got
