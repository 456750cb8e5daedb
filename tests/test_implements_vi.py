"""Vietnamese implements: the guards of kg.relations.implement_guards and the constructions of
kg.relations.assigned_tasks, on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def _implements(got, subject_start: str, object_start: str = "") -> bool:
    return any(p == "implements" and s.startswith(subject_start) and o.startswith(object_start) for s, p, o in got)


def test_meeting_named_for_a_plan_is_not_its_implementer():
    got = facts("Sáng 3/4, tại Trung tâm Hội nghị tỉnh, Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình tổ chức Hội nghị "
                "triển khai Đề án bảo tồn và phát huy nghệ thuật hát xẩm trong trường học giai đoạn 2026 - 2030.",
                "2026-04-04")
    assert not _implements(got, "Sở Văn hóa")
    got = facts("Chiều 8/4, Sở Tư pháp tỉnh Ninh Bình tổ chức Hội nghị quán triệt, triển khai Luật Tổ chức chính quyền "
                "địa phương (sửa đổi) và công tác hòa giải ở cơ sở năm 2026.", "2026-04-09")
    assert not _implements(got, "Sở Tư pháp")
    # the same body carrying a law out in a plain clause still implements it
    got = facts("Sở Tư pháp tỉnh Ninh Bình đang triển khai Luật Hòa giải ở cơ sở năm 2013 tại 120 xã.", "2026-04-04")
    assert _implements(got, "Sở Tư pháp tỉnh Ninh Bình", "Luật Hòa giải")


def test_passive_verb_leaves_the_body_before_it_out():
    got = facts("Dự án do Công ty cổ phần Đầu tư Xây dựng Hòa Bình làm chủ đầu tư, được triển khai theo Nghị quyết "
                "số 33/2026/QH15 của Quốc hội về thí điểm nhà ở thương mại.", "2026-05-02")
    assert not _implements(got, "Công ty")


def test_decision_that_approved_a_plan_does_not_carry_out_its_aim():
    got = facts("Kế hoạch phát triển du lịch cộng đồng tỉnh Cao Bằng được UBND tỉnh Cao Bằng phê duyệt tại "
                "Quyết định số 415/QĐ-UBND, nhằm cụ thể hóa Nghị quyết số 82-NQ/CP của Chính phủ.", "2026-05-02")
    assert not _implements(got, "Quyết định số 415")


def test_lead_body_and_its_partners_carry_out_the_plan_named_again():
    got = facts("UBND tỉnh Phú Thọ vừa ban hành Kế hoạch số 77/KH-UBND về phát triển nghề chè giai đoạn 2026 - 2030. "
                "Sở Công Thương tỉnh Phú Thọ được giao chủ trì, phối hợp với Hội Nông dân tỉnh Phú Thọ và các huyện "
                "vùng chè triển khai kế hoạch.", "2026-06-02")
    assert _implements(got, "Sở Công Thương tỉnh Phú Thọ", "Kế hoạch số 77")
    assert _implements(got, "Hội Nông dân tỉnh Phú Thọ", "Kế hoạch số 77")
    got = facts("UBND tỉnh Phú Thọ vừa ban hành Kế hoạch số 77/KH-UBND về phát triển nghề chè giai đoạn 2026 - 2030. "
                "Sở Công Thương tỉnh Phú Thọ được giao là cơ quan thường trực, chủ trì thực hiện Kế hoạch.", "2026-06-02")
    assert _implements(got, "Sở Công Thương tỉnh Phú Thọ", "Kế hoạch số 77")
    got = facts("UBND tỉnh Phú Thọ vừa ban hành Kế hoạch số 77/KH-UBND về phát triển nghề chè giai đoạn 2026 - 2030. "
                "Theo kế hoạch, Sở Tài chính tỉnh Phú Thọ có trách nhiệm chủ trì, phối hợp với Sở Nội vụ tỉnh Phú Thọ "
                "triển khai Kế hoạch số 77/KH-UBND.", "2026-06-02")
    assert _implements(got, "Sở Tài chính tỉnh Phú Thọ", "Kế hoạch số 77")
    # leading a meeting about a law with a partner is not carrying the law out
    got = facts("Sáng 5/5, Sở Tư pháp tỉnh Nghệ An chủ trì, phối hợp với Hội Luật gia tỉnh Nghệ An tổ chức Hội nghị "
                "triển khai Luật Hòa giải ở cơ sở năm 2013.", "2026-05-06")
    assert not _implements(got, "Sở Tư pháp") and not _implements(got, "Hội Luật gia")
    # a body that leads something else does not implement the plan
    got = facts("UBND tỉnh Phú Thọ vừa ban hành Kế hoạch số 77/KH-UBND về phát triển nghề chè giai đoạn 2026 - 2030. "
                "Sở Công Thương tỉnh Phú Thọ chủ trì hướng dẫn các hợp tác xã đăng ký nhãn hiệu.", "2026-06-02")
    assert not _implements(got, "Sở Công Thương")


def test_body_given_the_task_without_chu_tri_and_the_plan_named_again_before_a_preposition():
    got = facts("HĐND tỉnh Cao Bằng thông qua Nghị quyết số 09/2027/NQ-HĐND về hỗ trợ nuôi ong lấy mật. Sở Nông nghiệp "
                "và Môi trường tỉnh Cao Bằng được giao hướng dẫn thực hiện nghị quyết.", "2027-03-02")
    assert _implements(got, "Sở Nông nghiệp và Môi trường tỉnh Cao Bằng", "Nghị quyết số 09")
    got = facts("UBND tỉnh Cao Bằng ban hành Kế hoạch số 41/KH-UBND về phát triển nghề mây tre đan. Sở Công Thương tỉnh "
                "Cao Bằng được giao chủ trì, phối hợp với các xã cụ thể hóa kế hoạch thành chương trình hằng năm.",
                "2027-03-02")
    assert _implements(got, "Sở Công Thương tỉnh Cao Bằng", "Kế hoạch số 41")
    # a task that is not carrying the instrument out
    got = facts("HĐND tỉnh Cao Bằng thông qua Nghị quyết số 09/2027/NQ-HĐND về hỗ trợ nuôi ong lấy mật. Sở Tài chính "
                "tỉnh Cao Bằng được giao bố trí kinh phí cho các hợp tác xã.", "2027-03-02")
    assert not _implements(got, "Sở Tài chính")


def test_the_plan_named_again_is_the_articles_own_not_the_one_it_carries_out():
    got = facts("UBND tỉnh Bình Định ban hành Kế hoạch số 52/KH-UBND về giảm rác thải nhựa, nhằm cụ thể hóa Kế hoạch "
                "hành động quốc gia về quản lý rác thải nhựa đại dương đến năm 2030. Sở Nông nghiệp và Môi trường tỉnh "
                "Bình Định được giao chủ trì triển khai kế hoạch.", "2026-06-02")
    assert _implements(got, "Sở Nông nghiệp và Môi trường tỉnh Bình Định", "Kế hoạch số 52")
    assert not _implements(got, "Sở Nông nghiệp và Môi trường tỉnh Bình Định", "Kế hoạch hành động quốc gia")


def test_aim_of_a_plan_after_its_approval_clause():
    got = facts("Hoạt động nằm trong Kế hoạch phục hồi rạn san hô giai đoạn 2026 - 2030 do UBND tỉnh Khánh Hòa phê duyệt "
                "tháng 3/2026, nhằm thực hiện Luật Thủy sản năm 2017.", "2026-06-02")
    assert _implements(got, "Kế hoạch phục hồi rạn san hô", "Luật Thủy sản")
    got = facts("Sáng 2/6, Sở Giáo dục và Đào tạo tỉnh Gia Lai công bố Đề án dạy bơi cho học sinh tiểu học giai đoạn "
                "2026 - 2030. Đề án được UBND tỉnh Gia Lai phê duyệt tại Quyết định số 415/QĐ-UBND, nhằm cụ thể hóa "
                "Chỉ thị số 18/CT-TTg của Thủ tướng Chính phủ.", "2026-06-02")
    assert _implements(got, "Đề án dạy bơi", "Chỉ thị số 18")
    assert not _implements(got, "Quyết định số 415")


def test_fronted_purpose_clause_then_a_time_phrase_before_the_body():
    got = facts("Triển khai Nghị quyết số 57-NQ/TW, năm 2026 Sở Khoa học và Công nghệ tỉnh Quảng Bình đã hỗ trợ 20 doanh "
                "nghiệp đổi mới công nghệ.", "2026-12-02")
    assert _implements(got, "Sở Khoa học và Công nghệ tỉnh Quảng Bình", "Nghị quyết số 57")


def test_a_plan_named_again_by_its_kind_implements_each_listed_instrument():
    got = facts("UBND tỉnh Cao Bằng vừa ban hành Kế hoạch số 77/KH-UBND về phát triển du lịch cộng đồng. Kế hoạch nhằm "
                "cụ thể hóa Nghị quyết số 82/NQ-CP của Chính phủ và Quyết định số 509/QĐ-TTg của Thủ tướng Chính phủ.",
                "2026-03-02")
    assert ("Kế hoạch số 77/KH-UBND", "implements", "Nghị quyết số 82/NQ-CP") in got
    assert ("Kế hoạch số 77/KH-UBND", "implements", "Quyết định số 509/QĐ-TTg") in got


def test_the_bare_kind_needs_an_instrument_of_that_kind_before():
    got = facts("UBND tỉnh Cao Bằng vừa ban hành Quyết định số 12/QĐ-UBND về giá đất. Kế hoạch nhằm cụ thể hóa "
                "Nghị quyết số 82/NQ-CP của Chính phủ.", "2026-03-02")
    assert not any(p == "implements" and s.startswith("Quyết định") for s, p, o in got)


def test_a_body_name_stops_before_a_numbered_instrument_after_va():
    got = facts("Tỉnh thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị và Quyết định số 411/QĐ-TTg của Thủ tướng "
                "Chính phủ.", "2026-03-02")
    assert ("Bộ Chính trị", "issued", "Nghị quyết số 57-NQ/TW") in got
    assert ("Thủ tướng Chính phủ", "issued", "Quyết định số 411/QĐ-TTg") in got


def test_institutionalising_a_resolution_implements_it():
    got = facts("HĐND tỉnh Kon Tum đã thông qua Nghị quyết số 14/2026/NQ-HĐND nhằm thể chế hóa Nghị quyết số "
                "68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân.", "2026-03-02")
    assert ("Nghị quyết số 14/2026/NQ-HĐND", "implements", "Nghị quyết số 68-NQ/TW") in got


def test_a_body_responsible_for_carrying_a_plan_out_implements_it():
    got = facts("Sở Nội vụ tỉnh Kon Tum chịu trách nhiệm thực hiện Kế hoạch số 40/KH-UBND về tinh gọn bộ máy.",
                "2026-03-02")
    assert ("Sở Nội vụ tỉnh Kon Tum", "implements", "Kế hoạch số 40/KH-UBND") in got


def test_adverb_between_body_and_verb():
    got = facts("Thời gian qua, Sở Y tế tỉnh Lào Cai nghiêm túc triển khai Nghị quyết số 20-NQ/TW về bảo vệ, "
                "chăm sóc sức khỏe nhân dân.", "2026-05-02")
    assert _implements(got, "Sở Y tế tỉnh Lào Cai", "Nghị quyết số 20-NQ/TW")
    # a speaker's body in apposition is not the subject of what the speaker reports
    got = facts("Ông Nguyễn Văn Hải, Giám đốc Sở Y tế tỉnh Lào Cai, cho biết để cụ thể hóa Nghị quyết số 20-NQ/TW, "
                "tỉnh đã ban hành nhiều văn bản.", "2026-05-02")
    assert not _implements(got, "Sở Y tế")


def test_a_decree_details_each_instrument_joined_by_va():
    got = facts("Nghị định số 61/2026/NĐ-CP quy định chi tiết Luật Giáo dục nghề nghiệp và Nghị quyết số 71-NQ/TW.",
                "2026-10-02")
    assert ("Nghị định số 61/2026/NĐ-CP", "implements", "Luật Giáo dục nghề nghiệp") in got
    assert ("Nghị định số 61/2026/NĐ-CP", "implements", "Nghị quyết số 71-NQ/TW") in got


def test_a_body_that_says_it_will_implement():
    # "X cho biết sẽ triển khai …": the body reports its own task (implement_links in kg/data/relations/cues.json)
    got = facts("Ngày 3/6, Sở Tư pháp tỉnh Gia Lai cho biết sẽ triển khai Nghị định số 71/2027/NĐ-CP về công chứng.",
                "2027-06-03")
    assert ("Sở Tư pháp tỉnh Gia Lai", "implements", "Nghị định số 71/2027/NĐ-CP") in got


def test_a_fronted_purpose_after_said_is_not_the_speakers_body():
    got = facts("Ông Trần Văn An, Phó Chủ tịch UBND tỉnh Gia Lai, cho biết để cụ thể hóa Nghị quyết số 09-NQ/TU, "
                "UBND tỉnh đã phê duyệt Đề án phát triển dược liệu tỉnh Gia Lai đến năm 2030.", "2027-06-03")
    # the plan approved in the main clause carries the resolution out, not the speaker's committee
    assert ("UBND tỉnh Gia Lai", "implements", "Nghị quyết số 09-NQ/TU") not in got
