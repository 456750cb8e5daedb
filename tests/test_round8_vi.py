"""Vietnamese news constructions of issue 9's eighth round, on sentences written for these tests (other
names, places and fields than the tune articles): new policy-field topics and venue heads."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="vi"), doc))
    return {(e.name, e.type) for e in res.entities.values()}


def test_new_field_topics_are_topics_and_subjects_of_the_events_named_for_them():
    got = facts("Sáng 2/3, Sở Y tế tỉnh Vĩnh Long tổ chức Hội nghị triển khai công tác phòng, chống sốt xuất huyết "
                "năm 2027.", "2027-03-10")
    assert any(p == "about" and o == "sốt xuất huyết" for s, p, o in got)
    ents = _entities("Các trường đã đưa giáo dục STEM vào giờ học chính khóa. Huyện cũng trồng thêm 40 ha rừng "
                     "ngập mặn và mở lớp về ghép tạng cho bác sĩ.")
    assert {("giáo dục STEM", "Topic"), ("ghép tạng", "Topic")} <= ents


def test_a_political_centre_and_an_urban_area_open_named_venues():
    got = facts("Sáng 7/3, tại Trung tâm Chính trị huyện, Huyện ủy Cam Lâm tổ chức Hội nghị học tập chuyên đề "
                "năm 2027.", "2027-03-10")
    assert any(p == "locatedIn" and o.startswith("Trung tâm Chính trị") for s, p, o in got)
    ents = _entities("Dự án được xây dựng tại Khu đô thị Tây Hồ Tây, quận Bắc Từ Liêm.")
    assert ("Khu đô thị Tây Hồ Tây", "Place") in ents


def test_on_this_occasion_a_body_that_gives_or_announces_took_part_in_the_lead_event():
    got = facts("Sáng 9/4, tại huyện Tuy Phong, UBND tỉnh Bình Thuận tổ chức Lễ ra quân làm sạch bờ biển năm 2027. "
                "Tham dự có ông Võ Minh Tâm, Phó Chủ tịch UBND tỉnh. Chiến dịch kéo dài ba tháng. Mỗi xã ven biển "
                "lập một tổ thu gom rác. Rác nhựa sẽ được phân loại tại nguồn. Người dân được phát túi đựng rác miễn phí. "
                "Dịp này, Ngân hàng TMCP Quân đội hỗ trợ 2 tỷ đồng mua xe thu gom rác.", "2027-04-10")
    assert ("Ngân hàng TMCP Quân đội", "participatedIn", "Lễ ra quân làm sạch bờ biển năm 2027") in got
    # an award the Prime Minister grants is no attendance of a body named by his title
    got = facts("Sáng 9/4, Bộ Xây dựng tổ chức Lễ thông xe cầu Rạch Miễu 2. Dịp này, Thủ tướng Chính phủ đã tặng "
                "Bằng khen cho 10 tập thể.", "2027-04-10")
    assert not any(p == "participatedIn" and s.startswith("Thủ tướng") for s, p, o in got)


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


def test_an_office_keeps_the_place_it_sits_in_in_its_name():
    got = facts("Ông Kenji Sato, Trưởng đại diện Văn phòng JETRO tại Hà Nội, dự hội nghị.", "2027-03-10")
    assert ("Kenji Sato", "memberOf", "Văn phòng JETRO tại Hà Nội") in got


def test_a_plan_past_its_issuer_and_subject_implements_what_its_purpose_clause_names():
    got = facts("UBND tỉnh Bến Tre đã ban hành Kế hoạch số 88/KH-UBND của UBND tỉnh về phát triển cây dừa hữu cơ, "
                "chế biến sâu, nhằm thực hiện Chiến lược phát triển nông nghiệp và nông thôn bền vững.", "2027-03-10")
    assert ("Kế hoạch số 88/KH-UBND", "implements",
            "Chiến lược phát triển nông nghiệp và nông thôn bền vững") in got
    assert not any(p == "implements" and s.startswith("UBND") for s, p, o in got)


def test_a_treaty_is_named_by_its_kind_and_parties_and_its_bracketed_acronym_is_its_short_form():
    text = ("Doanh nghiệp tỉnh Bình Dương đang tận dụng Hiệp định Đối tác kinh tế toàn diện Việt Nam - Israel (VIFTA) "
            "và Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu. Nhờ VIFTA, thuế xuất khẩu giảm mạnh.")
    ents = _entities(text)
    assert ("Hiệp định Đối tác kinh tế toàn diện Việt Nam - Israel", "Policy") in ents
    assert ("Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu", "Policy") in ents
    assert not any(n == "VIFTA" and t == "Organization" for n, t in ents)


def test_a_venue_named_for_a_body_keeps_the_place_it_stands_in():
    got = facts("Sáng 3/3, Sở Y tế tổ chức Hội nghị tập huấn phòng bệnh dại tại Trung tâm Kiểm soát bệnh tật tỉnh "
                "Gia Lai ở thành phố Pleiku.", "2027-03-10")
    assert ("Hội nghị tập huấn phòng bệnh dại", "locatedIn", "Pleiku") in got


def test_a_centre_named_by_its_field_is_about_it_and_so_is_the_event_that_opens_it():
    got = facts("Sáng 4/3, Trường Đại học Bách khoa Hà Nội tổ chức Lễ ra mắt Trung tâm Năng lượng tái tạo.", "2027-03-10")
    assert ("Trung tâm Năng lượng tái tạo", "about", "năng lượng tái tạo") in got
    assert ("Lễ ra mắt Trung tâm Năng lượng tái tạo", "about", "năng lượng tái tạo") in got
    # the name of an institute runs to its field's last word
    assert ("Viện Năng lượng tái tạo", "Organization") in _entities("Trường vừa thành lập Viện Năng lượng tái tạo.")
    # a ministry named by its field is not about it
    got = facts("Sáng 4/3, Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết năm 2026.", "2027-03-10")
    assert not any(p == "about" and s.startswith("Bộ") for s, p, o in got)


def test_a_strategy_name_runs_through_its_orientation_year():
    ents = _entities("Bộ đang triển khai Chiến lược phát triển xuất bản đến năm 2025, định hướng đến năm 2030 do Thủ "
                     "tướng Chính phủ phê duyệt.")
    assert ("Chiến lược phát triển xuất bản đến năm 2025, định hướng đến năm 2030", "Policy") in ents


def test_on_this_occasion_who_is_handed_an_award_took_part():
    got = facts("Sáng 2/4, UBND tỉnh Quảng Trị tổ chức Lễ thông xe cầu Cửa Tùng. Dịp này, ông Hà Sỹ Đồng, "
                "Chủ tịch UBND tỉnh, trao Bằng khen của UBND tỉnh cho Công ty cổ phần Cầu đường Miền Trung và Ban "
                "Quản lý dự án giao thông tỉnh.", "2027-04-10")
    assert ("Công ty cổ phần Cầu đường Miền Trung", "participatedIn", "Lễ thông xe cầu Cửa Tùng") in got


def test_an_anniversary_day_and_a_reservoir_are_named():
    ents = _entities("Hội thảo diễn ra nhân kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ. Tỉnh cũng khánh thành Hồ chứa "
                     "nước Ea Súp Thượng.")
    assert ("Ngày Thương binh - Liệt sĩ", "Event") in ents
    assert ("Hồ chứa nước Ea Súp Thượng", "Place") in ents


def test_more_parties_at_an_event():
    # "Nhân dịp này, A ký … với B": B too
    got = facts("Sáng 9/3, Đại học Huế tổ chức Lễ khánh thành Trung tâm Dữ liệu. Nhân dịp này, Đại học Huế ký thỏa "
                "thuận hợp tác với Tập đoàn CMC về đào tạo kỹ sư.", "2027-03-10")
    assert any(p == "participatedIn" and s.endswith("CMC") for s, p, o in got)
    # a short form in brackets does not end the list of those who present at the event
    got = facts("Sáng 9/3, Bộ Nông nghiệp tổ chức Hội thảo quốc tế về phân bón hữu cơ. Tại hội thảo, đại diện Ngân "
                "hàng Thế giới (WB) và Tập đoàn Quế Lâm giới thiệu mô hình.", "2027-03-10")
    assert ("Tập đoàn Quế Lâm", "participatedIn", "Hội thảo quốc tế về phân bón hữu cơ") in got
    # "Trong khuôn khổ sự kiện, X …"
    got = facts("Sáng 9/3, Sở Văn hóa tổ chức Ngày Sách Việt Nam lần thứ 7. Trong khuôn khổ sự kiện, Thư viện "
                "Quốc gia Việt Nam giới thiệu ứng dụng đọc sách.", "2027-03-10")
    assert ("Thư viện Quốc gia Việt Nam", "participatedIn", "Ngày Sách Việt Nam lần thứ 7") in got


def test_a_coast_is_no_sea_name():
    ents = _entities("Bờ biển Tây của tỉnh Cà Mau sạt lở. Tỉnh làm đường ven biển Dung Quất - Sa Huỳnh. Tàu cá "
                     "hoạt động ở biển Đông.")
    assert not any(t == "Place" and n.casefold().startswith("biển") and "Đông" not in n for n, t in ents)
    assert ("Biển Đông", "Place") in ents


def test_a_bare_ministry_after_a_verb_of_saying_is_the_ministry_named_before():
    got = facts("Sáng 6/12, Bộ Công Thương khai mạc Hội chợ Thương mại quốc tế 2027. Bộ trưởng Nguyễn Hồng Diên cho "
                "biết Bộ đang triển khai Đề án phát triển thị trường trong nước giai đoạn 2026 - 2030.", "2027-12-10")
    assert ("Bộ Công Thương", "implements", "Đề án phát triển thị trường trong nước giai đoạn 2026 - 2030") in got
    assert ("nông nghiệp hữu cơ", "Topic") in _entities("Tỉnh khuyến khích nông dân chuyển sang nông nghiệp hữu cơ.")


def test_a_field_word_that_names_a_kind_of_thing_is_no_topic():
    ents = _entities("Sở Y tế triển khai Đề án Bệnh viện vệ tinh giai đoạn 2026 - 2030. Người dân dùng căn cước gắn "
                     "chip khi khám bệnh.")
    assert not any(t == "Topic" for n, t in ents)
    assert ("vệ tinh", "Topic") in _entities("Việt Nam sẽ phóng thêm một vệ tinh quan sát Trái đất.")


def test_a_meeting_named_by_its_subject_after_ve():
    got = facts("Sáng 5/1, Bộ Y tế tổ chức Hội nghị về phát triển y tế cơ sở.", "2027-01-10")
    assert ("Bộ Y tế", "organized", "Hội nghị về phát triển y tế cơ sở") in got
    # "về việc …" opens no name
    assert not any(n.startswith("Hội nghị về") for n, t in _entities("Sáng 5/1, Bộ trưởng dự Hội nghị về việc "
                                                                       "sắp xếp bộ máy.") if t == "Event")


def test_an_event_held_at_a_venue_its_own_clause_names_however_long_its_name():
    got = facts("Hội nghị tổng kết công tác chuyển đổi số năm 2026 của tỉnh Bắc Giang được tổ chức sáng 5/1 tại "
                "Hội trường UBND tỉnh.", "2027-01-10")
    assert ("Hội nghị tổng kết công tác chuyển đổi số năm 2026", "locatedIn", "Hội trường UBND tỉnh") in got
