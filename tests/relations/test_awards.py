"""Tests of kg.relations.awards:
Award news and the bodies that open or close their own events, mostly in English copy."""
from __future__ import annotations

from functools import partial

from articlefacts import facts, graph_triples


_triples = partial(graph_triples, published="2025-11-20")


def test_weekday_after_on_is_no_part_of_an_event_name_and_evening_keeps_the_organiser():
    got = _triples("The Kon Tum Provincial People's Committee on Saturday evening opened the Kon Tum Gong Festival "
                   "2025 at the provincial square. The Đà Lạt Flower Festival 2025 opened on Friday at the Lâm Viên "
                   "Square.")
    assert ("Kon Tum Provincial People's Committee", "organized", "Kon Tum Gong Festival 2025") in got
    assert any(s == "Đà Lạt Flower Festival 2025" and p == "date" for s, p, o in got)


def test_a_council_with_its_term_closing_its_session_organised_it():
    got = graph_triples("Chiều 10/12, HĐND tỉnh Quảng Ngãi khóa XIII bế mạc Kỳ họp thứ 32 sau ba ngày làm việc. "
                        "Sáng 5/12, HĐND tỉnh Phú Yên khóa VIII, nhiệm kỳ 2021-2026 khai mạc Kỳ họp thứ 30.",
                        lang="vi", published="2026-12-10")
    assert ("HĐND tỉnh Quảng Ngãi", "organized", "Kỳ họp thứ 32") in got
    assert ("HĐND tỉnh Phú Yên", "organized", "Kỳ họp thứ 30") in got


def test_bodies_a_prize_is_presented_or_goes_to_took_part_in_the_awards():
    got = _triples("The Ministry of Science and Technology held the Vietnam Digital Awards 2026 in Hà Nội on Friday. "
                   "Minister Nguyễn Mạnh Hùng presented the top award to FPT Corporation. Gold awards also went to "
                   "VinBrain, the medical AI company, and to CMC Corporation, a unit of CMC Group.", lang="en")
    for body in ("FPT Corporation", "VinBrain", "CMC Corporation"):
        assert (body, "participatedIn", "Vietnam Digital Awards 2026") in got
    assert ("CMC Group", "participatedIn", "Vietnam Digital Awards 2026") not in got


def test_the_partners_of_a_meeting_go_on_past_an_acronym_in_brackets():
    got = _triples("Speaking at a meeting with the Hà Nội Centre for Disease Control (CDC) and the National Institute "
                   "of Hygiene and Epidemiology on Monday, Minister of Health Đào Hồng Lan asked the units to report.")
    assert ("Hà Nội Centre for Disease Control", "participatedIn", "meeting") in got
    assert ("National Institute of Hygiene and Epidemiology", "participatedIn", "meeting") in got


def test_vietnamese_bodies_that_receive_a_prize_took_part_in_the_award_ceremony():
    got = graph_triples("Tối 12/6, tại Nhà hát Lớn Hà Nội, Bộ Công Thương tổ chức Lễ trao Giải thưởng Thương hiệu xanh "
                        "năm 2027. Ở nhóm doanh nghiệp lớn, Tập đoàn Điện lực Việt Nam và Tổng công ty Hàng hải Việt Nam "
                        "nhận giải. Giải thưởng dành cho địa phương được trao cho UBND tỉnh Bắc Ninh, Sở Công Thương "
                        "tỉnh Cà Mau và UBND tỉnh Lâm Đồng. Báo Tuổi Trẻ cũng được vinh danh ở hạng mục truyền thông.",
                        lang="vi", published="2027-06-13")
    ev = "Lễ trao Giải thưởng Thương hiệu xanh năm 2027"
    for body in ("Tập đoàn Điện lực Việt Nam", "Tổng công ty Hàng hải Việt Nam", "UBND tỉnh Bắc Ninh",
                 "Sở Công Thương tỉnh Cà Mau", "UBND tỉnh Lâm Đồng", "Báo Tuổi Trẻ"):
        assert (body, "participatedIn", ev) in got


def test_a_prize_of_an_exam_told_after_the_award_ceremony_is_not_the_ceremonys():
    got = graph_triples("Sáng 3/4, Sở Giáo dục và Đào tạo tỉnh Nam Định tổ chức Lễ trao giải Cuộc thi viết thư quốc tế "
                        "UPU lần thứ 54. Cùng ngày, Bộ Giáo dục và Đào tạo công bố kết quả Kỳ thi chọn học sinh giỏi "
                        "quốc gia năm 2027. Trường THPT chuyên Lê Hồng Phong đoạt giải Nhất môn Hóa học.",
                        lang="vi", published="2027-04-03")
    assert not any(s == "Trường THPT chuyên Lê Hồng Phong" and p == "participatedIn" and o.startswith("Lễ trao giải")
                   for s, p, o in got)


def test_recipients_with_degrees_and_titles_in_commas_took_part_in_the_ceremony():
    got = facts("Tối 18/5, tại Hà Nội, Bộ Khoa học và Công nghệ tổ chức Lễ trao Giải thưởng Tạ Quang Bửu năm 2027. "
                "Giải thưởng chính thuộc về PGS.TS Lê Minh Khoa, Phó Viện trưởng Viện Toán học, với công trình về "
                "phương trình đạo hàm riêng. PGS.TS Phạm Thu Hằng, Phó Hiệu trưởng Trường Đại học Khoa học Tự nhiên, "
                "nhận giải cho nghiên cứu vật liệu nano. Hai giải dành cho nhà khoa học trẻ được trao cho TS Nguyễn Đức "
                "Anh, Viện Công nghệ sinh học, với nghiên cứu chỉnh sửa gen, và TS Vũ Hoàng Nam, Trường Đại học Bách "
                "khoa Hà Nội, với công trình về thông tin lượng tử.", "2027-05-18")
    ceremony = "Lễ trao Giải thưởng Tạ Quang Bửu năm 2027"
    for who in ("Lê Minh Khoa", "Phạm Thu Hằng", "Nguyễn Đức Anh", "Vũ Hoàng Nam"):
        assert (who, "participatedIn", ceremony) in got
