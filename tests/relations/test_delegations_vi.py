"""Tests of kg.relations.delegations_vi: Vietnamese working delegations."""
from __future__ import annotations

from articlefacts import facts


def test_the_leader_of_a_ministrys_working_delegation():
    got = facts("Ngày 14/8, đoàn công tác của Bộ Tài chính do Thứ trưởng Lò Văn Hùng làm trưởng đoàn đã có buổi làm "
                "việc với UBND tỉnh Sơn La về giải ngân vốn đầu tư công. Tiếp và làm việc với đoàn có ông Cầm Văn "
                "Pản, Phó Chủ tịch UBND tỉnh Sơn La, cùng lãnh đạo Sở Tài chính tỉnh Sơn La.", "2027-08-14")
    assert ("Lò Văn Hùng", "memberOf", "Bộ Tài chính") in got
    assert ("Lò Văn Hùng", "participatedIn", "buổi làm việc") in got
    assert ("UBND tỉnh Sơn La", "participatedIn", "buổi làm việc") in got
    assert ("Cầm Văn Pản", "participatedIn", "buổi làm việc") in got
    assert ("Sở Tài chính tỉnh Sơn La", "participatedIn", "buổi làm việc") in got


def test_a_delegation_led_by_an_official_of_another_body():
    got = facts("Ngày 9/5, Đoàn kiểm tra liên ngành của Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm do "
                "Thứ trưởng Bộ Y tế Nguyễn Văn Khang làm trưởng đoàn đã làm việc với UBND tỉnh Thái Bình về kết quả "
                "Tháng hành động vì an toàn thực phẩm năm 2027.", "2027-05-09")
    assert ("Nguyễn Văn Khang", "memberOf", "Bộ Y tế") in got
    assert not any(s == "Nguyễn Văn Khang" and p == "memberOf" and o.startswith("Ban Chỉ đạo") for s, p, o in got)
    # the month of action is what the meeting dealt with, not a meeting the delegation attended
    assert ("Nguyễn Văn Khang", "participatedIn", "Tháng hành động vì an toàn thực phẩm năm 2027") not in got


def test_a_delegation_of_a_committee_of_the_assembly():
    got = facts("Ngày 6/3, đoàn công tác của Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội do Phó Chủ nhiệm Tạ "
                "Văn Hạ dẫn đầu đã làm việc với UBND tỉnh Kon Tum.", "2027-03-06")
    assert ("Tạ Văn Hạ", "memberOf", "Ủy ban Khoa học, Công nghệ và Môi trường") in got
    assert ("Tạ Văn Hạ", "memberOf", "Quốc hội") not in got


def test_a_leader_with_his_title_set_off_by_commas_leads_the_delegation():
    text = ("Ngày 4/3, đoàn giám sát của Ủy ban Văn hóa và Xã hội do ông Trần Văn Lâm, Phó Chủ nhiệm Ủy ban, làm "
            "trưởng đoàn đã có buổi làm việc với UBND tỉnh Hà Giang về thực hiện chính sách dân tộc.")
    got = facts(text, "2026-03-04")
    assert ("Trần Văn Lâm", "participatedIn", "buổi làm việc") in got
    assert ("UBND tỉnh Hà Giang", "participatedIn", "buổi làm việc") in got



def test_a_session_told_with_the_verb_and_named_in_the_next_sentence():
    got = facts("Ngày 29/10, đoàn công tác của Bộ Nông nghiệp và Môi trường đến thăm tỉnh Quảng Ngãi. Chiều cùng ngày, "
                "đoàn làm việc với Ban Thường vụ Tỉnh ủy Quảng Ngãi tại trụ sở UBND tỉnh Quảng Ngãi. Tại buổi làm việc, "
                "bà Hà Thị Nga đề nghị tỉnh bảo đảm không để người dân bị đói, rét.", "2027-10-30")
    assert ("buổi làm việc", "date", "2027-10-29") in got
    assert ("Ban Thường vụ Tỉnh ủy Quảng Ngãi", "participatedIn", "buổi làm việc") in got
    assert ("buổi làm việc", "locatedIn", "trụ sở UBND tỉnh Quảng Ngãi") in got
    assert ("Hà Thị Nga", "participatedIn", "buổi làm việc") in got


