"""Tests of kg.relations.ceremonies_vi: a bare ceremony named after the act a sentence before it tells."""
from __future__ import annotations

from articlefacts import facts

_SIGNING = ("Sáng 14/5, tại Cần Thơ, Trường Đại học Cần Thơ và Công ty cổ phần Thủy sản Minh Phú ký kết thỏa thuận "
            "hợp tác đào tạo kỹ sư nuôi trồng thủy sản.\n\nTheo thỏa thuận, hai bên cùng xây dựng trại thực nghiệm.\n\n"
            "Tham dự lễ ký kết có ông Trần Văn Lâu, Phó Chủ tịch UBND thành phố Cần Thơ.")


def test_a_bare_signing_ceremony_takes_the_signings_day_place_and_parties():
    got = facts(_SIGNING, "2027-05-14")
    assert ("lễ ký kết", "date", "2027-05-14") in got
    assert ("lễ ký kết", "locatedIn", "Cần Thơ") in got
    assert ("Trường Đại học Cần Thơ", "participatedIn", "lễ ký kết") in got
    assert ("Công ty cổ phần Thủy sản Minh Phú", "participatedIn", "lễ ký kết") in got
    assert ("Trần Văn Lâu", "participatedIn", "lễ ký kết") in got


def test_a_ceremony_the_article_names_is_not_a_bare_one():
    text = ("Sáng 14/5, tại Cần Thơ, Trường Đại học Cần Thơ và Công ty cổ phần Thủy sản Minh Phú tổ chức Lễ ký kết "
            "Thỏa thuận hợp tác đào tạo giai đoạn 2027 - 2030.\n\nTham dự lễ ký kết có ông Trần Văn Lâu.")
    assert not any(s == "lễ ký kết" or o == "lễ ký kết" for s, p, o in facts(text, "2027-05-14"))


def test_no_signing_told_gives_the_ceremony_no_day():
    text = "Tham dự lễ ký kết có ông Trần Văn Lâu, Phó Chủ tịch UBND thành phố Cần Thơ."
    assert not any(p == "date" for s, p, o in facts(text, "2027-05-14"))


_OPENING = ("Sáng 12/9, Công ty cổ phần Dược Hậu Giang khánh thành nhà máy sản xuất thuốc viên tại Khu công nghiệp Tân Phú "
            "Thạnh.\n\nNhà máy có công suất 2 tỷ viên mỗi năm.\n\nDự lễ khánh thành có ông Nguyễn Văn Khởi, Phó Chủ tịch "
            "UBND thành phố Cần Thơ, và đại diện Cục Quản lý Dược.")


def test_a_host_act_told_by_its_verb_makes_its_bare_ceremony_an_event_the_host_organised():
    got = facts(_OPENING, "2031-09-12")
    assert ("lễ khánh thành", "date", "2031-09-12") in got
    assert ("Công ty cổ phần Dược Hậu Giang", "organized", "lễ khánh thành") in got
    assert ("Nguyễn Văn Khởi", "participatedIn", "lễ khánh thành") in got
    assert ("Cục Quản lý Dược", "participatedIn", "lễ khánh thành") in got


def test_a_ceremony_of_an_act_the_article_does_not_tell_is_no_event():
    text = ("Sáng 12/9, Sở Y tế thành phố Cần Thơ kiểm tra nhà máy sản xuất thuốc viên.\n\nĐoàn đề nghị chuẩn bị tốt "
            "cho lễ khánh thành.")
    assert not any(s == "lễ khánh thành" or o == "lễ khánh thành" for s, _, o in facts(text, "2031-09-12"))
