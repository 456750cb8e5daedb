"""Tests of kg.relations.joint_organisers_en: every body of a subject list or a partner phrase organised the event."""
from __future__ import annotations

from articlefacts import facts


def test_every_body_of_a_subject_list_organised_the_event():
    got = facts("HUẾ — The Huế People's Committee and the Việt Nam National Authority of Tourism (VNAT) will "
                "co-organise the 2026 Huế Heritage Tourism Forum in Huế on December 12.", "2026-12-04", "en")
    assert ("Huế People's Committee", "organized", "2026 Huế Heritage Tourism Forum") in got
    assert ("Việt Nam National Authority of Tourism", "organized", "2026 Huế Heritage Tourism Forum") in got


def test_a_partner_after_the_event_organised_it():
    got = facts("The Ministry of Health held a national conference on dengue prevention in Cần Thơ on Friday, "
                "co-organised with the World Health Organization (WHO).", "2026-12-07", "en")
    assert ("World Health Organization", "organized", "national conference on dengue prevention") in got


def test_together_with_adds_organisers_past_the_first_ones_parent():
    got = facts("A conference on rabies prevention opened in Hà Nội on Friday. The conference was organised by the "
                "Department of Animal Health under the Ministry of Agriculture and Environment, together with the "
                "Ministry of Health and the World Health Organization (WHO).", "2026-12-07", "en")
    assert ("Ministry of Health", "organized", "conference on rabies prevention") in got
    assert ("World Health Organization", "organized", "conference on rabies prevention") in got


def test_a_partner_of_a_body_named_after_the_event_is_not_an_organiser():
    got = facts("The Việt Nam Logistics Forum 2026 opened on Friday, and Vietnam Airlines signed a deal there "
                "together with the Ministry of Finance.", "2026-12-07", "en")
    assert ("Ministry of Finance", "organized", "Việt Nam Logistics Forum 2026") not in got
