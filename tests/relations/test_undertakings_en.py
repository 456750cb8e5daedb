"""Tests of kg.relations.undertakings_en: a body that acts under an instrument carries it out (English)."""
from __future__ import annotations

from articlefacts import facts


def test_a_body_acting_under_a_named_programme_implements_it():
    text = ("The Prime Minister approved the programme on training digital engineers for 2026–2030 in May. "
            "Cần Thơ University has opened two new degree courses under the programme, its rector said.")
    got = facts(text, "2026-11-02", "en")
    assert ("Can Tho University", "implements", "programme on training digital engineers for 2026–2030") in got


def test_a_body_that_began_applying_an_instrument_implements_it():
    text = ("The Ministry of Health issued Decision 4100/QĐ-BYT on electronic health records. "
            "Chợ Rẫy Hospital has begun applying Decision 4100/QĐ-BYT in its outpatient wards.")
    got = facts(text, "2026-11-02", "en")
    assert ("Chợ Rẫy Hospital", "implements", "Decision 4100/QĐ-BYT") in got


def test_a_named_plan_made_under_an_instrument_leaves_the_body_out():
    text = "The Huế City People's Committee has issued Plan 88/KH-UBND under Resolution 57-NQ/TW."
    got = facts(text, "2026-11-02", "en")
    assert ("Huế City People's Committee", "implements", "Resolution 57-NQ/TW") not in got


def test_a_body_under_a_body_is_no_implementer():
    text = ("The Ministry of Finance issued Circular 20/2026/TT-BTC on fees. "
            "The Tax Department has set up a new office under the ministry.")
    got = facts(text, "2026-11-02", "en")
    assert not any(p == "implements" for s, p, o in got)


def test_the_province_named_again_acts_for_its_people_s_committee():
    text = ("The Hà Giang People's Committee has issued Plan 33/KH-UBND on e-government. Its chairman said the province "
            "has also rolled out the Government's Resolution 09/NQ-CP and had issued Plan 40/KH-UBND on data.")
    got = facts(text, "2026-11-02", "en")
    assert ("Hà Giang People's Committee", "implements", "Resolution 09/NQ-CP") in got
    # with two committees named, "the province" could be either: no body
    text = ("The Hà Giang People's Committee and the Cao Bằng People's Committee met on Monday. He said the province "
            "has rolled out Resolution 09/NQ-CP.")
    got = facts(text, "2026-11-02", "en")
    assert not any(p == "implements" and o == "Resolution 09/NQ-CP" for s, p, o in got)


def test_its_instrument_is_issued_by_the_body_opening_the_sentence():
    text = "The Ministry of Construction will repair 40 bridges next year under its Plan 15/KH-BXD."
    assert ("Ministry of Construction", "issued", "Plan 15/KH-BXD") in facts(text, "2026-11-02", "en")
    # another body between: "its" may be that one's
    text = "The Ministry of Construction met the Hà Nội People's Committee to review its Plan 15/KH-UBND."
    got = facts(text, "2026-11-02", "en")
    assert ("Ministry of Construction", "issued", "Plan 15/KH-UBND") not in got


def _implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-10", "en") if p == "implements"}


def test_a_body_reporting_its_own_deed_under_an_instrument():
    got = _implements("The Government issued Decree 356/2026/ND-CP in May. Vietcombank said it had set up a data "
                      "protection unit in line with the decree.")
    assert ("Joint Stock Commercial Bank for Foreign Trade of Vietnam", "Decree 356/2026/ND-CP") in got


def test_a_body_s_deed_ahead_or_an_obligation_met():
    assert ("Ministry of Health", "Resolution 57-NQ/TW") in _implements(
        "The Ministry of Health is building 20 clinics under Resolution 57-NQ/TW.")
    assert ("Ministry of Health", "Resolution 57-NQ/TW") in _implements(
        "The Ministry of Health will build 20 clinics under Resolution 57-NQ/TW.")
    assert ("Ministry of Health", "Decree 104/2026/ND-CP") in _implements(
        "The Ministry of Health has provided free vaccines, as required by Decree 104/2026/ND-CP.")
    assert not _implements("The Ministry of Health has criticised plans under Resolution 57-NQ/TW.")
