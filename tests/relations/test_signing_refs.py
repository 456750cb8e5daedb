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


def test_a_signer_with_no_object_signed_the_one_instrument_signed_the_sentence_before():
    text = ("The Hà Nội University of Science and Kyoto University put pen to a programme on materials science. "
            "Rector Trần Văn Bình signed on behalf of the university.")
    assert ("Trần Văn Bình", "signed", "programme on materials science") in _triples(text)
    # an instrument only talked about the sentence before was not signed there
    text = ("The Hà Nội University of Science discussed a programme on materials science with Kyoto University. "
            "Rector Trần Văn Bình signed on behalf of the university.")
    assert not any(p == "signed" for s, p, o in _triples(text))
