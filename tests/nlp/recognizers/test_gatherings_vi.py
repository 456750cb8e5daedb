"""Tests of kg.nlp.recognizers.gatherings_vi: lower-case gatherings a body holds, named by whom they gather."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def _events(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, published="2030-10-16") if t == "Event"}


def test_a_held_gathering_is_named_by_whom_it_gathers():
    text = "Sáng 14/10, Sở Ngoại vụ tỉnh Lào Cai tổ chức buổi gặp mặt các doanh nghiệp Trung Quốc tại Khách sạn Mường Thanh."
    assert "buổi gặp mặt các doanh nghiệp Trung Quốc" in _events(text)
    got = facts(text, published="2030-10-16")
    assert ("Sở Ngoại vụ tỉnh Lào Cai", "organized", "buổi gặp mặt các doanh nghiệp Trung Quốc") in got
    assert ("buổi gặp mặt các doanh nghiệp Trung Quốc", "date", "2030-10-14") in got


def test_a_programme_of_meeting_and_its_edition_year():
    text = "Chiều 3/5, Hội Cựu chiến binh tỉnh Phú Thọ tổ chức chương trình gặp mặt cựu chiến binh tiêu biểu năm 2030."
    assert "chương trình gặp mặt cựu chiến binh tiêu biểu năm 2030" in _events(text)


def test_the_occasion_is_no_part_of_the_name():
    text = "Ngày 12/2, Bộ Ngoại giao tổ chức buổi gặp gỡ kiều bào nhân dịp Tết Nguyên đán tại Hà Nội."
    events = _events(text)
    assert "buổi gặp gỡ kiều bào" in events
    assert not any("nhân dịp" in e for e in events)


def test_a_gathering_had_by_a_subject():
    text = "Chiều 14/10, lãnh đạo tỉnh Tây Ninh đã có buổi gặp mặt các nhà đầu tư Hàn Quốc tại Thành phố Hồ Chí Minh."
    got = facts(text, published="2030-10-16")
    assert ("buổi gặp mặt các nhà đầu tư Hàn Quốc", "locatedIn", "Thành phố Hồ Chí Minh") in got


def test_meeting_someone_without_a_holding_verb_is_no_event():
    text = "Ông Nguyễn Văn Hùng cho biết buổi gặp mặt các doanh nghiệp sẽ được lên kế hoạch sau."
    assert not any(e.startswith("buổi gặp mặt các") for e in _events(text))


def test_an_exchange_within_a_festival_is_no_gathering_of_its_own():
    text = "Ngày 21/4, nhà văn Nguyễn Nhật Ánh có buổi giao lưu với học sinh các trường tiểu học tại Thư viện Hà Nội."
    assert not any(e.startswith("buổi giao lưu với") for e in _events(text))
