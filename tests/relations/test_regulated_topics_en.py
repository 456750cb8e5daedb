"""Tests of kg.relations.regulated_topics_en: English."""
from __future__ import annotations

from articlefacts import facts


def about(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-12", "en") if p == "about"}


def test_fields_an_instrument_sets_rules_for_are_what_it_is_about():
    got = facts("The National Assembly on Tuesday passed the Law on Cybersecurity, which sets rules for personal data "
                "protection, electronic identification and online fraud.", "2025-12-18", lang="en")
    assert ("Law on Cybersecurity", "about", "personal data protection") in got
    assert ("Law on Cybersecurity", "about", "electronic identification") in got
    got = facts("The National Assembly Standing Committee on Monday discussed the draft Law on Tax Administration. "
                "Minister Nguyễn Văn Thắng presented the bill, which would regulate e-commerce and digital banking.",
                "2025-12-18", lang="en")
    assert ("Law on Tax Administration", "about", "e-commerce") in got
    assert ("Law on Tax Administration", "about", "digital banking") in got


def test_a_target_set_is_no_field_regulated():
    got = facts("The Government issued Decree 58/2025/NĐ-CP, which sets a target for renewable energy by 2030.",
                "2025-12-18", lang="en")
    assert not any(s.startswith("Decree 58") and p == "about" and o == "renewable energy" for s, p, o in got)


def test_a_regulating_clause_after_the_issuer_belongs_to_the_instrument():
    got = about("The city will build the centre under Resolution 98/2023/QH15 of the National Assembly, which sets rules "
                "for the international financial centre and the carbon market.")
    assert ("Resolution 98/2023/QH15", "international financial centre") in got
    assert ("Resolution 98/2023/QH15", "carbon market") in got
    assert ("National Assembly", "carbon market") not in got


def test_fields_an_instrument_gives_priority_to_are_what_it_is_about():
    got = about("The ministry will carry out the revised Power Development Plan VIII, which gives priority to "
                "offshore wind, rooftop solar power and battery storage.")
    assert {("Power Development Plan VIII", o) for o in ("offshore wind", "rooftop solar power", "battery storage")} <= got
