"""Tests of kg.relations.places: Where a body is, when the text says so next to its name."""
from __future__ import annotations

from functools import partial

from articlefacts import facts, graph_triples, kg_spans, resolved_entities


_spans = partial(kg_spans, published="2025-11-20")
_triples = partial(graph_triples, published="2025-11-20")


def _triples_20251204(text: str, published: str = "2025-12-04") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2025-11-20", "en") if p == "locatedIn"}


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def _placed(got, place: str) -> set[str]:
    return {s for s, p, o in got if p == "locatedIn" and o == place}


def test_congress_keeps_its_term_and_chained_venue_place():
    got = _triples("The second Congress of the Lâm Đồng Provincial Party Organisation for the 2025-2030 term opened "
                   "on Monday at the Lâm Đồng Conference Centre in Xuân Hương ward, with 400 delegates.")
    ev = "second Congress of the Lâm Đồng Provincial Party Organisation for the 2025-2030 term"
    assert (ev, "locatedIn", "Lâm Đồng Conference Centre") in got
    assert (ev, "locatedIn", "Xuân Hương ward") in got


def test_event_at_a_host_body_with_an_acronym_is_in_the_place_after_it():
    got = _triples("The National Student Startup and Technology Festival 2025 opened on Friday at the Hanoi University "
                   "of Science and Technology (HUST) in Bạch Mai ward, Hà Nội.")
    ev = "National Student Startup and Technology Festival 2025"
    assert (ev, "locatedIn", "Bạch Mai ward") in got
    assert any(s == ev and p == "locatedIn" and o in ("Hà Nội", "Hanoi", "Ha Noi") for s, p, o in got)


def test_dialogue_focusing_on_topics_and_a_chain_through_an_area():
    got = _triples("Vietnam and Japan held their third Economic Dialogue in Tokyo on Monday, focusing on the green "
                   "transition. The Lạng Sơn Trade Fair 2025 opened on Friday at the Tân Thanh Border Gate area in "
                   "Tân Thanh commune.")
    assert ("third Economic Dialogue", "about", "green transition") in got
    assert ("Lạng Sơn Trade Fair 2025", "locatedIn", "Tân Thanh commune") in got


def test_foreign_body_of_a_country_is_in_it_but_of_vietnam_stays_in_the_name():
    got = _triples("The hospital signed an agreement with Tokyo Medical and Dental University Hospital of Japan. "
                   "The National Payment Corporation of Vietnam will join.")
    assert ("Tokyo Medical and Dental University Hospital", "locatedIn", "Japan") in got
    spans = _spans("The National Payment Corporation of Vietnam will join.")
    assert ("ORG", "National Payment Corporation of Vietnam") in spans


def test_unit_opened_at_its_campus_in_a_ward_and_city():
    got = _triples("Huế Central Hospital on Monday opened the Huế Heart Centre at its main campus in Thuận Hóa ward, "
                   "Huế City, with 200 beds.")
    assert ("Huế Heart Centre", "locatedIn", "Thuận Hóa ward") in got
    assert any(s == "Huế Heart Centre" and p == "locatedIn" and o.startswith("Hu") and "ward" not in o
               for s, p, o in got)


def test_apposition_with_a_based_firm_locates_the_body():
    got = _triples("TerraByte, a Cần Thơ-based start-up, won the prize. It beat AgriLink, a Huế company that sells "
                   "rice online.")
    assert any(s == "TerraByte" and p == "locatedIn" and o in ("Cần Thơ", "Can Tho") for s, p, o in got)
    assert any(s == "AgriLink" and p == "locatedIn" and o.startswith("Hu") for s, p, o in got)


