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


def test_a_generic_event_apposed_to_a_named_one_is_that_event():
    got = facts("The plan was announced at the Vietnam Retail Summit, a two-day meeting that opened at the Sheraton "
                "Hotel in Hanoi on Monday.", "2026-10-15", "en")
    assert ("Vietnam Retail Summit", "date", "2026-10-12") in got
    assert ("Vietnam Retail Summit", "locatedIn", "Sheraton Hotel") in got
    got = facts("Delegates gathered for the Mekong Water Dialogue, an annual forum held in Can Tho on October 3.",
                "2026-10-15", "en")
    assert ("Mekong Water Dialogue", "date", "2026-10-03") in got


def test_a_listed_event_is_not_an_apposition():
    got = facts("Visitors toured the Hanoi Digital Forum, the tech fair and the job expo in Hanoi on October 3.",
                "2026-10-15", "en")
    assert not any(s == "Hanoi Digital Forum" and o == "tech fair" for s, p, o in got)
