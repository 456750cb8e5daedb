"""Tests of kg.nlp.recognizers.working_sessions_vi: a working session told by a verb, then named."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_a_session_reported_with_the_verb_is_the_buoi_lam_viec_named_next():
    got = resolved_entities("Chiều cùng ngày, đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Gia Lai. Tại buổi làm "
                            "việc, ông Trần Minh Khoa đề nghị tỉnh rà soát các công trình bị hư hỏng.",
                            published="2027-10-30")
    assert ("buổi làm việc", "Event") in got


def test_no_session_without_a_dated_sentence_that_reports_it():
    # nothing dated says a session took place: "buổi làm việc" is prose about some session
    got = resolved_entities("Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Gia Lai. Tại buổi làm việc, ông Trần Minh "
                            "Khoa đề nghị tỉnh rà soát các công trình bị hư hỏng.", published="2027-10-30")
    assert ("buổi làm việc", "Event") not in got


def test_another_dated_happening_ends_the_session():
    got = resolved_entities("Ngày 29/10, đoàn làm việc với UBND tỉnh Gia Lai. Ngày 30/10, đoàn khảo sát hồ Ia Ly. Tại "
                            "buổi làm việc, ông Trần Minh Khoa đề nghị tỉnh rà soát.", published="2027-10-31")
    assert ("buổi làm việc", "Event") not in got
