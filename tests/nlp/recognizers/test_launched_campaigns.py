"""Tests of kg.nlp.recognizers.launched_campaigns: lower-case campaigns after the verb that launches them."""
from __future__ import annotations

import pytest

from articlefacts import facts, resolved_entities


def _events(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, "vi", "2030-12-10") if t == "Event"}


@pytest.mark.parametrize("text, name", [
    ("Ngày 11/4, Tỉnh đoàn Quảng Nam phát động chiến dịch thanh niên tình nguyện hè năm 2030 tại xã Tam Kỳ.",
     "chiến dịch thanh niên tình nguyện hè năm 2030"),
    ("Sáng 2/3, Công an tỉnh Lạng Sơn ra quân chiến dịch cao điểm tấn công, trấn áp tội phạm năm 2030.",
     "chiến dịch cao điểm tấn công, trấn áp tội phạm năm 2030"),
])
def test_a_launched_campaign_named_with_its_year_is_an_event(text, name):
    assert name in _events(text)


def test_the_launcher_organises_the_campaign():
    got = facts("Ngày 11/4, Tỉnh đoàn Quảng Nam phát động chiến dịch thanh niên tình nguyện hè năm 2030 tại xã Tam Kỳ.",
                "2030-12-10")
    assert ("Tỉnh đoàn Quảng Nam", "organized", "chiến dịch thanh niên tình nguyện hè năm 2030") in got


@pytest.mark.parametrize("text", [
    "Chiến dịch năm nay huy động hơn 5.000 đoàn viên.",  # prose about a campaign; "5.000" a count, no edition
    "Tỉnh đoàn phát động chiến dịch tình nguyện trên toàn tỉnh.",  # no year or edition
])
def test_a_campaign_without_its_year_is_no_event(text):
    assert not any(n.casefold().startswith("chiến dịch") for n in _events(text))


def test_a_campaign_a_ceremony_launches_is_the_ceremonys_object():
    got = _events("Sáng 5/6, Sở Y tế tỉnh Nghệ An tổ chức lễ phát động chiến dịch tiêm vắc xin phòng sởi năm 2030.")
    assert got == {"lễ phát động chiến dịch tiêm vắc xin phòng sởi năm 2030"}
