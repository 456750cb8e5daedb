"""Vietnamese meeting reports: who spoke or was handed something at the event the lead names,
in sentences that name no event of their own (kg.relations.report_speakers, kg.relations.handovers)."""
from __future__ import annotations

from test_extract import facts

EVENT = "Hội nghị tổng kết công tác phòng, chống dịch bệnh năm 2025"
LEAD = (f"Sáng 12/1, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Hà Giang tổ chức {EVENT}.\n\n"
        "Ông Vương Ngọc Hà, Phó Chủ tịch UBND tỉnh Hà Giang, chủ trì hội nghị.\n\n"
        "Năm 2025, toàn tỉnh ghi nhận 1.200 ca sốt xuất huyết, giảm một nửa so với năm trước.\n\n")


def _took_part(got, who):
    return (who, "participatedIn", EVENT) in got


def test_an_official_who_speaks_paragraphs_later_spoke_at_the_meeting_but_not_one_quoted_bare():
    got = facts(LEAD + "Bà Lò Thị Mai, Giám đốc Sở Y tế tỉnh Hà Giang, phát biểu về công tác giám sát tại các xã biên "
                "giới.", "2025-01-13")
    assert _took_part(got, "Lò Thị Mai")
    # "cho biết" alone: she may have told the paper anywhere (the tune golds leave such quotes out, 9 right / 40 wrong)
    got = facts(LEAD + "Bà Lò Thị Mai, Giám đốc Sở Y tế tỉnh Hà Giang, cho biết ngành y tế sẽ tăng cường giám sát "
                "tại các xã biên giới.", "2025-01-13")
    assert not _took_part(got, "Lò Thị Mai")


def test_a_reply_to_questions_opens_a_speech_but_theo_does_not():
    got = facts(LEAD + "Theo ông Đặng Văn Long, Chi cục trưởng Chi cục Dân số tỉnh Hà Giang, tỷ lệ tiêm chủng đạt 97%.\n\n"
                "Trả lời câu hỏi của đại biểu về thuốc điều trị, bà Hà Thị Thu, Giám đốc Bệnh viện Đa khoa tỉnh Hà Giang, "
                "cho biết bệnh viện đã đủ thuốc đến hết quý II.", "2025-01-13")
    assert not _took_part(got, "Đặng Văn Long")
    assert _took_part(got, "Hà Thị Thu")


def test_a_representative_names_the_body_that_took_part():
    got = facts(LEAD + "Đại diện Bộ Y tế, ông Phan Trọng Lân, Cục trưởng Cục Y tế dự phòng, đề nghị tỉnh duy trì "
                "đội phản ứng nhanh.", "2025-01-13")
    assert _took_part(got, "Phan Trọng Lân")
    assert _took_part(got, "Bộ Y tế")


def test_a_company_director_or_a_resident_is_no_speaker_of_the_meeting():
    got = facts(LEAD + "Ông Trần Minh Đức, Tổng Giám đốc Công ty cổ phần Dược phẩm Hà Giang, cho biết công ty sẽ "
                "mở rộng nhà máy.\n\nAnh Lý Văn Páo, người dân xã Lũng Cú, cho biết gia đình anh đã được phun thuốc.",
                "2025-01-13")
    assert not _took_part(got, "Trần Minh Đức")
    assert not _took_part(got, "Lý Văn Páo")


def test_a_quote_on_another_day_is_not_the_meeting():
    got = facts(LEAD + "Ngày 5/1, bà Lò Thị Mai, Giám đốc Sở Y tế tỉnh Hà Giang, cho biết đã có 30 ổ dịch.",
                "2025-01-13")
    assert not _took_part(got, "Lò Thị Mai")


def test_no_meeting_no_speaker():
    got = facts("Hà Giang, ngày 12/1 - Năm 2025, toàn tỉnh ghi nhận 1.200 ca sốt xuất huyết.\n\n"
                "Tỉnh đã hoàn thành chiến dịch tiêm chủng sởi.\n\n"
                "Bà Lò Thị Mai, Giám đốc Sở Y tế tỉnh Hà Giang, cho biết ngành y tế sẽ tăng cường giám sát.",
                "2025-01-13")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_who_a_guest_hands_a_decision_to_took_part():
    got = facts(LEAD.replace("chủ trì hội nghị", "dự hội nghị") + "Ông Vương Ngọc Hà đã trao quyết định bổ nhiệm cho bà Hoàng Thị Vân.",
                "2025-01-13")
    assert _took_part(got, "Vương Ngọc Hà")
    assert _took_part(got, "Hoàng Thị Vân")


def test_a_gift_from_someone_not_at_the_event_is_no_attendance():
    got = facts(LEAD + "Năm 2024, ông Nguyễn Văn Tâm đã trao tặng cho bà Hoàng Thị Vân một chiếc xe lăn.",
                "2025-01-13")
    assert not _took_part(got, "Hoàng Thị Vân")


