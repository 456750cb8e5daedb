"""Tests of kg.nlp.recognizers.compass_regions: compass halves of the country are no places."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_a_compass_half_of_the_country_is_no_place_but_a_named_region_is():
    got = resolved_entities("Cục Phòng bệnh đề nghị 20 tỉnh, thành phố phía Bắc và các tỉnh miền Trung tăng cường phòng "
                            "dịch; Tây Nguyên và Đồng bằng sông Cửu Long cũng ghi nhận nhiều ca bệnh.", "vi")
    places = {n for n, t in got if t == "Place"}
    assert not places & {"miền Bắc", "miền Trung", "phía Bắc"}
    assert {"Tây Nguyên", "Đồng bằng sông Cửu Long"} <= places
