"""Tests of kg.relations.report_speakers: officials a meeting report quotes or shows handing something over."""
from __future__ import annotations

from articlefacts import facts

_LEAD = "Sáng 2/12, Tỉnh ủy Cao Bằng tổ chức hội nghị công bố quyết định về công tác cán bộ. "


def test_a_comrade_handing_a_decision_and_congratulating_the_appointee_took_part_with_them():
    got = facts(_LEAD + "Đồng chí Hà Văn Sơn trao quyết định và chúc mừng đồng chí Nông Thị Hà.", "2026-12-05")
    assert {("Hà Văn Sơn", "participatedIn", "hội nghị"), ("Nông Thị Hà", "participatedIn", "hội nghị")} <= got


def test_the_appointee_accepting_the_post_speaks_at_the_meeting():
    got = facts(_LEAD + "Phát biểu nhận nhiệm vụ, đồng chí Nông Thị Hà cảm ơn sự tin tưởng của cấp trên.", "2026-12-05")
    assert ("Nông Thị Hà", "participatedIn", "hội nghị") in got


def test_an_untitled_resident_is_no_speaker_of_the_meeting():
    got = facts(_LEAD + "Ông Lục Văn Khang trao quyết định và chúc mừng bà Nông Thị Hà.", "2026-12-05")
    assert not any(p == "participatedIn" for s, p, o in got)


_FORUM = "Chiều 9/10, UBND tỉnh Lạng Sơn tổ chức Hội nghị gặp mặt doanh nghiệp năm 2026. "


def test_bodies_that_present_papers_take_part_in_the_meeting():
    got = facts(_FORUM + "Nhiều ý kiến tập trung vào thủ tục đất đai.\n\nHội Doanh nhân trẻ tỉnh Lạng Sơn và Hiệp hội "
                "Du lịch tỉnh Lạng Sơn cũng trình bày tham luận về xúc tiến du lịch biên giới.", "2026-10-10")
    ev = "Hội nghị gặp mặt doanh nghiệp năm 2026"
    assert {("Hội Doanh nhân trẻ tỉnh Lạng Sơn", "participatedIn", ev),
            ("Hiệp hội Du lịch tỉnh Lạng Sơn", "participatedIn", ev)} <= got
    # a body that only says something may have said it anywhere; a body named after other words is no presenter
    got = facts(_FORUM + "Hiệp hội Du lịch tỉnh Lạng Sơn cho biết lượng khách tăng mạnh.", "2026-10-10")
    assert ("Hiệp hội Du lịch tỉnh Lạng Sơn", "participatedIn", ev) not in got
    got = facts(_FORUM + "Năm ngoái, hơn 20 doanh nghiệp được Hiệp hội Du lịch tỉnh Lạng Sơn mời trình bày tham luận "
                "tại Hà Nội.", "2026-10-10")
    assert ("Hiệp hội Du lịch tỉnh Lạng Sơn", "participatedIn", ev) not in got


def test_a_representative_answering_at_the_meeting_speaks_for_the_body():
    ev = "Hội nghị gặp mặt doanh nghiệp năm 2026"
    got = facts(_FORUM + "Các doanh nghiệp nêu nhiều khó khăn về vốn.\n\nTrả lời kiến nghị, đại diện Kho bạc Nhà nước "
                "Khu vực VI cho biết thủ tục giải ngân sẽ được rút ngắn.", "2026-10-10")
    assert ("Kho bạc Nhà nước Khu vực VI", "participatedIn", ev) in got
    got = facts(_FORUM + "Các doanh nghiệp nêu nhiều khó khăn về vốn.\n\nĐại diện Công ty cổ phần Xi măng Đồng Bành nêu "
                "khó khăn về giá điện.", "2026-10-10")
    assert ("Công ty cổ phần Xi măng Đồng Bành", "participatedIn", ev) in got


def test_a_representative_of_a_body_in_a_country_speaks_for_the_body():
    ev = "Hội nghị gặp mặt doanh nghiệp năm 2026"
    got = facts(_FORUM + "Các doanh nghiệp nêu nhiều khó khăn về vốn.\n\nĐại diện Ngân hàng Thế giới tại Việt Nam cam kết "
                "hỗ trợ kỹ thuật cho tỉnh.", "2026-10-10")
    assert ("Ngân hàng Thế giới", "participatedIn", ev) in got


