"""Tests of kg.nlp.recognizers.regulating_policies: instruments named by what they regulate."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def _policies(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, "vi", "2026-12-05") if t == "Policy"}


def test_an_instrument_issued_and_named_by_what_it_regulates():
    text = "HĐND tỉnh Kon Tum thông qua Nghị quyết quy định mức hỗ trợ học phí cho sinh viên sư phạm giai đoạn 2027 - 2030."
    name = "Nghị quyết quy định mức hỗ trợ học phí cho sinh viên sư phạm giai đoạn 2027 - 2030"
    assert name in _policies(text)
    assert ("HĐND tỉnh Kon Tum", "issued", name) in facts(text, "2026-12-05")


def test_a_list_of_instruments_names_each():
    got = _policies("Kỳ họp đã thông qua Nghị quyết về giá đất năm 2027; Nghị quyết quy định chính sách thu hút bác sĩ "
                    "về công tác tại trạm y tế xã và Nghị quyết về biên chế công chức.")
    assert "Nghị quyết quy định chính sách thu hút bác sĩ về công tác tại trạm y tế xã" in got


def test_a_resolution_that_lays_something_down_is_prose():
    assert not _policies("Nghị quyết quy định rõ trách nhiệm của người đứng đầu các cơ quan, đơn vị.")


def test_the_name_ends_before_what_it_is_about_and_a_coming_instrument_names_nothing():
    got = _policies("Chính phủ đã ban hành Nghị định quy định chi tiết một số điều của Luật Điện lực về phát triển "
                    "năng lượng tái tạo.")
    assert "Nghị định quy định chi tiết một số điều của Luật Điện lực" in got
    assert not _policies("Năm 2027, Bộ Y tế sẽ ban hành Thông tư quy định danh mục thuốc thiết yếu.")


def test_a_regulating_instrument_after_a_comma_in_a_list_of_instruments():
    from articlefacts import resolved_entities
    got = resolved_entities("Kỳ họp đã thông qua 18 nghị quyết, trong đó có Nghị quyết về dự toán ngân sách năm 2027, "
                            "Nghị quyết quy định mức chi hỗ trợ khám sàng lọc ung thư cho phụ nữ trên địa bàn tỉnh và "
                            "một số nghị quyết về đầu tư công.", "vi")
    assert ("Nghị quyết quy định mức chi hỗ trợ khám sàng lọc ung thư cho phụ nữ trên địa bàn tỉnh", "Policy") in got
    # a comma after prose, with no instrument opening a list, names nothing
    prose = resolved_entities("Theo ông Hùng, Nghị quyết quy định mức hỗ trợ chưa phù hợp với thực tế.", "vi")
    assert not any(n.startswith("Nghị quyết quy định") for n, t in prose)


def test_the_meeting_it_is_adopted_at_ends_the_name():
    text = ("Sở Tài chính tham mưu UBND tỉnh trình HĐND tỉnh Phú Yên ban hành Nghị quyết quy định mức chi hỗ trợ "
            "chuyển đổi nghề cho ngư dân tại kỳ họp thứ 12.")
    assert "Nghị quyết quy định mức chi hỗ trợ chuyển đổi nghề cho ngư dân" in _policies(text)


def test_an_instrument_detailing_a_law_is_named_even_before_it_is_issued():
    text = ("Thứ trưởng cho biết Chính phủ sẽ ban hành Nghị định quy định chi tiết một số điều của Luật Thủy sản năm 2017 "
            "trước tháng 6/2028.")
    name = "Nghị định quy định chi tiết một số điều của Luật Thủy sản năm 2017"
    assert name in _policies(text)
    assert (name, "implements", "Luật Thủy sản năm 2017") in facts(text, "2027-12-05")
    text = "Bộ đang hoàn thiện dự thảo Thông tư quy định chi tiết thi hành Luật Giá, trong đó bổ sung nhiều nội dung."
    assert "Thông tư quy định chi tiết thi hành Luật Giá" in _policies(text)


def test_an_instrument_still_to_come_that_details_no_law_names_nothing():
    assert not _policies("Bộ sẽ ban hành Thông tư quy định mức thu phí sử dụng đường bộ cao tốc.")
