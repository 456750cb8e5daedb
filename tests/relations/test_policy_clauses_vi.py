"""Tests of kg.relations.policy_clauses_vi: about of a Vietnamese instrument from its purpose clause ("nhằm …"),
from a sentence that opens with its bare kind and what it regulates ("Luật quy định …"), and from "Theo Nghị
quyết, …"."""
from __future__ import annotations

from articlefacts import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def test_a_plan_issued_to_further_a_field_is_about_it():
    got = facts("Ngày 4/5, UBND tỉnh Bình Định ban hành Kế hoạch số 61/KH-UBND nhằm thúc đẩy kinh tế tuần hoàn "
                "và tăng trưởng xanh trong các khu công nghiệp.", "2031-05-04")
    assert {"kinh tế tuần hoàn", "tăng trưởng xanh"} <= _about(got, "Kế hoạch số 61/KH-UBND")


def test_a_purpose_that_names_whom_it_serves_before_any_field_gives_nothing():
    got = facts("UBND tỉnh Bình Định ban hành Kế hoạch số 62/KH-UBND nhằm hỗ trợ các hộ dân bị ảnh hưởng bởi "
                "bão, trong đó có nhiều hộ làm du lịch cộng đồng.", "2031-05-04")
    assert not _about(got, "Kế hoạch số 62/KH-UBND")


def test_a_sentence_opening_with_the_bare_kind_of_a_named_law_sets_out_its_fields():
    got = facts("Quốc hội đã thông qua Luật Việc làm năm 2025. Luật quy định bảo hiểm thất nghiệp và "
                "giáo dục nghề nghiệp cho người lao động.", "2031-05-04")
    assert {"bảo hiểm thất nghiệp", "giáo dục nghề nghiệp"} <= _about(got, "Luật Việc làm")


def test_a_bare_kind_with_no_instrument_of_that_kind_before_gives_nothing():
    got = facts("Bộ Y tế ban hành Kế hoạch số 9/KH-BYT về y tế dự phòng. Luật quy định bảo hiểm y tế cho "
                "học sinh.", "2031-05-04")
    assert "bảo hiểm y tế" not in _about(got, "Kế hoạch số 9/KH-BYT")


def test_according_to_the_resolution_reports_its_content():
    got = facts("HĐND tỉnh Kon Tum thông qua Nghị quyết số 12/2031/NQ-HĐND về phát triển du lịch. Theo Nghị quyết, "
                "tỉnh hỗ trợ kinh phí cho các thôn làm du lịch cộng đồng.", "2031-05-04")
    assert "du lịch cộng đồng" in _about(got, "Nghị quyết số 12/2031/NQ-HĐND")


def test_according_to_a_bare_kind_needs_an_instrument_of_that_kind():
    got = facts("HĐND tỉnh Kon Tum thông qua Nghị quyết số 13/2031/NQ-HĐND về phát triển du lịch. Theo Kế hoạch, "
                "tỉnh hỗ trợ kinh phí cho các thôn làm du lịch cộng đồng.", "2031-05-04")
    assert "du lịch cộng đồng" not in _about(got, "Nghị quyết số 13/2031/NQ-HĐND")


def test_according_to_a_bare_kind_after_two_instruments_of_that_kind_gives_nothing():
    got = facts("Chính phủ ban hành Nghị định số 20/2031/NĐ-CP về tài sản công, thay thế Nghị định số 151/2017/NĐ-CP. "
                "Theo Nghị định, các đơn vị được dùng tài sản công để cho thuê.", "2031-05-04")
    assert "tài sản công" not in _about(got, "Nghị định số 151/2017")


def test_the_work_a_plan_carries_out_is_its_field():
    got = facts("Ngày 4/6, UBND tỉnh Tuyên Quang ban hành Kế hoạch số 155/KH-UBND thực hiện công tác trợ giúp xã hội "
                "và phòng, chống suy dinh dưỡng.", "2027-06-04")
    assert ("Kế hoạch số 155/KH-UBND", "about", "trợ giúp xã hội") in got
    assert ("Kế hoạch số 155/KH-UBND", "about", "suy dinh dưỡng") in got


def test_an_instrument_carried_out_is_no_field_of_work():
    got = facts("Ngày 4/6, UBND tỉnh Tuyên Quang ban hành Kế hoạch số 156/KH-UBND thực hiện Nghị quyết số 57-NQ/TW "
                "của Bộ Chính trị.", "2027-06-04")
    assert not any(p == "about" and s == "Kế hoạch số 156/KH-UBND" for s, p, o in got)


def test_the_fields_a_plan_lists_after_a_colon():
    got = facts("Ngày 4/6, UBND tỉnh Tuyên Quang ban hành Kế hoạch số 157/KH-UBND. Kế hoạch gồm ba nội dung chính: "
                "hòa giải ở cơ sở, trợ giúp pháp lý và công chứng.", "2027-06-04")
    assert {o for s, p, o in got if p == "about" and s == "Kế hoạch số 157/KH-UBND"} == {
        "hòa giải ở cơ sở", "trợ giúp pháp lý", "công chứng"}
