"""kg.relations.purpose_implementers_en: the body a sentence opens with acts to carry out an instrument."""
from __future__ import annotations

from articlefacts import facts

DECREE = "The Government issued Decree 321/2026/ND-CP on blood donation. "


def test_the_subject_body_implements_what_its_purpose_names():
    got = facts(DECREE + "The Vietnam Red Cross Society said it would add 12 collection points to carry out the "
                "decree next year.", "2026-12-07", "en")
    assert ("Vietnam Red Cross Society", "implements", "Decree 321/2026/ND-CP") in got
    got = facts(DECREE + "The State Bank of Vietnam will work with commercial banks to implement Decree "
                "321/2026/ND-CP by June.", "2026-12-07", "en")
    assert ("State Bank of Vietnam", "implements", "Decree 321/2026/ND-CP") in got


def test_a_body_told_to_act_implements():
    got = facts("The council passed Resolution 25/2026/NQ-HDND on Thursday. The provincial Department of Agriculture "
                "and Environment has been told to carry out the resolution.", "2026-12-07", "en")
    assert ("Department of Agriculture and Environment", "implements", "Resolution 25/2026/NQ-HDND") in got


def test_a_request_to_others_or_a_plan_between_is_no_implementer():
    got = facts(DECREE + "The Ministry of Health asked the provinces to carry out the decree.", "2026-12-07", "en")
    assert not any(p == "implements" for s, p, o in got)
    got = facts(DECREE + "The Hà Nội People's Committee issued Plan 12/KH-UBND to carry out the decree.",
                "2026-12-07", "en")
    assert not any(p == "implements" and s.endswith("People's Committee") for s, p, o in got)


def test_the_purpose_of_a_noun_is_not_the_bodys():
    got = facts(DECREE + "The Việt Nam Red Cross Society questioned the efforts to carry out the decree.",
                "2026-12-07", "en")
    assert not any(p == "implements" for s, p, o in got)
