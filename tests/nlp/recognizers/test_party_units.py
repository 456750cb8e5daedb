"""Party organisations of named bodies (kg.nlp.recognizers.party_units) and Vietnamese opening verbs."""
from __future__ import annotations

from articlefacts import facts

TEXT = ("Sáng 14/7, tại Hà Nội, Đảng bộ Công an tỉnh Gia Lai long trọng khai mạc Đại hội đại biểu lần thứ XXV, "
        "nhiệm kỳ 2025 - 2030. Báo cáo chính trị do Thiếu tướng Nguyễn Quốc Hoàng, Bí thư Đảng ủy, Giám đốc Công "
        "an tỉnh trình bày. Thượng tướng Lê Quốc Hùng đề nghị Đảng bộ Công an tỉnh Gia Lai tiếp tục quán triệt "
        "Nghị quyết số 12-NQ/TW của Bộ Chính trị.")


def test_party_organisation_of_a_body_is_one_name_that_opens_its_congress():
    got = facts(TEXT, "2025-07-14")
    # a congress is named with its term, as 8 of the 10 tune-vi golds that write one name it (vi59)
    assert ("Đảng bộ Công an tỉnh Gia Lai", "organized", "Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2025 - 2030") in got
    assert not any("bộ Công an tỉnh" in s and not s.startswith("Đảng bộ") for s, p, o in got)


def test_title_chain_runs_over_a_bare_party_committee():
    got = facts(TEXT, "2025-07-14")
    assert ("Nguyễn Quốc Hoàng", "position", "Giám đốc") in got
    assert ("Nguyễn Quốc Hoàng", "memberOf", "Công an tỉnh Gia Lai") in got


def test_a_body_asked_to_study_a_resolution_has_not_yet():
    got = facts(TEXT, "2025-07-14")
    assert not any(p == "implements" for s, p, o in got)


def test_party_organisation_of_a_ministry_is_one_body():
    got = facts("Ngày 8/10, Đảng bộ Bộ Tư pháp tổ chức Đại hội đại biểu Đảng bộ Bộ Tư pháp lần thứ IV.", "2030-10-09")
    assert any(s == "Đảng bộ Bộ Tư pháp" and p == "organized" for s, p, _ in got)
    assert not any(s == "Bộ Tư pháp" and p == "organized" for s, p, _ in got)
