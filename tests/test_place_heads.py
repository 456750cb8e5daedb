"""Roads, bridges and new urban areas as places (kg.nlp.recognizers.places with kg.nlp.patterns' heads)."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article


def _places(text: str) -> list[str]:
    return _entities(text, "Place")


def test_capitalised_road_heads_with_numbers():
    got = _places("Xe đi trên Quốc lộ 30 rồi rẽ vào Tỉnh lộ 848 và đường tỉnh 845.")
    assert got == ["Quốc lộ 30", "Tỉnh lộ 848", "đường tỉnh 845"]


def test_new_urban_area_is_one_place():
    got = _places("Tuyến đường đi qua Khu đô thị mới Nam Cần Thơ.")
    assert got == ["Khu đô thị mới Nam Cần Thơ"]


def test_a_road_number_needs_the_road_word():
    assert _places("Quốc hội có 30 ủy viên.") == []


def _entities(text: str, kind: str) -> list[str]:
    """Names of the entities of type ``kind`` that kg finds in ``text`` (the whole pipeline)."""
    article = Article(id="t", text=text, published="2026-05-13", lang="vi")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("vi"), text, "2026-05-13")))
    return [e.name for e in res.entities.values() if e.type == kind]


def test_seaport_is_the_place_not_the_sea():
    assert _places("Hạ tầng kết nối với cảng biển Hải Phòng.") == ["cảng biển Hải Phòng"]


def test_airport_and_walking_street():
    got = _places("Tỉnh đầu tư hạ tầng kết nối Cảng hàng không Điện Biên và khai trương Phố đi bộ Hoàng Văn Thái.")
    assert "Cảng hàng không Điện Biên" in got and "Phố đi bộ Hoàng Văn Thái" in got


def test_street_of_an_address_is_a_place_not_the_person_it_is_named_after():
    text = "Trụ sở mới của Sở Tư pháp đặt tại số 16 Lê Thánh Tông, phường Hoàn Kiếm."
    assert "Lê Thánh Tông" in _places(text)
    assert _entities(text, "Person") == []
    assert "Hoàng Hoa Thám" in _places("Cửa hàng có địa chỉ ở 12/4 Hoàng Hoa Thám, quận Ba Đình.")
    assert "Lê Thạch" in _places("Hội nghị diễn ra tại Nhà khách Chính phủ, số 2 Lê Thạch, Hà Nội.")


def test_after_the_house_numbers_word_a_street_runs_into_the_clause():
    text = "Bị cáo chỉ đạo chuyển nhượng khu đất tại số 15 Nguyễn Huệ trái với quy định về tài sản công."
    assert "Nguyễn Huệ" in _places(text)
    assert _entities(text, "Person") == []
    assert "Trường Chinh" not in _places("Công ty có trụ sở ở 3 Trường Chinh rất rộng.")  # no "số": no address


def test_a_number_before_a_name_is_no_address_without_a_place_word():
    # "Quyết định số 16 …" is an instrument; the man after it stays a person
    got = _entities("Theo Quyết định số 16, ông Lê Văn Thành giữ chức Giám đốc Sở Xây dựng.", "Person")
    assert got == ["Lê Văn Thành"]


def test_a_line_break_after_the_head_word_ends_the_place():
    # a headline ending with "tỉnh", then the body's first word: no place "Trong"
    got = _places("Kỷ luật nguyên Chủ tịch UBND tỉnh\nTrong hai ngày 24 và 25/11, đoàn đến thăm tỉnh Bình Phước.")
    assert got == ["Bình Phước"]


def test_abbreviated_park_and_zone_heads_open_places():
    # "KCN" / "CCN" / "KKT" stand for "Khu công nghiệp" / "Cụm công nghiệp" / "Khu kinh tế": the park, not its district
    assert _places("Nhà máy đặt tại KCN Quế Võ, tỉnh Bắc Ninh.") == ["KCN Quế Võ", "Bắc Ninh"]
    assert _places("Doanh nghiệp trong KCN Tân Kiều đã hoạt động.") == ["KCN Tân Kiều"]
    assert _entities("Doanh nghiệp trong KCN Tân Kiều đã hoạt động.", "Person") == []
    assert _places("Dự án nằm ở CCN Đông Thọ, xã Yên Phong.") == ["CCN Đông Thọ", "xã Yên Phong"]
    assert _places("KKT Vân Đồn thu hút nhiều nhà đầu tư.") == ["KKT Vân Đồn"]
    assert _places("Các KCN trên địa bàn tỉnh thu hút vốn FDI.") == []  # no name after the head


def test_a_park_named_in_full_and_abbreviated_is_one_place():
    text = "Khu công nghiệp Phú Tài có 50 doanh nghiệp. Năm nay KCN Phú Tài mở rộng thêm 100 ha."
    assert _places(text) == ["Khu công nghiệp Phú Tài"]


def test_units_abbreviated_in_an_address():
    """"P. Bến Nghé, Q.1", "X. Tân Thông Hội, H. Củ Chi": short heads open places where an address does."""
    assert _places("Ông Lâm trú tại P. Bến Nghé, Q.1, TP.HCM.")[:2] == ["P. Bến Nghé", "Q.1"]
    assert "P. Bến Nghé" not in _entities("Ông Lâm trú tại P. Bến Nghé, Q.1, TP.HCM.", "Person")
    # a known district is named without its short head, as after "huyện"
    assert _places("Bà Hoa ngụ tại X. Tân Thông Hội, H. Củ Chi.") == ["X. Tân Thông Hội", "Củ Chi"]
    # the short and the full head name one ward
    text = "Ông Long trú tại phường Tân Định. Cửa hàng của ông ở số 5, P. Tân Định, TP.HCM."
    assert [p for p in _places(text) if "Tân Định" in p] == ["phường Tân Định"]


def test_a_capital_and_a_dot_outside_an_address_is_no_unit():
    assert not any(p.startswith(("P.", "H.")) for p in _places("Ông Trần P. Nam gặp ông H. Lâm hôm qua."))


def test_a_ring_road_with_a_capital_and_its_region():
    """"đường Vành đai 4": the capitalised "Vành" is no name of its own; "- Vùng Thủ đô" names the region it rings."""
    assert _places("Xe tải đi trên đường Vành đai 3 bị ùn tắc.") == ["đường Vành đai 3"]
    got = _places("Dự án đường Vành đai 4 - Vùng Thủ đô đoạn qua tỉnh Hưng Yên được khởi công.")
    assert got[0] == "đường Vành đai 4 - Vùng Thủ đô" and "Hà Nội" not in got
