"""Tests of kg.relations.policy_lists: policies listed together after a verb of implementing."""
from __future__ import annotations

from articlefacts import facts


def test_a_second_policy_after_the_issuer_of_the_first_is_implemented_too():
    got = facts("Luật Bảo vệ dữ liệu cá nhân được xây dựng nhằm thể chế hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị và "
                "Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương về xây dựng Nhà nước pháp quyền.", "2025-06-24")
    assert {("Luật Bảo vệ dữ liệu cá nhân", "implements", "Nghị quyết số 57-NQ/TW"),
            ("Luật Bảo vệ dữ liệu cá nhân", "implements", "Nghị quyết số 27-NQ/TW")} <= got


def test_a_policy_after_another_clause_is_no_part_of_the_list():
    got = facts("Bộ Y tế ban hành kế hoạch thực hiện Nghị định số 13/2023/NĐ-CP của Chính phủ, trong khi Bộ Tài chính "
                "hướng dẫn Thông tư số 21/2025/TT-BTC.", "2025-06-24")
    assert not any(p == "implements" and o == "Thông tư số 21/2025/TT-BTC" for _, p, o in got)


def test_the_issuer_written_before_the_next_policy_keeps_the_list():
    got = facts("The Ministry of Home Affairs issued Plan 88/KH-BNV to implement Government Resolution 12/NQ-CP and "
                "Politburo Resolution 18-NQ/TW. The Hải Phòng Department of Education drew up Plan 7 to realise "
                "Decision 45 of the Prime Minister and the Politburo's Conclusion 91-KL/TW.", "2026-03-02", "en")
    assert {("Plan 88/KH-BNV", "implements", "Resolution 12/NQ-CP"),
            ("Plan 88/KH-BNV", "implements", "Resolution 18-NQ/TW")} <= got
    assert ("Plan 7", "implements", "Conclusion 91-KL/TW") in got


def test_a_body_before_a_policy_in_another_clause_does_not_join_it():
    got = facts("The Ministry of Finance issued Plan 30 to implement Decree 15, and the State Bank issued Circular 9 "
                "on card payments.", "2026-03-02", "en")
    assert ("Plan 30", "implements", "Decree 15") in got
    assert not any(p == "implements" and o == "Circular 9" for _, p, o in got)
