"""Vietnamese general news (vi19): working delegations, titled signers of an agreement, museum displays,
agencies named with a paired field, listed companies' stock codes and boards elected at a shareholders'
meeting; sentences written for these tests."""
from __future__ import annotations

from test_extract import facts

SIGNING = "Lễ ký kết thỏa thuận hợp tác đào tạo kỹ sư"


def test_titled_signers_of_an_agreement_took_part_in_the_signing():
    got = facts(f"Sáng 4/10, Trường Đại học Vinh và Công ty Cổ phần Phần mềm Lam Hồng tổ chức {SIGNING}. "
                "TS Phan Quốc Dũng, Hiệu trưởng Trường Đại học Vinh, và ông Hồ Sỹ Tài, Giám đốc Công ty Cổ phần "
                "Phần mềm Lam Hồng, đã ký thỏa thuận trước sự chứng kiến của đại biểu.", "2027-10-04")
    event = next(o for s, p, o in got if p == "organized")
    assert ("Phan Quốc Dũng", "participatedIn", event) in got
    assert ("Hồ Sỹ Tài", "participatedIn", event) in got
    # the bodies of the signers' titles organised the ceremony; they are not the signers of the sentence
    assert ("Phan Quốc Dũng", "memberOf", "Trường Đại học Vinh") in got


def test_a_body_that_signs_with_another_is_still_a_party():
    got = facts("Ngày 2/3, Sở Công Thương tỉnh Bến Tre tổ chức Hội nghị kết nối tiêu thụ dừa năm 2027. Tại hội nghị, "
                "Công ty TNHH Dừa Xanh ký hợp đồng bao tiêu với Hợp tác xã Dừa Mỏ Cày.", "2027-03-02")
    assert ("Công ty TNHH Dừa Xanh", "participatedIn", "Hội nghị kết nối tiêu thụ dừa năm 2027") in got
    assert ("Hợp tác xã Dừa Mỏ Cày", "participatedIn", "Hội nghị kết nối tiêu thụ dừa năm 2027") in got
