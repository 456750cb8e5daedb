"""Tests of kg.nlp.recognizers.agency_names:
Names of state agencies that go on in lower case, read to where a cue closes them (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    return resolved_entities(text, "vi", published)


def test_an_agency_named_in_lower_case_runs_to_its_ministry_or_to_the_comma_after_its_heads_title():
    got = facts("Ông Lê Minh Hải, Cục trưởng Cục Quản lý chất lượng nông lâm sản thuộc Bộ Nông nghiệp và Môi trường, "
                "dự hội nghị.", "2027-03-10")
    assert ("Lê Minh Hải", "memberOf", "Cục Quản lý chất lượng nông lâm sản") in got
    assert ("Cục Quản lý chất lượng nông lâm sản", "subOrganizationOf", "Bộ Nông nghiệp và Môi trường") in got
    got = facts("Bà Đỗ Thị Hoa, Phó Cục trưởng Cục Phòng, chống tệ nạn xã hội, phát biểu tại hội thảo.", "2027-03-10")
    assert ("Đỗ Thị Hoa", "memberOf", "Cục Phòng, chống tệ nạn xã hội") in got
    got = facts("Đoàn kiểm tra của Cục Kiểm định chất lượng phương tiện giao thông, Bộ Xây dựng đã làm việc với tỉnh.",
                "2027-03-10")
    assert ("Cục Kiểm định chất lượng phương tiện giao thông", "subOrganizationOf", "Bộ Xây dựng") in got
    # a full stop does not close it: the words before it may be the sentence's verb
    ents = _entities("Ông Trần Văn Lộc, Cục trưởng Cục Chăn nuôi và Thú y chủ trì hội nghị.")
    assert not any(n.startswith("Cục Chăn nuôi và Thú y chủ") for n, t in ents)


def test_an_agency_named_with_a_paired_field():
    got = facts("Tham dự có đại diện Cục Quản lý Dược, Cục Quản lý Khám, chữa bệnh thuộc Bộ Y tế.", "2027-09-02")
    assert ("Cục Quản lý Khám, chữa bệnh", "subOrganizationOf", "Bộ Y tế") in got
    got = facts("Ông Lê Văn Tâm, Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai, cho biết mưa lũ đến sớm.",
                "2027-09-02")
    assert ("Lê Văn Tâm", "memberOf", "Cục Quản lý đê điều và Phòng, chống thiên tai") in got


def test_an_agency_named_by_a_list_of_lower_case_fields_closed_by_va():
    got = facts("Bà Lê Thu Trang, Phó Vụ trưởng Vụ Chính sách thuế, phí và lệ phí, cho biết dự thảo sẽ trình trong tháng 6.",
                "2027-03-10")
    assert ("Lê Thu Trang", "memberOf", "Vụ Chính sách thuế, phí và lệ phí") in got
    got = facts("Vụ Chính sách thuế, phí và lệ phí thuộc Bộ Tài chính đã lấy ý kiến các hiệp hội.", "2027-03-10")
    assert ("Vụ Chính sách thuế, phí và lệ phí", "subOrganizationOf", "Bộ Tài chính") in got
    # a verb after the list is no field: the name stays at its first word's field
    ents = _entities("Ông Phan Văn Hòa, Cục trưởng Cục Quản lý giá, thuế và phí cho biết, giá xăng sẽ giảm.")
    assert not any("cho biết" in n for n, t in ents)
