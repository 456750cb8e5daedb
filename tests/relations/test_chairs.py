"""Tests of kg.relations.chairs:
Who chairs a meeting, written around the chairing verb rather than before the meeting's name."""
from __future__ import annotations

from articlefacts import facts


def test_the_trial_panel_s_presiding_judge_and_the_procurator_take_part_in_the_trial():
    text = ("Sáng 9/4, Tòa án nhân dân tỉnh Gia Lai mở phiên tòa sơ thẩm xét xử 4 bị cáo về tội lừa đảo. "
            "Hội đồng xét xử do Thẩm phán Rơ Châm Hiền làm chủ tọa. Đại diện Viện kiểm sát nhân dân tỉnh Gia Lai "
            "thực hành quyền công tố tại phiên tòa là Kiểm sát viên Phan Văn Đạt.")
    got = facts(text, "2032-04-10")
    assert ("Rơ Châm Hiền", "participatedIn", "phiên tòa sơ thẩm") in got
    assert ("Phan Văn Đạt", "participatedIn", "phiên tòa sơ thẩm") in got
    assert ("Phan Văn Đạt", "memberOf", "Viện kiểm sát nhân dân tỉnh Gia Lai") in got


def test_a_meeting_chaired_by_a_person_in_the_passive():
    got = facts("Chiều 2/3, UBND tỉnh Sóc Trăng tổ chức Hội nghị bàn giải pháp chống hạn mặn. Hội nghị do ông "
                "Lâm Hoàng Nghiệp, Phó Chủ tịch UBND tỉnh, chủ trì.", "2027-03-10")
    assert any(s == "Lâm Hoàng Nghiệp" and p == "participatedIn" for s, p, o in got)


def test_a_trial_opened_by_a_court_with_its_presiding_judge_and_prosecutor():
    got = facts("Ngày 4/3, Tòa án nhân dân tỉnh Long An mở phiên tòa sơ thẩm xét xử 5 bị cáo về tội buôn lậu. "
                "Phiên tòa do Thẩm phán Trương Minh Tuấn làm chủ tọa; đại diện Viện kiểm sát nhân dân tỉnh Long An "
                "thực hành quyền công tố.", "2027-03-10")
    trials = {o for s, p, o in got if p == "organized" and s == "Tòa án nhân dân tỉnh Long An"}
    assert trials
    assert any(s == "Trương Minh Tuấn" and p == "participatedIn" and o in trials for s, p, o in got)
    assert any(s == "Viện kiểm sát nhân dân tỉnh Long An" and p == "participatedIn" and o in trials for s, p, o in got)


def test_the_chair_named_after_a_chairing_noun_and_la():
    got = facts("Ngày 1/12, Tòa án nhân dân tỉnh Yên Bái mở phiên tòa xét xử sơ thẩm vụ án buôn lậu. "
                "Chủ tọa phiên tòa là Thẩm phán Hoàng Thị Mai.", "2026-12-02")
    assert ("Hoàng Thị Mai", "participatedIn", "phiên tòa xét xử sơ thẩm") in got
    got = facts("Sáng 1/12, Sở Công Thương tổ chức Hội nghị kết nối cung cầu năm 2026. Chủ trì hội nghị có ông "
                "Vũ Văn Lâm, Giám đốc Sở Công Thương, và bà Đỗ Thị Hằng, Phó Giám đốc Sở.", "2026-12-02")
    assert {("Vũ Văn Lâm", "participatedIn", "Hội nghị kết nối cung cầu năm 2026"),
            ("Đỗ Thị Hằng", "participatedIn", "Hội nghị kết nối cung cầu năm 2026")} <= got
