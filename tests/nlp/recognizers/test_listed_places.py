"""Tests of kg.nlp.recognizers.listed_places: unknown places a place frame marks."""
from __future__ import annotations

from articlefacts import span_pairs


def test_a_name_joined_to_a_place_after_a_preposition_is_a_place(nlp):
    got = span_pairs(nlp, "Cộng đồng người Việt tại Budapest và Debrecen rất đông.", "2027-03-15")
    assert ("Debrecen", "LOC") in got
    got = span_pairs(nlp, "Nhiều doanh nghiệp ở Santiago và Valparaíso quan tâm nhập khẩu cà phê.", "2027-09-09")
    assert ("Valparaíso", "LOC") in got


def test_a_sentence_opened_by_tai_names_its_place(nlp):
    got = span_pairs(nlp, "Tại Hoa Lư, lực lượng chức năng đã bắt giữ 15 vụ vi phạm.", "2027-05-24")
    assert ("Hoa Lư", "LOC") in got


def test_a_person_after_the_frame_stays_a_person(nlp):
    got = span_pairs(nlp, "Ông làm việc tại Hà Nội và Nguyễn Văn An cũng vậy.", "2027-05-24")
    assert ("Nguyễn Văn An", "PER") in got
    got = span_pairs(nlp, "Tại Hội nghị, ông Trần Văn Nam phát biểu.", "2027-05-24")
    assert not any(label == "LOC" for _, label in got)


def test_the_names_listed_after_a_plural_unit_are_places(nlp):
    got = span_pairs(nlp, "Hội thi có 12 đội đến từ các huyện U Minh, Trần Văn Thời và Năm Căn.", "2032-05-10")
    assert ("Trần Văn Thời", "LOC") in got and ("Năm Căn", "LOC") in got
    got = span_pairs(nlp, "Đoàn công tác đã làm việc với hai xã Tà Xùa và Háng Đồng về việc giao rừng.", "2032-05-10")
    assert ("Tà Xùa", "LOC") in got and ("Háng Đồng", "LOC") in got


def test_a_body_after_a_listed_unit_ends_the_list(nlp):
    got = span_pairs(nlp, "Đoàn đã làm việc với hai huyện Mường Tè và Sở Y tế về công tác tiêm chủng.", "2032-05-10")
    assert ("Sở Y tế", "LOC") not in got
