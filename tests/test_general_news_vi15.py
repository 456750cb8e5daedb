"""Vietnamese general news (vi15): titles of police, courts, hospitals, sports and companies; bodies named
through lower-case words; festivals; written for these tests."""
from __future__ import annotations

import kg.nlp
from test_extract import facts


def test_deputy_head_of_an_investigation_agency_is_a_title_not_a_name():
    got = facts("Theo Thượng tá Lê Quang Hòa, Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh, các bị "
                "can đã nhận tiền.", "2032-05-02")
    assert ("Lê Quang Hòa", "position", "Phó Thủ trưởng") in got
    assert ("Lê Quang Hòa", "memberOf", "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh") in got
    assert not any(s == "Phó Thủ" for s, p, o in got)


def test_head_of_a_hospital_department_and_a_head_coach():
    got = facts("Huấn luyện viên trưởng Đỗ Minh Châu cho biết đội đã sẵn sàng.", "2032-05-02")
    assert ("Đỗ Minh Châu", "position", "Huấn luyện viên trưởng") in got
    got = facts("Bác sĩ Vũ Thị Hạnh, Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh Hà Giang, cho biết trẻ đã qua cơn nguy "
                "kịch.", "2032-05-02")
    assert ("Vũ Thị Hạnh", "position", "Trưởng khoa") in got


def test_a_company_role_that_runs_into_a_lower_case_word():
    got = facts("Ông Trịnh Văn Lộc, Giám đốc đầu tư của công ty, đề nghị chia cổ tức.", "2032-05-02")
    assert ("Trịnh Văn Lộc", "position", "Giám đốc đầu tư") in got


def test_a_company_whose_trade_words_open_capitalised_with_thiet_bi():
    got = facts("Ông Đinh Công Sơn, Giám đốc Công ty cổ phần Thiết bị điện Quang Minh, đã ký hợp đồng.", "2032-05-02")
    assert ("Đinh Công Sơn", "memberOf", "Công ty cổ phần Thiết bị điện Quang Minh") in got


