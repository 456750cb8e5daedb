"""Tests of kg.relations.event_purposes: about of an event from the purpose clause after it (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def test_event_held_to_discuss_topics_is_about_them():
    got = facts("Sáng 9/5, Sở Khoa học và Công nghệ tỉnh Hà Tĩnh tổ chức Tọa đàm Doanh nhân trẻ năm 2031 tại thành phố "
                "Hà Tĩnh để trao đổi với các chuyên gia về trí tuệ nhân tạo và an ninh mạng.", "2031-05-10")
    ev = "Tọa đàm Doanh nhân trẻ năm 2031"
    assert (ev, "about", "trí tuệ nhân tạo") in got
    assert (ev, "about", "an ninh mạng") in got
    got = facts("Sáng 9/5, Sở Khoa học và Công nghệ tỉnh Hà Tĩnh tổ chức Tọa đàm Doanh nhân trẻ năm 2031. Các chuyên "
                "gia cho rằng doanh nghiệp cần đầu tư về trí tuệ nhân tạo.", "2031-05-10")
    assert not any(p == "about" and o == "trí tuệ nhân tạo" for _, p, o in got)


def test_signing_ceremony_is_about_the_fields_of_the_instrument_it_signs():
    got = facts("Sáng 2/3, Bộ Công Thương và Tập đoàn Điện lực Việt Nam tổ chức Lễ ký kết Thỏa thuận hợp tác về "
                "khoa học, công nghệ và chuyển đổi số giai đoạn 2031 - 2035.", "2031-03-03")
    assert any(s.startswith("Lễ ký kết") and p == "about" and o == "chuyển đổi số" for s, p, o in got)


def test_a_meeting_held_to_further_or_review_a_field_is_about_it():
    got = facts("Sáng 14/6, Sở Công Thương thành phố Đà Nẵng tổ chức Diễn đàn Cảng biển năm 2031 nhằm thúc đẩy phát "
                "triển logistics xanh và thu hút đầu tư vào cảng biển.", "2031-06-15")
    assert {"logistics xanh", "thu hút đầu tư"} <= _about(got, "Diễn đàn Cảng biển")
    got = facts("Chiều 6/10, Ban Chỉ đạo tỉnh Hà Nam tổ chức phiên họp thường kỳ quý III năm 2031 để đánh giá tiến độ "
                "xây dựng chính quyền số.", "2031-10-07")
    assert "chính quyền số" in _about(got, "phiên họp thường kỳ")


def test_a_field_past_a_comma_of_the_purpose_clause_is_not_the_meetings_subject():
    got = facts("Ngày 7/10, Hội Nông dân tỉnh Hà Nam tổ chức Hội thi nhà nông năm 2031 nhằm nâng cao đời sống nông "
                "dân, góp phần xây dựng nông thôn mới.", "2031-10-08")
    assert not _about(got, "Hội thi nhà nông")


def test_a_field_right_after_nham_is_the_event_s_purpose():
    got = facts("Ngày 4/4, Sở Nông nghiệp và Môi trường tỉnh An Giang tổ chức Hội nghị tập huấn năm 2031 nhằm giảm "
                "phát thải khí nhà kính trong trồng lúa.", "2031-04-04")
    assert "phát thải khí nhà kính" in {o for s, p, o in got if p == "about" and s.startswith("Hội nghị tập huấn")}


def test_whom_an_event_serves_right_after_nham_is_no_field():
    got = facts("Ngày 4/4, Sở Nông nghiệp và Môi trường tỉnh An Giang tổ chức Hội nghị tập huấn năm 2031 nhằm hỗ trợ "
                "nông dân vùng lũ, nhiều người làm du lịch cộng đồng.", "2031-04-04")
    assert not {o for s, p, o in got if p == "about" and s.startswith("Hội nghị tập huấn")}


def test_an_occasion_stated_as_the_chance_to_further_fields_is_about_them():
    got = facts("Tối 20/9, UBND tỉnh Hà Giang tổ chức Lễ hội Hoa tam giác mạch năm 2031. Lễ hội là dịp để quảng bá di "
                "sản văn hóa, phát triển du lịch cộng đồng và công nghiệp văn hóa của địa phương.", "2031-09-21")
    assert {"di sản văn hóa", "du lịch cộng đồng", "công nghiệp văn hóa"} <= _about(got, "Lễ hội Hoa tam giác mạch")
    # a field of the sentence, not the purpose of the occasion: no about
    got = facts("Tối 20/9, UBND tỉnh Hà Giang tổ chức Lễ hội Hoa tam giác mạch năm 2031. Lễ hội thu hút đông du khách; "
                "tỉnh cũng đang phát triển du lịch cộng đồng.", "2031-09-21")
    assert "du lịch cộng đồng" not in _about(got, "Lễ hội Hoa tam giác mạch")


def test_purpose_after_who_holds_the_event():
    cases = [
        ("Ngày 12/9, Diễn đàn Nông nghiệp sạch Tây Bắc lần thứ hai do Bộ Nông nghiệp và Môi trường phối hợp với UBND "
         "tỉnh Sơn La tổ chức nhằm thúc đẩy chuyển đổi xanh.", "Diễn đàn Nông nghiệp sạch Tây Bắc", "chuyển đổi xanh"),
        ("Sáng 4/3, Ngày hội Khởi nghiệp tỉnh Phú Yên năm 2031 được tổ chức tại thành phố Tuy Hòa nhằm khuyến khích "
         "đổi mới sáng tạo trong thanh niên.", "Ngày hội Khởi nghiệp tỉnh Phú Yên", "đổi mới sáng tạo"),
        ("Hội nghị Xúc tiến đầu tư tỉnh Gia Lai năm 2031 được Sở Tài chính tỉnh Gia Lai tổ chức để tìm giải pháp "
         "phát triển logistics.", "Hội nghị Xúc tiến đầu tư tỉnh Gia Lai", "logistics"),
    ]
    for text, ev, topic in cases:
        got = facts(text, "2031-09-13")
        assert topic in _about(got, ev), text


def test_no_purpose_of_a_new_clause_after_who_holds_the_event():
    got = facts("Hội nghị Tổng kết ngành Nội vụ tỉnh Gia Lai năm 2031 do Sở Nội vụ tổ chức, còn UBND tỉnh ban hành kế "
                "hoạch nhằm thúc đẩy chuyển đổi số.", "2031-12-20")
    assert "chuyển đổi số" not in _about(got, "Hội nghị Tổng kết")
