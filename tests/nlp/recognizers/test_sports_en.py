"""Tests of kg.nlp.recognizers.sports_en: Competitions and clubs of English sports copy."""
from __future__ import annotations

import kg.nlp

from articlefacts import facts


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_a_league_with_its_tier_is_a_competition_and_takes_no_match_day():
    text = ("Sông Lam Nghệ An beat Hải Phòng FC 3-1 at Vinh Stadium on Sunday to climb to third in the V.League 2. "
            "Incheon United will meet Hà Nội FC in the AFC Champions League Elite next month.")
    got = spans(text)
    assert ("EVENT", "V.League 2") in got
    assert ("EVENT", "AFC Champions League Elite") in got
    assert ("ORG", "Incheon United") in got
    assert not any(s in ("V.League 2", "AFC Champions League Elite") and p in ("date", "locatedIn")
                   for s, p, o in facts(text, "2026-01-12", "en"))


def test_a_league_outside_sport_or_before_of_is_no_competition():
    got = spans("The Arab League met foreign ministers in Cairo. The United States sent an envoy.")
    assert not any(label == "EVENT" for label, _ in got)
    assert not any(t.endswith("United") for _, t in got)


def test_a_countrys_player_in_a_match_is_a_person_not_a_company():
    got = spans("Linh won the final, beating Japan's Riko Gunji 21-15, 21-18. In the men's singles final, Malaysia's "
                 "Justin Hoh defeated Indonesia's Alwi Farhan.")
    assert {("PER", "Riko Gunji"), ("PER", "Justin Hoh"), ("PER", "Alwi Farhan")} <= got
    assert ("ORG", "Hanwha Energy") in spans("South Korea's Hanwha Energy will build a solar farm in Ninh Thuận.")


def test_a_club_fined_a_sum_of_money_is_still_a_club():
    got = spans("The Việt Nam Football Federation fined Quảng Nam FC VNĐ85 million after fans threw flares.")
    assert ("ORG", "Quảng Nam FC") in got
    assert ("LOC", "Quảng Nam") not in got


def test_clubs_by_their_current_english_names():
    got = spans("The Công – Viettel lost 0-1 to Hoàng Anh Gia Lai, and Công An Hà Nội FC won 3-1 away at "
                "Becamex Hồ Chí Minh City.")
    assert ("ORG", "The Công – Viettel") in got and ("ORG", "Becamex Hồ Chí Minh City") in got
