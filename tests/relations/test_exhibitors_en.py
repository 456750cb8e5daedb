"""Tests of kg.relations.exhibitors_en: bodies that brought or showed something at a fair took part in it."""
from __future__ import annotations

from articlefacts import facts


def test_who_brought_or_showcased_goods_at_the_fair_took_part():
    got = facts("The Hà Nội Book Festival 2026 opened on Friday. Kim Đồng Publishing House, which specialises in "
                "children's books, brought more than 3,000 titles to the fair.", "2026-12-07", "en")
    assert ("Kim Đồng Publishing House", "participatedIn", "Hà Nội Book Festival 2026") in got
    got = facts("The Vietnam International Agri-Food Expo 2026 opened on Friday. The Japan External Trade "
                "Organization brought 40 Japanese food importers to the fair.", "2026-12-07", "en")
    assert ("Japan External Trade Organization", "participatedIn", "Vietnam International Agri-Food Expo 2026") in got
    got = facts("The Vietnam Expo 2026 opened on Friday. Samsung Electronics unveiled two folding phones at the "
                "event.", "2026-12-07", "en")
    assert ("Samsung Electronics", "participatedIn", "Vietnam Expo 2026") in got


def test_what_was_brought_elsewhere_is_no_taking_part():
    got = facts("The Vietnam Expo 2026 opened on Friday. Analysts said Samsung Electronics brought its phones to the "
                "market before the event.", "2026-12-07", "en")
    assert not any(p == "participatedIn" for s, p, o in got)
