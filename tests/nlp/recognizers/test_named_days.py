"""Tests of kg.nlp.recognizers.named_days: Named days and titled tournaments held as events."""
from __future__ import annotations

import pytest

import kg.nlp
from kg.nlp import patterns as P

from articlefacts import facts, resolved_entities, span_pairs


def _entities(text: str, published: str = "2027-02-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def _kg(nlp, text, published="2027-02-10"):
    return span_pairs(nlp, text, published)


def _entities_20270310(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


@pytest.mark.parametrize("words, k, stop", [
    (["khởi", "nghiệp", "đổi", "mới", "sáng", "tạo"], 3, False),  # "đổi mới": a noun
    (["khởi", "nghiệp", "đổi", "mới", "sáng", "tạo"], 4, False),  # "sáng tạo", not the morning
    (["cơ", "quan", "hàng", "không"], 3, False),                    # "hàng không"
    (["hội", "nghị", "mới", "đây"], 2, True),                      # a bare "mới" still ends a name
    (["họp", "sáng", "nay"], 1, True),                             # the morning
])
def test_stop_syllables_that_are_half_of_a_noun(words, k, stop):
    assert P.is_stop_vi(words, k) is stop


def test_a_named_day_held_is_an_event_and_a_date_is_not(nlp):
    got = _kg(nlp, "Sáng 9/11, Bộ Tư pháp tổ chức Ngày Pháp luật Việt Nam năm 2027. Ngày 15/1 là hạn cuối.")
    assert ("Ngày Pháp luật Việt Nam năm 2027", "EVENT") in got
    assert not any(label == "EVENT" and text.startswith("Ngày 15") for text, label in got)


def test_a_programme_that_is_held_is_an_event_not_a_plan():
    got = _entities("Tối 5/2, UBND tỉnh Ninh Bình tổ chức Chương trình quảng bá ẩm thực Ninh Bình năm 2027.")
    assert ("Chương trình quảng bá ẩm thực Ninh Bình năm 2027", "Event") in got
    assert not any(t == "Policy" for n, t in got)


def test_a_titled_tournament_is_an_event_and_a_prize_rank_is_not(nlp):
    got = _kg(nlp, "Sáng 2/2, Giải Bóng chuyền Cúp Hùng Vương năm 2027 khai mạc. Đội Sơn La đạt Giải Nhất cuộc thi.")
    assert ("Giải Bóng chuyền Cúp Hùng Vương năm 2027", "EVENT") in got
    assert not any(label == "EVENT" and text.startswith("Giải Nhất") for text, label in got)


def test_an_anniversary_day_and_a_reservoir_are_named():
    ents = _entities_20270310("Hội thảo diễn ra nhân kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ. Tỉnh cũng khánh thành Hồ chứa "
                     "nước Ea Súp Thượng.")
    assert ("Ngày Thương binh - Liệt sĩ", "Event") in ents
    assert ("Hồ chứa nước Ea Súp Thượng", "Place") in ents


def _events(text: str, lang: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load(lang), text, "2026-11-20")
    return {e.text for e in doc.spans["kg"] if e.label_ == "EVENT"}


def test_tournaments_named_in_lower_case_with_their_year():
    got = facts("Đội tuyển futsal Việt Nam đã giành vé dự Vòng chung kết Giải futsal châu Á 2028 tại Indonesia.",
                "2027-11-02")
    assert ("Vòng chung kết Giải futsal châu Á 2028", "locatedIn", "Indonesia") in got
    got = facts("Các vận động viên sẽ tham dự Giải vô địch điền kinh trẻ Đông Nam Á 2027 tại Thái Lan.", "2027-05-02")
    assert ("Giải vô địch điền kinh trẻ Đông Nam Á 2027", "locatedIn", "Thái Lan") in got
    # without a year or an edition the words name no event
    got = facts("Đội bóng đặt mục tiêu vào vòng chung kết và giành cúp vô địch tại Thái Lan.", "2027-05-02")
    assert not any(p == "locatedIn" for s, p, o in got)


def test_vietnamese_music_nights_and_tournaments_with_their_sport():
    assert "Đêm nhạc Mùa thu Hà Nội" in _events("Đêm nhạc Mùa thu Hà Nội diễn ra tối 5/10 tại Nhà hát Lớn.", "vi")
    assert "Giải chạy Bình Định Marathon 2026" in _events(
        "Giải chạy Bình Định Marathon 2026 diễn ra sáng 8/11 với 5.000 vận động viên.", "vi")
    assert not _events("Giải Nhất thuộc về đội tuyển Bình Định.", "vi")  # a prize's rank, no tournament
