"""Tests of kg.relations.promulgation for English copy: the body that approves something in an instrument."""
from __future__ import annotations

from articlefacts import facts, graph_triples


def test_the_body_that_approved_a_project_under_a_resolution_issued_it():
    got = graph_triples("The project, approved by the Hà Nội People's Council under Resolution 45/NQ-HĐND in June, is "
                        "part of the city's plan.", "en", "2026-12-05")
    assert ("Hanoi People's Council", "issued", "Resolution 45/NQ-HĐND") in got  # (the gazetteer's body)


def test_a_decree_detailing_the_implementation_of_a_law_implements_it():
    from articlefacts import facts
    text = ("The Government issued Decree 61/2026/NĐ-CP on cyber security fines. Decree 61 details the implementation "
            "of the Law on Cyber Security.")
    got = facts(text, "2026-11-02", "en")
    assert ("Decree 61/2026/NĐ-CP", "implements", "Law on Cyber Security") in got
    # an instrument that merely mentions the law's implementation carries nothing out
    got = facts("The Government issued Decree 61/2026/NĐ-CP on fines. Decree 61 took effect before the implementation "
                "of the Law on Cyber Security.", "2026-11-02", "en")
    assert ("Decree 61/2026/NĐ-CP", "implements", "Law on Cyber Security") not in got


def test_an_instrument_dated_in_commas_then_to_guide_implements_the_one_it_guides():
    from articlefacts import facts
    text = ("The Government issued Decree 12/2026/NĐ-CP on rice exports in March. The Ministry of Industry and Trade "
            "has issued Circular 30/2026/TT-BCT, dated October 2, to guide the decree.")
    got = facts(text, "2026-11-02", "en")
    assert ("Circular 30/2026/TT-BCT", "implements", "Decree 12/2026/NĐ-CP") in got
    # a date with no purpose after it links nothing
    got = facts("The Government issued Decree 12/2026/NĐ-CP on rice exports in March. The ministry has issued Circular "
                "30/2026/TT-BCT, dated October 2, and a guide to the decree.", "2026-11-02", "en")
    assert ("Circular 30/2026/TT-BCT", "implements", "Decree 12/2026/NĐ-CP") not in got


def test_an_instrument_that_guided_or_detailed_a_law_carries_it_out():
    for text, a, b in [
            ("The new rules replace parts of Decree 102/2024/NĐ-CP, which guided the Land Law when it took effect.",
             "Decree 102/2024/NĐ-CP", "Land Law"),
            ("Circular 7/2025/TT-BCT detailed Decree 55/2024/NĐ-CP on power purchases.",
             "Circular 7/2025/TT-BCT", "Decree 55/2024/NĐ-CP")]:
        assert (a, "implements", b) in facts(text, "2026-12-07", "en")
    got = facts("The Ministry of Health issued Circular 3/2026/TT-BYT with detailed rules for Decree 9/2025/NĐ-CP "
                "later.", "2026-12-07", "en")
    assert not any(p == "implements" for s, p, o in got)
