"""English locatedIn read from one sentence (kg.relations.places): a body written "X in PLACE" that is the
subject of an event's sentence is in that place."""
from __future__ import annotations

from articlefacts import facts


def located(text: str, published: str = "2026-12-07") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, published, "en") if p == "locatedIn"}


def test_a_body_in_a_place_before_its_event_is_in_that_place():
    got = located("Meanwhile, the Việt Nam National Museum of History in Hà Nội opened an exhibition on Đông Sơn "
                  "bronze drums on Friday.")
    assert any(s == "Việt Nam National Museum of History" and o in ("Hanoi", "Hà Nội") for s, o in got)
    got = located("The Pasteur Institute in Nha Trang launched a rabies vaccination campaign on Monday.")
    assert ("Pasteur Institute", "Nha Trang") in got


def test_a_state_body_in_a_place_before_its_event_is_left_alone():
    got = located("The Ministry of Health in Hà Nội opened a workshop on Friday.")
    assert not any(s == "Ministry of Health" for s, o in got)


def test_the_event_held_in_a_place_during_another_is_there():
    got = located("The ASEAN Defence Ministers' Meeting was held in Vientiane during the 44th ASEAN Summit.")
    assert ("ASEAN Defence Ministers' Meeting", "Vientiane") in got
    got = located("The Human Rights Council election was held in New York during the 81st session of the General "
                  "Assembly.")
    assert any(s == "Human Rights Council election" and "New York" in o for s, o in got)


def test_an_event_at_a_bodys_building_in_a_place_is_in_that_place():
    got = located("The talks, the third meeting of the Vietnam–Thailand Joint Commission, were held at the Ministry of "
                  "Foreign Affairs building in Bangkok.")
    assert any("meeting" in s and o == "Bangkok" for s, o in got)


def test_a_venue_part_of_a_larger_site_chains_on_to_the_city_after_it():
    got = located("The Hue Festival 2026 opened on Saturday at the Noon Gate of the Hue Imperial Citadel, in the central "
                  "city of Hue.")
    assert ("Hue Festival 2026", "Noon Gate") in got
    assert ("Hue Festival 2026", "Hue") in got
    assert not any(o == "Hue Imperial Citadel" for s, o in got)