def test_a_definite_apposition_with_a_headquartered_firm_locates_the_body():
    got = _triples("Sao Mai Solar, the Đà Nẵng-headquartered panel maker, signed the contract on Friday.")
    assert any(s == "Sao Mai Solar" and p == "locatedIn" and (o.startswith("Đà Nẵng") or o == "Da Nang")
               for s, p, o in got)
    # the place of a plain noun phrase after the comma is no apposition about the body
    got = _triples("Sao Mai Solar sold panels to factories, the Đà Nẵng government said.")
    assert not any(s == "Sao Mai Solar" and p == "locatedIn" for s, p, o in got)


def test_a_venue_with_its_acronym_then_the_city_places_the_event_in_both():
    got = facts("The Mekong Rice Expo 2024 opened on Thursday morning with 400 booths at the Southern International "
                "Exhibition and Convention Centre (SIECC) in Cần Thơ.", "2024-05-03", "en")
    assert ("Mekong Rice Expo 2024", "locatedIn", "Can Tho") in got


def test_a_firm_from_a_province_in_a_list_is_located_there():
    got = facts("Among the exhibitors were Hòa Bình Tea Company from Thái Nguyên province and two cooperatives.",
                "2024-05-03", "en")
    assert ("Hòa Bình Tea Company", "locatedIn", "Thai Nguyen") in got


def test_moving_a_firm_from_one_country_to_another_places_it_nowhere():
    got = facts("The Osaka Bearing Company moved production from China to Việt Nam last year.", "2024-05-03", "en")
    assert not any(p == "locatedIn" and o == "China" for s, p, o in got)


def test_a_race_that_started_at_a_venue_is_located_there():
    got = facts("The Huế Heritage Marathon 2024 was held on Sunday. The race, organised by the Huế Department of "
                "Culture and Sports and Pulse Active, started and finished at the Ngọ Môn Gate.", "2024-05-03", "en")
    assert ("Huế Heritage Marathon 2024", "locatedIn", "Ngọ Môn Gate") in got


def test_a_place_named_after_its_kind_locates_the_event():
    text = "HÀ NỘI, Dec 3 (VNA) — The Ministry of Health held a conference in the central province of Quảng Ngãi on Friday."
    assert any(p == "locatedIn" and o in ("Quảng Ngãi", "Quang Ngai") for s, p, o in _triples_20251204(text))
    text = "The Ministry of Health on Friday held a conference in the Mekong Delta city of Cần Thơ."
    located = {o for s, p, o in _triples_20251204(text) if p == "locatedIn"}
    assert located & {"Cần Thơ", "Can Tho"} and not located & {"Mekong Delta"}


def test_based_in_after_a_noun_to_a_body_locates_the_body_apposed():
    got = facts("The plant belongs to Daewon Motors, a supplier to Hyundai based in Gimhae.", "2024-05-04", "en")
    assert ("Daewon Motors", "locatedIn", "Gimhae") in got
    assert ("Hyundai", "locatedIn", "Gimhae") not in got


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


def test_where_a_firm_will_invest_or_export_is_not_the_event_venue():
    got = located("Vingroup plans to invest in a battery plant in Indonesia, its chairman said at the Vietnam "
                  "Automotive Forum 2025 in Hà Nội on Monday.")
    assert not any(p == "Indonesia" for e, p in got)
    assert any(e == "Vietnam Automotive Forum 2025" and p in ("Hà Nội", "Hanoi") for e, p in got)
    got = located("Speaking at the Vietnam Fruit Forum 2025 on Tuesday, Minh said the firm exports durian to "
                  "buyers in China.")
    assert not any(p == "China" for e, p in got)


def test_an_event_at_the_headquarters_of_a_firm_in_a_city_places_both():
    got = located("The Asia Cloud Summit 2025 was held at the headquarters of Viettel Solutions in Hà Nội on Monday.")
    assert any(e == "Asia Cloud Summit 2025" and p in ("Hà Nội", "Hanoi") for e, p in got)
    assert any(e == "Viettel Solutions" and p in ("Hà Nội", "Hanoi") for e, p in got)


