"""Tests of kg.relations.policy_refs_en: English."""
from __future__ import annotations

from articlefacts import facts, graph_triples


def _triples(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def test_the_day_an_instrument_named_again_was_signed():
    text = ("The Ministry of Finance has issued Circular 21/2025/TT-BTC on bond issuance. Deputy Minister "
            "Lê Văn An signed the circular on May 3.")
    assert ("Circular 21/2025/TT-BTC", "date", "2025-05-03") in _triples(text)


def test_relative_clause_names_the_issuer():
    text = ("Banks must comply with the Law on Securities (amended), which the National Assembly passed in "
            "January 2024.")
    assert ("National Assembly", "issued", "Law on Securities") in _triples(text)
    text = "Banks must comply with the Law on Securities, which the National Assembly is still debating."
    assert ("National Assembly", "issued", "Law on Securities") not in _triples(text)


def test_the_agreement_signed_at_a_ceremony_on_a_weekday_takes_that_day():
    got = facts("The two ministries finalised an agreement on road safety education. Deputy Minister Phạm Ngọc Thưởng "
                "and Deputy Minister Lê Quốc Hùng signed the agreement at a ceremony in Hà Nội on Tuesday.",
                "2025-12-10", lang="en")
    assert ("agreement on road safety education", "date", "2025-12-09") in got
