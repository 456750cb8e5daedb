"""kg.relations.named_policy_topics: a meeting held on a policy is about that policy's fields."""
from __future__ import annotations

from articlefacts import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def test_meeting_that_rolls_out_two_resolutions_takes_both_fields():
    got = facts("Sáng 12/3, Tỉnh ủy Quảng Trị tổ chức Hội nghị quán triệt và triển khai thực hiện Nghị quyết số "
                "68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân và Nghị quyết số 57-NQ/TW của Bộ Chính trị "
                "về chuyển đổi số tại thành phố Đông Hà.", "2026-03-13")
    assert ("Nghị quyết số 68-NQ/TW", "about", "kinh tế tư nhân") in got
    topics = _about(got, "Hội nghị")
    assert {"kinh tế tư nhân", "chuyển đổi số"} <= topics


def test_meeting_that_only_mentions_a_resolution_takes_nothing_from_it():
    got = facts("Sáng 12/3, Sở Tư pháp tỉnh Quảng Trị tổ chức Hội nghị tổng kết công tác năm 2025. Tại hội nghị, "
                "Giám đốc Lê Văn Bình nhắc lại Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư "
                "nhân.", "2026-03-13")
    assert ("Nghị quyết số 68-NQ/TW", "about", "kinh tế tư nhân") in got
    assert "kinh tế tư nhân" not in _about(got, "Hội nghị")


def test_second_resolution_after_a_new_clause_is_not_the_meetings():
    got = facts("Ngày 2/4, Bộ Tài chính tổ chức Hội nghị triển khai Nghị quyết số 68-NQ/TW về phát triển kinh tế "
                "tư nhân, đồng thời lãnh đạo Bộ được giao hướng dẫn các địa phương thực hiện Nghị quyết số 57-NQ/TW "
                "về chuyển đổi số.", "2026-04-03")
    topics = _about(got, "Hội nghị")
    assert "kinh tế tư nhân" in topics
    assert "chuyển đổi số" not in topics


def test_name_cut_after_its_purpose_verb_still_reaches_the_resolution():
    # the recogniser may end the name at "quán triệt"; ", triển khai" carries on to the resolution
    got = facts("Chiều 20/6, Thành ủy Cần Thơ tổ chức Hội nghị quán triệt, triển khai Nghị quyết số 68-NQ/TW "
                "của Bộ Chính trị về phát triển kinh tế tư nhân.", "2026-06-21")
    assert "kinh tế tư nhân" in _about(got, "Hội nghị")



def test_zero_width_characters_in_the_gap_do_not_cut_the_meeting_from_its_resolution():
    # copy from a CMS with zero-width characters: the gap after the name is read on the matching text
    got = facts("Chiều 20/6, Thành ủy Cần Thơ tổ chức Hội nghị quán triệt, triển\u200b khai\u200c Nghị quyết số "
                "68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân.", "2026-06-21")
    assert "kinh tế tư nhân" in _about(got, "Hội nghị")
