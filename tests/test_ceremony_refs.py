"""Tests of kg.ceremony_refs: events named inside other events' names."""
from __future__ import annotations

from articlefacts import facts


def test_an_event_with_its_own_edition_named_inside_anothers_name_is_its_own():
    from articlefacts import facts
    text = ("Ngày 5/12, Bộ Giáo dục và Đào tạo tổ chức họp báo công bố phương án tổ chức Kỳ thi tốt nghiệp trung học "
            "phổ thông năm 2028. Kỳ thi dự kiến diễn ra trong hai ngày 10 và 11/6/2028.")
    got = facts(text, "2027-12-05")
    assert ("Kỳ thi tốt nghiệp trung học phổ thông năm 2028", "date", "2028-06-10") in got
    assert not any(s.startswith("họp báo") and o == "2028-06-10" for s, p, o in got)
    assert not any("dự kiến" in s for s, p, o in got)


def test_a_bare_ceremony_after_an_award_ceremony_of_a_named_contest_is_the_contest():
    got = facts("Sáng 23/8, Tỉnh đoàn Quảng Ngãi tổ chức lễ tổng kết và trao giải Cuộc thi Sáng tạo thanh thiếu niên tỉnh "
                "Quảng Ngãi lần thứ 12. Buổi lễ diễn ra tại Nhà Văn hóa Thiếu nhi tỉnh. Cùng dự có bà Đinh Thị Minh, "
                "Phó Chủ tịch UBND tỉnh Quảng Ngãi.", "2030-08-24")
    contest = "Cuộc thi Sáng tạo thanh thiếu niên tỉnh Quảng Ngãi lần thứ 12"
    assert ("Đinh Thị Minh", "participatedIn", contest) in got
    assert (contest, "locatedIn", "Nhà Văn hóa Thiếu nhi tỉnh") in got
    got = facts("Sáng 30/8, Tỉnh đoàn Hà Tĩnh tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2030 tại thành "
                "phố Hà Tĩnh. Phát biểu tại buổi lễ, ông Võ Văn Hải, Phó Chủ tịch UBND tỉnh Hà Tĩnh, đề nghị các đội "
                "hình chú trọng an toàn.", "2030-08-31")
    assert any(s == "Võ Văn Hải" and p == "participatedIn" for s, p, o in got)


def test_a_bare_ceremony_after_a_named_ceremony_is_that_ceremony():
    got = facts("Sáng 8/3, Hội Liên hiệp Phụ nữ Việt Nam tổ chức Lễ trao Giải thưởng Kovalevskaia năm 2030 tại Hà Nội. "
                "Sáng 9/3, Hội tổ chức lễ tổng kết Cuộc thi Phụ nữ sáng tạo năm 2030. Dự buổi lễ có bà Hà Thị Nga, Chủ tịch "
                "Hội Liên hiệp Phụ nữ Việt Nam.", "2030-03-10")
    assert ("Hà Thị Nga", "participatedIn", "Cuộc thi Phụ nữ sáng tạo năm 2030") not in got
