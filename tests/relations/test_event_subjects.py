"""Tests of kg.relations.event_subjects: English."""
from __future__ import annotations

from articlefacts import facts, graph_triples, kg_spans


def _triples(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _spans(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def test_a_loan_agreement_after_its_amount_and_its_signers():
    text = ("The Asian Development Bank and the Ministry of Finance on Friday signed a US$150 million loan agreement "
            "for the northern mountain roads project at a ceremony in Hà Nội. Minister of Finance Lý Quốc Bảo "
            "signed the agreement.")
    assert "loan agreement for the northern mountain roads project" in _spans(text, "POLICY")
    triples = _triples(text)
    assert ("Lý Quốc Bảo", "signed", "loan agreement for the northern mountain roads project") in triples
    assert ("Asian Development Bank", "participatedIn", "ceremony") in triples
    assert ("Ministry of Finance", "participatedIn", "ceremony") in triples


def test_the_subject_of_an_act_at_a_ceremony_took_part():
    text = ("Standing member of the Secretariat Tran Cam Tu handed the decision to Ho Van Nien at a ceremony "
            "in Quy Nhon City on Monday.")
    got = facts(text, published="2025-07-08", lang="en")
    assert ("Tran Cam Tu", "participatedIn", "ceremony") in got
    said = "Tran Cam Tu said that Ho Van Nien would speak at a ceremony in Quy Nhon City on Monday."
    assert ("Tran Cam Tu", "participatedIn", "ceremony") not in facts(said, published="2025-07-08", lang="en")


def test_an_academic_rank_before_the_subject_still_places_the_person_at_the_event():
    from articlefacts import facts
    got = facts("Associate Professor Dr Trần Văn Minh, rector of Huế University, received the Labour Order at a "
                "ceremony in Huế on Monday.", lang="en", published="2026-02-04")
    assert ("Trần Văn Minh", "participatedIn", "ceremony") in got


def test_one_who_said_at_the_event_took_part_but_not_one_who_spoke_of_it():
    got = facts("The 11th Đà Lạt Flower Festival opened on Lâm Viên Square on Tuesday evening. Hồ Văn Mười, chairman of "
                "the Lâm Đồng Provincial People's Committee, said at the opening ceremony that the province expected 1.5 "
                "million visitors.", "2026-12-02", lang="en")
    assert ("Hồ Văn Mười", "participatedIn", "11th Đà Lạt Flower Festival") in got  # (its opening ceremony is its own)
    got = facts("The 11th Đà Lạt Flower Festival opened on Lâm Viên Square on Tuesday evening. Hồ Văn Mười, chairman of "
                "the Lâm Đồng Provincial People's Committee, said that at the opening ceremony the province had expected "
                "more visitors.", "2026-12-02", lang="en")
    assert not any(s == "Hồ Văn Mười" and p == "participatedIn" for s, p, o in got)
    got = facts("The State Bank of Vietnam held a press conference in Hà Nội on Monday. The State Bank of Vietnam said at "
                "the press conference that credit grew 15 per cent.", "2026-12-07", lang="en")
    assert not any(s.startswith("State Bank") and p == "participatedIn" for s, p, o in got)


def test_a_body_past_an_aside_on_it_presented_at_the_conference():
    got = facts("The Asia Water Conference 2026 took place in Cần Thơ on Monday. The Institute of Coastal Studies, "
                "which is based in Vũng Tàu, presented a flood model at the conference.", published="2026-12-07",
                lang="en")
    assert ("Institute of Coastal Studies", "participatedIn", "Asia Water Conference 2026") in got


def test_bodies_joined_past_their_asides_exhibited_at_the_expo():
    got = facts("The Vietnam Retail Expo 2026 was held in Hà Nội on Friday. Tiki, an online marketplace based in "
                "HCM City, and Haravan, a software firm, showed new services at the expo's main hall.",
                published="2026-12-07", lang="en")
    assert ("Tiki", "participatedIn", "Vietnam Retail Expo 2026") in got
    assert ("Haravan", "participatedIn", "Vietnam Retail Expo 2026") in got


def test_an_aside_that_reports_speech_still_keeps_the_event_out_of_reach():
    got = facts("The Asia Water Conference 2026 took place in Cần Thơ on Monday. The Institute of Coastal Studies "
                "said that experts would present a flood model at the conference.", published="2026-12-07", lang="en")
    assert ("Institute of Coastal Studies", "participatedIn", "Asia Water Conference 2026") not in got
