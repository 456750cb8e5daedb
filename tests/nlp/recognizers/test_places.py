"""Tests of kg.nlp.recognizers.places: Places built by rules."""
from __future__ import annotations

from functools import partial

import pytest

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.nlp.recognizers.stages import analyze_text
from kg.resolve import resolve_article

from articlefacts import facts, flat_names as ents, graph_triples, kg_spans, resolved_entities, span_pairs


_spans = partial(kg_spans, published="2025-11-04")
_spans_20250929 = partial(kg_spans, published="2025-09-29")
_spans_20251120 = partial(kg_spans, published="2025-11-20")


def _spans_20251204(text: str) -> list[tuple[str, str]]:
    return kg_spans(text, "en", "2025-12-04")


def _triples(text: str, published: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    return {(t, n) for n, t in resolved_entities(text, "en", published)}


def _spans_20251210(text: str, published: str = "2025-12-10") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _spans_20251222(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2025-11-20", "en") if p == "locatedIn"}


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def _kg(nlp, text):
    return span_pairs(nlp, text, "2026-05-04")


def _kg_20270210(nlp, text, published="2027-02-10"):
    return span_pairs(nlp, text, published)


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def test_buildings_are_venues_and_mou_name_runs_through_in_the_field_of():
    got = _spans("They met at the Government Complex and the Lotte Hotel in Seoul and signed the Vietnam-Korea "
                 "Memorandum of Understanding on Cooperation in the Field of Critical Minerals and an agreement on trade.")
    assert ("LOC", "Government Complex") in got and ("LOC", "Lotte Hotel") in got
    assert ("POLICY", "Vietnam-Korea Memorandum of Understanding on Cooperation in the Field of Critical Minerals") in got


def test_places_listed_before_a_plural_unit_word():
    got = _spans_20250929("They evacuated households in Mu Cang Chai, Tram Tau and Van Chan communes after rain.")
    assert [t for lab, t in got if lab == "LOC"] == ["Mu Cang Chai", "Tram Tau", "Van Chan"]


def test_venue_opening_with_d_stroke_and_en_dash_road():
    got = _spans_20251120("The fair was held at the Đà Lạt Exhibition Centre. Work on the Cam Lâm–Vĩnh Hảo Expressway "
                 "resumed.")
    assert ("LOC", "Đà Lạt Exhibition Centre") in got
    assert ("LOC", "Cam Lâm–Vĩnh Hảo Expressway") in got


def test_named_park_is_a_venue_but_a_bare_head_is_none():
    got = _spans_20251120("Volunteers gathered at Thống Nhất Park in Hai Bà Trưng ward. Housing for Workers and Industrial Park "
                 "Staff is short.")
    assert ("LOC", "Thống Nhất Park") in got
    assert ("LOC", "Industrial Park") not in got


def test_capitalised_power_plant_is_a_venue_but_an_acronym_kind_is_not():
    got = _spans_20251120("Quảng Trị plans a 1,500 MW LNG power plant. Work began on the Hải Lăng LNG Power Plant on Monday.")
    assert ("LOC", "Hải Lăng LNG Power Plant") in got
    assert not any(lab == "LOC" and t.startswith(("MW", "LNG")) for lab, t in got)


def test_venues_named_after_a_day():
    got = _spans_20251120("The festival opened at the 2 April Square in Nha Trang. Crowds filled 10-3 Square.")
    assert ("LOC", "2 April Square") in got and ("LOC", "10-3 Square") in got


def test_exhibition_and_convention_centre_is_a_venue():
    got = _spans_20251204("The fair opened at the Hà Nội Exhibition and Convention Center on Monday.")
    assert ("LOC", "Hà Nội Exhibition and Convention Center") in got
    assert not any(label == "EVENT" and "Exhibition" in text for label, text in got)


def test_colleges_and_a_second_body_after_a_place_name():
    got = _spans_20251204("Samsung Vietnam, LG Display Vietnam and Hanoi College of High Technology signed a memorandum.")
    assert [t for label, t in got if label == "ORG"] == ["Samsung Vietnam", "LG Display Vietnam",
                                                         "Hanoi College of High Technology"]
    assert ("ORG", "Hải Phòng Vocational College") in _spans_20251204("Students of the Hải Phòng Vocational College met.")
    assert ("ORG", "Natural Resources and Environment Department") in _spans_20251204(
        "The Natural Resources and Environment Department said so.")


def test_a_named_port_canal_or_island_is_a_place_but_a_citys_port_is_the_city():
    assert ("LOC", "Hòn Gai port") in _spans_20251204("Ships sail from Hòn Gai port to Cái Mép.")
    assert ("LOC", "Bạch Long Vĩ island") in _spans_20251204("Soldiers flew to Bạch Long Vĩ island on Monday.")
    got = _spans_20251204("The Hải Phòng port handled 2 million containers.")
    assert ("LOC", "Hải Phòng") in got and ("LOC", "Hải Phòng port") not in got


def test_a_place_before_a_comma_and_its_country():
    got = _triples("HÀ NỘI — The Olympic Council of Asia on Sunday named Vietnam as host of the 2029 games, at its "
                   "general assembly in Tashkent, Uzbekistan.", "2025-12-05")
    assert {("general assembly", "locatedIn", "Tashkent"), ("general assembly", "locatedIn", "Uzbekistan")} <= got
    assert ("LOC", "Samsung") not in _spans_20251204("He works in Samsung, Vietnam.")


def test_an_opera_house_is_still_a_venue():
    got = entities("The concert was held at the Hải Phòng Opera House on Sunday.")
    assert ("Place", "Hải Phòng Opera House") in got


def test_a_village_named_before_its_kind_word_is_a_place():
    got = entities("A landslide buried Nậm Tông village in the province on Friday. Dao villagers fled.")
    assert ("Place", "Nậm Tông village") in got


def test_the_unknown_end_of_a_route_from_a_known_place_is_a_place():
    got = entities("The line will run from Cầu Giấy to Lĩnh Nam, the city said.")
    assert any(t == "Place" and n == "Lĩnh Nam" for t, n in got)
    assert not any(t == "Person" for t, n in got)


def test_a_name_after_the_beaches_of_is_a_place():
    got = entities("The runners passed the beaches of Mỹ Khê and the outskirts of Hòa Vang.")
    assert ("Place", "Mỹ Khê") in got


def test_a_port_written_in_lower_case_after_its_place():
    assert ("LOC", "Liên Chiểu container port") in _spans_20251210("Work on Liên Chiểu container port speeds up.")


def test_an_ethnic_place_name_with_an_apostrophe():
    spans = _spans_20251210("Drills will be held in Kon Plông and K'Bang communes and in Đắk Glei commune.")
    assert ("LOC", "K'Bang") in spans
    spans = _spans_20251210("Rangers patrolled K'Bang commune on Monday.")
    assert ("LOC", "K'Bang commune") in spans


def test_a_foreign_province_in_lower_case():
    spans = _spans_20251210("Officials will visit factories in Chungcheong province and Shizuoka prefecture.")
    assert ("LOC", "Chungcheong province") in spans
    assert ("LOC", "Shizuoka prefecture") in spans


def test_reservoir_and_terminal_named_before_the_lower_case_kind():
    spans = _spans_20251222("Water from the Dầu Tiếng reservoir will reach the Cái Mép LNG terminal by pipeline.")
    assert ("LOC", "Dầu Tiếng reservoir") in spans
    assert ("LOC", "Cái Mép LNG terminal") in spans


def test_a_describing_compound_before_a_kind_names_no_place():
    spans = _spans_20251222("Japan-backed reservoir opens in Ninh Thuận to water grape farms.")
    assert not any(label == "LOC" and "reservoir" in text for label, text in spans)


def test_a_terminal_of_a_named_airport_is_the_airport():
    spans = _spans_20251222("Work started on the Phù Cát Airport terminal, due to open in 2027.")
    assert ("LOC", "Phù Cát Airport") in spans
    assert not any(label == "LOC" and text.endswith("terminal") for label, text in spans)


def test_metro_lines_and_railways_named_before_the_kind():
    spans = _spans_20251222("The Nhổn–Ga Hà Nội metro line and the Lào Cai–Hà Nội–Hải Phòng railway will open next year.")
    assert ("LOC", "Nhổn–Ga Hà Nội metro line") in spans
    assert ("LOC", "Lào Cai–Hà Nội–Hải Phòng railway") in spans


def test_a_railway_before_a_describing_word_is_no_place():
    spans = _spans_20251222("Japan will train 500 Vietnamese railway engineers in Osaka.")
    assert not any(label == "LOC" and "railway" in text for label, text in spans)


def test_theatres_palaces_of_and_numbered_streets_are_places():
    spans = _spans_20251222("The leaders met at 10 Downing Street, toured the Palace of Westminster and watched a show at "
                   "the Hà Nội Opera House. A play opened at the Hồ Gươm Theatre. They later visited the Élysée Palace.")
    assert {("LOC", "10 Downing Street"), ("LOC", "Palace of Westminster"), ("LOC", "Hà Nội Opera House"),
            ("LOC", "Hồ Gươm Theatre"), ("LOC", "Élysée Palace")} <= set(spans)


def test_a_theatre_not_where_something_is_held_is_no_place():
    spans = _spans_20251222("Dancers from the Việt Bắc Traditional Arts Theatre performed for the guests.")
    assert ("LOC", "Việt Bắc Traditional Arts Theatre") not in spans


def test_a_peninsula_named_before_the_kind():
    assert ("LOC", "Sơn Trà peninsula") in _spans_20251222("Visitors toured the Sơn Trà peninsula on Sunday.")


def test_a_hotel_named_with_its_brand_and_city_keeps_all_its_words():
    got = entities("The workshop was held at the Sông Hồng Grand Hải Dương Hotel on Monday.")
    assert ("Place", "Sông Hồng Grand Hải Dương Hotel") in got


def test_a_wharf_is_a_venue():
    got = entities("The 2024 Mango Festival opened at Bạch Đằng Wharf in Hồ Chí Minh City on Friday.")
    assert ("Place", "Bạch Đằng Wharf") in got
    assert not any(t == "Person" for t, n in got)


def test_a_korean_family_name_park_after_a_title_is_no_park():
    got = entities("Coach Park Min-soo praised his players after the match.")
    assert ("Person", "Park Min-soo") in got
    assert not any(t == "Place" for t, n in got)


def test_a_vietnamese_name_before_a_known_province_is_a_place():
    # a commune the gazetteer does not hold (the district Bến Lức is now a known place, named "Ben Luc")
    got = located("The forum was held in Lương Hòa, Long An province on Friday.")
    assert any(e == "forum" and p == "Lương Hòa" for e, p in got)
    assert ("forum", "Ben Luc") in located("The forum was held in Bến Lức, Long An province on Friday.")


def test_the_an_of_a_vietnamese_name_after_the_article_belongs_to_it():
    got = located("The Hạ Long Heritage Marathon 2025 finished at the An Thới special zone on Sunday.")
    assert any(p == "An Thới special zone" for e, p in got)


def test_a_lettered_hall_of_a_centre_is_the_venue_and_the_centre_no_event():
    got = facts("A workshop on cold-chain logistics was held on Friday in Hall C of the exhibition centre.",
                "2025-11-21", "en")
    assert ("workshop on cold-chain logistics", "locatedIn", "Hall C") in got
    assert ("workshop on cold-chain logistics", "date", "2025-11-21") in got
    assert not any(s == "exhibition" for s, p, o in got)


def test_a_province_name_and_lower_case_city_is_the_city_of_that_name():
    got = located("The Hà Giang Tourism Week 2025 opened in Hà Giang city on Saturday.")
    assert any(e == "Hà Giang Tourism Week 2025" and p == "Hà Giang city" for e, p in got)


def test_a_district_the_gazetteer_lacks_after_held_in_is_a_place():
    got = located("The Meo Vac Market Festival 2025 was held in Meo Vac on Saturday.")
    assert ("Meo Vac Market Festival 2025", "Meo Vac") in got


def test_a_commune_in_lower_case():
    got = _ents("The fair opened at the National Exhibition Centre in Dong Anh commune, Hanoi.")
    assert ("Dong Anh commune", "LOC") in got


@pytest.mark.parametrize("text, venue", [
    ("Sáng 4/5, tại Nhà khách Chính phủ, Phó Thủ tướng tiếp đoàn doanh nghiệp.", "Nhà khách Chính phủ"),
    ("Chiều 4/5, tại Trụ sở Chính phủ, Thủ tướng tiếp Đại sứ Nhật Bản.", "Trụ sở Chính phủ"),
])
def test_a_venue_named_after_a_body_is_a_place(nlp, text, venue):
    got = _kg(nlp, text)
    assert (venue, "LOC") in got and ("Chính phủ", "ORG") not in got


def test_a_venue_of_the_province_ends_with_its_level_word(nlp):
    assert ("Nhà Văn hóa Lao động tỉnh", "LOC") in _kg(nlp, "Sáng 14/1, tại Nhà Văn hóa Lao động tỉnh, công đoàn trao quà.")


@pytest.mark.parametrize("text, name, label", [
    ("Tối 8/1, tại Công viên sông Hậu, Sở Công Thương TP Cần Thơ khai mạc hội chợ.", "Công viên sông Hậu", "LOC"),
    ("Dự có ông Ngô Văn Hưng, Phó Chánh Văn phòng Điều phối nông thôn mới Trung ương cùng lãnh đạo các sở.",
     "Văn phòng Điều phối nông thôn mới Trung ương", "ORG"),
    ("Ban Quản lý phối hợp với Tổ chức Quốc tế về Bảo tồn Thiên nhiên (WWF) tại Việt Nam thả rùa.",
     "Tổ chức Quốc tế về Bảo tồn Thiên nhiên", "ORG"),
])
def test_venues_after_a_river_and_bodies_closed_by_their_scope_or_acronym(nlp, text, name, label):
    assert (name, label) in _kg(nlp, text)


def test_two_venues_of_a_kind_joined_by_va_are_two(nlp):
    got = _kg_20270210(nlp, "Tàu cá cập cảng cá Sông Đốc và cảng cá Cà Mau.")
    assert ("cảng cá Sông Đốc", "LOC") in got and ("cảng cá Cà Mau", "LOC") in got


@pytest.mark.parametrize("text, venue", [
    ("Sáng 4/2, diễn tập diễn ra tại Khu chung cư Green Park.", "Khu chung cư Green Park"),
    ("Lễ khai trương diễn ra tại Cảng hàng không quốc tế Phú Quốc.", "Cảng hàng không quốc tế Phú Quốc"),
])
def test_new_venue_kinds(nlp, text, venue):
    assert (venue, "LOC") in _kg_20270210(nlp, text)


def test_a_venue_named_after_a_day():
    got = _entities("Tối 2/9, tại Quảng trường 19 tháng 8, UBND thị xã tổ chức chương trình nghệ thuật.")
    assert ("Quảng trường 19 tháng 8", "Place") in got
    got = _entities("Sáng 3/2, tại Quảng trường 3/2, người dân dự lễ chào cờ.")
    assert ("Quảng trường 3/2", "Place") in got


def test_a_venue_named_by_its_province():
    got = _entities("Sáng 2/3, tại Nhà thi đấu tỉnh Bắc Giang, Sở Văn hóa tổ chức giải cầu lông.")
    assert ("Nhà thi đấu tỉnh Bắc Giang", "Place") in got


def test_a_coast_is_no_sea_name():
    ents = _entities("Bờ biển Tây của tỉnh Cà Mau sạt lở. Tỉnh làm đường ven biển Dung Quất - Sa Huỳnh. Tàu cá "
                     "hoạt động ở biển Đông.")
    assert not any(t == "Place" and n.casefold().startswith("biển") and "Đông" not in n for n, t in ents)
    assert ("Biển Đông", "Place") in ents


def test_a_venue_of_a_commune_or_ward_and_no_place_from_a_bodys_head_in_a_list():
    got = facts("Sáng 4/3, tại Nhà văn hóa xã Đông Hòa, Hội Nông dân tỉnh tổ chức Hội nghị tập huấn kỹ thuật trồng lúa.",
                "2027-03-10")
    assert ("Hội nghị tập huấn kỹ thuật trồng lúa", "locatedIn", "Nhà văn hóa xã Đông Hòa") in got
    assert not any(p == "locatedIn" and o.startswith("Hội") for s, p, o in got)


@pytest.mark.parametrize("text, expected", [
    ("Du khách đổ về thác Pongour dịp cuối tuần.", [("thác Pongour", "LOC")]),
    ("Thác Dray Nur đông khách trở lại.", [("Thác Dray Nur", "LOC")]),
    ("Người dân làng Chuông chuẩn bị nón cho Tết.", [("làng Chuông", "LOC")]),
    ("Ông Lý Văn Pao, trưởng bản Sín Chải, dẫn đường cho đoàn.", [("Lý Văn Pao", "PER"), ("bản Sín Chải", "LOC")]),
    ("Tàu chở dầu đi qua eo biển Malacca.", [("eo biển Malacca", "LOC")]),
])
def test_place_heads(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_head_inside_another_word_is_no_head(nlp):
    assert ents(nlp, "Doanh nghiệp được phép khai thác Mỏ đá Thường Tân.").count(("thác Mỏ", "LOC")) == 0


@pytest.mark.parametrize("text, expected", [
    # a plural street head lists names, persons' names among them; each name stands alone
    ("Nước ngập sâu trên các tuyến phố Hàng Chiếu, Hàng Buồm và Trần Nhật Duật.",
     [("Hàng Chiếu", "LOC"), ("Hàng Buồm", "LOC"), ("Trần Nhật Duật", "LOC")]),
    ("Cây xanh bật gốc trên nhiều tuyến đường như Võ Văn Kiệt, Tôn Đức Thắng và Lê Duẩn.",
     [("Võ Văn Kiệt", "LOC"), ("Tôn Đức Thắng", "LOC"), ("Lê Duẩn", "LOC")]),
    # one street after "tuyến" keeps its head
    ("Công nhân sửa ống nước trên tuyến đường Phạm Văn Đồng.", [("đường Phạm Văn Đồng", "LOC")]),
    # a person after a street and "và" is still a person
    ("Chị Mai bán hàng trên đường Lê Lợi và Nguyễn Văn Bảy thường ghé mua.",
     [("Mai", "PER"), ("đường Lê Lợi", "LOC"), ("Nguyễn Văn Bảy", "PER")]),
])
def test_street_lists(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_leader_of_a_unit_then_the_person(nlp):
    assert ents(nlp, "Chủ tịch xã Phạm Văn Lực cho biết nước đã rút.") == [("Phạm Văn Lực", "PER")]
    # a commune named after a hero stays a commune
    assert ents(nlp, "Chủ tịch xã Lê Lợi cho biết nước đã rút.") == [("xã Lê Lợi", "LOC")]


def test_venue_of_a_district_the_gazetteer_lacks(nlp):
    assert ents(nlp, "Các em học bơi miễn phí ở Nhà văn hóa huyện Yên Định.") == [("Nhà văn hóa huyện Yên Định", "LOC")]


def entities_2(text: str, published: str) -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one Vietnamese article."""
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="vi"), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def test_a_video_link_point_is_not_a_bridge():
    text = ("Sáng 21/9, Bộ Nông nghiệp và Môi trường tổ chức Hội nghị trực tuyến ứng phó bão số 6. Tham dự tại điểm "
            "cầu Hà Tĩnh có ông Nguyễn Văn Quân, Phó Chủ tịch UBND tỉnh Hà Tĩnh.")
    assert ("Place", "cầu Hà Tĩnh") not in entities_2(text, "2027-09-21")
    got = facts(text, "2027-09-21")
    assert ("Nguyễn Văn Quân", "participatedIn", "Hội nghị trực tuyến ứng phó bão số 6") in got


def test_a_venue_named_after_a_known_body_keeps_its_whole_name():
    text = "Chiều 14/10, tại Trụ sở Bộ Tư pháp, Bộ trưởng Nguyễn Hải Ninh đã tiếp Đại sứ Australia tại Việt Nam."
    got = entities_2(text, "2027-10-14")
    assert ("Place", "Trụ sở Bộ Tư pháp") in got
    assert ("Place", "Trụ sở Bộ Tư") not in got


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_convention_and_exhibition_centres_and_passes_are_venues():
    got = spans("The fair opened at the Saigon Convention and Exhibition Centre on Monday. A lorry crashed on the "
                "Prenn pass near Đà Lạt.")
    assert ("LOC", "Saigon Convention and Exhibition Centre") in got
    assert ("LOC", "Prenn pass") in got


def test_an_acronym_names_a_venue_before_a_lower_case_centre_not_an_exhibition():
    got = spans("The delegation went on to the KINTEX exhibition centre near Seoul.")
    assert ("LOC", "KINTEX exhibition centre") in got
    assert not any(label == "EVENT" for label, _ in got)
    assert not any("LNG" in t and label == "LOC" for label, t in spans("An LNG power plant is planned."))


def test_a_venue_word_inside_a_quoted_title_names_no_place():
    got = spans('The film "The Silent Lake" won the top award at the festival in Huế.')
    assert not any(label == "LOC" and "Lake" in t for label, t in got)
    assert ("LOC", "Huế") in got


def test_a_geopark_is_a_named_venue():
    from articlefacts import resolved_entities
    ents = resolved_entities("Đoàn chuyên gia khảo sát Công viên địa chất Đắk Nông trong ba ngày.", "vi", "2026-03-02")
    assert ("Công viên địa chất Đắk Nông", "Place") in ents


def test_an_aquatics_centre_is_a_named_venue():
    from articlefacts import resolved_entities
    ents = resolved_entities("Tại Trung tâm thể thao dưới nước Hoa Lư, đội tuyển bơi tập luyện hai buổi mỗi ngày.",
                             "vi", "2026-03-02")
    assert ("Trung tâm thể thao dưới nước Hoa Lư", "Place") in ents


def test_nature_reserves_are_venues_and_zoos_bodies_in_english_copy():
    from articlefacts import kg_spans
    spans = kg_spans("Rangers in the Pù Mát Nature Reserve found the bears, which Hanoi Zoo will house.", "en",
                     "2026-02-02")
    assert ("LOC", "Pù Mát Nature Reserve") in spans and ("ORG", "Hanoi Zoo") in spans


def test_a_name_ending_in_a_venue_word_that_a_role_describes_is_no_venue():
    from articlefacts import kg_spans
    spans = kg_spans("Ellen Park, CEO of Blue Harbor Holdings, said so, and the Yên Sở Park opened.", "en", "2026-02-02")
    assert ("LOC", "Ellen Park") not in spans and ("LOC", "Yên Sở Park") in spans


def test_a_plural_head_before_two_names_joined_by_a_dash_names_two_places():
    got = resolved_entities("Cây cầu mới nối hai tỉnh Quảng Bình - Quảng Trị đã thông xe.", "vi", "2026-12-05")
    assert {("Quảng Bình", "Place"), ("Quảng Trị", "Place")} <= got
    assert ("Vườn quốc gia Phong Nha - Kẻ Bàng", "Place") in resolved_entities(
        "Vườn quốc gia Phong Nha - Kẻ Bàng đón 100.000 lượt khách.", "vi", "2026-12-05")
    got = resolved_entities("Tuyến đường nối tỉnh Đồng Nai - Bình Dương đã thông xe.", "vi", "2026-12-05")
    assert {("Đồng Nai", "Place"), ("Bình Dương", "Place")} <= got


def test_a_presidential_palace_is_a_venue_not_a_person():
    from articlefacts import resolved_entities
    got = resolved_entities("Sáng 9/11, tại Dinh Tổng thống Malacañang, Tổng thống Ferdinand Marcos chủ trì lễ đón chính "
                            "thức.", "vi")
    assert ("Dinh Tổng thống Malacañang", "Place") in got
    assert ("Malacañang", "Person") not in got


def test_heritage_venue_heads_and_a_possessive_of_a_place():
    from articlefacts import kg_spans
    got = kg_spans("He would restore the Hoa Lư Ancient Capital's temples and the Chợ Gạo Canal.", "en", "2026-12-03")
    assert ("LOC", "Hoa Lư Ancient Capital") in got
    assert ("LOC", "Chợ Gạo Canal") in got
    assert ("LOC", "Saigon Port") not in kg_spans("Saigon Port's operator said it would hire 200 workers.", "en",
                                                  "2026-12-03")


def test_metro_manila_cities_are_places():
    from articlefacts import kg_spans
    got = kg_spans("The memorandum was signed in Quezon City before a business forum in Makati.", "en", "2026-12-02")
    assert ("LOC", "Quezon City") in got and ("LOC", "Makati") in got


def test_tunnels_and_numbered_provincial_roads_are_places():
    from articlefacts import kg_spans
    got = kg_spans("A landslide blocked Provincial Road 616 near the Hải Vân Tunnel on Monday.", "en", "2026-12-01")
    assert ("LOC", "Provincial Road 616") in got
    assert ("LOC", "Hải Vân Tunnel") in got


def test_a_known_province_with_a_capital_province_is_the_province():
    from articlefacts import resolved_entities
    spans = _spans("The plant is in Bắc Ninh Province. Another is in Yunnan Province.")
    assert ("LOC", "Yunnan Province") in spans
    # one place, the known province (its span may hold the kind word: the gazetteer's "Bac Ninh Province")
    places = {n for n, t in resolved_entities("The plant is in Bắc Ninh Province. Another is in Yunnan Province.",
                                              "en", "2025-12-22") if t == "Place"}
    assert [n for n in places if "Ninh" in n] == ["Bac Ninh"]


def test_a_pass_opening_a_sentence_is_a_place_when_the_text_writes_it_in_lower_case_too():
    got = kg_spans("Sở Xây dựng khởi công dự án mở rộng mặt đường đèo Bảo Lộc trên Quốc lộ 20. Đèo Bảo Lộc dài khoảng "
                   "10 km, là cửa ngõ nối Tây Nguyên với Đông Nam Bộ.", "vi", "2027-10-11")
    assert ("LOC", "Đèo Bảo Lộc") in got
    assert ("PER", "Đèo Bảo Lộc") not in got
    # (with no such place written in lower case, the surname still opens a person's name)
    assert ("PER", "Đèo Văn Trị") in kg_spans("Ông Đèo Văn Trị là một nhân vật lịch sử ở Lai Châu.", "vi", "2027-10-11")


def test_a_quarter_or_a_triangle_is_a_place_and_no_person():
    spans = _spans("Hà Nội will ban tourist buses from 12 streets in the Old Quarter from January.")
    assert ("LOC", "Old Quarter") in spans and ("PER", "Old Quarter") not in spans
    triangle = _spans("The ring smuggled drugs from the Golden Triangle through the Lóng Sập border gate.")
    assert ("LOC", "Golden Triangle") in triangle and ("PER", "Golden Triangle") not in triangle


def test_a_hotel_named_kind_first_after_the_is_a_venue():
    got = _spans("The ministry held a forum on energy efficiency at the Hotel Nikko Saigon in Hồ Chí Minh City.")
    assert ("LOC", "Hotel Nikko Saigon") in got


def test_a_city_after_a_hotel_is_part_of_its_name_unless_a_capital_follows():
    assert ("LOC", "Hyatt Hotel Canberra") in _spans("The leaders attended a business forum at the Hyatt Hotel Canberra.")
    got = _spans("The forum took place at the Melia Hotel Hanoi Vice Chairman Nguyễn Văn Phong said.")
    assert ("LOC", "Melia Hotel") in got
    assert ("LOC", "Sheraton Hotel") in _spans("The forum took place at the Sheraton Hotel in Hanoi.")


def test_a_known_place_opening_with_a_short_capital_word_keeps_it_before_its_unit():
    spans = kg_spans("Troops delivered food to isolated villages in A Lưới commune on Monday.", "en", "2025-11-02")
    assert ("LOC", "A Lưới commune") in spans or ("LOC", "A Lưới") in spans
    assert ("LOC", "Lưới commune") not in spans


def test_the_examples_after_a_plural_unit_word_are_places():
    text = "The Thao River flooded low-lying wards such as Hồng Hà and Nguyễn Phúc in Yên Bái city on Tuesday."
    spans = kg_spans(text, "en", "2025-09-30")
    assert ("LOC", "Hồng Hà") in spans and ("LOC", "Nguyễn Phúc") in spans
    assert not any(label == "PER" for label, _ in spans)


def test_a_vietnamese_syllable_before_a_pass_opens_its_name():
    spans = kg_spans("Rescue teams cleared the road near the Ô Quy Hồ pass on Tuesday.", "en", "2025-09-30")
    assert ("LOC", "Ô Quy Hồ pass") in spans


def test_a_walking_street_is_a_venue_not_the_person_it_is_named_after():
    spans = kg_spans("The week features a food festival at Nguyễn Huệ walking street.", "en", "2025-09-05")
    assert ("LOC", "Nguyễn Huệ walking street") in spans
    assert not any(label == "PER" for label, _ in spans)


def test_a_venue_named_by_two_places_joined_by_a_spaced_dash():
    spans = kg_spans("They will build a factory at the Đình Vũ - Cát Hải Economic Zone in Hải Phòng.", "en", "2025-10-15")
    assert ("LOC", "Đình Vũ - Cát Hải Economic Zone") in spans


def test_craft_villages_are_places():
    got = _spans("Artisans from Thanh Hà pottery village and Kim Bồng carpentry village demonstrated their crafts. "
                 "Visitors came to Bát Tràng ceramic village.")
    assert ("LOC", "Thanh Hà pottery village") in got
    assert ("LOC", "Kim Bồng carpentry village") in got
    assert ("LOC", "Bát Tràng ceramic village") in got
    assert not any(label == "PER" for label, _ in got)


def test_canyon_and_geopark_end_an_english_place_name():
    got = resolved_entities("From the pass visitors look down on the Nho Quế River flowing through the Tu Sản Canyon. "
                            "The province expects 3 million visitors to the Đồng Văn Karst Plateau Global Geopark.",
                            "en", "2026-12-06")
    assert ("Tu Sản Canyon", "Place") in got
    assert ("Tu Sản Canyon", "Person") not in got
    assert ("Đồng Văn Karst Plateau Global Geopark", "Place") in got


def test_a_later_word_of_a_venue_name_may_open_with_an_accented_capital():
    got = kg_spans("Floods hit villages along the Văn Úc River on Monday.", "en", "2026-12-06")
    assert ("LOC", "Văn Úc River") in got
    assert ("LOC", "Úc River") not in got


def test_an_or_a_opening_a_capitalised_district_is_its_first_syllable():
    # "An" before a consonant, "A" before a toned syllable: no English article
    spans = kg_spans("LG Display is testing a line in An Dương District. A Lưới District reopened its schools.",
                     "en", "2025-11-02")
    assert ("LOC", "An Dương District") in spans and ("LOC", "A Lưới District") in spans
    assert ("LOC", "Industrial Park") not in kg_spans("An Industrial Park opened nearby.", "en", "2025-11-02")



def test_conference_centre_named_by_its_province_is_a_venue_with_no_event_in_the_sentence():
    # a strong venue head with "tỉnh <province>" outranks the body reading of the same words
    got = resolved_entities("Ngày 8/7, tại Trung tâm Hội nghị tỉnh Thái Nguyên ở phường Phan Đình Phùng, HĐND tỉnh Thái Nguyên "
                   "đã thông qua Nghị quyết số 15/2028/NQ-HĐND.", "vi", "2028-07-09")
    assert ("Trung tâm Hội nghị tỉnh Thái Nguyên", "Place") in got
    assert ("Trung tâm Hội nghị tỉnh Thái Nguyên", "Organization") not in got
    # a weak head ("Trung tâm" alone) keeps the body reading
    got = resolved_entities("Trung tâm Y tế tỉnh Thái Nguyên vừa tiếp nhận 20 máy thở.", "vi", "2028-07-09")
    assert ("Trung tâm Y tế tỉnh Thái Nguyên", "Place") not in got


def test_an_english_venue_head_after_a_body_word_names_a_body():
    text = "The Southern Regional Hydro-Meteorological Station warned of high tides on Tuesday."
    ents = resolved_entities(text, "en", "2026-12-04")
    assert ("Southern Regional Hydro-Meteorological Station", "Organization") in ents
    assert ("Southern Regional Hydro-Meteorological Station", "Place") not in ents


def test_an_ordinal_after_the_opens_an_english_venue_name():
    ents = resolved_entities("The semi-final was played at the 700th Anniversary Stadium in Chiang Mai.", "en", "2026-12-04")
    assert ("700th Anniversary Stadium", "Place") in ents
    assert ("Anniversary Stadium", "Place") not in ents


def test_an_administration_building_is_a_venue_but_a_network_operator_is_not(nlp):
    assert ("Nhà Điều hành Đại học Thái Nguyên", "LOC") in ents(
        nlp, "Lễ ký kết diễn ra tại Nhà Điều hành Đại học Thái Nguyên, tỉnh Thái Nguyên.")
    assert not any(label == "LOC" for _, label in ents(nlp, "Viettel là nhà điều hành mạng lớn nhất."))


@pytest.mark.parametrize("text, venue", [
    ("Hội thảo diễn ra ở Cung An Định, thành phố Huế.", "Cung An Định"),
    ("Tọa đàm diễn ra tại Cung Hội nghị Quốc tế Ariyana, thành phố Đà Nẵng.", "Cung Hội nghị Quốc tế Ariyana"),
])
def test_a_palace_or_hall_after_at_is_a_venue(nlp, text, venue):
    assert (venue, "LOC") in ents(nlp, text)


def test_a_person_whose_surname_is_cung_stays_a_person(nlp):
    assert ("Cung Văn Hùng", "PER") in ents(nlp, "Ông Cung Văn Hùng phát biểu tại hội nghị.")
