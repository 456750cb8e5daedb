"""Venues of village and commune level, heritage sites, border gates, and events held 'tại đặc khu X'
(kg.nlp.recognizers.places with kg/data/patterns/venues_vi.json; kg.relations.places)."""
from __future__ import annotations

from test_extract import facts


def _places(got):
    return {o for s, p, o in got if p == "locatedIn"}


def test_a_village_names_its_hall():
    got = facts("Sáng 2/4, tại Nhà văn hóa thôn Bắc Sơn, xã Tam Hiệp, Hội Nông dân xã tổ chức Hội nghị tập huấn "
                "kỹ thuật trồng lúa.", "2026-04-03")
    assert "Nhà văn hóa thôn Bắc Sơn" in _places(got)


def test_a_numbered_village_names_its_hall():
    got = facts("Sáng 2/4, Chi hội Phụ nữ tổ chức Hội nghị tuyên truyền phòng, chống bạo lực gia đình tại "
                "Nhà văn hóa thôn 4.", "2026-04-03")
    assert "Nhà văn hóa thôn 4" in _places(got)


def test_a_heritage_site_and_a_border_gate_are_venues():
    got = facts("Sáng 2/4, tại Khu di tích Đền Hùng, Sở Văn hóa tỉnh Phú Thọ tổ chức Hội thảo về bảo tồn "
                "di sản tín ngưỡng thờ cúng Hùng Vương.", "2026-04-03")
    assert "Khu di tích Đền Hùng" in _places(got)
    got = facts("Chiều 9/4, tại cửa khẩu quốc tế Hữu Nghị, Cục Hải quan tỉnh Lạng Sơn tổ chức Hội nghị đối thoại "
                "với doanh nghiệp xuất khẩu trái cây.", "2026-04-10")
    assert "cửa khẩu quốc tế Hữu Nghị" in _places(got)


def test_an_event_held_in_a_special_zone():
    got = facts("Sáng 2/4, tại đặc khu Vân Đồn, UBND tỉnh Quảng Ninh tổ chức Hội thảo về phát triển du lịch "
                "biển đảo.", "2026-04-03")
    assert "đặc khu Vân Đồn" in _places(got)
    got = facts("Sáng 2/4, tại đặc khu Côn Đảo, Sở Du lịch tổ chức Hội thảo về phát triển du lịch biển đảo.", "2026-04-03")
    assert _places(got) & {"Côn Đảo", "đặc khu Côn Đảo"}


def test_a_unit_word_alone_is_no_place():
    got = facts("Sáng 2/4, Hội Nông dân tổ chức Hội nghị tập huấn kỹ thuật tại nhà văn hóa thôn.", "2026-04-03")
    assert not _places(got)


def test_the_headline_places_the_meeting_the_lead_names():
    got = facts("Huế tổ chức hội thảo về bảo tồn nhà rường tại phường Kim Long\n\nSáng 9/4, Sở Xây dựng thành phố Huế tổ "
                "chức Hội thảo về bảo tồn nhà rường truyền thống với sự tham dự của 120 đại biểu.", "2026-04-10")
    assert _places(got) & {"Kim Long", "phường Kim Long"}


def test_a_headline_place_of_another_kind_of_happening_is_not_the_meetings():
    got = facts("Huế tổ chức hội thảo về bảo tồn nhà rường tại phường Kim Long\n\nSáng 9/4, Sở Xây dựng thành phố Huế tổ "
                "chức Lễ ra quân làm sạch sông Hương với sự tham gia của 500 thanh niên.", "2026-04-10")
    assert not any(p == "locatedIn" and s.startswith("Lễ ra quân") for s, p, o in got)


def test_a_counted_list_of_communes_names_each():
    from test_place_heads import _entities
    names = _entities("Tuyến đường đi qua địa bàn 3 xã gồm Tân Lập, Tân Thành và Tân Hòa.", "Place")
    assert {"Tân Lập", "Tân Thành", "Tân Hòa"} <= set(names)
    assert _entities("Năm 2027, 12 tỉnh, thành phố đã hoàn thành kế hoạch.", "Place") == []


def test_an_island_district_names_its_hall():
    from test_place_heads import _entities
    assert "Nhà văn hóa huyện đảo Bạch Long Vĩ" in _entities("Buổi lễ diễn ra tại Nhà văn hóa huyện đảo Bạch Long Vĩ.",
                                                              "Place")


def test_a_park_on_a_named_shore_and_a_central_hall_are_venues():
    from test_place_heads import _entities
    assert "Công viên bờ sông Hàn" in _entities("Lễ hội diễn ra tại Công viên bờ sông Hàn.", "Place")
    got = facts("Sáng 2/4, Sở Y tế tổ chức Lễ phát động Tháng hành động vì an toàn thực phẩm tại Nhà văn hóa trung tâm "
                "thành phố.", "2026-04-03")
    assert "Nhà văn hóa trung tâm thành phố" in _places(got)


def test_the_west_of_a_province_is_not_the_mekong_delta():
    from test_place_heads import _entities
    got = _entities("Tuyến đường giúp các xã miền Tây Thanh Hóa phát triển du lịch cộng đồng.", "Place")
    assert "Đồng bằng sông Cửu Long" not in got and "Thanh Hóa" in got
    assert "Đồng bằng sông Cửu Long" in _entities("Lúa gạo miền Tây được mùa.", "Place")