SESSION = "Kỳ họp thứ 15"
COUNCIL = f"Ngày 8/7, HĐND tỉnh Quảng Trị tổ chức {SESSION}.\n\n"


def test_who_the_session_heard_spoke_at_it():
    got = facts(COUNCIL + "Kỳ họp đã nghe ông Võ Văn Hưng, Chủ tịch UBND tỉnh Quảng Trị, trình bày tờ trình về "
                "kế hoạch đầu tư công.", "2025-07-09")
    assert ("Võ Văn Hưng", "participatedIn", SESSION) in got


def test_an_official_answering_questions_took_part_in_the_session():
    got = facts(COUNCIL + "Giám đốc Sở Xây dựng tỉnh Quảng Trị Lê Quang Chiến đã trả lời chất vấn của đại biểu về "
                "chất lượng đường ven biển.", "2025-07-09")
    assert ("Lê Quang Chiến", "participatedIn", SESSION) in got


def test_an_official_handing_a_decision_and_its_recipient_took_part():
    got = facts(COUNCIL + "Phó Chủ tịch UBND tỉnh Hoàng Nam trao quyết định cho bà Nguyễn Thị Ly.", "2025-07-09")
    assert ("Hoàng Nam", "participatedIn", SESSION) in got
    assert ("Nguyễn Thị Ly", "participatedIn", SESSION) in got


def test_an_apposition_whose_body_has_a_comma_in_its_name():
    got = facts(LEAD + "Ông Phạm Văn Kiên, Cục trưởng Cục Quản lý Khám, chữa bệnh, phát biểu về việc Bộ sẽ cử chuyên gia "
                "hỗ trợ tỉnh.", "2025-01-13")
    assert _took_part(got, "Phạm Văn Kiên")


def test_on_this_occasion_issuing_a_plan_is_no_attendance():
    got = facts(LEAD + "Dịp này, UBND tỉnh Hà Giang ban hành Kế hoạch số 12/KH-UBND về chính sách hỗ trợ y tế cơ sở.",
                "2025-01-13")
    assert not _took_part(got, "UBND tỉnh Hà Giang")
    got = facts(LEAD + "Dịp này, Ngân hàng TMCP Công Thương Việt Nam (VietinBank) hỗ trợ 2 tỷ đồng cho trạm y tế xã.",
                "2025-01-13")
    assert _took_part(got, "Ngân hàng TMCP Công Thương Việt Nam")


def test_the_council_holding_the_session_issues_what_its_deputies_pass():
    got = facts(COUNCIL + "Tại kỳ họp, các đại biểu đã thông qua Nghị quyết số 20/2025/NQ-HĐND về giá dịch vụ khám bệnh "
                "và Nghị quyết số 21/2025/NQ-HĐND quy định mức thu học phí.", "2025-07-09")
    assert ("HĐND tỉnh Quảng Trị", "issued", "Nghị quyết số 20/2025/NQ-HĐND") in got
    assert ("HĐND tỉnh Quảng Trị", "issued", "Nghị quyết số 21/2025/NQ-HĐND") in got


def test_an_attendance_list_in_bullet_lines():
    got = facts(LEAD + "Dự hội nghị có:\n- Ông Sầm Văn Tâm, Phó Giám đốc Sở Tài chính tỉnh Hà Giang;\n"
                "- Đại diện Bảo hiểm xã hội tỉnh Hà Giang.\n\nCác xã đã báo cáo:\n- Ông Lý Văn Sử, người dân xã Lũng Cú.",
                "2025-01-13")
    assert _took_part(got, "Sầm Văn Tâm")
    assert _took_part(got, "Bảo hiểm xã hội tỉnh Hà Giang")
    assert not _took_part(got, "Lý Văn Sử")  # a bullet list that is no attendance list


def test_bodies_the_meeting_drew_or_that_joined_it_took_part():
    got = facts(LEAD + "Hội nghị thu hút sự tham gia của Công ty cổ phần Dược Hậu Giang và Tập đoàn Y tế Hòa Bình.",
                "2025-01-13")
    assert _took_part(got, "Công ty cổ phần Dược Hậu Giang")
    got = facts(LEAD + "Tham gia hội nghị có Bệnh viện Đa khoa tỉnh Hà Giang và Trung tâm Kiểm soát bệnh tật tỉnh Hà Giang.",
                "2025-01-13")
    assert _took_part(got, "Bệnh viện Đa khoa tỉnh Hà Giang")
    got = facts(LEAD + "Tham gia thi công dự án có Công ty cổ phần Xây dựng Sông Đà.", "2025-01-13")
    assert not _took_part(got, "Công ty cổ phần Xây dựng Sông Đà")  # building a project is no attendance


