"""Tests of kg.nlp.recognizers.title_bodies: a body whose head word closes the title before it."""
from __future__ import annotations

from articlefacts import facts


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
