"""kg.relations.named_policy_topics: a meeting held on a policy is about that policy's fields."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


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


def test_ceremony_named_by_its_verb_takes_the_fields_of_the_resolution_right_after():
    got = facts("Sáng 1/7, UBND tỉnh Phú Thọ tổ chức Lễ công bố Nghị quyết số 1675/NQ-UBTVQH15 của Ủy ban Thường vụ "
                "Quốc hội về sắp xếp đơn vị hành chính cấp xã.", "2027-07-02")
    assert _about(got, "Nghị quyết số 1675") & _about(got, "Lễ công bố")


def test_a_conference_held_to_review_a_decree_is_about_its_fields():
    got = facts("The Ministry of Finance on Monday held a conference to review Decree 13/2023/NĐ-CP on personal data "
                "protection in Hà Nội.", "2025-12-21", lang="en")
    assert ("conference", "about", "personal data protection") in got
    got = facts("The Ministry of Finance on Monday held a conference in Hà Nội. Officials discussed Decree "
                "13/2023/NĐ-CP on personal data protection.", "2025-12-21", lang="en")
    assert not any(s == "conference" and p == "about" for s, p, o in got)


def test_a_conference_to_launch_a_programme_of_its_own_takes_no_field_of_the_resolution():
    got = facts("The Huế City Party Committee on Friday held a conference to launch its action programme implementing "
                "Resolution 57-NQ/TW on science, technology and innovation.", "2025-12-21", lang="en")
    assert not any(s.startswith("conference") and p == "about" for s, p, o in got)


def test_review_counted_in_years_still_names_the_programme_it_reviews():
    got = facts("Sáng 4/6, UBND tỉnh Hòa Bình tổ chức Hội nghị sơ kết 3 năm thực hiện Đề án phát triển "
                "du lịch cộng đồng giai đoạn 2025 - 2030.")
    assert any(s.startswith("Hội nghị") and p == "about" and o == "du lịch cộng đồng" for s, p, o in got)


def test_a_figure_that_is_no_reviewed_period_does_not_bridge_to_the_policy():
    got = facts("Sáng 4/6, 300 đại biểu dự Hội nghị 5 đơn vị ký cam kết với Sở Tài chính, sau đó bàn Đề án phát triển "
                "du lịch cộng đồng giai đoạn 2025 - 2030.")
    assert not any(s.startswith("Hội nghị") and p == "about" for s, p, o in got)


def test_hydrogen_energy_and_data_sharing_are_fields_of_a_policy_subject():
    got = facts("Bộ Công Thương đang lấy ý kiến về Chương trình phát triển năng lượng hydro giai đoạn 2031 - 2035.",
                "2030-09-06")
    assert "năng lượng hydro" in _about(got, "Chương trình phát triển năng lượng hydro")
    got = facts("Chính phủ ban hành Nghị định số 47/2030/NĐ-CP về kết nối và chia sẻ dữ liệu bắt buộc giữa các cơ "
                "quan nhà nước.", "2030-09-06")
    assert "chia sẻ dữ liệu" in _about(got, "Nghị định số 47/2030/NĐ-CP")


def test_data_sharing_named_in_passing_is_no_topic():
    text = "Tại hội nghị, các hợp tác xã chia sẻ dữ liệu về sản lượng lúa vụ hè thu năm 2030."
    assert not any(o == "chia sẻ dữ liệu" for _, _, o in facts(text, "2030-09-06"))
    assert not any(ty == "Topic" for _, ty in resolved_entities(text, "vi", "2030-09-06"))


def test_sustainable_consumption_and_production_is_a_field():
    got = facts("Sở Công Thương tỉnh Bình Dương vừa tổ chức Diễn đàn Thúc đẩy sản xuất và tiêu dùng bền vững năm 2030.",
                "2030-10-21")
    assert "sản xuất và tiêu dùng bền vững" in _about(got, "Diễn đàn Thúc đẩy")
    got = facts("Bộ Công Thương trình Chương trình quốc gia về sản xuất, tiêu dùng bền vững giai đoạn 2031 - 2035.",
                "2030-10-21")
    assert "sản xuất và tiêu dùng bền vững" in _about(got, "Chương trình quốc gia")
