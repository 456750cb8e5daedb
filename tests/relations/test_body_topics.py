"""Tests of kg.relations.body_topics: about of a body to the field its own name states (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def test_department_named_in_passing_is_not_about_its_field():
    # the tune golds link a department to its field only where the article is about the field
    got = facts("Ông Trần Văn Hải, Cục trưởng Cục Thủy lợi, dự lễ khánh thành cầu Rồng ở thành phố Đà Nẵng.")
    assert not any(s == "Cục Thủy lợi" and p == "about" for s, p, _ in got)


def test_centre_named_by_its_field_is_about_it():
    got = facts("Ngày 2/3, Trung tâm Đổi mới sáng tạo Quốc gia tổ chức hội nghị tại Hà Nội.")
    assert ("Trung tâm Đổi mới sáng tạo Quốc gia", "about", "đổi mới sáng tạo") in got


def test_broad_field_in_a_company_or_association_name_is_no_subject():
    text = ("Ngày 3/4, Hiệp hội Du lịch tỉnh Khánh Hòa và Công ty cổ phần Thủy sản Minh Phú ký kết thỏa thuận "
            "hợp tác về đào tạo nhân lực.")
    got = facts(text)
    assert not any(p == "about" and o in ("du lịch", "thủy sản") for _, p, o in got)
    assert ("thủy sản", "Topic") not in resolved_entities(text)


def test_field_named_only_inside_a_body_name_is_no_topic_of_the_article():
    # kg.extract._without_name_only_topics, for Vietnamese too: the field is part of the group's name
    text = "Ngày 5/3, Tập đoàn Bưu chính Viễn thông Việt Nam ký thỏa thuận hợp tác với UBND tỉnh Nghệ An."
    assert ("viễn thông", "Topic") not in resolved_entities(text)


def test_field_named_on_its_own_too_stays_a_topic():
    text = "Ngày 5/3, Tập đoàn Bưu chính Viễn thông Việt Nam cho biết doanh thu dịch vụ viễn thông năm 2026 tăng 8%."
    assert ("viễn thông", "Topic") in resolved_entities(text)
    assert ("Tập đoàn Bưu chính Viễn thông Việt Nam", "about", "viễn thông") in facts(text)


def test_a_centre_named_by_what_it_does_for_a_field_is_about_the_field():
    got = facts("Trung tâm Giám sát an ninh mạng của ngân hàng vừa cảnh báo các vụ lừa đảo trực tuyến gia tăng.",
                "2027-11-09")
    assert ("Trung tâm Giám sát an ninh mạng", "about", "an ninh mạng") in got
    # a development centre's capitalised field is its proper name, not a subject
    got = facts("Ông Lê Văn An, Giám đốc Trung tâm Phát triển Khoa học, Công nghệ và Tài năng trẻ, phát biểu.",
                "2027-11-09")
    assert not any(p == "about" for s, p, o in got)


def test_the_partner_organisation_of_a_cooperation_on_a_field_is_not_a_board_for_it():
    got = facts("Bộ Y tế ký kết thỏa thuận hợp tác với Tổ chức Y tế Thế giới về y tế số và khám bệnh, chữa bệnh từ xa.",
                "2026-11-14")
    assert not any(s == "Tổ chức Y tế Thế giới" and p == "about" for s, p, o in got)
    # a working group named with its subject still is about it
    got = facts("Tổ công tác về chuyển đổi số của tỉnh họp phiên đầu tiên.", "2026-11-14")
    assert any(s.startswith("Tổ công tác") and p == "about" and o == "chuyển đổi số" for s, p, o in got)


def test_a_steering_board_written_with_a_lower_case_second_word():
    got = facts("Năm 2030, Ban chỉ đạo chuyển đổi số tỉnh Hòa Bình đã hoàn thành 40 nhiệm vụ.", "2031-05-10")
    assert ("Ban chỉ đạo chuyển đổi số tỉnh Hòa Bình", "about", "chuyển đổi số") in got
    got = facts("Tỉnh đã thành lập Ban chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình.", "2031-05-10")
    assert any(s.startswith("Ban chỉ đạo phòng") and p == "about" and o == "phòng, chống thiên tai" for s, p, o in got)
    # a department is still not about the field of its name
    got = facts("Ông Trần Văn Hải, Cục trưởng Cục Thủy lợi, dự lễ khánh thành cầu ở thành phố Đà Nẵng.", "2031-05-10")
    assert not any(p == "about" for s, p, o in got)
