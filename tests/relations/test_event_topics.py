"""Tests of kg.relations.event_topics: The field a meeting deals with, named in the clause right after its head."""
from __future__ import annotations

from articlefacts import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def test_meeting_named_by_one_of_two_paired_verbs_keeps_its_subject():
    got = facts("Ngày 10/4, Sở Tư pháp tỉnh Đắk Lắk tổ chức hội nghị tuyên truyền, phổ biến pháp luật về phòng, chống "
                "ma túy.", "2027-04-11")
    assert "phòng, chống ma túy" in _about(got, "hội nghị")


def test_a_dated_hearing_and_training_course_are_events_with_a_subject():
    got = facts("Ngày 6/5, Ủy ban Kinh tế và Tài chính của Quốc hội tổ chức phiên giải trình về thị trường bất động "
                "sản. Ngày 7/5, Sở Y tế tỉnh Nghệ An tổ chức lớp tập huấn về an toàn thực phẩm.", "2027-05-08")
    assert "thị trường bất động sản" in _about(got, "phiên giải trình")
    assert "an toàn thực phẩm" in _about(got, "lớp tập huấn")


def test_a_titled_lower_case_event_run_is_about_the_topic_in_it():
    got = facts("Ngày 6/3, Ngân hàng Nhà nước tổ chức Diễn tập ứng phó sự cố an ninh mạng ngành ngân hàng.",
                "2027-03-10")
    assert any(p == "about" and o == "an ninh mạng" for s, p, o in got)
    # a head that opens the sentence is its subject, not a title
    got = facts("Sáng 6/3, tại Hà Nội. Hội nghị thống nhất đề xuất chính sách an ninh mạng.", "2027-03-10")
    assert not any(p == "about" and o == "an ninh mạng" and s.casefold().startswith("hội nghị") for s, p, o in got)


def test_an_event_named_again_with_its_purpose_is_about_the_field_of_the_resolution():
    got = facts("Ngày 5/3, tại Huế, VCCI tổ chức Diễn đàn doanh nghiệp miền Trung năm 2027. Diễn đàn nhằm đánh giá "
                "kết quả thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân.",
                "2027-03-10")
    assert any(s.startswith("Diễn đàn") and p == "about" and o == "kinh tế tư nhân" for s, p, o in got)


def test_the_body_whose_meeting_it_is_stands_between_the_head_and_the_subject():
    got = facts("Chiều 2/6, Thủ tướng Chính phủ Trần Quang Huy chủ trì phiên họp Chính phủ chuyên đề về xây dựng "
                "pháp luật tháng 6.", "2031-06-03")
    assert "xây dựng pháp luật" in _about(got, "phiên họp")


def test_a_body_after_the_head_that_is_not_followed_by_a_purpose_gives_no_subject():
    got = facts("Chiều 2/6, đại diện Bộ Tài chính dự phiên họp Chính phủ tại Hà Nội, trong đó bàn về chuyển đổi số.",
                "2031-06-03")
    assert not _about(got, "phiên họp")


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_the_field_of_an_x_focused_event():
    got = rel("The Ministry of Finance on Tuesday held an AI-focused international conference in Hà Nội.", "about")
    assert ("conference", "artificial intelligence") in got
    assert not any(o == "artificial intelligence" for s, o in
                   rel("The AI-focused start-up attended the forum in Hà Nội on Monday.", "about"))
