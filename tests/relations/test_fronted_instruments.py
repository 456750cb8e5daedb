"""kg.relations.fronted_instruments: an instrument named in a fronted clause ("Thực hiện Nghị quyết … về X, …")
has X as its subject; the comma closes the clause, and a field the main clause names after it is not the
instrument's."""
from __future__ import annotations

from articlefacts import facts


def about(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2030-12-10") if p == "about"}


def test_the_main_clause_after_the_comma_is_not_the_subject():
    got = about("Thực hiện Nghị quyết số 57-NQ/TW về đổi mới sáng tạo và chuyển đổi số, mô hình thương mại "
                "điện tử đã lan rộng tới các xã.")
    assert ("Nghị quyết số 57-NQ/TW", "chuyển đổi số") in got
    assert ("Nghị quyết số 57-NQ/TW", "thương mại điện tử") not in got


def test_a_fronted_clause_after_a_reporting_verb():
    got = about("Bà Lan cho biết, triển khai Kế hoạch số 15/KH-UBND về chuyển đổi số, hệ thống an ninh mạng "
                "của tỉnh được nâng cấp.")
    assert ("Kế hoạch số 15/KH-UBND", "chuyển đổi số") in got
    assert ("Kế hoạch số 15/KH-UBND", "an ninh mạng") not in got


def test_a_list_of_fields_still_runs_past_its_commas():
    got = about("Thực hiện Nghị quyết số 57-NQ/TW về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, "
                "tỉnh đã đầu tư hạ tầng cho các xã.")
    assert {("Nghị quyết số 57-NQ/TW", "đổi mới sáng tạo"), ("Nghị quyết số 57-NQ/TW", "chuyển đổi số")} <= got


def test_an_instrument_not_fronted_keeps_its_list():
    # no fronting verb: "về X, Y" with words between is read as before
    got = about("Nghị quyết số 57-NQ/TW về đổi mới sáng tạo và chuyển đổi số, trí tuệ nhân tạo được ban hành "
                "năm 2024.")
    assert ("Nghị quyết số 57-NQ/TW", "trí tuệ nhân tạo") in got
