"""Tests of kg.relations.signing_refs: English."""
from __future__ import annotations

from articlefacts import facts, graph_triples


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



def test_the_parties_between_the_document_and_was_signed_by():
    text = ("The Cần Thơ Hi-Tech Park signed a cooperation agreement on robotics training with the Osaka Chamber of "
            "Commerce. The agreement between the park and the chamber was signed by park director Lê Văn Tâm and "
            "chamber president Kenji Ota.")
    got = facts(text, "2026-03-02", "en")
    assert ("Lê Văn Tâm", "signed", "cooperation agreement on robotics training") in got
    assert ("Kenji Ota", "signed", "cooperation agreement on robotics training") in got


def test_a_person_who_signed_it_signed_the_instrument_named_before():
    got = facts("The National Assembly passed the revised Law on Cooperatives in June, and President Lương Cường "
                "signed it the same month.", "2026-08-02", "en")
    assert ("Luong Cuong", "signed", "Law on Cooperatives") in got  # (the gazetteer's name)
    # two instruments before "it": which one is not said
    got = facts("The ministry issued Decree 12/2026/ND-CP and Circular 5/2026/TT-BTC, and Deputy Minister Lê Văn Tâm "
                "signed it.", "2026-08-02", "en")
    assert not any(p == "signed" for s, p, o in got)


def test_those_looking_on_or_witnessing_did_not_sign():
    got = facts("The Ministry of Home Affairs and the Ministry of Justice on Thursday signed a memorandum of understanding "
                "on seasonal workers. The memorandum was signed by Deputy Minister Vũ Trường Giang and Vice Minister "
                "Kim Seok-woo, with Minister Phạm Thị Thanh Trà and Minister Park Sung-jae looking on.",
                "2025-10-25", lang="en")
    signers = {s for s, p, o in got if p == "signed"}
    assert {"Vũ Trường Giang", "Kim Seok-woo"} <= signers
    assert "Park Sung-jae" not in signers
    assert not any(x.startswith(("Phạm Thị Thanh Trà", "Pham Thi Thanh Tra")) for x in signers)
    assert any(s.startswith("Pham Thi Thanh Tra") for s, p, o in got)  # (she is in the graph: the gazetteer's label)


def test_the_agreement_signed_by_refers_to_no_decision_named_before():
    text = ("Deputy Prime Minister Trần Hồng Hà signed Decision 1234/QĐ-TTg approving the master plan for the Red River "
            "Delta. The agreement was signed by Minister Nguyễn Hồng Diên and his Lao counterpart Malaithong Kommasith.")
    assert [o for s, p, o in _triples(text) if p == "signed"] == ["Decision 1234/QĐ-TTg"]  # the Deputy PM's alone
    text = ("The two ministers witnessed the signing of a memorandum of understanding on tobacco control. The document "
            "was signed by Đào Hồng Lan and Angela Pratt.")
    triples = _triples(text)
    assert ("Angela Pratt", "signed", "memorandum of understanding on tobacco control") in triples
    assert ("Dao Hong Lan", "signed", "memorandum of understanding on tobacco control") in triples  # the lexicon's name