def test_a_visit_told_with_the_verb_gives_nothing_to_a_later_dated_session():
    # "Chiều cùng ngày, … chủ trì buổi làm việc": that session is dated on its own; the visit's "làm việc tại
    # tỉnh X" is not where it was held
    got = facts("Ngày 13/3, đoàn công tác của Chính phủ đã đến thăm và làm việc tại tỉnh Quảng Trị. Chiều cùng ngày, "
                "Phó Thủ tướng Trần Hồng Hà chủ trì buổi làm việc với lãnh đạo tỉnh tại Trung tâm Hội nghị tỉnh.",
                "2027-03-14")
    assert ("buổi làm việc", "locatedIn", "Quảng Trị") not in got
    assert ("buổi làm việc", "locatedIn", "Trung tâm Hội nghị tỉnh") in got



def test_a_session_told_with_the_verb_gives_its_subject_and_the_fronted_venue():
    got = facts("Chiều 7/10, tại Nhà khách UBND tỉnh Lạng Sơn, ông Đoàn Thanh Sơn, Chủ tịch UBND tỉnh Lạng Sơn, đã làm việc "
                "với đoàn công tác của tỉnh Vân Nam. Cùng dự buổi làm việc còn có bà Nông Thị Hà, Phó Chủ tịch UBND tỉnh.",
                "2030-10-08")
    assert ("Đoàn Thanh Sơn", "participatedIn", "buổi làm việc") in got
    assert ("Nông Thị Hà", "participatedIn", "buổi làm việc") in got
    assert ("buổi làm việc", "date", "2030-10-07") in got
    assert ("buổi làm việc", "locatedIn", "Nhà khách UBND tỉnh Lạng Sơn") in got


def test_the_person_worked_with_takes_part():
    got = facts("Sáng 12/3, tại trụ sở Bộ Ngoại giao, Bộ trưởng Lê Hoài Trung làm việc với Đại sứ Singapore Jaya Ratnam. "
                "Tại buổi làm việc, hai bên trao đổi về hợp tác kinh tế số.", "2030-03-12")
    assert ("Jaya Ratnam", "participatedIn", "buổi làm việc") in got
    assert ("Lê Hoài Trung", "participatedIn", "buổi làm việc") in got
    assert ("buổi làm việc", "locatedIn", "trụ sở Bộ Ngoại giao") in got


def test_an_envoys_seat_is_not_where_a_session_was_held():
    got = facts("Chiều 20/5, Bí thư Tỉnh ủy Gia Lai Hồ Văn Niên làm việc với Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh Ono "
                "Masuo. Tại buổi làm việc, hai bên trao đổi về hợp tác nông nghiệp.", "2030-05-21")
    assert ("Ono Masuo", "participatedIn", "buổi làm việc") in got
    assert not any(p == "locatedIn" and s == "buổi làm việc" for s, p, o in got)


def test_a_reception_is_no_event():
    # the gold keeps receptions and talks ("tiếp đoàn …", "Tại buổi tiếp, …") out of its events
    got = facts("Chiều 7/10, ông Đoàn Thanh Sơn, Chủ tịch UBND tỉnh Lạng Sơn, đã tiếp đoàn công tác của tỉnh Vân Nam. "
                "Tại buổi tiếp, hai bên trao đổi về thương mại biên giới.", "2030-10-08")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_a_capitalised_session_noun_opening_a_sentence_is_the_same_session():
    got = facts("Ngày 24/10, Bộ Xây dựng có buổi làm việc với UBND tỉnh Cà Mau. Buổi làm việc được tổ chức tại trụ sở "
                "UBND tỉnh Cà Mau.", "2030-10-25")
    assert ("buổi làm việc", "locatedIn", "trụ sở UBND tỉnh Cà Mau") in got


def test_the_leader_of_a_delegation_a_dated_session_received():
    got = facts("Chiều 5/6, Bộ trưởng Bộ Công Thương Trần Văn Hòa có buổi làm việc với đoàn nhà đầu tư Nhật Bản do ông "
                "Sato Kenji, Chủ tịch Hiệp hội Doanh nghiệp Nhật Bản, dẫn đầu.", "2030-06-06")
    assert ("Sato Kenji", "participatedIn", "buổi làm việc") in got


def test_the_leader_of_a_delegation_of_a_foreign_body_with_its_country_in_brackets():
    got = facts("Ngày 9/12, đoàn công tác của Chính quyền tỉnh Gyeonggi (Hàn Quốc) do ông Kim Dong-yeon, Phó Tỉnh trưởng, "
                "dẫn đầu đã làm việc với UBND tỉnh Quảng Ninh. Tại buổi làm việc, hai bên bàn về logistics.", "2030-12-10")
    assert ("Kim Dong-yeon", "participatedIn", "buổi làm việc") in got
