"""Tests of kg.nlp.recognizers.head_refs: a bare "Sở" / "Cục" that refers back to the body named before."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def test_a_bare_head_after_a_title_and_before_the_holder_is_the_body_named_before():
    text = ("Theo báo cáo của Sở Xây dựng tỉnh Gia Lai, 12 công trình chậm tiến độ. "
            "Giám đốc Sở Phan Văn Lực cho biết sẽ xử lý các nhà thầu vi phạm.")
    got = facts(text, "2026-12-05")
    assert {("Phan Văn Lực", "position", "Giám đốc"),
            ("Phan Văn Lực", "memberOf", "Sở Xây dựng tỉnh Gia Lai")} <= got
    names = resolved_entities(text, "vi", "2026-12-05")
    assert ("Phan Văn Lực", "Person") in names
    assert not any(name.startswith("Sở Phan") for name, _ in names)


def test_an_agency_head_before_its_deputy_director():
    text = ("Cục Hàng không Việt Nam vừa công bố số liệu quý III. "
            "Phó Cục trưởng Cục Đinh Thị Thu nói lượng khách nội địa tăng 8%.")
    got = facts(text, "2026-12-05")
    assert ("Đinh Thị Thu", "memberOf", "Cục Hàng không Việt Nam") in got


def test_a_department_named_by_its_field_stays_whole():
    got = facts("Giám đốc Sở Y tế Vũ Thị Lan cho biết bệnh viện đã sẵn sàng.", "2026-12-05")
    assert ("Vũ Thị Lan", "memberOf", "Sở Y tế") in got


def test_a_bare_centre_or_hospital_opening_a_sentence_is_the_one_named_before():
    got = facts("Sáng 2/8, Công ty cổ phần FPT tổ chức lễ khai trương Trung tâm Nghiên cứu Trí tuệ nhân tạo FPT Đà "
                "Nẵng.\n\nTrung tâm là đơn vị trực thuộc Công ty TNHH Phần mềm FPT, có 500 kỹ sư.", "2027-08-03")
    assert ("Trung tâm Nghiên cứu Trí tuệ nhân tạo FPT Đà Nẵng", "subOrganizationOf", "Công ty TNHH Phần mềm FPT") in got
    got = facts("Sáng 8/3, Bộ Y tế kiểm tra Bệnh viện Đa khoa tỉnh Lạng Sơn. "
                "Bệnh viện là đơn vị trực thuộc Sở Y tế tỉnh Lạng Sơn.", "2027-03-09")
    assert ("Bệnh viện Đa khoa tỉnh Lạng Sơn", "subOrganizationOf", "Sở Y tế tỉnh Lạng Sơn") in got


def test_a_generic_centre_or_hospital_phrase_refers_to_no_body():
    names = resolved_entities("Sở Y tế tỉnh Lạng Sơn làm việc với Bệnh viện Đa khoa tỉnh Lạng Sơn. "
                              "Bệnh viện tuyến huyện còn thiếu bác sĩ. Trung tâm thành phố bị ngập.", "vi", "2027-03-09")
    assert {n for n, t in names if t == "Organization"} == {"Sở Y tế tỉnh Lạng Sơn", "Bệnh viện Đa khoa tỉnh Lạng Sơn"}


def test_a_bare_committee_between_a_title_and_its_holder_is_the_committee_named_before():
    text = ("Chiều 15/9, Ủy ban Kinh tế và Tài chính của Quốc hội tổ chức phiên họp toàn thể. "
            "Chủ nhiệm Ủy ban Phan Văn Mãi chủ trì phiên họp. Phó Chủ nhiệm Ủy ban Nguyễn Minh Tâm đề nghị làm rõ "
            "cơ chế điều chỉnh.")
    got = facts(text, "2025-09-16")
    assert {("Phan Văn Mãi", "position", "Chủ nhiệm"), ("Phan Văn Mãi", "memberOf", "Ủy ban Kinh tế và Tài chính"),
            ("Nguyễn Minh Tâm", "memberOf", "Ủy ban Kinh tế và Tài chính")} <= got
    names = resolved_entities(text, "vi", "2025-09-16")
    assert not any(name.startswith("Ủy ban Phan") or name.startswith("Ủy ban Nguyễn") for name, _ in names)
