"""Constructions of unseen Vietnamese press (issue #9, about / implements / locatedIn), on sentences
written for these tests."""
from __future__ import annotations

from test_extract import facts


# ----------------------------------------------------------------------------- datelines

def test_dateline_with_a_dotted_place_is_no_event_date_nor_blocks_the_venue():
    text = ("Sở Y tế tổ chức tập huấn\n\nTP.HCM, ngày 9/4/2030 - Sáng 8/4, tại TP.HCM, Sở Y tế TP.HCM phối hợp với "
            "Hội Điều dưỡng Việt Nam tổ chức Hội nghị tập huấn kỹ năng chăm sóc người bệnh cao tuổi.")
    got = facts(text, "2030-04-09")
    ev = "Hội nghị tập huấn kỹ năng chăm sóc người bệnh cao tuổi"
    assert (ev, "date", "2030-04-08") in got
    assert (ev, "date", "2030-04-09") not in got
    assert (ev, "locatedIn", "Thành phố Hồ Chí Minh") in got