def _orgs(text: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2032-05-02")
    return {e.text for e in doc.spans["kg"] if e.label_ == "ORG"}


def test_hospital_departments_named_through_lower_case_field_words():
    got = _orgs("Bệnh nhân được chuyển từ Khoa Cấp cứu sang Khoa Chấn thương chỉnh hình và Khoa Gây mê hồi sức.")
    assert {"Khoa Chấn thương chỉnh hình", "Khoa Gây mê hồi sức"} <= got
    got = _orgs("Trưởng Phòng Vật tư thiết bị y tế và Phòng Kế hoạch tổng hợp đã bị kỷ luật.")
    assert {"Phòng Vật tư thiết bị y tế", "Phòng Kế hoạch tổng hợp"} <= got


def test_science_is_no_department():
    got = _orgs("Trường Đại học Khoa học Xã hội và Nhân văn tuyển 3.000 sinh viên.")
    assert not any(o.startswith("Khoa") for o in got)


def _events(text: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2032-05-02")
    return {e.text for e in doc.spans["kg"] if e.label_ == "EVENT"}


def test_a_festival_named_in_english_is_an_event_not_a_person():
    text = "Tối 2/5, Ủy ban nhân dân tỉnh Khánh Hòa khai mạc Festival Biển Nha Trang lần thứ XII năm 2032."
    assert "Festival Biển Nha Trang lần thứ XII năm 2032" in _events(text)
    assert ("Ủy ban nhân dân tỉnh Khánh Hòa", "organized", "Festival Biển Nha Trang lần thứ XII năm 2032") \
        in facts(text, "2032-05-02")


def test_a_bare_year_after_a_name_closes_the_event():
    assert _events("Hội chợ Nông sản Sơn La 2032 thu hút hơn 300 gian hàng.") == {"Hội chợ Nông sản Sơn La 2032"}
    assert "Hội nghị tổng kết giai đoạn 2026 - 2030" in _events(
        "Sáng 3/5 diễn ra Hội nghị tổng kết giai đoạn 2026 - 2030 tại Hà Nội.")


def test_who_a_meeting_elects_is_no_part_of_its_name():
    text = "Đại hội bầu bổ sung ông Lưu Văn Thịnh, Giám đốc Công ty TNHH Dệt may Hưng Yên, làm thành viên Hội đồng quản trị."
    assert not any("Thịnh" in e for e in _events(text))
    got = facts(text, "2032-05-02")
    assert ("Lưu Văn Thịnh", "position", "Giám đốc") in got


def test_the_trial_panel_s_presiding_judge_and_the_procurator_take_part_in_the_trial():
    text = ("Sáng 9/4, Tòa án nhân dân tỉnh Gia Lai mở phiên tòa sơ thẩm xét xử 4 bị cáo về tội lừa đảo. "
            "Hội đồng xét xử do Thẩm phán Rơ Châm Hiền làm chủ tọa. Đại diện Viện kiểm sát nhân dân tỉnh Gia Lai "
            "thực hành quyền công tố tại phiên tòa là Kiểm sát viên Phan Văn Đạt.")
    got = facts(text, "2032-04-10")
    assert ("Rơ Châm Hiền", "participatedIn", "phiên tòa sơ thẩm") in got
    assert ("Phan Văn Đạt", "participatedIn", "phiên tòa sơ thẩm") in got
    assert ("Phan Văn Đạt", "memberOf", "Viện kiểm sát nhân dân tỉnh Gia Lai") in got


def test_a_subsidiary_said_with_la_and_no_comma():
    got = facts("Công ty TNHH Phân bón Bình Điền Miền Bắc là công ty con của Công ty cổ phần Tập đoàn Hóa chất Đức "
                "Giang.", "2032-05-02")
    assert ("Công ty TNHH Phân bón Bình Điền Miền Bắc", "subOrganizationOf",
            "Công ty cổ phần Tập đoàn Hóa chất Đức Giang") in got
    got = facts("Công ty TNHH Phân bón Bình Điền Miền Bắc từng là công ty con của Công ty cổ phần Tập đoàn Hóa chất Đức "
                "Giang.", "2032-05-02")
    assert not any(p == "subOrganizationOf" for s, p, o in got)


def test_an_investment_fund_named_after_its_lower_case_kind():
    assert "Quỹ đầu tư Cửu Long Xanh" in _orgs("Cổ đông lớn thứ hai là Quỹ đầu tư Cửu Long Xanh, nắm giữ 9% vốn.")


def test_an_expressway_written_with_duong_is_a_place_not_a_person():
    doc = kg.nlp.annotate(kg.nlp.load("vi"), "Xe cứu thương chạy theo đường cao tốc La Sơn - Túy Loan ra Đà Nẵng.",
                          "2032-05-02")
    spans = {(e.text, e.label_) for e in doc.spans["kg"]}
    assert ("đường cao tốc La Sơn - Túy Loan", "LOC") in spans
    assert not any(label == "PER" for _, label in spans)


def test_a_member_school_named_with_its_university_after_a_dash():
    got = facts("TS Phan Minh Đức, Hiệu trưởng Trường Đại học Sư phạm - Đại học Huế, cho biết trường tuyển 2.000 sinh "
                "viên.", "2032-05-02")
    assert ("Phan Minh Đức", "memberOf", "Trường Đại học Sư phạm - Đại học Huế") in got
    assert ("Trường Đại học Sư phạm - Đại học Huế", "subOrganizationOf", "Đại học Huế") in got
    assert _orgs("Bộ Y tế - Bộ Tài chính đã thống nhất.") >= {"Bộ Y tế", "Bộ Tài chính"}


def test_a_border_post_named_after_its_border_gate():
    assert "Đồn Biên phòng cửa khẩu quốc tế Tà Lùng" in _orgs(
        "Đồn Biên phòng cửa khẩu quốc tế Tà Lùng đã bắt giữ 3 đối tượng vận chuyển hàng lậu.")


def test_a_division_whose_head_word_closes_the_title():
    got = facts("Theo Trung tá Vi Văn Toàn, Trưởng phòng Cảnh sát hình sự Công an tỉnh Cao Bằng, hai đối tượng đã bị "
                "bắt.", "2032-05-02")
    assert ("Vi Văn Toàn", "position", "Trưởng phòng") in got
    assert ("Vi Văn Toàn", "memberOf", "Phòng Cảnh sát hình sự Công an tỉnh Cao Bằng") in got


def test_a_past_role_said_with_a_copula_is_no_relation():
    for text in ("Ông Quách Văn Tín từng là Phó Tổng giám đốc Ngân hàng TMCP Quân đội.",
                 "Trước khi về công ty, ông Quách Văn Tín là Phó Tổng giám đốc Ngân hàng TMCP Quân đội."):
        got = facts(text, "2032-05-02")
        assert not any(s == "Quách Văn Tín" and p in ("memberOf", "position") for s, p, o in got)
    got = facts("Ông Quách Văn Tín hiện là Phó Tổng giám đốc Ngân hàng TMCP Quân đội.", "2032-05-02")
    assert ("Quách Văn Tín", "position", "Phó Tổng giám đốc") in got


def test_a_title_before_the_body_s_own_head_keeps_the_body():
    got = facts("Ông Lò Văn Mạnh, Trưởng ban Ban Dân tộc tỉnh Sơn La, phát biểu.", "2032-05-02")
    assert ("Lò Văn Mạnh", "memberOf", "Ban Dân tộc tỉnh Sơn La") in got
