"""English locatedIn cases of kg.relations.places, kg.relations.events, kg.relations.based_refs and
kg.relations.seats_en: unnamed firms 'based in' a place, an offence's site, a road's places before a
ceremony, a body named again by its kind, a venue hotel named with its city."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def located(text: str, published: str = "2026-12-03") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, published, "en") if p == "locatedIn"}


def test_firms_based_in_a_place_after_a_body_do_not_locate_the_body():
    got = located("Eleven defendants, including four officials of the Maritime Administration and seven executives "
                  "of two dredging companies based in Hải Dương and Thái Bình, were sentenced on Wednesday.")
    assert not any(s == "Maritime Administration" for s, _ in got)


def test_a_body_based_in_a_place_is_still_located():
    got = located("Đông Hải Dredging JSC, a company headquartered in Kiến An ward, repaid the money.")
    assert ("Đông Hải Dredging JSC", "Kiến An ward") in got


def test_where_an_offence_was_is_no_venue_of_the_hearing():
    got = located("The HCM City People's Court will next week open the appeal hearing of three former managers "
                  "of Sài Gòn Port accused of leasing land at Nhà Rồng – Khánh Hội wharf below market prices.")
    assert not any(s == "appeal hearing" for s, _ in got)


def test_the_places_a_road_links_do_not_place_the_ceremony_of_the_next_sentence():
    got = located("LẠNG SƠN — Construction began on Monday on an expressway connecting Đồng Đăng town in Lạng Sơn "
                  "Province with Trà Lĩnh border gate in Cao Bằng Province. The groundbreaking ceremony took place "
                  "at the Tân Thanh border gate in Lạng Sơn.", "2026-12-01")
    assert not any(s == "groundbreaking ceremony" and "Cao" in o for s, o in got)
    assert any(s == "groundbreaking ceremony" and o.startswith("Tân Thanh") for s, o in got)


def test_a_board_named_again_is_based_in_a_place():
    got = located("The expressway is due to open by the end of the year, the Project Management Board of My "
                  "Thuan said. The board is based in HCM City.")
    assert any(s == "Project Management Board of My Thuan" and "City" in o for s, o in got)


def test_a_hospital_told_by_its_kind_with_a_possessive_is_in_the_places_of_its_opening():
    got = located("CẦN THƠ — A 500-bed children's hospital opened on Friday in Cái Răng ward, Cần Thơ City, "
                  "giving families an alternative. The Cần Thơ Children's Hospital cost 1.2 trillion VND.",
                  "2026-11-28")
    assert any(s == "Cần Thơ Children's Hospital" and o == "Cái Răng ward" for s, o in got)


def test_a_brand_hotel_with_its_city_is_a_venue():
    text = "The conference at the Lotte Hotel Seoul in Jung District drew 250 businesses on Tuesday."
    assert ("Lotte Hotel Seoul", "Place") in resolved_entities(text, "en", "2026-12-02")
    assert ("conference", "Lotte Hotel Seoul") in located(text, "2026-12-02")


def test_an_indefinite_article_before_a_known_body_is_not_its_name():
    got = resolved_entities("A Vietnam Airlines flight from Hà Nội was diverted to Đà Nẵng on Friday.", "en",
                            "2026-12-05")
    assert ("Vietnam Airlines", "Organization") in got
    assert not any(n.startswith("A ") for n, _ in got)


def test_a_place_in_what_a_speaker_told_an_event_is_not_the_event_s():
    text = ("Aeon Vietnam will open its fifth mall in Hà Nội in 2027, the company said on Monday. The mall in Hoàng Mai "
            "District will cover 110,000sq m, general director Furusawa Yasuyuki told a press conference.")
    got = facts(text, "2026-11-24", "en")
    assert ("press conference", "locatedIn", "Hoàng Mai District") not in got
