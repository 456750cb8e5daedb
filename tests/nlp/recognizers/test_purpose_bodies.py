"""Tests of kg.nlp.recognizers.purpose_bodies: bodies named by their task."""
from __future__ import annotations

from articlefacts import facts, resolved_entities, span_pairs


def _kg(nlp, text, published="2027-02-10"):
    return span_pairs(nlp, text, published)


def _entities(text: str, published: str = "2031-05-10") -> set[tuple[str, str]]:
    return resolved_entities(text, "vi", published)


def test_a_steering_committee_with_its_place_ends_before_the_verb(nlp):
    got = _kg(nlp, "Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum họp phiên thường kỳ.")
    assert ("Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum", "ORG") in got


def test_a_steering_board_named_in_lower_case_past_its_bridge_word():
    text = "Sáng 20/4, Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà Nam tổ chức lễ phát động tại thành phố Phủ Lý."
    got = facts(text, "2031-04-21")
    assert ("Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà Nam", "about", "an toàn thực phẩm") in got
    # a capitalised name past the bridge is still the body-name grammar's: the name does not run into lower case
    ents = _entities("Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm họp ngày 3/4.")
    assert not any(n.startswith("Ban Chỉ đạo liên ngành về") for n, _ in ents)


def test_a_body_named_by_its_task_ends_before_a_predicate(nlp):
    got = _kg(nlp, "Tổ kiểm tra của Hội đồng thẩm định quốc gia làm việc tại Bình Định trong hai ngày.")
    assert not any(t.endswith("làm việc") for t, _ in got)
    assert ("Hội đồng thẩm định quốc gia", "ORG") in got


def test_provincial_steering_board_named_by_its_listed_fields_and_place():
    text = ("Chiều 9/5, Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Trị "
            "họp phiên thứ hai.")
    name = "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Trị"
    assert (name, "Organization") in resolved_entities(text)
    got = facts(text)
    assert (name, "about", "đổi mới sáng tạo") in got
    assert (name, "about", "chuyển đổi số") in got


def test_provincial_steering_board_name_stops_at_its_verb():
    text = "Ban Chỉ đạo về cải cách hành chính và chuyển đổi số tỉnh Bến Tre kiểm tra Sở Tài chính tỉnh Bến Tre."
    orgs = {n for n, t in resolved_entities(text) if t == "Organization"}
    assert "Ban Chỉ đạo về cải cách hành chính và chuyển đổi số tỉnh Bến Tre" in orgs
    assert not any(n.startswith("Ban Chỉ đạo") and "kiểm tra" in n for n in orgs)


def test_advisory_council_named_by_its_field_and_city():
    text = "Thành phố sẽ thành lập Hội đồng tư vấn về du lịch bền vững thành phố Đà Lạt nhằm hỗ trợ doanh nghiệp."
    name = "Hội đồng tư vấn về du lịch bền vững thành phố Đà Lạt"
    assert (name, "Organization") in resolved_entities(text)
    assert (name, "about", "du lịch bền vững") in facts(text)


def test_a_steering_board_named_by_a_list_of_fields_runs_to_its_short_name():
    got = resolved_entities("Sáng 5/1, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân "
                            "bảo vệ an ninh Tổ quốc (Ban Chỉ đạo 138) tỉnh họp phiên thường kỳ.", "vi")
    assert any(t == "Organization" and n.startswith("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và") for n, t in got)


def test_a_steering_board_named_by_fields_listed_with_commas_runs_to_its_place():
    got = _entities("Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế tỉnh Hà Tĩnh họp phiên thường kỳ.")
    assert ("Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế tỉnh Hà Tĩnh", "Organization") in got


def test_a_land_clearance_board_runs_over_its_site_and_plural_projects_to_its_province():
    text = ("Chiều 12/8, Ban Chỉ đạo giải phóng mặt bằng các dự án trọng điểm tỉnh Bắc Ninh tổ chức phiên họp "
            "thường kỳ tháng 8 năm 2027.")
    got = facts(text, "2027-08-12")
    board = "Ban Chỉ đạo giải phóng mặt bằng các dự án trọng điểm tỉnh Bắc Ninh"
    assert (board, "organized", "phiên họp thường kỳ tháng 8 năm 2027") in got
    assert (board, "about", "giải phóng mặt bằng") in got


def test_a_predicate_right_after_a_bare_board_is_not_its_task():
    ents = _entities("Các thành viên Ban Chỉ đạo thống nhất cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXI.")
    assert not any(n.startswith("Ban Chỉ đạo thống nhất") for n, _ in ents)
    assert ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXI", "Policy") in ents


def test_a_body_named_by_its_task_ends_before_what_it_is_asked_to_do():
    names = {n for n, t in _entities("Ông Tâm đề nghị Ban soạn thảo đánh giá kỹ tác động của chính sách đến thu ngân "
                                     "sách nhà nước.") if t == "Organization"}
    assert not any("đánh giá" in n for n in names)


def test_a_local_steering_board_names_its_province_before_its_fields():
    text = ("Ngày 3/3, Chủ tịch UBND tỉnh Lâm Đồng ký quyết định thành lập Ban Chỉ đạo tỉnh Lâm Đồng về phát triển "
            "du lịch cộng đồng.")
    name = "Ban Chỉ đạo tỉnh Lâm Đồng về phát triển du lịch cộng đồng"
    ents = resolved_entities(text)
    assert (name, "Organization") in ents
    assert ("Ban Chỉ đạo tỉnh Lâm Đồng", "Organization") not in ents
    assert (name, "about", "du lịch cộng đồng") in facts(text)
    # a province after the head with no "về" is not a steering board named by its fields
    assert not any(n.startswith("Ban Chỉ đạo tỉnh Lâm Đồng họp") for n, _ in
                   resolved_entities("Ban Chỉ đạo tỉnh Lâm Đồng họp ngày 5/3 để bàn về du lịch cộng đồng."))


def test_whom_a_steering_board_works_for_stays_in_its_name_up_to_its_place(nlp):
    # vi55: "cho" and whom the field is for, running to the unit's place, are the board's name
    got = _kg(nlp, "Tỉnh thành lập Ban Chỉ đạo phát triển nguồn nhân lực cho công nghiệp công nghệ cao tỉnh Bắc Ninh "
                   "do Chủ tịch UBND tỉnh làm trưởng ban.")
    assert ("Ban Chỉ đạo phát triển nguồn nhân lực cho công nghiệp công nghệ cao tỉnh Bắc Ninh", "ORG") in got
    got = _kg(nlp, "Ban Chỉ đạo chăm sóc sức khỏe cho người cao tuổi thành phố Huế ban hành kế hoạch năm.")
    assert ("Ban Chỉ đạo chăm sóc sức khỏe cho người cao tuổi thành phố Huế", "ORG") in got


def test_a_board_whose_cho_runs_into_prose_ends_before_it(nlp):
    got = _kg(nlp, "Ban Chỉ đạo chuyển đổi số giao cho các sở báo cáo trước ngày 15/6.")
    assert not any(t.startswith("Ban Chỉ đạo chuyển đổi số giao cho") or t.startswith("Ban Chỉ đạo chuyển đổi số cho")
                   for t, _ in got)
