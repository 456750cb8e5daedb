"""Tests of kg.relations.named_next_en: a body that made "a plan" / "new rules" / "the pilot" issued the instrument
the next sentence names for it, on the day it made it."""
from __future__ import annotations

from articlefacts import facts


def test_the_plan_set_out_in_a_decision_takes_the_issuer_and_weekday():
    got = facts("The Ministry of Transport on Tuesday approved a new plan to cut road deaths. The plan, set out in "
                "Decision 512/QD-BGTVT, targets a 5 per cent fall each year.", "2026-06-05", "en")
    assert ("Ministry of Transport", "issued", "Decision 512/QD-BGTVT") in got
    assert ("Decision 512/QD-BGTVT", "date", "2026-06-02") in got


def test_rules_numbered_next_and_a_pilot_signed_off_in_a_plan():
    got = facts("The Hai Phong People's Committee has introduced new regulations on street vendors. The regulations, "
                "numbered Decision 301/QD-UBND, apply from July.", "2026-06-05", "en")
    assert ("Hai Phong People's Committee", "issued", "Decision 301/QD-UBND") in got
    got = facts("Last Friday, the Da Nang People's Committee endorsed the pilot. The pilot programme, which the "
                "committee laid down in Plan 88/KH-UBND, covers three wards.", "2026-04-14", "en")
    assert ("Da Nang People's Committee", "issued", "Plan 88/KH-UBND") in got
    assert ("Plan 88/KH-UBND", "date", "2026-04-10") in got


def test_a_name_opening_the_next_sentence_with_the_noun_in_it():
    got = facts("The Ministry of Health on Thursday rolled out a national programme to screen pupils. The School Eye "
                "Health Programme 2027-2030, approved by the deputy minister, covers 15,000 schools.", "2026-12-07", "en")
    assert ("Ministry of Health", "issued", "School Eye Health Programme 2027-2030") in got
    assert ("School Eye Health Programme 2027-2030", "date", "2026-12-03") in got


def test_an_instrument_the_next_sentence_only_cites_is_not_the_one_made():
    got = facts("The Lao Cai People's Committee approved a plan on road safety on Monday. The plan implements "
                "Decision 12/QD-TTg on traffic.", "2026-06-05", "en")
    assert ("Lao Cai People's Committee", "issued", "Decision 12/QD-TTg") not in got
    assert ("Decision 12/QD-TTg", "date", "2026-06-01") not in got
