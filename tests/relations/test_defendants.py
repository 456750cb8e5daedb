"""Tests of kg.relations.defendants: defendants and defence counsel take part in the trial."""
from __future__ import annotations

from articlefacts import facts


def test_defendants_and_their_counsel_take_part_in_the_trial():
    text = ("Ngày 8/4, Tòa án nhân dân tỉnh Thanh Hóa mở phiên tòa sơ thẩm xét xử bị cáo Lê Văn Quý về tội lừa đảo "
            "chiếm đoạt tài sản. Theo cáo trạng, bị cáo Hoàng Thị Mai đã giúp sức cho Quý. Luật sư Đỗ Minh Tâm bào "
            "chữa cho bị cáo Mai, đề nghị xem xét tình tiết giảm nhẹ.")
    attended = {s for s, p, o in facts(text, "2026-04-08") if p == "participatedIn" and o == "phiên tòa sơ thẩm"}
    assert {"Lê Văn Quý", "Hoàng Thị Mai", "Đỗ Minh Tâm"} <= attended


def test_no_trial_no_party():
    text = "Công an tỉnh Thanh Hóa đã khởi tố bị can Lê Văn Quý. Hội nghị tổng kết công tác công an diễn ra ngày 8/4."
    assert not any(p == "participatedIn" and s == "Lê Văn Quý" for s, p, o in facts(text, "2026-04-08"))


def test_counsel_named_by_the_role_noun_after_the_verdict_is_no_party():
    text = ("Ngày 8/4, Tòa án nhân dân tỉnh Thanh Hóa mở phiên tòa sơ thẩm xét xử bị cáo Lê Văn Quý. Bên ngoài tòa, "
            "luật sư Đỗ Minh Tâm, người bào chữa cho bị cáo Quý, cho biết thân chủ sẽ kháng cáo.")
    assert not any(s == "Đỗ Minh Tâm" and p == "participatedIn" for s, p, o in facts(text, "2026-04-08"))


def test_the_names_listed_with_a_defendant_are_defendants_too():
    text = ("Ngày 8/4, Tòa án nhân dân tỉnh Thanh Hóa mở phiên tòa sơ thẩm xét xử 4 bị cáo về tội đánh bạc. Các bị cáo "
            "Lê Văn Quý, Hoàng Thị Mai và Trịnh Đức Long giữ vai trò chuyển tiền cho đường dây.")
    attended = {s for s, p, o in facts(text, "2026-04-08") if p == "participatedIn" and o == "phiên tòa sơ thẩm"}
    assert {"Lê Văn Quý", "Hoàng Thị Mai", "Trịnh Đức Long"} <= attended