def test_a_bodys_plants_in_a_commune_are_not_the_signing_venue():
    got = located("TOKYO — PetroVietnam Gas signed a ten-year deal with Osaka Gas on Tuesday at a signing ceremony "
                  "to supply gas for its three new plants in Phước An commune, Đồng Nai Province.")
    assert not any(e == "signing ceremony" and p.startswith("Phước An") for e, p in got)
    got = located("OSAKA — PetroVietnam Gas on Monday signed a deal with Osaka Gas to buy LNG for its two new "
                  "plants in Phước An commune. The signing ceremony in Osaka was witnessed by ministers.")
    assert not any(e == "signing ceremony" and p.startswith("Phước An") for e, p in got)


def test_a_conference_centre_named_by_its_city_is_a_venue_not_a_body():
    got = facts("Ngày 4/3, tại Trung tâm Hội nghị Vĩnh Long, UBND tỉnh Vĩnh Long tổ chức hội thảo về kinh tế tư nhân.",
                "2027-03-10")
    assert any(p == "locatedIn" and o == "Trung tâm Hội nghị Vĩnh Long" for s, p, o in got)


def test_a_body_o_a_district_is_located_there():
    got = facts("Đoàn công tác đã kiểm tra Công ty TNHH Chế biến gỗ Phú Tài ở huyện Tuy Phước.", "2027-03-10")
    assert any(s == "Công ty TNHH Chế biến gỗ Phú Tài" and p == "locatedIn" and "Tuy Phước" in o for s, p, o in got)


def test_a_political_centre_and_an_urban_area_open_named_venues():
    got = facts("Sáng 7/3, tại Trung tâm Chính trị huyện, Huyện ủy Cam Lâm tổ chức Hội nghị học tập chuyên đề "
                "năm 2027.", "2027-03-10")
    assert any(p == "locatedIn" and o.startswith("Trung tâm Chính trị") for s, p, o in got)
    ents = _entities("Dự án được xây dựng tại Khu đô thị Tây Hồ Tây, quận Bắc Từ Liêm.")
    assert ("Khu đô thị Tây Hồ Tây", "Place") in ents


def test_the_other_party_of_a_contract_signed_after_an_apposition_took_part():
    got = facts("Ngày 2/4, tại Đà Nẵng, Bộ Công Thương tổ chức Hội thảo về điện mặt trời mái nhà. Cũng tại hội thảo, "
                "Công ty cổ phần Năng lượng Sao Mai, có trụ sở tại An Giang, ký hợp đồng cung cấp thiết bị với Tổng "
                "công ty Điện lực miền Trung.", "2027-04-10")
    assert ("Công ty cổ phần Năng lượng Sao Mai", "locatedIn", "An Giang") in got
    assert not any(p == "locatedIn" and o == "An Giang" and s.startswith("Hội thảo") for s, p, o in got)
    assert any(p == "participatedIn" and s.startswith("Tổng công ty Điện lực") for s, p, o in got)


def test_a_place_after_a_body_or_country_is_its_seat_not_the_events_venue():
    got = facts("Sáng 5/3, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị xúc tiến xuất khẩu gạo với sự tham dự của "
                "ông Lee Min-ho, Trưởng đại diện Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) tại Việt Nam và "
                "đại diện thương vụ Việt Nam tại Philippines, Indonesia.", "2027-03-10")
    assert any(p == "locatedIn" and o == "Việt Nam" and s.startswith("Tổ chức Lương thực") for s, p, o in got)
    assert ("Hội nghị xúc tiến xuất khẩu gạo", "locatedIn", "Hà Nội") in got
    assert not any(s.startswith("Hội nghị") and p == "locatedIn" and o in ("Việt Nam", "Philippines", "Indonesia")
                   for s, p, o in got)
    # organisers before the venue still give the event its place
    got = facts("Diễn đàn Kinh tế tư nhân 2027 do Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam tổ chức tại Hà Nội "
                "ngày 3/3.", "2027-03-10")
    assert ("Diễn đàn Kinh tế tư nhân 2027", "locatedIn", "Hà Nội") in got


