"""Tests of kg.relations.office_seats (a local office sits where its own name says, "Văn phòng X tại Y") and of
the Vietnamese topic lexicon entries vi42 added (another name of a field, a field named in passing)."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def test_an_office_named_for_its_country_sits_there():
    text = ("Ông Takebayashi Yoshiro, Trưởng đại diện Văn phòng JICA tại Việt Nam, cho biết dự án sẽ hỗ trợ "
            "các tỉnh miền núi phía Bắc.")
    got = facts(text, "2027-03-10")
    assert ("Văn phòng JICA tại Việt Nam", "locatedIn", "Việt Nam") in got


def test_a_trade_mission_sits_in_the_country_after_tai():
    text = "Thương vụ Việt Nam tại Hàn Quốc sẽ giới thiệu doanh nghiệp nhập khẩu cho hợp tác xã."
    assert ("Thương vụ Việt Nam tại Hàn Quốc", "locatedIn", "Hàn Quốc") in facts(text, "2027-03-10")


def test_an_embassy_gets_no_seat_from_its_name():
    text = "Đại sứ quán Hàn Quốc tại Việt Nam cử đại diện dự hội nghị."
    assert not any(p == "locatedIn" for _, p, _ in facts(text, "2027-03-10"))


def test_high_tech_applied_agriculture_is_high_tech_agriculture():
    text = ("Tỉnh đang triển khai Đề án phát triển nông nghiệp ứng dụng công nghệ cao tỉnh Gia Lai giai đoạn "
            "2026 - 2030.")
    got = facts(text, "2028-08-27")
    policy = "Đề án phát triển nông nghiệp ứng dụng công nghệ cao tỉnh Gia Lai giai đoạn 2026 - 2030"
    assert (policy, "about", "nông nghiệp công nghệ cao") in got
    assert (policy, "about", "công nghệ cao") not in got


def test_small_firms_named_in_passing_are_no_topic():
    text = ("Khảo sát cho thấy hơn 60% doanh nghiệp nhỏ và vừa trong vùng chưa có kế hoạch kiểm kê khí nhà kính. "
            "Sở Công Thương thành phố Cần Thơ sẽ thành lập tổ tư vấn.")
    assert ("doanh nghiệp nhỏ và vừa", "Topic") not in resolved_entities(text, "vi", "2028-03-12")


def test_a_plan_for_small_firms_keeps_the_topic():
    text = "UBND tỉnh Nghệ An ban hành Kế hoạch số 88/KH-UBND về hỗ trợ doanh nghiệp nhỏ và vừa năm 2028."
    assert ("Kế hoạch số 88/KH-UBND", "about", "doanh nghiệp nhỏ và vừa") in facts(text, "2028-03-12")
