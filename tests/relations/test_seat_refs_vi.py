"""Tests of kg.relations.seat_refs_vi: a body named again by its kind at the head of a sentence giving its seat."""
from __future__ import annotations

from articlefacts import facts


def test_a_firm_named_again_as_doanh_nghiep_gets_the_chain_of_places():
    text = ("Ngày 20/3, Công ty Cổ phần Dệt may Thành Công tổ chức lễ kỷ niệm 50 năm thành lập.\n\n"
            "Doanh nghiệp có trụ sở tại Khu công nghiệp Tân Bình, phường Tây Thạnh, Thành phố Hồ Chí Minh, hiện có "
            "8.000 lao động.")
    got = facts(text, "2031-03-21")
    assert ("Công ty Cổ phần Dệt may Thành Công", "locatedIn", "Khu công nghiệp Tân Bình") in got
    assert ("Công ty Cổ phần Dệt may Thành Công", "locatedIn", "Thành phố Hồ Chí Minh") in got


def test_a_hospital_named_again_by_its_kind_is_based_on_the_ground():
    text = ("Bệnh viện Đa khoa tỉnh Quảng Ninh vừa đưa vào sử dụng khu điều trị mới.\n\n"
            "Bệnh viện đóng chân trên địa bàn phường Hạ Long, phục vụ hơn 1 triệu dân.")
    assert ("Bệnh viện Đa khoa tỉnh Quảng Ninh", "locatedIn", "phường Hạ Long") in facts(text, "2031-03-21")


def test_a_state_organ_is_not_the_firm_a_generic_doanh_nghiep_names():
    text = ("Bộ Công Thương vừa công bố kết quả kiểm tra.\n\n"
            "Doanh nghiệp có trụ sở tại Hà Nội phải báo cáo trước ngày 30/6.")
    assert not any(p == "locatedIn" for s, p, o in facts(text, "2031-03-21"))


def test_a_firm_named_again_after_a_short_opener_gets_its_seat():
    text = ("Ngày 3/5, Công ty Cổ phần Dược Hậu Giang tổ chức Hội nghị khách hàng năm 2030 tại Hà Nội. Được biết, "
            "công ty có trụ sở tại thành phố Cần Thơ và có 12 chi nhánh.")
    got = facts(text, "2030-05-04")
    assert ("Công ty Cổ phần Dược Hậu Giang", "locatedIn", "Cần Thơ") in got
    assert not any(s.startswith("Hội nghị") and o == "Cần Thơ" for s, p, o in got)


def test_a_kind_noun_after_a_sentence_naming_two_firms_gives_neither_a_seat():
    text = ("Ngày 3/5, Công ty TNHH Samsung Display Việt Nam ký hợp đồng với Công ty Cổ phần Điện Quang. Doanh nghiệp "
            "có trụ sở tại Khu công nghiệp Yên Phong, tỉnh Bắc Ninh.")
    got = facts(text, "2030-05-04")
    assert not any(p == "locatedIn" and o == "Khu công nghiệp Yên Phong" for s, p, o in got)