def test_an_event_held_at_a_venue_its_own_clause_names_however_long_its_name():
    got = facts("Hội nghị tổng kết công tác chuyển đổi số năm 2026 của tỉnh Bắc Giang được tổ chức sáng 5/1 tại "
                "Hội trường UBND tỉnh.", "2027-01-10")
    assert ("Hội nghị tổng kết công tác chuyển đổi số năm 2026", "locatedIn", "Hội trường UBND tỉnh") in got


def test_a_place_opening_the_sentence_after_a_dateline_is_where_the_event_is_held():
    got = facts("Tuyên Quang tuyển chọn lao động\nTuyên Quang, ngày 26/8/2027 - Sáng 25/8, tại phường Minh Xuân, Sở Nội vụ "
                "tỉnh Tuyên Quang phối hợp với Trung tâm Dịch vụ việc làm tỉnh Tuyên Quang tổ chức Hội nghị tuyển chọn "
                "lao động năm 2027.", "2027-08-26")
    assert ("Hội nghị tuyển chọn lao động năm 2027", "locatedIn", "phường Minh Xuân") in got


def test_dat_tai_that_puts_an_object_there_does_not_locate_the_subject():
    got = facts("PGS Trần Văn Hòa, Hiệu trưởng Trường Đại học Vinh, cho biết nhà trường sẽ đặt tại Hà Tĩnh một phân hiệu.")
    assert not any(p == "locatedIn" and o == "Hà Tĩnh" for _, p, o in got)
    got = facts("Công ty cổ phần Dệt may Nam Định đặt tại Khu công nghiệp Hòa Xá đã xuất khẩu 20 triệu USD.")
    assert ("Công ty cổ phần Dệt may Nam Định", "locatedIn", "Khu công nghiệp Hòa Xá") in got


def test_a_body_that_lies_in_a_place_is_located_there():
    got = facts("Bệnh viện Đa khoa tỉnh Lai Châu nằm tại phường Đông Phong, cách trung tâm tỉnh 3 km.", "2031-08-12")
    assert any(s == "Bệnh viện Đa khoa tỉnh Lai Châu" and p == "locatedIn" and "Đông Phong" in o for s, p, o in got)


def test_held_in_past_a_long_complement():
    got = facts("A groundbreaking ceremony for the Long Thanh - Ho Chi Minh City railway was held in the southern "
                "province of Dong Nai.", "2025-11-14", lang="en")
    assert _placed(got, "Dong Nai") == {"groundbreaking ceremony for the Long Thanh - Ho Chi Minh City railway"}


def test_possessed_place_is_where_not_its_owner():
    got = facts("The Ministry of Health opened the Vietnam Medical Expo 2025 in Hanoi's Ba Dinh District.",
                "2025-11-14", lang="en")
    assert _placed(got, "Ba Dinh") == {"Vietnam Medical Expo 2025"} and not _placed(got, "Hanoi")
    got = facts("FPT Software, based in Hanoi's Cau Giay District, signed the deal.", "2025-11-14", lang="en")
    assert _placed(got, "Cau Giay") == {"FPT Software"} and not _placed(got, "Hanoi")


def test_a_place_that_hosts_an_event_holds_it():
    got = facts("The Mekong Delta province of Dong Thap hosted the Vietnam Rice Festival 2025.", "2025-11-14",
                lang="en")
    assert _placed(got, "Dong Thap") == {"Vietnam Rice Festival 2025"}
    got = facts("Thành phố Đà Nẵng đăng cai Hội nghị Bộ trưởng Du lịch ASEAN 2026.", "2025-11-14")
    assert _placed(got, "Đà Nẵng") == {"Hội nghị Bộ trưởng Du lịch ASEAN 2026"}


