"""kg.nlp.truecase: runs of capitals (headlines, headings of official documents) read
as the article writes their words."""
from __future__ import annotations

import pytest

import kg.nlp
from kg.nlp.normalize import normalize
from kg.nlp.truecase import caps_runs, restore_case

BODY = ("Sáng 12/3, tại Đà Nẵng, Bộ Giáo dục và Đào tạo phối hợp với UBND thành phố Đà Nẵng tổ chức "
        "hội nghị tổng kết năm học. Thứ trưởng Phạm Ngọc Thưởng chủ trì hội nghị. Hội nghị cũng bàn "
        "về chương trình giáo dục phổ thông mới và Đại hội Đoàn khóa XII.")


def test_a_headline_in_capitals_is_written_as_the_body_writes_its_words():
    head = "BỘ GIÁO DỤC VÀ ĐÀO TẠO TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM HỌC TẠI ĐÀ NẴNG"
    text = head + "\n" + BODY
    out = restore_case(text)
    assert out.split("\n")[0] == "Bộ Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học tại Đà Nẵng"
    assert out[len(head):] == text[len(head):] and len(out) == len(text)


def test_abbreviations_and_roman_numerals_stay_in_capitals():
    head = "UBND THÀNH PHỐ ĐÀ NẴNG CHÚC MỪNG ĐẠI HỘI ĐOÀN KHÓA XII"
    assert restore_case(head + "\n" + BODY).split("\n")[0] == \
        "UBND thành phố Đà Nẵng chúc mừng Đại hội Đoàn khóa XII"


def test_words_the_article_never_writes_otherwise_are_lower_case_unless_abbreviations():
    head = "CTCP SỮA NÊU KẾ HOẠCH"
    assert restore_case(head + "\n" + BODY).split("\n")[0] == "CTCP sữa nêu kế hoạch"


def test_text_without_a_run_of_capitals_is_left_alone():
    text = "UBND TP Đà Nẵng và VNPT ký kết. " + BODY  # two words in capitals are names, not a headline
    assert caps_runs(text) == [] and restore_case(text) is text


@pytest.fixture(scope="module")
def nlp():
    return kg.nlp.load("vi")


def test_a_headline_in_capitals_gives_the_names_of_the_same_headline_in_mixed_case(nlp):
    mixed = "Thứ trưởng Phạm Ngọc Thưởng dự hội nghị tại Đà Nẵng\n" + BODY
    caps = "THỨ TRƯỞNG PHẠM NGỌC THƯỞNG DỰ HỘI NGHỊ TẠI ĐÀ NẴNG\n" + BODY
    assert normalize(caps).text.split("\n")[0] == mixed.split("\n")[0]

    def names(text: str) -> list[tuple[str, str, int]]:
        doc = kg.nlp.annotate(nlp, text)
        return [(e._.kg_text, e.label_, e.start_char) for e in doc.ents if e.label_ in ("PER", "ORG", "LOC")]

    assert names(caps) == names(mixed)
    doc = kg.nlp.annotate(nlp, caps)
    assert doc.text == caps and doc.ents[0].text == "PHẠM NGỌC THƯỞNG"  # raw offsets, raw surface


def test_a_syllable_the_article_writes_only_in_names_is_no_name_alone():
    body = "Ban Thường vụ Tỉnh ủy Bình Định họp. Ban Chấp hành Đảng bộ tỉnh cho ý kiến về đề án."
    assert restore_case("TỈNH ỦY BÌNH ĐỊNH BAN HÀNH ĐỀ ÁN MỚI\n" + body).split("\n")[0] == \
        "Tỉnh ủy Bình Định ban hành đề án mới"


def test_an_english_headline_in_capitals_is_left_as_it_is():
    text = "HEALTH MINISTRY STEPS UP MEASLES VACCINATION\nThe Ministry of Health said on Monday that it would step up vaccination."
    assert caps_runs(text) == [] and restore_case(text) is text
