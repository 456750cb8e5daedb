"""Tests of kg.relations.on_sites_vi: an event held "trên" a river, a bay or a street."""
from __future__ import annotations

from articlefacts import facts


def test_an_event_opened_on_a_river_is_held_there_and_in_the_ward_after_it():
    text = "Sáng 16/11, Lễ hội Đua ghe Ngo năm 2030 khai mạc trên sông Maspero, phường Sóc Trăng, thành phố Cần Thơ."
    got = facts(text, "2030-11-16")
    assert ("Lễ hội Đua ghe Ngo năm 2030", "locatedIn", "sông Maspero") in got
    assert ("Lễ hội Đua ghe Ngo năm 2030", "locatedIn", "Cần Thơ") in got


def test_fireworks_over_a_river_but_not_a_territory_after_tren():
    text = ("Tối 2/9, Lễ hội pháo hoa quốc tế Đà Nẵng năm 2031 diễn ra trên sông Hàn. Hội chợ Thương mại Việt - Lào "
            "năm 2031 thu hút doanh nghiệp trên cả nước và trên địa bàn tỉnh Quảng Trị.")
    got = facts(text, "2031-09-03")
    assert ("Lễ hội pháo hoa quốc tế Đà Nẵng năm 2031", "locatedIn", "sông Hàn") in got
    assert not any(s.startswith("Hội chợ") and p == "locatedIn" for s, p, o in got)


def test_a_measure_on_a_river_said_at_a_conference_is_no_place_of_it():
    text = ("Sáng 5/2, Bộ Nông nghiệp và Môi trường tổ chức Hội nghị triển khai phương án phòng, chống hạn hán năm 2031 "
            "tại Cần Thơ. Báo cáo tại hội nghị, ông Đặng Hữu Phước cho biết độ mặn trên sông Hậu có thể vào sâu 50 km.")
    got = facts(text, "2031-02-05")
    assert not any(p == "locatedIn" and o == "sông Hậu" for s, p, o in got)


def test_an_event_held_over_days_in_a_city_area_is_held_there():
    text = "Hội chợ Nông nghiệp quốc tế năm 2030 sẽ diễn ra từ ngày 10 đến 14/12 trên địa bàn thành phố Cần Thơ."
    got = facts(text, "2030-12-01")
    assert ("Hội chợ Nông nghiệp quốc tế năm 2030", "locatedIn", "Cần Thơ") in got
    text = ("Sáng 5/6, Sở Nông nghiệp và Môi trường tỉnh Long An tổ chức Hội nghị tập huấn phòng chống dịch năm 2030 cho "
            "các hộ chăn nuôi trên địa bàn huyện Đức Hòa.")
    assert not any(p == "locatedIn" and "Đức Hòa" in o for s, p, o in facts(text, "2030-06-05"))
