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
