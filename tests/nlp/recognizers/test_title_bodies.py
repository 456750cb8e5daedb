"""Tests of kg.nlp.recognizers.title_bodies: a body whose head word closes the title before it."""
from __future__ import annotations

from articlefacts import facts


def test_a_unit_named_after_the_title_by_field_words_alone():
    got = facts("ThS.BS Đỗ Minh Tâm, Trưởng khoa Hồi sức tích cực, cho biết bệnh nhân đã tỉnh.", "2026-12-01")
    assert {("Đỗ Minh Tâm", "position", "Trưởng khoa"), ("Đỗ Minh Tâm", "memberOf", "Khoa Hồi sức tích cực")} <= got
    got = facts("BS Lê Văn Khang, Trưởng khoa Ghép thận Bệnh viện Trung ương Huế, cho biết ca ghép thành công.",
                "2026-12-01")
    assert ("Lê Văn Khang", "memberOf", "Khoa Ghép thận") in got


def test_a_person_after_the_title_or_a_name_running_on_is_no_unit():
    got = facts("Trưởng khoa Lê Văn An cho biết bệnh nhân ổn định.", "2026-12-01")
    assert not any(p == "memberOf" for s, p, o in got)
    got = facts("Ông Trần Văn Bình, Trưởng phòng Tổ chức cán bộ, cho biết.", "2026-12-01")
    assert not any(p == "memberOf" and o == "Phòng Tổ chức" for s, p, o in got)


def test_a_unit_after_the_title_named_in_full_before_is_that_unit():
    text = ("Ngày 3/12, Phòng Cảnh sát kinh tế Công an tỉnh Lạng Sơn cho biết đã triệt phá đường dây buôn lậu. "
            "Thiếu tá Hoàng Văn Đông, Phó Trưởng phòng Cảnh sát kinh tế, cho biết 5 bị can đã bị khởi tố.")
    assert ("Hoàng Văn Đông", "memberOf", "Phòng Cảnh sát kinh tế Công an tỉnh Lạng Sơn") in facts(text, "2026-12-04")


def test_the_head_of_a_delegation_named_through_his_title_is_its_member():
    text = ("Đoàn Thể thao Việt Nam đã có mặt tại Thái Lan. Ông Nguyễn Hồng Minh, Phó Cục trưởng Cục Thể dục thể thao "
            "Việt Nam, Trưởng đoàn Thể thao Việt Nam, cho biết các vận động viên đều khỏe mạnh.")
    assert ("Nguyễn Hồng Minh", "memberOf", "Đoàn Thể thao Việt Nam") in facts(text, "2025-12-01")


def test_a_department_head_whose_department_is_named_elsewhere():
    text = ("Ca ghép do PGS.TS Lê Văn Nam, Trưởng khoa Phẫu thuật tim mạch, thực hiện. Dịp này, Sở Y tế trao Bằng "
            "khen cho Khoa Phẫu thuật tim mạch của bệnh viện.")
    assert ("Lê Văn Nam", "memberOf", "Khoa Phẫu thuật tim mạch") in facts(text, "2025-12-01")


def test_a_head_of_delegation_with_no_delegation_named_gets_no_body():
    got = facts("Ông Lê Văn Tâm, Trưởng đoàn Nghệ thuật, cho biết đoàn sẽ biểu diễn ba đêm.", "2025-12-01")
    assert not any(p == "memberOf" and s == "Lê Văn Tâm" for s, p, o in got)


def test_a_party_department_after_the_title_runs_over_its_committee():
    got = facts("Bà Phạm Thị Thu, Trưởng ban Tuyên giáo Tỉnh ủy Hà Tĩnh, đã trả lời câu hỏi của phóng viên.",
                "2026-12-05")
    assert {("Phạm Thị Thu", "position", "Trưởng ban"),
            ("Phạm Thị Thu", "memberOf", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh")} <= got
    got = facts("Ông Võ Minh Trí, Phó Trưởng ban Nội chính Thành ủy Cần Thơ, chủ trì buổi làm việc.", "2026-12-05")
    assert ("Võ Minh Trí", "memberOf", "Ban Nội chính Thành ủy Cần Thơ") in got


def test_a_hospital_department_before_its_hospital_keeps_its_own_name():
    got = facts("BS Trần Minh Đức, Trưởng khoa Cấp cứu Bệnh viện Chợ Rẫy, cho biết bệnh nhân đã ổn định.",
                "2026-12-05")
    assert ("Trần Minh Đức", "memberOf", "Khoa Cấp cứu") in got