def test_who_a_speaker_at_the_event_hands_a_decision_to_took_part():
    got = facts(LEAD + "Tại hội nghị, ông Vương Ngọc Hà, Phó Chủ tịch UBND tỉnh Hà Giang, trao quyết định chủ trương "
                "đầu tư cho Công ty cổ phần Dược phẩm Hà Giang và Công ty TNHH Thiết bị y tế Bắc Mê.", "2025-01-13")
    assert _took_part(got, "Vương Ngọc Hà")
    assert _took_part(got, "Công ty cổ phần Dược phẩm Hà Giang")
    assert _took_part(got, "Công ty TNHH Thiết bị y tế Bắc Mê")


def test_a_handover_the_sentence_dates_to_another_day_is_not_the_meeting():
    got = facts(LEAD + "Ngày 20/12/2024, ông Vương Ngọc Hà trao quyết định chủ trương đầu tư cho Công ty cổ phần "
                "Dược phẩm Hà Giang.", "2025-01-13")
    assert not _took_part(got, "Công ty cổ phần Dược phẩm Hà Giang")


def test_the_units_handed_recruits_at_the_ceremony_took_part_whoever_handed_them():
    got = facts("Sáng 5/2, Hội đồng nghĩa vụ quân sự tỉnh Nghệ An tổ chức Lễ giao nhận quân năm 2027. Tại buổi lễ, Hội "
                "đồng nghĩa vụ quân sự các phường đã bàn giao tân binh cho Sư đoàn 324 và Lữ đoàn 414.", "2027-02-05")
    assert ("Sư đoàn 324", "participatedIn", "Lễ giao nhận quân năm 2027") in got
    assert ("Lữ đoàn 414", "participatedIn", "Lễ giao nhận quân năm 2027") in got
    # at a place, not an event: nobody took part in anything
    got = facts("Sáng 5/2, Hội đồng nghĩa vụ quân sự tỉnh Nghệ An tổ chức Lễ giao nhận quân năm 2027. Tại Hà Nội, các "
                "phường đã bàn giao tân binh cho Lữ đoàn 414.", "2027-02-05")
    assert ("Lữ đoàn 414", "participatedIn", "Lễ giao nhận quân năm 2027") not in got


def test_an_official_who_congratulates_or_gives_flowers_took_part():
    lead = ("Sáng 5/3, Công ty cổ phần Gỗ Đại Thành tổ chức Lễ khánh thành Nhà máy chế biến gỗ Đại Thành 2 tại tỉnh Gia "
            "Lai. Nhà máy có công suất 50.000 m3 mỗi năm. ")
    event = "Lễ khánh thành Nhà máy chế biến gỗ Đại Thành 2"
    got = facts(lead + "Chúc mừng doanh nghiệp, ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Gia Lai, đề nghị công ty tiếp tục "
                "đầu tư vào tự động hóa.", "2027-03-06")
    assert ("Phạm Anh Tuấn", "participatedIn", event) in got
    got = facts(lead + "Phó Chủ tịch UBND tỉnh Gia Lai Nguyễn Hữu Quế tặng hoa chúc mừng công ty.", "2027-03-06")
    assert ("Nguyễn Hữu Quế", "participatedIn", event) in got
    # a resident who gives something is no official of the ceremony
    got = facts(lead + "Anh Lê Văn Tú, công nhân nhà máy, tặng hoa cho đồng nghiệp.", "2027-03-06")
    assert ("Lê Văn Tú", "participatedIn", event) not in got


def test_the_host_s_head_quoted_bare_is_no_participant_unless_a_word_puts_him_there():
    lead = ("Sáng 12/5, Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh tổ chức Hội thảo phát triển du lịch thông minh. "
            "Hội thảo có 200 đại biểu. ")
    event = "Hội thảo phát triển du lịch thông minh"
    got = facts(lead + "Ông Trần Quang Minh, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh, cho biết năm "
                "2026 tỉnh đón 19 triệu lượt khách.", "2027-05-13")
    assert ("Trần Quang Minh", "participatedIn", event) not in got
    got = facts(lead + "Trả lời phóng viên, ông Trần Quang Minh, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng "
                "Ninh, cho biết tỉnh sẽ mở thêm tuyến du lịch đêm.", "2027-05-13")
    assert ("Trần Quang Minh", "participatedIn", event) in got
    # a guest official who presents something spoke there; quoted bare, he may have said it anywhere
    got = facts(lead + "Ông Hà Văn Siêu, Phó Cục trưởng Cục Du lịch Quốc gia Việt Nam, trình bày xu hướng khách quốc tế.",
                "2027-05-13")
    assert ("Hà Văn Siêu", "participatedIn", event) in got
    got = facts(lead + "Ông Hà Văn Siêu, Phó Cục trưởng Cục Du lịch Quốc gia Việt Nam, cho biết lượng khách quốc tế "
                "tăng mạnh.", "2027-05-13")
    assert ("Hà Văn Siêu", "participatedIn", event) not in got
