"""Tests of kg.relations.board_elections: board members elected at a shareholders' meeting."""
from __future__ import annotations

from articlefacts import facts


def test_a_person_elected_to_the_board_is_a_member_of_the_company_holding_the_meeting():
    text = ("Sáng 20/4, Công ty cổ phần Thép Hồng Lam tổ chức Đại hội đồng cổ đông thường niên năm 2026. Đại hội đã "
            "bầu bổ sung ông Phan Văn Tùng, Giám đốc Công ty TNHH Cơ khí Bến Thủy, làm thành viên Hội đồng quản trị "
            "nhiệm kỳ 2025 - 2030.")
    got = facts(text, "2026-04-20")
    assert ("Phan Văn Tùng", "memberOf", "Công ty cổ phần Thép Hồng Lam") in got


def test_no_meeting_host_no_membership():
    text = "Hội đồng quản trị đã bầu ông Phan Văn Tùng làm thành viên Hội đồng quản trị thay ông Lê An."
    assert not any(p == "memberOf" and s == "Phan Văn Tùng" for s, p, o in facts(text, "2026-04-20"))
