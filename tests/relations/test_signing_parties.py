"""Tests of kg.relations.signing_parties: the parties to a contract signed at an event."""
from __future__ import annotations

from articlefacts import facts


def test_signers_named_sentences_after_the_signing_ceremony():
    got = facts("Sáng 2/11, tại Nhà Điều hành Đại học Thái Nguyên, đã diễn ra lễ ký kết thỏa thuận hợp tác đào tạo kỹ sư "
                "vi mạch. Công ty Việt Hàn có trụ sở tại Khu công nghiệp Yên Bình. Dự lễ ký kết có Phó Chủ tịch UBND tỉnh "
                "Thái Nguyên Nông Văn Điệp. Ông Hà Quang Thịnh, Giám đốc Đại học Thái Nguyên, và ông Lee Sang-woo, Tổng "
                "Giám đốc công ty, đã ký thỏa thuận.", "2030-11-03")
    assert ("Hà Quang Thịnh", "participatedIn", "lễ ký kết thỏa thuận hợp tác đào tạo kỹ sư vi mạch") in got
    assert ("Lee Sang-woo", "participatedIn", "lễ ký kết thỏa thuận hợp tác đào tạo kỹ sư vi mạch") in got


def test_a_signing_on_another_day_is_not_at_the_ceremony():
    got = facts("Sáng 2/11, Sở Công Thương tỉnh Nghệ An tổ chức lễ ký kết hợp tác tiêu thụ nông sản. Lãnh đạo các sở cùng "
                "dự. Ngày 9/11, ông Trần Văn Bình, Giám đốc Hợp tác xã Nam Đàn, đã ký hợp đồng với siêu thị.", "2030-11-10")
    assert not any(s == "Trần Văn Bình" and p == "participatedIn" for s, p, o in got)