def test_an_official_who_has_a_speech_spoke_at_the_meeting():
    got = facts(_FORUM + "Các doanh nghiệp nêu nhiều khó khăn về vốn.\n\nGiám đốc Sở Tài chính tỉnh Lạng Sơn Hoàng Văn "
                "Nam có phát biểu tiếp thu ý kiến của doanh nghiệp.", "2026-10-10")
    assert ("Hoàng Văn Nam", "participatedIn", "Hội nghị gặp mặt doanh nghiệp năm 2026") in got
    # "có" that opens no speech is no speaker's verb
    got = facts(_FORUM + "Các doanh nghiệp nêu nhiều khó khăn về vốn.\n\nGiám đốc Sở Tài chính tỉnh Lạng Sơn Hoàng Văn "
                "Nam có hai con trai.", "2026-10-10")
    assert ("Hoàng Văn Nam", "participatedIn", "Hội nghị gặp mặt doanh nghiệp năm 2026") not in got


def test_a_speech_after_another_occasion_of_the_same_day_is_not_at_the_meeting():
    lead = "Sáng 6/10, Cục Thống kê tổ chức họp báo công bố số liệu kinh tế quý III. "
    got = facts(lead + "Cục trưởng Cục Thống kê Nguyễn Thị Hương cho biết GDP tăng 8,1%.\n\nCùng ngày, Ngân hàng Nhà "
                "nước Việt Nam công bố số liệu tín dụng. Phó Thống đốc Phạm Thanh Hà nhấn mạnh sẽ điều hành linh hoạt.",
                "2026-10-06")
    assert any(s == "Nguyễn Thị Hương" and p == "participatedIn" for s, p, o in got)
    assert not any(s == "Phạm Thanh Hà" and p == "participatedIn" for s, p, o in got)


def test_who_presented_the_report_took_part_in_the_congress():
    text = ("Sáng 24/11, Hội Cựu chiến binh tỉnh Thái Nguyên tổ chức Đại hội đại biểu lần thứ VIII.\n\n"
            "Báo cáo chính trị do Đại tá Lê Văn Thắng, Chủ tịch Hội Cựu chiến binh tỉnh khóa VII, trình bày cho thấy "
            "hội đã xây dựng 420 nhà tình nghĩa.")
    assert ("Lê Văn Thắng", "participatedIn", "Đại hội đại biểu lần thứ VIII") in facts(text, "2026-11-25")
    # a report that someone wrote, not presented, puts no one at the event
    text = text.replace("trình bày cho thấy", "cho thấy")
    assert not any(p == "participatedIn" for s, p, o in facts(text, "2026-11-25"))


def test_a_speaker_after_a_planned_session_did_not_take_part_in_it():
    got = facts("Chiều 18/11, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung hội đàm với Bộ trưởng Ngoại giao Argentina Pablo "
                "Quirno. Hai Bộ trưởng nhất trí phối hợp tổ chức tốt kỳ họp lần thứ 7 Ủy ban hỗn hợp Việt Nam - "
                "Argentina vào năm 2026. Bộ trưởng Lê Hoài Trung đề nghị phía Argentina sớm mở cửa thị trường.",
                "2025-11-18")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_a_bare_quote_is_no_speech_at_the_meeting_but_a_speech_verb_is():
    said = facts(_FORUM + "Các doanh nghiệp nêu nhiều khó khăn về vốn.\n\nÔng Hoàng Văn Nam, Giám đốc Sở Tài chính tỉnh "
                 "Lạng Sơn, cho biết tỉnh sẽ giảm thủ tục.", "2026-10-10")
    assert ("Hoàng Văn Nam", "participatedIn", "Hội nghị gặp mặt doanh nghiệp năm 2026") not in said
    for verb in ("trình bày báo cáo về tình hình tín dụng", "giải trình các ý kiến của doanh nghiệp"):
        got = facts(_FORUM + "Các doanh nghiệp nêu nhiều khó khăn về vốn.\n\nÔng Hoàng Văn Nam, Giám đốc Sở Tài chính "
                    f"tỉnh Lạng Sơn, {verb}.", "2026-10-10")
        assert ("Hoàng Văn Nam", "participatedIn", "Hội nghị gặp mặt doanh nghiệp năm 2026") in got, verb
