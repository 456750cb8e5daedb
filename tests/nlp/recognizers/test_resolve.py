"""Tests of kg.nlp.recognizers.resolve: Span resolution."""
from __future__ import annotations

from articlefacts import facts, kg_spans


def _spans(text: str, published: str = "2025-12-10") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def test_us_as_an_adjective_is_no_place():
    assert not any(label == "LOC" for label, _ in _spans("Exporters hit by US tariffs asked for cheaper loans."))
    spans = _spans("Exporters hit by US tariffs met officials. The US will send a trade mission.")
    assert any(label == "LOC" and text.endswith("US") for label, text in spans)


def test_institute_named_by_its_field_is_about_it():
    got = facts("Viện An ninh mạng thuộc Học viện Kỹ thuật mật mã vừa ra mắt tại Hà Nội.")
    assert ("Viện An ninh mạng", "about", "an ninh mạng") in got
    got = facts("Viện Hàn lâm Khoa học và Công nghệ Việt Nam vừa công bố báo cáo thường niên.")
    assert not any(p == "about" for _, p, _ in got)


def test_an_office_alias_ending_with_a_title_before_a_name_is_the_title():
    got = facts("Vietnamese Prime Minister Phạm Minh Chính held talks in Canberra on Tuesday.", "2025-03-04", lang="en")
    assert ("Pham Minh Chinh", "position", "Prime Minister") in got
    assert not any(s == "Prime Minister" for s, _, _ in got)  # no office that organised the talks
    assert not any(label == "ORG" for label, _ in _spans("The Vietnamese Prime Minister held talks in Canberra."))


def test_dates_inside_the_quoted_title_of_an_event_are_part_of_its_name():
    got = kg_spans("Sáng 19/5, Tổng công ty Bưu điện Việt Nam tổ chức Lễ phát hành bộ tem “Kỷ niệm 135 năm Ngày sinh "
                   "Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)” tại Hà Nội.", "vi", "2025-05-19")
    assert ("EVENT", "Lễ phát hành bộ tem “Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)”") in got
    assert not any(label == "DATE" and "1890" in t for label, t in got)


def test_an_honorific_that_opens_with_a_family_name_is_no_person():
    spans = kg_spans("Dự lễ có Phó Giáo sư, Tiến sĩ Đặng Đức Anh và Giáo sư, Tiến sĩ Trần Văn Thuấn.", "vi")
    persons = [t for label, t in spans if label == "PER"]
    assert persons == ["Đặng Đức Anh", "Trần Văn Thuấn"]
    # a family name "Phó" before a given name stays a person
    assert ("PER", "Phó Đức Phương") in kg_spans("Nhạc sĩ Phó Đức Phương vừa ra mắt album mới tại Hà Nội.", "vi")
