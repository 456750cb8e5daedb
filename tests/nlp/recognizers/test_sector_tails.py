"""Tests of kg.nlp.recognizers.sector_tails: "trong <sector> …" goes on an event's name up to a closing word."""
from __future__ import annotations

from articlefacts import resolved_entities

from kg.nlp.recognizers.sector_tails import sector_tail


def _events(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, "vi", "2028-11-21") if t == "Event"}


def test_sector_after_trong_goes_on_the_event_name():
    got = _events("Chiều 20/11, Tỉnh đoàn Cao Bằng tổ chức Hội thảo chuyên đề về chuyển đổi số trong giáo dục vùng cao "
                  "với sự tham gia của 150 giáo viên.")
    assert "Hội thảo chuyên đề về chuyển đổi số trong giáo dục vùng cao" in got


def test_no_sector_or_a_closer_ends_the_tail():
    assert sector_tail(" trong năm 2028 tới đây") == ""  # a time, not a sector
    assert sector_tail(" trong ngành y tế tại Hà Nội") == " trong ngành y tế"
    got = _events("Sáng 20/11, Sở Y tế tỉnh Cao Bằng tổ chức Hội nghị tổng kết công tác y tế năm 2027 trong hội trường "
                  "của sở.")
    assert not any("hội trường" in n for n in got)