def test_a_known_place_after_in_ends_an_event_name():
    got = facts("Delegates to the Asia-Pacific Forum on Climate Resilience in Da Nang agreed on a joint statement.",
                "2025-11-14", lang="en")
    assert ("Asia-Pacific Forum on Climate Resilience", "locatedIn", "Da Nang") in got


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_headquartered_in_the_park():
    got = rel("Canon Vietnam, which is headquartered in the Thăng Long Industrial Park, also attended the "
              "meeting.", "locatedIn")
    assert ("Canon Vietnam", "Thăng Long Industrial Park") in got


def test_a_company_that_has_its_headquarters_in_a_city():
    got = rel("The An Phát Plastic Company, which has its headquarters in Hải Dương, will build a factory.", "locatedIn")
    assert any(s == "An Phát Plastic Company" for s, o in got)


def test_a_venue_in_a_city_leaves_the_city_a_place_of_its_own():
    got = facts("The welcome ceremony was held at the Presidential Palace in Hanoi on Monday.", "2026-11-30", lang="en")
    assert {("welcome ceremony", "locatedIn", "Presidential Palace"), ("welcome ceremony", "locatedIn", "Hanoi")} <= got


def test_body_described_as_a_firm_in_a_place_is_located_there():
    got = facts("Orders doubled at Cây Tre Foods, a company in Cần Thơ that dries mangoes for export.", lang="en",
                published="2026-02-02")
    assert any(s == "Cây Tre Foods" and p == "locatedIn" and o in ("Cần Thơ", "Can Tho") for s, p, o in got)
    got = facts("Trần Văn Bình, a company director in Huế, said demand rose.", lang="en", published="2026-02-02")
    assert not any(p == "locatedIn" for s, p, o in got)


def test_foreign_body_of_a_country_after_its_acronym_is_in_it():
    got = _triples("The terminal will be run by the Hamburg Port Consulting Company (HPC) of Germany from next year.")
    assert ("Hamburg Port Consulting Company", "locatedIn", "Germany") in got


def test_a_body_based_on_the_ground_of_a_province_is_located_there():
    got = facts("Công ty cổ phần Mía đường Sơn La đóng trên địa bàn tỉnh Sơn La, có hơn 900 lao động.", "2026-11-02")
    assert ("Công ty cổ phần Mía đường Sơn La", "locatedIn", "Sơn La") in got
    # a body named before other words is not the one based there
    got = facts("Sở Công Thương tỉnh Sơn La làm việc với các doanh nghiệp đóng trên địa bàn tỉnh Sơn La.", "2026-11-02")
    assert ("Sở Công Thương tỉnh Sơn La", "locatedIn", "Sơn La") not in got


def test_a_city_that_will_host_an_event_is_where_it_is_held():
    got = facts("Năm 2027, Cần Thơ sẽ đăng cai Hội thảo quốc tế về kinh tế biển năm 2027.", "2026-11-02")
    assert ("Hội thảo quốc tế về kinh tế biển năm 2027", "locatedIn", "Cần Thơ") in got


def test_an_event_held_in_two_places_joined_by_and():
    got = facts("Hội thảo quốc tế về di sản năm 2026 diễn ra tại Hải Phòng và Quảng Ninh.", "2026-11-02")
    ev = "Hội thảo quốc tế về di sản năm 2026"
    assert {(ev, "locatedIn", "Hải Phòng"), (ev, "locatedIn", "Quảng Ninh")} <= got
    # a place after "và" that opens another clause is not a second venue
    got = facts("Hội thảo quốc tế về di sản năm 2026 diễn ra tại Hải Phòng và ông Nguyễn Văn Tùng phát biểu "
                "khai mạc.", "2026-11-02")
    assert (ev, "locatedIn", "Hải Phòng") in got


def test_a_trip_framing_a_ceremony_does_not_place_it():
    text = ("Chiều 9/5, tại Osaka (Nhật Bản), Trường Đại học Huế và Đại học Osaka ký kết Biên bản ghi nhớ về hợp tác "
            "nghiên cứu y sinh.\n\nLễ ký kết diễn ra trong khuôn khổ chuyến công tác tại Nhật Bản của đoàn công tác "
            "Bộ Giáo dục và Đào tạo.")
    got = facts(text, "2027-05-10")
    assert ("Lễ ký kết", "locatedIn", "Osaka") in got
    assert ("Lễ ký kết", "locatedIn", "Nhật Bản") not in got


