"""kg.relations.subject_ends_vi: the subject a Vietnamese cue ("về", "chủ đề" …) opens ends at a purpose, a place or a
period; a field named only past that is not what the plan or meeting is about."""
from __future__ import annotations

from articlefacts import facts


def about(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2031-05-10") if p == "about"}


def test_a_field_past_the_purpose_a_plan_serves_is_not_its_subject():
    got = about("Ngày 3/3, UBND tỉnh ban hành Kế hoạch số 85/KH-UBND về phát triển thủy lợi phục vụ tái cơ cấu ngành "
                "nông nghiệp.")
    assert ("Kế hoạch số 85/KH-UBND", "tái cơ cấu ngành nông nghiệp") not in got
    got = about("Ngày 3/3, UBND tỉnh ban hành Đề án số 7/ĐA-UBND về nâng cao năng lực cho cán bộ xã giai đoạn 2031 - 2035 "
                "gắn với chuyển đổi số.")
    assert not any(o == "chuyển đổi số" for _, o in got)


def test_the_field_right_after_the_cue_and_its_list_stay():
    got = about("Ngày 3/3, UBND tỉnh ban hành Kế hoạch số 85/KH-UBND về chuyển đổi số phục vụ tái cơ cấu ngành nông nghiệp.")
    assert ("Kế hoạch số 85/KH-UBND", "chuyển đổi số") in got
    got = about("Ngày 3/3, Bộ Y tế tổ chức Hội nghị về công tác phòng bệnh tại Trung tâm Hội nghị Quốc gia với chủ đề "
                "an toàn thực phẩm.")
    assert {o for _, o in got} >= {"phòng bệnh", "an toàn thực phẩm"}
