"""Tests of kg.relations.apposed_policies_en: a lower-case description apposed to a numbered instrument is that
instrument."""
from __future__ import annotations

from articlefacts import facts


def test_the_owner_and_day_of_an_apposed_description_are_the_decisions():
    got = facts("The roadmap puts into practice Decision 876/QD-TTg, the Government's programme on green energy "
                "transition in transport, which was approved on July 22, 2022.", "2026-10-15", "en")
    assert ("Government", "issued", "Decision 876/QD-TTg") in got
    assert ("Decision 876/QD-TTg", "date", "2022-07-22") in got
    got = facts("Hospitals follow Circular 22/2025/TT-BYT, the ministry's guideline on hospital waste, which the "
                "Ministry of Health issued on May 4.", "2026-10-15", "en")
    assert ("Ministry of Health", "issued", "Circular 22/2025/TT-BYT") in got
    assert not any(s == "guideline on hospital waste" for s, p, o in got)


def test_a_named_instrument_after_a_comma_is_another_one():
    got = facts("The Ministry of Public Security cited Decree 13/2023/ND-CP, the Law on Cybersecurity and "
                "Resolution 57, which the Politburo issued in December 2024.", "2026-10-15", "en")
    assert ("Politburo", "issued", "Decree 13/2023/ND-CP") not in got