def test_a_relative_clause_with_a_span_of_days_places_the_event_however_far():
    got = facts("A team from the Đà Nẵng University of Technology won the Mekong Drone Racing Cup 2026, which took place "
                "from May 12 to 14 at the university's campus in Hòa Khánh ward.", "2026-05-20", "en")
    assert ("Mekong Drone Racing Cup 2026", "locatedIn", "Hòa Khánh ward") in got


def test_an_event_that_will_open_in_a_city_is_held_there():
    got = located("The third Central Highlands Coffee Festival, organised by the Đắk Lắk People's Committee and the "
                  "Ministry of Agriculture and Environment, will open in Buôn Ma Thuột on March 9.")
    assert ("third Central Highlands Coffee Festival", "Buon Ma Thuot") in got


def test_an_event_that_will_open_a_showroom_in_a_city_is_not_held_there():
    got = located("The Central Highlands Coffee Festival 2027 will open a coffee showroom in Buôn Ma Thuột.")
    assert not any(s == "Central Highlands Coffee Festival 2027" for s, _ in got)


def test_a_place_the_event_aims_at_promoting_something_in_is_not_its_venue():
    got = located("The Phú Quốc Marine Tourism Forum 2026 opened on Monday. The forum aimed at promoting diving "
                  "and coral reef protection in Côn Đảo.")
    assert not any(o in ("Côn Đảo", "Con Dao") for _, o in got)


def test_a_place_of_a_technical_tour_closing_an_event_is_not_its_venue():
    got = located("The Vietnam Battery Forum 2026 opened in Hà Nội on Monday. The forum closes on Tuesday with a "
                  "technical tour of a lithium cell plant in Hải Phòng.")
    assert not any(o in ("Hải Phòng", "Hai Phong") for _, o in got)
    assert any(s == "Vietnam Battery Forum 2026" for s, _ in got)