def test_a_passenger_port_is_where_a_welcome_ceremony_is_held():
    got = facts("Sáng 18/11, tại Cảng tàu khách quốc tế Hạ Long (phường Bãi Cháy, TP Hạ Long), Sở Du lịch tỉnh "
                "Quảng Ninh tổ chức lễ đón tàu biển chở 4.000 du khách.", "2025-11-18")
    assert {"Cảng tàu khách quốc tế Hạ Long", "phường Bãi Cháy", "Hạ Long"} <= _places(got)


def test_an_amount_after_a_rivers_name_is_no_part_of_it():
    from articlefacts import kg_spans

    got = kg_spans("Ngày 9/10, UBND tỉnh Đồng Nai phạt công ty xả thải ra sông Đồng Nai 850 triệu đồng.", "vi", "2025-10-09")
    assert ("LOC", "sông Đồng Nai") in got
    assert not any("850" in text for _, text in got)


def test_a_venue_with_lower_case_kind_words_before_its_unit():
    got = facts("Ngày 12/5, Huyện đoàn Bảo Lâm tổ chức Giải bóng chuyền hơi huyện Bảo Lâm năm 2032 tại Nhà thi đấu "
                "đa năng huyện Bảo Lâm.", "2032-05-13")
    assert "Nhà thi đấu đa năng huyện Bảo Lâm" in _places(got)
    got = facts("Sáng 12/5, Tỉnh đoàn Gia Lai tổ chức Hội trại thanh niên năm 2032 tại Sân vận động trung tâm huyện "
                "Chư Păh.", "2032-05-13")
    assert "Sân vận động trung tâm huyện Chư Păh" in _places(got)
    # a function word ends the venue: "của huyện" is whose hall it is
    got = facts("Ngày 12/5, Huyện đoàn Bảo Lâm tổ chức Hội trại thanh niên năm 2032 tại Nhà thi đấu của huyện Bảo Lâm.",
                "2032-05-13")
    assert "Nhà thi đấu của huyện Bảo Lâm" not in _places(got)


def test_the_area_an_event_is_held_in():
    got = facts("Ngày 10/5, Sở Nông nghiệp tỉnh Sóc Trăng tổ chức Hội thảo chuyển đổi cơ cấu cây trồng năm 2032 trên địa "
                "bàn huyện Trần Đề.", "2032-05-11")
    assert "Trần Đề" in _places(got)
    got = facts("Sáng 2/4, UBND xã Long Hựu tổ chức Lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao. Buổi "
                "lễ được tổ chức ở Quảng trường xã Long Hựu, trên địa bàn ấp Long Hòa.", "2026-04-03")
    assert "ấp Long Hòa" in _places(got)


def test_the_area_of_another_noun_is_no_venue():
    got = facts("Các doanh nghiệp trên địa bàn tỉnh Bình Dương đã tham gia Hội chợ hàng Việt năm 2032 tại Hà Nội.",
                "2032-05-11")
    assert _places(got) == {"Hà Nội"}


def test_a_village_hall_written_in_lower_case_is_a_venue():
    got = facts("Sáng 12/10, buổi lễ bàn giao nhà được tổ chức ở nhà văn hóa thôn Đồng Tâm, xã Yên Bình.", "2026-10-13")
    assert "nhà văn hóa thôn Đồng Tâm" in _places(got)
    got = facts("Chiều 3/5, Hội Nông dân tổ chức Hội nghị tập huấn tại nhà văn hóa xã Tân Lập.", "2026-05-04")
    assert "nhà văn hóa xã Tân Lập" in _places(got)


def test_kind_words_between_a_venue_head_and_its_city():
    """"Nhà thi đấu thể dục thể thao Vĩnh Yên": lower-case words of the kind, then a known place, close the venue."""
    got = facts("Chiều 5/9, tại Nhà thi đấu thể dục thể thao Vĩnh Yên, ban tổ chức tổ chức lễ trao giải.", "2026-09-06")
    assert "Nhà thi đấu thể dục thể thao Vĩnh Yên" in _places(got)
    got = facts("Tối 1/9, Lễ khai mạc Giải bóng đá U19 diễn ra tại Sân vận động trung tâm Thanh Hóa.", "2026-09-02")
    assert "Sân vận động trung tâm Thanh Hóa" in _places(got)
    # a count is no kind word: "Khách sạn năm sao Hà Nội" is a kind of hotel in the city
    got = facts("Sáng 2/6, Hội thảo về du lịch diễn ra tại Khách sạn năm sao Hà Nội.", "2026-06-03")
    assert "Khách sạn năm sao Hà Nội" not in _places(got)


def test_a_provincial_planning_and_fair_palace_is_one_venue():
    """"Cung Quy hoạch, Hội chợ và Triển lãm": one venue through its comma and "và", with its province or bare
    "tỉnh" (the article's province) after it."""
    got = facts("Sáng 3/4, tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh Quảng Ninh, Sở Công Thương tổ chức "
                "Hội chợ hàng Việt năm 2026.", "2026-04-04")
    assert "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh Quảng Ninh" in _places(got)
    got = facts("Sáng 15/8, tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh, UBND tỉnh Bắc Ninh tổ chức Ngày hội "
                "Chuyển đổi số tỉnh Bắc Ninh năm 2030.", "2030-08-16")
    assert "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh" in _places(got)


def test_a_venue_of_the_bare_province_after_kind_words():
    got = facts("Sáng 2/9, tại Nhà thi đấu đa năng tỉnh, Sở Văn hóa tổ chức Hội thi thể thao năm 2026.", "2026-09-03")
    assert "Nhà thi đấu đa năng tỉnh" in _places(got)
