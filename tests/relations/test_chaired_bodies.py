"""Tests of kg.relations.chaired_bodies: a chairing cue right after a body names the body's chair."""
from __future__ import annotations

from articlefacts import graph_triples

_EVENT_EN = "The Ministry of Science and Technology held a conference on digital transformation in Hà Nội on Monday. "
_EVENT_VI = "Sáng 2/12, Bộ Tài chính tổ chức hội nghị tổng kết năm 2026 tại Hà Nội. "


def _people_at_events(text: str, lang: str) -> set[str]:
    return {s for s, p, _ in graph_triples(text, lang, "2026-12-01") if p == "participatedIn"}


def test_the_chair_of_a_body_did_not_attend_the_event_told_before():
    for later in ("The National Council for Science, chaired by Deputy Prime Minister Nguyễn Chí Dũng, approves "
                  "the funding each year.",
                  "Funding comes from a fund run by the National Council for Science, which is chaired by Deputy "
                  "Prime Minister Nguyễn Chí Dũng.",
                  "The work is part of a campaign led by the Central Steering Committee on Anti-Corruption, presided "
                  "over by Nguyễn Chí Dũng."):
        assert "Nguyễn Chí Dũng" not in _people_at_events(_EVENT_EN + later, "en"), later


def test_vietnamese_the_chair_of_a_council_did_not_attend():
    text = _EVENT_VI + ("Hội đồng thẩm định quốc gia, dưới sự chủ trì của Phó Thủ tướng Hồ Đức Phớc, xem xét hồ sơ dự án "
                        "mỗi quý.")
    assert "Hồ Đức Phớc" not in _people_at_events(text, "vi")


def test_an_event_chaired_by_someone_keeps_its_chair():
    assert {"Trần Hồng Hà", "Tran Hong Ha"} & _people_at_events(  # the gazetteer's name of him in English
        "The conference on green growth opened in Hà Nội on Monday. It was chaired by Deputy Prime Minister "
        "Trần Hồng Hà.", "en")
    assert "Nguyễn Văn Thắng" in _people_at_events(
        "Sáng 2/12, Bộ Tài chính tổ chức hội nghị tổng kết năm 2026 tại Hà Nội, dưới sự chủ trì của Bộ trưởng "
        "Nguyễn Văn Thắng.", "vi")
