"""kg/data/gazetteer/topics.json: Vietnamese fields of trade and health news (trade promotion, cross-border
e-commerce, halal certification, breast cancer) that meetings, campaigns and agreements are about."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def test_a_conference_discussing_trade_fields_is_about_them():
    got = facts("Sáng 25/11, Bộ Công Thương tổ chức Hội nghị xúc tiến xuất khẩu nông sản sang thị trường Trung Đông năm "
                "2031. Tại hội nghị, các đại biểu tập trung thảo luận về tiêu chuẩn Halal và thương mại điện tử xuyên "
                "biên giới.", "2031-11-26")
    assert {"chứng nhận Halal", "thương mại điện tử xuyên biên giới"} <= _about(got, "Hội nghị xúc tiến xuất khẩu")


def test_a_campaign_named_for_a_disease_is_about_it():
    got = facts("Sáng 11/11, Bệnh viện Đa khoa tỉnh Nghệ An tổ chức Lễ phát động chiến dịch tầm soát ung thư vú miễn "
                "phí năm 2031.", "2031-11-12")
    assert "ung thư vú" in _about(got, "Lễ phát động chiến dịch tầm soát ung thư vú")


def test_trade_promotion_named_in_passing_is_no_topic():
    ents = resolved_entities("Công ty cho biết sẽ tăng chi phí xúc tiến thương mại trong năm 2031.", "vi", "2031-01-05")
    assert ("xúc tiến thương mại", "Topic") not in ents
