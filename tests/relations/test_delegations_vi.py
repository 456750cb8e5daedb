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
