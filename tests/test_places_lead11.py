"""locatedIn from the eleventh session's lead: an English event's own clause saying where it was held
past a long complement, a possessed place ("Hanoi's Ba Đình District"), a place that hosts an event,
and a place after "in" that ends an event's capitalised name; on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def _placed(got, place: str) -> set[str]:
    return {s for s, p, o in got if p == "locatedIn" and o == place}


def test_held_in_past_a_long_complement():
    got = facts("A groundbreaking ceremony for the Long Thanh - Ho Chi Minh City railway was held in the southern "
                "province of Dong Nai.", "2025-11-14", lang="en")
    assert _placed(got, "Dong Nai") == {"groundbreaking ceremony"}


def test_possessed_place_is_where_not_its_owner():
    got = facts("The Ministry of Health opened the Vietnam Medical Expo 2025 in Hanoi's Ba Dinh District.",
                "2025-11-14", lang="en")
    assert _placed(got, "Ba Dinh") == {"Vietnam Medical Expo 2025"} and not _placed(got, "Hanoi")
    got = facts("FPT Software, based in Hanoi's Cau Giay District, signed the deal.", "2025-11-14", lang="en")
    assert _placed(got, "Cau Giay") == {"FPT Software"} and not _placed(got, "Hanoi")


def test_a_place_that_hosts_an_event_holds_it():
    got = facts("The Mekong Delta province of Dong Thap hosted the Vietnam Rice Festival 2025.", "2025-11-14",
                lang="en")
    assert _placed(got, "Dong Thap") == {"Vietnam Rice Festival 2025"}
    got = facts("Thành phố Đà Nẵng đăng cai Hội nghị Bộ trưởng Du lịch ASEAN 2026.", "2025-11-14")
    assert _placed(got, "Đà Nẵng") == {"Hội nghị Bộ trưởng Du lịch ASEAN 2026"}


def test_a_known_place_after_in_ends_an_event_name():
    got = facts("Delegates to the Asia-Pacific Forum on Climate Resilience in Da Nang agreed on a joint statement.",
                "2025-11-14", lang="en")
    assert ("Asia-Pacific Forum on Climate Resilience", "locatedIn", "Da Nang") in got
