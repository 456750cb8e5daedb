"""Tests of kg.relations.held_sessions_vi: who has an unnamed session with whom ("X có buổi làm việc với Y")."""
from __future__ import annotations

from articlefacts import facts


def test_the_subject_and_the_partner_of_a_working_session_take_part():
    got = facts("Sáng 28/8, ông Phạm Văn Tâm, Chủ tịch UBND tỉnh Phú Yên, có buổi làm việc với Tập đoàn Điện lực Việt Nam "
                "về cấp điện cho khu kinh tế.", "2030-08-29")
    assert ("Phạm Văn Tâm", "participatedIn", "buổi làm việc") in got
    assert ("Tập đoàn Điện lực Việt Nam", "participatedIn", "buổi làm việc") in got
    got = facts("Ngày 6/5, UBND tỉnh Quảng Trị đã có buổi làm việc với đoàn công tác của Ngân hàng Thế giới về dự án "
                "đường ven biển.", "2030-05-07")
    assert ("UBND tỉnh Quảng Trị", "participatedIn", "buổi làm việc") in got
    assert ("Ngân hàng Thế giới", "participatedIn", "buổi làm việc") in got


def test_those_who_also_work_at_the_session_take_part():
    got = facts("Ngày 28/8, Chủ tịch UBND tỉnh Bình Định Phạm Anh Dũng có buổi làm việc với Tập đoàn Viettel về hạ tầng dữ "
                "liệu. Cùng làm việc có ông Tô Văn Thái, Phó Tổng Giám đốc Tập đoàn Viettel.", "2030-08-29")
    assert ("Tô Văn Thái", "participatedIn", "buổi làm việc") in got
    # the body a title names is not the one who has the session
    assert ("UBND tỉnh Bình Định", "participatedIn", "buổi làm việc") not in got


def test_a_session_earlier_the_same_day_is_dated_and_keeps_its_own_guests():
    got = facts("Chiều 28/8, Ban Chỉ đạo chuyển đổi số tỉnh Phú Yên tổ chức phiên họp thứ ba tại trụ sở UBND tỉnh Phú Yên. "
                "Trước đó, sáng cùng ngày, Chủ tịch UBND tỉnh Phú Yên Tạ Anh Tuấn có buổi làm việc với Tập đoàn Viettel. "
                "Cùng làm việc có ông Nguyễn Đình Chiến, Phó Tổng Giám đốc Tập đoàn Viettel.", "2030-08-29")
    assert ("buổi làm việc", "date", "2030-08-28") in got
    assert ("Nguyễn Đình Chiến", "participatedIn", "buổi làm việc") in got
    assert ("Nguyễn Đình Chiến", "participatedIn", "phiên họp thứ ba") not in got


def test_a_bare_title_that_has_the_session_is_its_holder():
    got = facts("Ngày 6/5, ông Lê Minh Hưng, Chủ tịch UBND tỉnh Kon Tum, chủ trì hội nghị triển khai kế hoạch năm 2030. "
                "Chiều cùng ngày, Chủ tịch UBND tỉnh có buổi làm việc với Tập đoàn Viettel.", "2030-05-07")
    assert ("Lê Minh Hưng", "participatedIn", "buổi làm việc") in got
