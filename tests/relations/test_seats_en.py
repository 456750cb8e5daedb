"""Tests of kg.relations.seats_en: Where a body is, from its premises there (English)."""
from __future__ import annotations

from articlefacts import facts


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2025-11-20", "en") if p == "locatedIn"}


def test_the_city_office_of_a_body_locates_it():
    got = located("Sato Ken, chief representative of the Hồ Chí Minh City office of the Japan International "
                  "Cooperation Agency (JICA), said the loan was signed.")
    assert any(e == "Japan International Cooperation Agency" and "Minh" in p for e, p in got)


def test_its_office_in_a_commune_locates_the_body_the_sentence_opens_with():
    got = located("On Monday, the Đình Vũ Economic Zone Authority held a meeting at its office in Đông Hải ward "
                  "with 20 investors.")
    assert ("Đình Vũ Economic Zone Authority", "Đông Hải ward") in got


def test_a_known_state_agencys_office_in_a_commune_locates_it():
    # a management board in the gazetteer (a state agency) is where its office is, as a body named only in the text
    got = located("On Monday, the Hoa Lac Hi-Tech Park Management Board held a meeting at its office in Hòa Lạc "
                  "commune with 30 technology firms.")
    assert ("Hoa Lac Hi-Tech Park Management Board", "Hòa Lạc commune") in got


def test_a_branch_a_body_plans_to_open_is_no_seat():
    got = located("The Saigon Commercial Bank plans to open its first branch in Australia next year.")
    assert not any(p == "Australia" for e, p in got)


def test_at_its_campus_locates_the_body_after_a_dateline():
    got = located("CẦN THƠ — Cần Thơ University on Monday opened a robotics laboratory at its campus in Ninh "
                  "Kiều ward.")
    assert ("Can Tho University", "Ninh Kiều ward") in got  # (the gazetteer's body, by its English name)


def test_a_meeting_at_a_state_bodys_headquarters_places_the_meeting_only():
    got = located("HÀ NỘI — The Ministry of Home Affairs on Friday held a meeting with religious leaders at its "
                  "headquarters in Hà Nội.")
    assert not any(e == "Ministry of Home Affairs" for e, p in got)


def test_a_body_told_opened_by_its_kind_then_named_is_in_the_places_told():
    got = located("A 500-bed paediatric hospital opened on Friday in Thuận An ward, Bình Dương province. "
                  "The Thuận An Paediatric Hospital will treat 2,000 patients a day.")
    assert any(e == "Thuận An Paediatric Hospital" and p == "Thuận An ward" for e, p in got)
    got = located("A 500-bed children's hospital opened on Friday in Thuận An ward. "
                  "The Bình Dương Provincial People's Committee said the project cost 900 billion VND.")
    assert not any(p == "Thuận An ward" and e != "hospital" for e, p in got)


def test_the_city_office_of_a_firm_told_by_its_kind():
    got = located("The visitors toured the Osaka office of carmaker Daihatsu Motor Co. on Tuesday.")
    assert any(o == "Osaka" and "Daihatsu" in s for s, o in got)
    got = located("Staff at the Singapore office of logistics company Kerry Logistics Network were told on Monday.")
    assert any(o == "Singapore" and "Kerry" in s for s, o in got)


def test_an_office_of_a_place_and_a_person_is_no_seat():
    got = located("Nguyễn Văn An, head of the Hà Nội office of Lê Văn Bình, said the deal was signed.")
    assert not any(o == "Hanoi" for s, o in got)


def test_a_seat_said_to_be_in_a_place_in_a_clause_of_its_own():
    got = facts("Vietjet's head office is in Ho Chi Minh City.", "2025-11-20", lang="en")
    assert ("Vietjet", "locatedIn", "Ho Chi Minh City") in got
    got = facts("The headquarters of Masan Group is located in Ho Chi Minh City.", "2025-11-20", lang="en")
    assert ("Masan Group", "locatedIn", "Ho Chi Minh City") in got
    got = facts("Sao Viet Commercial Bank approved the loans in 2022. The bank's head office is in Ba Dinh ward.",
                "2025-11-20", lang="en")
    assert ("Sao Viet Commercial Bank", "locatedIn", "Ba Dinh ward") in got
    # a factory there is not the body's seat
    got = facts("Samsung Electronics' newest factory is in Thai Nguyen.", "2025-11-20", lang="en")
    assert not any(p == "locatedIn" and s.startswith("Samsung") for s, p, o in got)


def test_a_body_told_by_its_kind_opened_in_a_province_named_after_its_kind():
    got = facts("A 1,000-bed general hospital opened on Monday in the central province of Nghe An. The Nghe An "
                "Friendship General Hospital was built with state money.", "2025-11-20", lang="en")
    assert ("Nghe An Friendship General Hospital", "locatedIn", "Nghe An") in got


def test_a_firm_in_the_kind_of_unit_of_a_place():
    got = facts("Vinh Hoan Corporation, a seafood exporter in the Mekong Delta province of Đồng Tháp, posted record "
                "profits.", "2025-11-20", lang="en")
    assert any(s == "Vinh Hoan Corporation" and p == "locatedIn" and o.startswith("D") for s, p, o in got)
    got = facts("Vinh Hoan Corporation, a seafood exporter, sells to buyers in the Mekong Delta province of Đồng Tháp.",
                "2025-11-20", lang="en")
    assert not any(s == "Vinh Hoan Corporation" and p == "locatedIn" for s, p, o in got)