def test_the_seat_after_a_unit_and_its_parent_is_the_units():
    # "X, đơn vị thuộc Y, đóng trên địa bàn xã Z", "X là bệnh viện trực thuộc Y, có trụ sở tại phường Z"
    got = facts("Đồn Biên phòng Mỹ Lý, đơn vị thuộc Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An, đóng trên địa bàn xã Mỹ Lý. "
                "Bệnh viện Đa khoa Trung ương Cần Thơ là bệnh viện hạng I trực thuộc Bộ Y tế, có trụ sở tại phường Cái Khế.",
                "2027-04-16")
    assert ("Đồn Biên phòng Mỹ Lý", "locatedIn", "xã Mỹ Lý") in got
    assert ("Bệnh viện Đa khoa Trung ương Cần Thơ", "locatedIn", "phường Cái Khế") in got
    assert not any(p == "locatedIn" and s in ("Bộ Y tế", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An") for s, p, o in got)


def test_an_event_at_an_unnamed_spot_is_in_the_commune_after_it():
    got = facts("Sáng 27/6, Bộ Xây dựng tổ chức Lễ khánh thành cầu Phong Châu. Buổi lễ diễn ra tại đầu cầu phía "
                "xã Tam Nông, tỉnh Phú Thọ.", "2027-06-28")
    assert ("Lễ khánh thành cầu Phong Châu", "locatedIn", "xã Tam Nông") in got
    assert ("Lễ khánh thành cầu Phong Châu", "locatedIn", "Phú Thọ") in got


def test_a_bare_unit_stationed_on_a_territory_is_the_body_the_sentence_named():
    got = facts("Đại tá Trần Văn Bình, Sư đoàn trưởng Sư đoàn 324, cho biết đơn vị đã đóng quân trên địa bàn tỉnh "
                "Nghệ An nhiều năm nay.", "2027-04-16")
    assert ("Sư đoàn 324", "locatedIn", "Nghệ An") in got
    # (units in the plural are no named body)
    assert not any(p == "locatedIn" for s, p, o in facts(
        "Bộ Công an cho biết các đơn vị đóng trên địa bàn tỉnh Nghệ An đã sẵn sàng.", "2027-04-16"))


def test_an_event_held_over_a_span_of_days_in_a_capital_after_its_short_form():
    got = facts("Đoàn Việt Nam dự Hội nghị lần thứ 16 các Bên tham gia Công ước về chống sa mạc hóa (COP16), diễn ra "
                "từ ngày 2/12 đến 13/12 tại thủ đô Riyadh, Saudi Arabia.", "2024-12-14")
    assert ("Hội nghị lần thứ 16 các Bên tham gia Công ước về chống sa mạc hóa", "locatedIn", "Riyadh") in got


def test_a_scenic_complex_is_a_venue_and_the_national_tourism_year_an_event():
    got = facts("Tối 1/12, tại Quần thể danh thắng Tràng An, UBND tỉnh Ninh Bình tổ chức Lễ bế mạc Năm Du lịch quốc gia "
                "2026 - Ninh Bình. Năm Du lịch quốc gia 2027 sẽ được tổ chức tại thành phố Cần Thơ.", "2026-12-02")
    assert ("Lễ bế mạc Năm Du lịch quốc gia 2026 - Ninh Bình", "locatedIn", "Quần thể danh thắng Tràng An") in got
    assert not any(s == "Tràng An" for s, p, o in got)
    assert ("Năm Du lịch quốc gia 2027", "locatedIn", "Cần Thơ") in got


def test_a_body_that_has_an_office_somewhere_is_located_there():
    got = facts("Quỹ Quốc tế Bảo vệ Thiên nhiên (WWF), có văn phòng đại diện tại Hà Nội, kêu gọi bảo vệ loài sao la.",
                "2027-05-13")
    assert ("Quỹ Quốc tế Bảo vệ Thiên nhiên", "locatedIn", "Hà Nội") in got


def test_an_apposition_naming_the_kind_of_body_and_its_place():
    got = facts("Doctors from Hùng Vương Hospital, a public hospital in Hồ Chí Minh City, joined the team.",
                "2026-12-06", "en")
    assert ("Hùng Vương Hospital", "locatedIn", "Ho Chi Minh City") in got
    # "in A's B ward": the ward, not the city that owns it
    got = facts("Chợ Rẫy Hospital opened the Chợ Rẫy Cần Thơ Clinic, a satellite clinic in Cần Thơ's Ninh Kiều ward, "
                "on Sunday.", "2026-12-06", "en")
    assert ("Chợ Rẫy Cần Thơ Clinic", "locatedIn", "Ninh Kiều ward") in got
    assert ("Chợ Rẫy Cần Thơ Clinic", "locatedIn", "Cần Thơ") not in got


def test_event_in_a_commune_then_in_the_province_of_after_a_comma():
    got = _triples_20251204("The Buckwheat Flower Festival opened on Saturday evening at the Đồng Văn Old Quarter in "
                            "Đồng Văn commune, in the northern mountainous province of Tuyên Quang, drawing more than "
                            "10,000 visitors.")
    for place in ("Đồng Văn Old Quarter", "Đồng Văn commune", "Tuyen Quang"):  # (the gazetteer's label)
        assert ("Buckwheat Flower Festival", "locatedIn", place) in got


def test_event_in_a_ward_of_a_city_is_in_both():
    got = _triples_20251204("A workshop on rice exports was held in Hòa Hải ward of Đà Nẵng on Monday.")
    assert ("workshop on rice exports", "locatedIn", "Hòa Hải ward") in got
    assert ("workshop on rice exports", "locatedIn", "Da Nang") in got  # (the gazetteer's label)


def test_of_after_a_venue_that_is_no_unit_adds_no_place():
    got = _triples_20251204("The forum was held at the headquarters of the Bank for Investment and Development "
                            "of Vietnam on Monday.")
    assert not _placed(got, "Việt Nam") and not _placed(got, "Vietnam")


def test_a_body_stationed_on_a_commune_with_dong_chan():
    got = facts("Trung tâm Y tế khu vực Diễn Châu, đóng chân trên địa bàn xã Diễn Châu, sẽ được nâng cấp.", "2027-12-06")
    assert ("Trung tâm Y tế khu vực Diễn Châu", "locatedIn", "Diễn Châu") in got \
        or ("Trung tâm Y tế khu vực Diễn Châu", "locatedIn", "xã Diễn Châu") in got


def test_a_body_seated_at_a_street_address_is_in_the_ward_after_the_street():
    got = facts("Công ty Cổ phần Cảng Hải Phòng, có trụ sở tại số 8A Trần Phú, phường Ngô Quyền, "
                "tuyển thêm 200 lao động.", "2027-12-10", "vi")
    placed = {o for s, p, o in got if s == "Công ty Cổ phần Cảng Hải Phòng" and p == "locatedIn"}
    assert placed == {"phường Ngô Quyền"}  # the ward, not the street


def test_a_firm_apposed_to_the_parent_places_the_parent_not_the_subsidiary():
    got = facts("Công ty TNHH Goertek Vina là công ty con của Tập đoàn Goertek, doanh nghiệp có trụ sở tại "
                "tỉnh Sơn Đông, Trung Quốc.", "2027-12-06", "vi")
    placed = {(s, o) for s, p, o in got if p == "locatedIn"}
    assert {s for s, o in placed if o == "tỉnh Sơn Đông"} <= {"Tập đoàn Goertek", "Goertek"}
    assert any(o == "tỉnh Sơn Đông" for _, o in placed)
    assert not any(s == "Công ty TNHH Goertek Vina" for s, _ in placed)


def test_a_body_lying_or_working_on_the_ground_of_a_place_is_located_there():
    cases = [
        ("Bệnh viện Nhi Thanh Hóa, nằm trên địa bàn phường Đông Vệ, là đơn vị đầu tiên bỏ hồ sơ giấy.",
         "Bệnh viện Nhi Thanh Hóa", "phường Đông Vệ"),
        ("Trường Đại học Tây Nguyên tọa lạc trên địa bàn phường Tân An, có hơn 12.000 sinh viên.",
         "Trường Đại học Tây Nguyên", "phường Tân An"),
        ("Công ty TNHH May Tiến Thuận hoạt động trên địa bàn huyện Bình Đại từ năm 2015.",
         "Công ty TNHH May Tiến Thuận", "huyện Bình Đại"),
    ]
    for text, body, place in cases:
        got = facts(text, "2030-09-19")
        assert any(s == body and p == "locatedIn" and place.endswith(o) for s, p, o in got), text
    got = facts("Sở Y tế tỉnh Thanh Hóa kiểm tra các phòng khám nằm trên địa bàn phường Đông Vệ.", "2030-09-19")
    assert not any(s.startswith("Sở Y tế") and p == "locatedIn" for s, p, o in got)


def test_a_body_with_its_headquarters_in_a_place_is_there():
    got = facts("Tan Hiep Phat Group, with headquarters in Binh Duong, will expand its brewery.", "2026-12-07", "en")
    assert ("Tan Hiep Phat Group", "locatedIn", "Binh Duong") in got
    got = facts("Sao Viet Logistics, with its head office in Hai Phong, signed the contract on Friday.", "2026-12-07", "en")
    assert ("Sao Viet Logistics", "locatedIn", "Hai Phong") in got
    got = facts("Tan Hiep Phat Group signed the deal with a bank in Binh Duong.", "2026-12-07", "en")
    assert ("Tan Hiep Phat Group", "locatedIn", "Binh Duong") not in got
