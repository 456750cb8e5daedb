"""A sitting's question time and deputies' delegations (kg.relations.questions), on sentences written for these tests."""
from __future__ import annotations

from articlefacts import facts

TEXT = ("Sáng 28/10, Quốc hội biểu quyết thông qua Luật Thuế thu nhập cá nhân (sửa đổi). Luật có hiệu lực từ ngày "
        "1/7/2027. Chiều cùng ngày, Quốc hội tiến hành phiên chất vấn và trả lời chất vấn đối với lĩnh vực y tế. "
        "Bộ trưởng Bộ Y tế Đào Hồng Lan là người đăng đàn trả lời chất vấn. Đại biểu Lê Thị Nga (Đoàn ĐBQH tỉnh "
        "Thái Nguyên) đặt câu hỏi về thuốc. Phát biểu kết thúc phiên chất vấn, Chủ tịch Quốc hội Trần Thanh Mẫn "
        "đề nghị Chính phủ chỉ đạo các bộ, ngành thực hiện nghiêm Nghị quyết số 48/2025/QH15.")
SESSION = "phiên chất vấn và trả lời chất vấn"


def test_who_asks_and_answers_took_part():
    got = facts(TEXT, "2026-10-28")
    for who in ("Đào Hồng Lan", "Lê Thị Nga", "Trần Thanh Mẫn"):
        assert (who, "participatedIn", SESSION) in got


def test_the_same_day_is_not_the_day_a_law_takes_effect():
    got = facts(TEXT, "2026-10-28")
    assert (SESSION, "date", "2026-10-28") in got
    assert (SESSION, "date", "2027-07-01") not in got


def test_deputy_of_a_delegation_in_brackets():
    assert ("Lê Thị Nga", "memberOf", "Đoàn ĐBQH tỉnh Thái Nguyên") in facts(TEXT, "2026-10-28")


def test_a_body_asked_to_direct_others_implements_nothing():
    got = facts(TEXT, "2026-10-28")
    assert not any(p == "implements" and s == "Chính phủ" for s, p, o in got)


def test_ordinal_word_closes_a_session_name():
    got = facts("Sáng 28/10, tiếp tục Kỳ họp thứ hai, Quốc hội khóa XVI, dưới sự điều hành của Phó Chủ tịch Quốc "
                "hội Nguyễn Khắc Định, Quốc hội thảo luận về kinh tế - xã hội.", "2026-10-28")
    assert ("Nguyễn Khắc Định", "participatedIn", "Kỳ họp thứ hai") in got


def test_a_deputy_asking_a_minister_to_say_and_the_answer_take_part():
    text = ("Chiều 12/11, Quốc hội tiến hành phiên chất vấn và trả lời chất vấn đối với lĩnh vực giáo dục.\n\n"
            "Đại biểu Trần Văn Khải (Đoàn ĐBQH tỉnh Hà Nam) đề nghị Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn "
            "cho biết giải pháp giảm tải chương trình.\n\nTrả lời đại biểu, Bộ trưởng Nguyễn Kim Sơn cho biết Bộ đang "
            "rà soát sách giáo khoa.")
    got = facts(text, "2026-11-12")
    assert ("Trần Văn Khải", "participatedIn", "phiên chất vấn và trả lời chất vấn") in got
    assert ("Nguyễn Kim Sơn", "participatedIn", "phiên chất vấn và trả lời chất vấn") in got


def test_a_question_sitting_named_with_another_classifier_is_the_same_sitting():
    # "buổi chất vấn" in the lead, "phiên chất vấn" when the sitting closes
    text = ("Sáng 6/11, Quốc hội dành trọn buổi chất vấn Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên về năng lượng. "
            "Trả lời đại biểu Trần Văn Khải, Bộ trưởng Nguyễn Hồng Diên cho biết Bộ đang xây dựng cơ chế giá điện. "
            "Phát biểu kết thúc phiên chất vấn, Phó Chủ tịch Quốc hội Vũ Hồng Thanh đề nghị Bộ sớm hoàn thiện quy hoạch.")
    got = facts(text, "2026-11-06")
    for who in ("Nguyễn Hồng Diên", "Trần Văn Khải", "Vũ Hồng Thanh"):
        assert (who, "participatedIn", "buổi chất vấn") in got
    assert not any(o == "phiên chất vấn" for _, _, o in got)
