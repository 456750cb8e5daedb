"""Tests of kg.relations.signing_refs: English."""
from __future__ import annotations

from articlefacts import graph_triples


def _triples(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def test_a_document_signed_on_a_weekday_at_a_ceremony_and_its_signers_there():
    text = ("The Asian Development Bank and the Ministry of Finance on Friday signed a US$150 million loan agreement "
            "for the northern mountain roads project at a ceremony in Hà Nội. Minister of Finance Lý Quốc Bảo and "
            "ADB Country Director Hà Minh Khang signed the agreement.")
    triples = _triples(text)
    doc = "loan agreement for the northern mountain roads project"
    assert (doc, "date", "2026-02-06") in triples and ("ceremony", "date", "2026-02-06") in triples
    assert ("Lý Quốc Bảo", "participatedIn", "ceremony") in triples
    assert ("Hà Minh Khang", "participatedIn", "ceremony") in triples

