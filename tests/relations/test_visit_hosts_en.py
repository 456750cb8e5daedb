"""Tests of kg.relations.visit_hosts_en: the hosts of an English visit take part in it."""
from __future__ import annotations

from articlefacts import facts

_VISIT = ("A delegation from Laos led by Governor Vanxay Phongsavanh began a three-day working visit to the central "
          "province of Hà Tĩnh on Tuesday. ")


def test_those_who_welcomed_the_delegation_took_part_in_the_visit():
    text = _VISIT + ("The delegation was welcomed by Secretary of the Hà Tĩnh Provincial Party Committee Nguyễn Duy Lâm "
                     "and Chairman of the Hà Tĩnh Provincial People's Committee Võ Trọng Hải at the committee's headquarters.")
    got = facts(text, "2026-11-19", "en")
    took_part = {s for s, p, o in got if p == "participatedIn" and o == "working visit"}
    assert {"Vanxay Phongsavanh", "Nguyễn Duy Lâm", "Võ Trọng Hải"} <= took_part


def test_a_welcome_with_no_visit_named_before_gives_nothing():
    got = facts("The delegation was welcomed by Chairman Võ Trọng Hải on Tuesday.", "2026-11-19", "en")
    assert not any(p == "participatedIn" for s, p, o in got)
