"""English locatedIn and Place names (round en21): venues in chains, places after "on", venue statements,
bodies' seats and premises, and places that are not the event's; sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2025-11-20", "en") if p == "locatedIn"}


def test_a_company_of_a_city_is_located_there_and_keeps_its_name():
    got = facts("The contract went to Phúc An Trading Company of Hải Phòng last year.", "2025-11-20", "en")
    assert any(s == "Phúc An Trading Company" and p == "locatedIn" and "Ph" in o for s, p, o in got)
    assert not any("of Hải Phòng" in s for s, p, o in got)


def test_a_vietnamese_name_before_a_known_province_is_a_place():
    got = located("The forum was held in Bến Lức, Long An province on Friday.")
    assert any(e == "forum" and p == "Bến Lức" for e, p in got)


def test_the_an_of_a_vietnamese_name_after_the_article_belongs_to_it():
    got = located("The Hạ Long Heritage Marathon 2025 finished at the An Thới special zone on Sunday.")
    assert any(p == "An Thới special zone" for e, p in got)


def test_a_city_named_after_its_kind_goes_on_the_venue_chain():
    got = located("The Vietnam Seafood Forum 2025 took place on Tuesday at the Furama Convention Centre in the "
                  "central city of Đà Nẵng, with 400 delegates.")
    assert ("Vietnam Seafood Forum 2025", "Furama Convention Centre") in got
    assert any(e == "Vietnam Seafood Forum 2025" and "Nang" in p for e, p in got)


def test_on_an_island_or_a_beach_is_where_the_event_is():
    got = located("The Con Dao Swim Festival 2025 was staged on Con Son island on Saturday.")
    assert any(e == "Con Dao Swim Festival 2025" and p.startswith("Con Son") for e, p in got)
    got = located("The closing ceremony was held on Bãi Cháy beach in Hạ Long on Sunday.")
    assert ("closing ceremony", "Bãi Cháy beach") in got


def test_on_a_plain_noun_is_no_venue():
    got = located("The Vietnam Seafood Forum 2025 on Tuesday focused on Japan and its market rules.")
    assert not any(p == "Japan" for e, p in got)


def test_located_on_a_street_and_in_a_city():
    got = located("Hùng Vương Hospital treats 900 patients a day. The hospital, located on Lạc Long Quân Street "
                  "in Ho Chi Minh City, has 1,000 beds.")
    assert ("Hùng Vương Hospital", "Lạc Long Quân Street") in got


def test_the_venue_of_the_event_was_a_hall():
    got = located("The venue of the award ceremony was the Thăng Long Opera Hall.")
    assert ("award ceremony", "Thăng Long Opera Hall") in got
    got = located("The Mỹ Đình National Stadium will be the venue for the 2026 ASEAN Championship final.")
    assert any(p == "Mỹ Đình National Stadium" for e, p in got)


def test_another_event_of_the_kind_takes_no_place_from_the_first():
    got = located("The launch ceremony was held in Quảng Trị on Saturday. A second event will take place next "
                  "week in Huế.")
    assert any(e == "launch ceremony" and "Tr" in p for e, p in got)
    assert not any(e == "launch ceremony" and p in ("Huế", "Hue") for e, p in got)


def test_the_city_office_of_a_body_locates_it():
    got = located("Sato Ken, chief representative of the Hồ Chí Minh City office of the Japan International "
                  "Cooperation Agency (JICA), said the loan was signed.")
    assert any(e == "Japan International Cooperation Agency" and "Minh" in p for e, p in got)


def test_its_office_in_a_commune_locates_the_body_the_sentence_opens_with():
    got = located("On Monday, the Đình Vũ Economic Zone Authority held a meeting at its office in Đông Hải ward "
                  "with 20 investors.")
    assert ("Đình Vũ Economic Zone Authority", "Đông Hải ward") in got


def test_the_company_headquartered_in_a_city_is_the_body_named_before():
    got = located("Tanaka Seiki, a Japanese maker of bearings, opened a plant in Hải Dương. "
                  "The company, headquartered in Nagoya, employs 3,000 people.")
    assert ("Tanaka Seiki", "Nagoya") in got


def test_a_branch_a_body_plans_to_open_is_no_seat():
    got = located("The Saigon Commercial Bank plans to open its first branch in Australia next year.")
    assert not any(p == "Australia" for e, p in got)


def test_where_a_firm_will_invest_or_export_is_not_the_event_venue():
    got = located("Vingroup plans to invest in a battery plant in Indonesia, its chairman said at the Vietnam "
                  "Automotive Forum 2025 in Hà Nội on Monday.")
    assert not any(p == "Indonesia" for e, p in got)
    assert any(e == "Vietnam Automotive Forum 2025" and p in ("Hà Nội", "Hanoi") for e, p in got)
    got = located("Speaking at the Vietnam Fruit Forum 2025 on Tuesday, Minh said the firm exports durian to "
                  "buyers in China.")
    assert not any(p == "China" for e, p in got)


def test_a_name_set_off_before_a_based_firm_apposition_is_a_company():
    got = located("Hoàng Phát Seafood, a Cà Mau-based shrimp processor, showed frozen products.")
    assert any(e == "Hoàng Phát Seafood" and p in ("Cà Mau", "Ca Mau") for e, p in got)
    got = located("Tân Long Textile, based in Nam Định, employs 2,000 workers.")
    assert any(e == "Tân Long Textile" for e, p in got)


def test_a_lettered_hall_of_a_centre_is_the_venue_and_the_centre_no_event():
    got = facts("A workshop on cold-chain logistics was held on Friday in Hall C of the exhibition centre.",
                "2025-11-21", "en")
    assert ("workshop on cold-chain logistics", "locatedIn", "Hall C") in got
    assert ("workshop on cold-chain logistics", "date", "2025-11-21") in got
    assert not any(s == "exhibition" for s, p, o in got)


def test_at_its_campus_locates_the_body_after_a_dateline():
    got = located("CẦN THƠ — Cần Thơ University on Monday opened a robotics laboratory at its campus in Ninh "
                  "Kiều ward.")
    assert any(e == "Cần Thơ University" and p == "Ninh Kiều ward" for e, p in got)


def test_a_meeting_at_a_state_bodys_headquarters_places_the_meeting_only():
    got = located("HÀ NỘI — The Ministry of Home Affairs on Friday held a meeting with religious leaders at its "
                  "headquarters in Hà Nội.")
    assert not any(e == "Ministry of Home Affairs" for e, p in got)


def test_an_event_at_the_headquarters_of_a_firm_in_a_city_places_both():
    got = located("The Asia Cloud Summit 2025 was held at the headquarters of Viettel Solutions in Hà Nội on Monday.")
    assert any(e == "Asia Cloud Summit 2025" and p in ("Hà Nội", "Hanoi") for e, p in got)
    assert any(e == "Viettel Solutions" and p in ("Hà Nội", "Hanoi") for e, p in got)


def test_a_province_name_and_lower_case_city_is_the_city_of_that_name():
    got = located("The Hà Giang Tourism Week 2025 opened in Hà Giang city on Saturday.")
    assert any(e == "Hà Giang Tourism Week 2025" and p == "Hà Giang city" for e, p in got)


def test_a_bodys_plants_in_a_commune_are_not_the_signing_venue():
    got = located("TOKYO — PetroVietnam Gas signed a ten-year deal with Osaka Gas on Tuesday at a signing ceremony "
                  "to supply gas for its three new plants in Phước An commune, Đồng Nai Province.")
    assert not any(e == "signing ceremony" and p.startswith("Phước An") for e, p in got)
    got = located("OSAKA — PetroVietnam Gas on Monday signed a deal with Osaka Gas to buy LNG for its two new "
                  "plants in Phước An commune. The signing ceremony in Osaka was witnessed by ministers.")
    assert not any(e == "signing ceremony" and p.startswith("Phước An") for e, p in got)


def test_a_district_the_gazetteer_lacks_after_held_in_is_a_place():
    got = located("The Meo Vac Market Festival 2025 was held in Meo Vac on Saturday.")
    assert ("Meo Vac Market Festival 2025", "Meo Vac") in got


def test_and_with_a_preposition_joins_two_phrases_not_one_name():
    got = located("Nurses will train at Hùng Vương Hospital in Ho Chi Minh City and at the Heart Institute, which "
                  "is located in District 3.")
    assert any(e == "Heart Institute" and p == "District 3" for e, p in got)
    assert any(e == "Hùng Vương Hospital" for e, p in got)


def test_a_body_told_opened_by_its_kind_then_named_is_in_the_places_told():
    got = located("A 500-bed paediatric hospital opened on Friday in Thuận An ward, Bình Dương province. "
                  "The Thuận An Paediatric Hospital will treat 2,000 patients a day.")
    assert any(e == "Thuận An Paediatric Hospital" and p == "Thuận An ward" for e, p in got)
    got = located("A 500-bed children's hospital opened on Friday in Thuận An ward. "
                  "The Bình Dương Provincial People's Committee said the project cost 900 billion VND.")
    assert not any(p == "Thuận An ward" and e != "hospital" for e, p in got)
