"""Tests of kg.nlp.recognizers.body_names:
Vietnamese bodies named through a lower-case chain after their head-led part."""
from __future__ import annotations

import kg.nlp

from articlefacts import resolved_entities, span_pairs


def _orgs(text: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2032-05-02")
    return {e.text for e in doc.spans["kg"] if e.label_ == "ORG"}


def _kg(nlp, text):
    return span_pairs(nlp, text, "2026-05-04")


def test_science_is_no_department():
    got = _orgs("Trường Đại học Khoa học Xã hội và Nhân văn tuyển 3.000 sinh viên.")
    assert not any(o.startswith("Khoa") for o in got)


def test_announce_is_no_father(nlp):
    got = _kg(nlp, "UBND tỉnh công bố Chỉ số cải cách hành chính năm 2026.")
    assert not any(label == "PER" for _, label in got)


def test_a_plain_name_that_runs_on_into_prose_is_not_taken_whole(nlp):
    got = _kg(nlp, "Sáng 15/1, Ban Quản lý tổ chức lễ thả rùa biển cho các em học sinh xem.")
    assert not any(label == "EVENT" and t.startswith("lễ thả") for t, label in got)


def test_a_hospital_department_named_by_an_organ_or_specialty():
    for text, unit in [("Ca ghép do ê-kíp của Khoa Ghép thận thực hiện.", "Khoa Ghép thận"),
                       ("Ê-kíp của Khoa Y học cổ truyền phối hợp điều trị.", "Khoa Y học cổ truyền")]:
        assert unit in {n for n, t in resolved_entities(text, "vi", "2026-12-01") if t == "Organization"}


def test_a_unit_named_by_a_disease_field_and_a_council_of_the_state():
    nlp = kg.nlp.load("vi")
    pairs = span_pairs(nlp, "Khoa Kiểm soát bệnh truyền nhiễm của Trung tâm Y tế huyện Ba Vì tập huấn cho 40 cán bộ. "
                            "Ông Trần Văn Tín, Phó Chủ tịch Hội đồng Giáo sư nhà nước, dự lễ.", "2026-03-02")
    assert ("Khoa Kiểm soát bệnh truyền nhiễm", "ORG") in pairs
    assert ("Hội đồng Giáo sư nhà nước", "ORG") in pairs


def test_a_standing_office_is_named_with_the_body_it_serves():
    from articlefacts import facts
    got = facts("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia đã ban hành Kế hoạch số 45/KH-VPTT389 về chống buôn "
                "lậu.", "2027-06-18")
    assert ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "issued", "Kế hoạch số 45/KH-VPTT389") in got


def test_a_consulate_keeps_a_seat_whose_known_name_holds_a_lower_case_word():
    from articlefacts import resolved_entities
    ents = resolved_entities("Tham dự có đại diện Tổng Lãnh sự quán Campuchia tại Thành phố Hồ Chí Minh.", "vi",
                             "2027-11-22")
    assert ("Tổng Lãnh sự quán Campuchia tại Thành phố Hồ Chí Minh", "Organization") in ents


def test_a_province_after_its_level_closes_a_body_name_before_a_verb():
    got = _orgs("Vụ án đang được Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Trị điều tra, mở rộng.")
    assert "Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Trị" in got
    assert not any(o.endswith("điều tra") and "Quảng Trị" in o for o in got)


def test_a_field_tail_runs_through_a_known_topic_of_several_syllables():
    got = _orgs("Trung tâm Giám sát an ninh mạng của ngân hàng đặt tại Hà Nội.")
    assert "Trung tâm Giám sát an ninh mạng" in got
    got = _orgs("Ông Lê Văn Tâm làm việc tại Trung tâm Vi mạch bán dẫn và trí tuệ nhân tạo Đà Nẵng.")
    assert "Trung tâm Vi mạch bán dẫn và trí tuệ nhân tạo Đà Nẵng" in got


def test_a_field_tail_stops_before_a_verb_or_a_seat():
    got = _orgs("Trung tâm Giám sát cho biết số vụ tấn công đã giảm.")
    assert "Trung tâm Giám sát" in got and not any("cho biết" in o for o in got)
    got = _orgs("Viện Pasteur tại Nha Trang tiếp nhận 200 mẫu xét nghiệm.")
    assert "Viện Pasteur" in got and not any("tại" in o for o in got)


def test_field_words_that_continue_the_capitalised_word():
    got = _orgs("Viện Sinh thái và Tài nguyên sinh vật công bố loài mới.")
    assert "Viện Sinh thái và Tài nguyên sinh vật" in got
    got = _orgs("Viện Vi mạch và Thiết kế hệ thống thuộc Đại học Bách khoa Hà Nội ra mắt.")
    assert "Viện Vi mạch và Thiết kế hệ thống" in got


def test_a_departments_second_field_after_a_dash_is_its_own():
    got = _orgs("Khoa Hồi sức tích cực - Chống độc và Phòng Tài chính - Kế toán của bệnh viện đã họp.")
    assert {"Khoa Hồi sức tích cực - Chống độc", "Phòng Tài chính - Kế toán"} <= got


def test_a_body_after_a_departments_dash_is_another_name():
    got = _orgs("Khoa Nhi - Bệnh viện Bạch Mai tiếp nhận 20 ca bệnh.")
    assert "Khoa Nhi" in got and not any(o.startswith("Khoa Nhi - ") for o in got)


def test_a_laboratory_keeps_its_lower_case_field():
    got = _orgs("Hợp tác xã phối hợp với Phòng thí nghiệm Công nghệ sinh học nông nghiệp để kiểm soát chất lượng.")
    assert "Phòng thí nghiệm Công nghệ sinh học nông nghiệp" in got


def test_applied_ends_a_laboratory_but_is_a_verb_before_its_object():
    got = _orgs("Viện ra mắt Phòng thí nghiệm Sinh thái biển ứng dụng, đặt tại Nha Trang. "
                "Ban Tổ chức ứng dụng chuyển đổi số trong khâu đăng ký.")
    assert "Phòng thí nghiệm Sinh thái biển ứng dụng" in got
    assert not any(o.endswith("ứng dụng") and o.startswith("Ban") for o in got)


def test_meeting_voters_is_no_part_of_a_body_name():
    # "tiếp xúc cử tri" (meet voters) is what the deputies do, not the tail of a body named by its place
    got = _orgs("Đại biểu Quốc hội tiếp xúc cử tri đặc khu Phú Quý. Sáng 1/11, ông Trịnh Văn Quyết phát biểu.")
    assert "Quốc hội" in got and not any("tiếp xúc" in o for o in got)
