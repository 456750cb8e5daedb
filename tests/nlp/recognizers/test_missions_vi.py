"""Tests of kg.nlp.recognizers.missions_vi: trade offices and consulates with a country and a seat."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_a_trade_office_and_a_consulate_general_with_their_seats():
    got = resolved_entities("Đại diện Thương vụ Việt Nam tại Singapore và Tổng lãnh sự quán Việt Nam tại Thượng Hải "
                            "dự hội nghị.", "vi")
    assert ("Thương vụ Việt Nam tại Singapore", "Organization") in got
    assert ("Tổng lãnh sự quán Việt Nam tại Thượng Hải", "Organization") in got


def test_a_deal_is_no_trade_office():
    got = resolved_entities("Thương vụ Masan mua lại chuỗi bán lẻ được hoàn tất tại Hà Nội.", "vi")
    assert not any(n.startswith("Thương vụ") for n, t in got)
