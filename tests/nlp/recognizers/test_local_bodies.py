"""Tests of kg.nlp.recognizers.local_bodies: Vietnamese local bodies named by their place (split out of
kg.nlp.recognizers.organisations, which still emits them)."""
from __future__ import annotations

from kg.nlp.lexicon import load_lexicon
from kg.nlp.recognizers.local_bodies import bare_place_body_candidates, level_place_body_candidates
from kg.nlp.recognizers.organisations import org_candidates
from kg.nlp.recognizers.words import words_of


def _spans(fn, text: str) -> set[str]:
    return {text[c.start:c.end] for c in fn(text, words_of(text), load_lexicon())}


def test_a_body_with_its_administrative_word_and_place():
    text = "UBND tỉnh Bắc Ninh và Công an quận 1 đã ký kết hợp tác."
    assert {"UBND tỉnh Bắc Ninh", "Công an quận 1"} <= _spans(level_place_body_candidates, text)


def test_a_person_after_the_bare_province_is_no_part_of_it():
    text = "Phó Chủ tịch UBND tỉnh Huỳnh Văn Sơn phát biểu."
    assert not any("Huỳnh" in s for s in _spans(level_place_body_candidates, text))


def test_a_department_holding_a_clause_gives_way_to_the_body_inside_it():
    text = "Sở Y tế tham mưu UBND tỉnh Hà Nam ban hành kế hoạch."
    got = _spans(level_place_body_candidates, text)
    assert "UBND tỉnh Hà Nam" in got and not any(s.startswith("Sở") for s in got)


def test_a_known_place_without_its_administrative_word():
    assert "TAND Hà Nội" in _spans(bare_place_body_candidates, "TAND Hà Nội mở phiên tòa.")
    assert "Công an Đà Nẵng" in _spans(bare_place_body_candidates, "Công an Đà Nẵng bắt giữ hai đối tượng.")


def test_organisations_still_emits_local_bodies():
    text = "UBND tỉnh Bắc Ninh làm việc với Sở Y tế."
    lex = load_lexicon()
    got = {text[c.start:c.end] for c in org_candidates(text, words_of(text), "vi", lex)}
    assert "UBND tỉnh Bắc Ninh" in got


def test_a_body_named_by_its_area_after_khu_vuc():
    text = "Trung tâm Y tế khu vực Tiên Lãng và Hạt Kiểm lâm khu vực Mang Yang vừa ký quy chế phối hợp."
    assert {"Trung tâm Y tế khu vực Tiên Lãng", "Hạt Kiểm lâm khu vực Mang Yang"} <= _spans(level_place_body_candidates, text)


def test_a_ward_body_keeps_the_ward_syllable_past_a_known_district():
    text = "UBND phường Tân Sơn Hòa phối hợp với Công an phường Phú Thọ Hòa."
    assert {"UBND phường Tân Sơn Hòa", "Công an phường Phú Thọ Hòa"} <= _spans(level_place_body_candidates, text)


def test_a_special_zone_body_is_named_with_its_zone():
    # since 2025 an island zone ("đặc khu") is a commune-level unit with its own People's Committee
    text = "Ông Lê Văn Hải, Chủ tịch UBND đặc khu Côn Đảo, tiếp thu ý kiến cử tri."
    got = _spans(level_place_body_candidates, text)
    assert "UBND đặc khu Côn Đảo" in got and not any("Hải" in s for s in got)


def test_a_person_named_with_bà_after_the_bare_ward_is_no_part_of_it():
    text = ("Bà Trịnh Thị Minh Thư dự lễ. Quyết định do Chủ tịch UBND phường Trịnh Thị Minh Thư ký. "
            "UBND phường Lương Văn Tri đã họp.")
    got = _spans(level_place_body_candidates, text)
    assert "UBND phường Trịnh Thị Minh Thư" not in got
    assert "UBND phường Lương Văn Tri" in got


def test_a_body_named_with_its_level_word_alone():
    from kg.nlp.recognizers.local_bodies import own_level_bodies

    text = "Tham dự có đại diện Ban Quản lý các khu công nghiệp tỉnh, Hội Nông dân tỉnh và Văn phòng Đăng ký đất đai tỉnh."
    got = [text[c.start:c.end] for c in own_level_bodies(text)]
    assert got == ["Ban Quản lý các khu công nghiệp tỉnh", "Hội Nông dân tỉnh", "Văn phòng Đăng ký đất đai tỉnh"]
    # a body the article named in full is referred to by "UBND tỉnh" (the references' pass), and a level word
    # that opens a place's name is no end
    assert own_level_bodies("UBND tỉnh và Công an tỉnh phối hợp với Hội Nông dân tỉnh Nghệ An.") == []
