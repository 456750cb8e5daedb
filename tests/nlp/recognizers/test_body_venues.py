"""Tests of kg.nlp.recognizers.body_venues: A body named where something is held is the venue (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts


def test_a_body_named_after_tai_where_a_meeting_is_held_is_its_venue():
    got = facts("Sáng 5/3, tại trụ sở UBND tỉnh Tuyên Quang, Sở Tài chính tổ chức Hội nghị đối thoại doanh nghiệp "
                "năm 2027.", "2027-03-10")
    assert ("Hội nghị đối thoại doanh nghiệp năm 2027", "locatedIn", "trụ sở UBND tỉnh Tuyên Quang") in got
    got = facts("Ngày 6/3, Bộ Y tế tổ chức Hội thảo quốc gia về ghép tạng tại Bệnh viện Trung ương Huế.", "2027-03-10")
    assert ("Hội thảo quốc gia về ghép tạng", "locatedIn", "Bệnh viện Trung ương Huế") in got
