"""Tests of kg.relations.scene_venues: the place and day a sentence sets as a scene for the event the next names."""
from __future__ import annotations

from articlefacts import facts

_EVENT = "Lễ khởi công Khu nhà ở xã hội Hòa Khánh"


def test_the_scene_before_gives_the_event_its_place_and_day():
    got = facts("Sáng 12/11, tại phường Hòa Khánh, thành phố Đà Nẵng, hàng trăm người dân đã có mặt từ sớm. "
                "Công ty cổ phần Xây dựng Miền Trung tổ chức " + _EVENT + " với tổng vốn 900 tỷ đồng.", "2026-11-12")
    assert {(_EVENT, "locatedIn", "phường Hòa Khánh"), (_EVENT, "date", "2026-11-12")} <= got


def test_no_scene_across_a_paragraph_or_when_the_event_has_its_own_place():
    got = facts("Sáng 12/11, tại phường Hòa Khánh, thành phố Đà Nẵng, hàng trăm người dân đã có mặt từ sớm.\n\n"
                "Công ty cổ phần Xây dựng Miền Trung tổ chức " + _EVENT + " với tổng vốn 900 tỷ đồng.", "2026-11-12")
    assert (_EVENT, "locatedIn", "phường Hòa Khánh") not in got
    got = facts("Sáng 12/11, tại phường Hòa Khánh, thành phố Đà Nẵng, hàng trăm người dân đã có mặt từ sớm. "
                "Công ty cổ phần Xây dựng Miền Trung tổ chức " + _EVENT + " tại Trung tâm Hành chính thành phố Đà Nẵng.",
                "2026-11-12")
    assert (_EVENT, "locatedIn", "phường Hòa Khánh") not in got


def test_a_venue_with_no_name_of_its_own_then_its_ward_and_a_bare_event_noun_in_the_scene():
    got = facts("Sáng 12/11, tại hội trường lớn của trường ở phường Hòa Khánh, thành phố Đà Nẵng, không khí ngày hội "
                "rộn ràng từ sớm. Trường Đại học Bách khoa Đà Nẵng tổ chức Lễ khai giảng năm học 2026 - 2027.",
                "2026-11-12")
    ev = "Lễ khai giảng năm học 2026 - 2027"
    assert {(ev, "locatedIn", "phường Hòa Khánh"), (ev, "date", "2026-11-12")} <= got
