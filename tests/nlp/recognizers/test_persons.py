"""Tests of kg.nlp.recognizers.persons: Names of people."""
from __future__ import annotations

import kg.nlp
from kg.nlp.recognizers.stages import analyze_text

from articlefacts import facts, flat_names as ents, kg_spans, resolved_entities


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    return {(t, n) for n, t in resolved_entities(text, "en", published)}


def _spans(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def test_a_handover_between_two_people_is_no_route():
    got = entities("Power passed from Nguyễn Văn An to Trần Thị Bình in May.")
    assert ("Person", "Nguyễn Văn An") in got and ("Person", "Trần Thị Bình") in got


def test_nationality_adjective_before_a_title_opens_no_vietnamese_name():
    spans = _spans("Thai Prime Minister Paetongtarn Shinawatra arrived in Hà Nội on Sunday.")
    assert not any(label == "PER" and text.startswith("Thai") for label, text in spans)
    assert ("PER", "Paetongtarn Shinawatra") in spans


def test_a_vietnamese_name_with_a_syllable_spelled_like_an_honorific_stays_whole():
    spans = _spans("The plan was approved, said Hoàng Anh Dũng, director of the provincial department.")
    assert ("PER", "Hoàng Anh Dũng") in spans


def test_a_venue_that_opens_with_a_family_name_is_no_person():
    got = _ents("Dancers performed at the Ngo Mon Gate and in the Dong Ba Market area on Sunday.")
    assert ("Ngo Mon Gate", "LOC") in got and ("Dong Ba Market", "LOC") in got
    assert not any(label == "PER" for _, label in got)


def test_lower_case_occupational_titles_before_a_name():
    got = facts("At the hearing, lawyer Tran Minh Duc asked for a delay.", lang="en")
    assert ("Tran Minh Duc", "position", "lawyer") in got
    assert not any(p == "position" for _, p, _ in facts("The lawyer asked for a delay.", lang="en"))


def test_chinese_family_names_in_sino_vietnamese(nlp):
    assert ents(nlp, "Tưởng Giới Thạch rút chạy ra Đài Loan năm 1949.")[0] == ("Tưởng Giới Thạch", "PER")
    assert ents(nlp, "Tập đoàn Masan báo lãi quý III.") == [("Tập đoàn Masan", "ORG")]


def test_central_highlands_family_names(nlp):
    assert ents(nlp, "Cảnh sát bắt giữ Rơ Mah Hyun khi đang vận chuyển gỗ lậu.")[-1] == ("Rơ Mah Hyun", "PER")
    assert ents(nlp, "Vợ chồng Kpă Ơi trồng 2 ha cà phê.") == [("Kpă Ơi", "PER")]


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_a_short_body_name_before_a_three_word_vietnamese_name_is_not_part_of_it():
    got = spans("Chairman of Thành Đạt Hoàng Văn Long was arrested. Lê Phạm Thu Hà and Tôn Nữ Thị Ninh spoke.")
    assert ("PER", "Hoàng Văn Long") in got
    assert ("PER", "Lê Phạm Thu Hà") in got and ("PER", "Tôn Nữ Thị Ninh") in got
    assert not any(label == "PER" and t.startswith("Đạt") for label, t in got)


def test_a_given_name_that_is_also_a_country_refers_back_to_the_person():
    text = ("Tòa án tuyên phạt bị cáo Lê Quang Đức 8 năm tù. Theo cáo trạng, Đức đã nhận 2 tỷ đồng. "
            "Luật sư đề nghị giảm nhẹ hình phạt cho bị cáo Đức.")
    got = resolved_entities(text, "vi", "2026-12-05")
    assert ("Lê Quang Đức", "Person") in got and ("Đức", "Place") not in got
    # the country stays a country where nothing makes it the person's name
    got = resolved_entities("Bộ trưởng Lê Quang Đức tiếp Đại sứ Đức. Việt Nam và Đức đã ký ba thỏa thuận.", "vi",
                            "2026-12-05")
    assert ("Đức", "Place") in got


def test_a_highland_name_opens_with_its_marker_after_a_title():
    got = facts("Dự lễ có Bí thư Tỉnh ủy Đắk Lắk Y Thanh Hà Niê Kđăm và Thứ trưởng Y Vinh Tơr.", "2026-12-05")
    assert {("Y Thanh Hà Niê Kđăm", "memberOf", "Tỉnh ủy Đắk Lắk"), ("Y Vinh Tơr", "position", "Thứ trưởng")} <= got
    got = resolved_entities("Trường Đại học Y Dược Thái Bình tuyển sinh 2.000 chỉ tiêu.", "vi", "2026-12-05")
    assert ("Trường Đại học Y Dược Thái Bình", "Organization") in got and not any(t == "Person" for _, t in got)


def test_an_honorific_like_word_that_opens_a_known_place_opens_no_person():
    found = entities("The minister later visited the Port of Cái Mép in Bà Rịa–Vũng Tàu Province, where a Danish "
                     "operator has invested in a container terminal.")
    assert not any(t == "Person" for t, _ in found)
    assert any(t == "Place" and ("Vũng Tàu" in n or "Vung Tau" in n) for t, n in found)
    # the honorific itself still opens a name
    assert ("Person", "Nguyễn Thị Lan") in {(t, n) for n, t in resolved_entities(
        "Bà Nguyễn Thị Lan phát biểu tại tỉnh Bà Rịa - Vũng Tàu.", "vi", "2025-03-05")}


def test_a_surname_led_run_whose_last_word_opens_a_lower_case_field_is_no_person():
    text = "TS Trương Hồng, Viện trưởng Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên, cho biết năng suất giảm."
    got = resolved_entities(text, "vi", "2026-11-29")
    assert ("Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên", "Organization") in got
    assert [n for n, t in got if t == "Person"] == ["Trương Hồng"]
    assert ("Trương Hồng", "memberOf", "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên") in facts(text, "2026-11-29")


def test_highland_names_after_a_body_in_english_copy():
    got = facts("Vice Chairwoman of the Đắk Lắk People's Committee H'Ngăm Niê Kdăm attended the coffee festival.",
                "2026-11-20", lang="en")
    assert ("H'Ngăm Niê Kdăm", "memberOf", "Đắk Lắk People's Committee") in got  # no "… Committee H"
    got = facts("Vice Chairman of the Đắk Lắk People's Committee Y Giang Gry Niê Knơng opened the fair.",
                "2026-11-20", lang="en")
    assert ("Y Giang Gry Niê Knơng", "position", "Vice Chairman") in got
    assert ("Y Giang Gry Niê Knơng", "memberOf", "Đắk Lắk People's Committee") in got


def test_the_womans_marker_glued_by_an_apostrophe():
    spans = kg_spans("Dự lễ có bà H'Yim Kđoh, Phó Chủ tịch UBND tỉnh Đắk Lắk.", "vi")
    assert ("PER", "H'Yim Kđoh") in spans
    # a lone "H" that no apostrophe glues to a name opens nothing
    assert not any(t.startswith("H ") for label, t in kg_spans("Khu H Trường Đại học Bách khoa vừa khánh thành.", "vi")
                   if label == "PER")


def test_a_year_of_the_sexagenary_cycle_is_no_person():
    got = resolved_entities("Công an tỉnh Bắc Ninh tổ chức Lễ ra quân bảo đảm an ninh Tết Nguyên đán Nhâm Tý 2032. "
                            "Chiến thắng Mậu Thân 1968 được nhắc lại. Ông Nhâm Văn Tý phát biểu.", "vi", "2032-01-09")
    people = {n for n, t in got if t == "Person"}
    assert "Nhâm Tý" not in people and "Mậu Thân" not in people
    assert "Nhâm Văn Tý" in people  # the family name still opens a name of three syllables
