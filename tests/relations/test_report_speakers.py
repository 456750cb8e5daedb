"""Tests of kg.relations.report_speakers: officials a meeting report quotes or shows handing something over."""
from __future__ import annotations

from articlefacts import facts

_LEAD = "Sáng 2/12, Tỉnh ủy Cao Bằng tổ chức hội nghị công bố quyết định về công tác cán bộ. "


def test_a_comrade_handing_a_decision_and_congratulating_the_appointee_took_part_with_them():
    got = facts(_LEAD + "Đồng chí Hà Văn Sơn trao quyết định và chúc mừng đồng chí Nông Thị Hà.", "2026-12-05")
    assert {("Hà Văn Sơn", "participatedIn", "hội nghị"), ("Nông Thị Hà", "participatedIn", "hội nghị")} <= got


def test_the_appointee_accepting_the_post_speaks_at_the_meeting():
    got = facts(_LEAD + "Phát biểu nhận nhiệm vụ, đồng chí Nông Thị Hà cảm ơn sự tin tưởng của cấp trên.", "2026-12-05")
    assert ("Nông Thị Hà", "participatedIn", "hội nghị") in got


def test_an_untitled_resident_is_no_speaker_of_the_meeting():
    got = facts(_LEAD + "Ông Lục Văn Khang trao quyết định và chúc mừng bà Nông Thị Hà.", "2026-12-05")
    assert not any(p == "participatedIn" for s, p, o in got)
