"""English locatedIn through kg.relations.seat_phrases_en: a body "based in the city's X district" and a body
", whose office in X" is sited there; a place the phrase does not lead to is not its seat."""
from __future__ import annotations

from articlefacts import facts


def located(text: str, published: str = "2026-12-03") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, published, "en") if p == "locatedIn"}


def test_a_body_based_in_the_citys_district_is_sited_there():
    got = located("The fair is backed by the Huế Creative Design Centre, which is based in the city's Phú Hội ward.")
    assert ("Huế Creative Design Centre", "Phú Hội ward") in got


def test_a_body_whose_office_is_in_a_city_is_sited_there():
    got = located("The course was funded by the Korea International Cooperation Agency (KOICA), whose office in "
                  "Hà Nội has backed nursing schools since 2019.")
    assert ("Korea International Cooperation Agency", "Hanoi") in got


def test_a_city_the_office_serves_is_no_seat_of_the_body_before():
    got = located("The Asian Development Bank, whose staff visited Cần Thơ last month, approved the loan.")
    assert ("Asian Development Bank", "Cần Thơ") not in got


def test_an_event_held_across_a_region_is_placed_there():
    got = located("The Coffee Field Days 2026, held across the Central Highlands from Monday to Wednesday, drew 900 "
                  "growers.")
    assert ("Coffee Field Days 2026", "Central Highlands") in got


def test_trials_held_across_a_region_do_not_place_the_forum():
    got = located("The Rice Forum 2026 heard that trials held across the Mekong Delta had cut emissions.")
    assert ("Rice Forum 2026", "Mekong Delta") not in got


def test_a_copula_after_the_body_says_where_it_is_based():
    got = located("The Southern Fruit Research Institute is a Tiền Giang-based body that breeds new durian varieties.")
    assert any(o == "Tien Giang" and "Southern Fruit Research Institute" in s for s, o in got)
    got = located("Hòa Bình Construction Group, which is a Hà Nội-based contractor, won the bid on Monday.")
    assert ("Hòa Bình Construction Group", "Hanoi") in got


def test_a_copula_to_a_place_is_no_seat():
    got = located("The Vietnam Fisheries Society is a member of the Hà Nội Union of Science Associations.")
    assert not any(o == "Hanoi" and "Fisheries" in s for s, o in got)
