"""Tests of kg.ceremony_refs: events named inside other events' names."""
from __future__ import annotations


def test_an_event_with_its_own_edition_named_inside_anothers_name_is_its_own():
    from articlefacts import facts
    text = ("Ngày 5/12, Bộ Giáo dục và Đào tạo tổ chức họp báo công bố phương án tổ chức Kỳ thi tốt nghiệp trung học "
            "phổ thông năm 2028. Kỳ thi dự kiến diễn ra trong hai ngày 10 và 11/6/2028.")
    got = facts(text, "2027-12-05")
    assert ("Kỳ thi tốt nghiệp trung học phổ thông năm 2028", "date", "2028-06-10") in got
    assert not any(s.startswith("họp báo") and o == "2028-06-10" for s, p, o in got)
    assert not any("dự kiến" in s for s, p, o in got)
