"""Tests of kg.nlp.recognizers.place_heads: places opened by an administrative word."""
from __future__ import annotations

from kg.nlp.recognizers.stages import analyze_text


def _ents(text: str) -> set[tuple[str, str]]:
    """(label, text) of every entity span kg picks in ``text``."""
    return {(c.label, text[c.start:c.end]) for c in analyze_text(text).ents}


def test_a_ward_whose_name_starts_with_a_district_keeps_its_last_syllable():
    got = _ents("Phường Tân Sơn Hòa ra mắt mô hình mới; phường Phú Thọ Hòa làm theo.")
    assert {("LOC", "Phường Tân Sơn Hòa"), ("LOC", "phường Phú Thọ Hòa")} <= got


def test_a_known_commune_then_a_person_still_ends_at_the_commune():
    got = _ents("Chủ tịch UBND xã Tân Sơn Hà Văn Nam phát biểu tại buổi lễ.")
    assert not any("Tân Sơn Hà" in t for _, t in got)


def test_a_foreign_province_before_its_official_ends_at_the_province():
    got = _ents("Đoàn do Phó Tỉnh trưởng tỉnh Chungcheong Nam Park Jung-hoon dẫn đầu; "
                "Phó Tỉnh trưởng tỉnh Gyeonggi Kim Sung-joong cùng dự.")
    assert {("LOC", "tỉnh Chungcheong Nam"), ("PER", "Park Jung-hoon"),
            ("LOC", "tỉnh Gyeonggi"), ("PER", "Kim Sung-joong")} <= got


def test_a_chinese_province_named_in_vietnamese_is_a_place_not_a_person():
    got = _ents("Ông cho biết tỉnh Sơn Đông có hơn 100 triệu dân, Hồ Nam và Quý Châu cũng cử đoàn.")
    assert ("LOC", "tỉnh Sơn Đông") in got and not any(label == "PER" for label, _ in got)


def test_a_person_named_with_bà_after_the_bare_ward_is_no_ward():
    got = _ents("Bà Trịnh Thị Minh Thư dự lễ. Quyết định do Chủ tịch UBND phường Trịnh Thị Minh Thư ký.")
    assert ("LOC", "phường Trịnh Thị Minh Thư") not in got
    assert ("PER", "Trịnh Thị Minh Thư") in got
