"""Tests of kg.relations.lead_events: English news."""
from __future__ import annotations

from articlefacts import facts, graph_triples


def _triples(text: str, published: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def test_bodies_that_launch_something_at_a_ceremony_held_it():
    got = _triples("HÀ NỘI — Bamboo Airways on Monday launched its first direct route between Hà Nội and Rome, with "
                   "a ceremony at Nội Bài International Airport attended by Italian officials.", "2025-12-05")
    assert ("Bamboo Airways", "organized", "ceremony") in got
    got = _triples("HÀ NỘI — The Hà Nội Department of Health and the Vietnam Red Cross Society on Sunday launched a "
                   "campaign to give blood around West Lake. About 2,000 young volunteers took part in the launch "
                   "ceremony at Lý Thái Tổ Park.", "2025-12-05")
    assert {("Hà Nội Department of Health", "organized", "launch ceremony"),
            ("Vietnam Red Cross Society", "organized", "launch ceremony")} <= got
    # a person opening the sentence is no body that held it
    got = _triples("HUẾ — Deputy Prime Minister Trần Hồng Hà on Sunday opened the bridge at a ceremony in Huế.",
                   "2025-12-05")
    assert not any(p == "organized" for _, p, _ in got)


def test_parties_named_with_their_country():
    got = _triples("SEOUL — Vietnam's Ministry of Home Affairs and South Korea's Ministry of Employment and Labor on "
                   "Thursday signed a memorandum of understanding on seasonal workers at a ceremony in Seoul.",
                   "2025-12-05")
    assert {("Ministry of Home Affairs", "participatedIn", "ceremony"),
            ("Ministry of Employment and Labor", "participatedIn", "ceremony")} <= got


def test_a_training_course_to_come_has_a_place_but_not_the_leads_day():
    got = _triples("HÀ NỘI — The Ministry of Health on Monday launched a vaccination campaign. The ministry will "
                   "also hold a training course on cold-chain management in Cần Thơ next week.", "2025-12-05")
    ev = "training course on cold-chain management"
    assert any(s == ev and p == "locatedIn" for s, p, _ in got)
    assert not any(s == ev and p == "date" for s, p, _ in got)
    got = _triples("HÀ NỘI — Shareholders of Vinamilk on Friday approved a dividend. The annual general meeting, "
                   "held in Hà Nội, was chaired by Chairwoman Mai Kiều Liên.", "2025-12-05")
    assert ("annual general meeting", "date", "2025-12-05") in got


def test_the_lead_day_dates_the_event_of_the_next_sentence():
    text = ("Metro work begins\n\nHo Chi Minh City on Monday began building its second metro line. "
            "Prime Minister Pham Minh Chinh attended the groundbreaking ceremony at the depot.")
    assert ("groundbreaking ceremony", "date", "2025-01-13") in facts(text, published="2025-01-15", lang="en")
    dated = text.replace("at the depot.", "at the depot on Tuesday.")
    assert ("groundbreaking ceremony", "date", "2025-01-13") not in facts(dated, published="2025-01-15", lang="en")
