"""Tests of kg.relations.bare_implementers: implements by a body named again by its kind (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts


def test_a_body_named_again_by_its_kind_implements_the_policy_it_carries_out():
    got = facts("Ông Lý Văn Tâm, Giám đốc Trung tâm Khuyến nông tỉnh Cao Bằng, cho biết trung tâm đang thực hiện Kế hoạch "
                "số 56/KH-UBND của UBND tỉnh Cao Bằng.", "2027-03-10")
    assert ("Trung tâm Khuyến nông tỉnh Cao Bằng", "implements", "Kế hoạch số 56/KH-UBND") in got
    # a plan between the body and the verb is what carries the policy out
    got = facts("Theo Sở Xây dựng tỉnh Cao Bằng, sở đang xây dựng Đề án phát triển nhà ở xã hội để triển khai Quyết định "
                "số 338/QĐ-TTg.", "2027-03-10")
    assert ("Sở Xây dựng tỉnh Cao Bằng", "implements", "Quyết định số 338/QĐ-TTg") not in got


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_a_body_named_again_by_its_kind_set_up_to_implement():
    text = ("The Government set up the National Council for Sustainable Development in 2024. Chính told the "
            "meeting that the council was established to implement Resolution 24-NQ/TW on climate change.")
    assert ("National Council for Sustainable Development", "Resolution 24-NQ/TW") in rel(text, "implements")


def test_a_body_asked_to_implement_does_not_carry_it_out():
    text = ("The Government set up the National Council for Sustainable Development in 2024. The ministry "
            "asked the council to implement Resolution 24-NQ/TW.")
    assert not any(s == "National Council for Sustainable Development" for s, o in rel(text, "implements"))


def test_a_hospital_or_a_company_named_again_by_its_kind_implements_too():
    got = facts("Bà Lò Thị Mai, Phó Giám đốc Bệnh viện Đa khoa tỉnh Sơn La, cho biết bệnh viện đang triển khai Đề án "
                "chăm sóc sức khỏe người cao tuổi giai đoạn 2026 - 2030 của Bộ Y tế.", "2026-11-02")
    assert ("Bệnh viện Đa khoa tỉnh Sơn La", "implements",
            "Đề án chăm sóc sức khỏe người cao tuổi giai đoạn 2026 - 2030") in got
    # the kind word must name the body again: a company is not the hospital
    got = facts("Bà Lò Thị Mai, Phó Giám đốc Bệnh viện Đa khoa tỉnh Sơn La, cho biết công ty đang triển khai Đề án "
                "chăm sóc sức khỏe người cao tuổi giai đoạn 2026 - 2030 của Bộ Y tế.", "2026-11-02")
    assert not any(p == "implements" and s == "Bệnh viện Đa khoa tỉnh Sơn La" for s, p, _ in got)


def test_the_only_body_of_the_kind_in_the_article_is_the_one_named_again():
    lead = ("Sáng 4/3, Bộ Công Thương tổ chức hội nghị tổng kết năm 2026. Nhiều doanh nghiệp dự hội nghị. Các đại biểu "
            "thảo luận về xuất khẩu. Giá điện cũng được bàn đến. ")
    got = facts(lead + "Thứ trưởng Phan Thị Thắng cho biết Bộ sẽ tăng kinh phí xúc tiến thương mại để thực hiện "
                "Nghị quyết số 59-NQ/TW.", "2027-03-04")
    assert ("Bộ Công Thương", "implements", "Nghị quyết số 59-NQ/TW") in got
    # two ministries named before: the bare word is no longer one body
    got = facts(lead.replace("Nhiều doanh nghiệp", "Bộ Tài chính và nhiều doanh nghiệp") + "Thứ trưởng Phan Thị Thắng cho biết Bộ sẽ tăng "
                "kinh phí xúc tiến thương mại để thực hiện Nghị quyết số 59-NQ/TW.", "2027-03-04")
    assert not any(p == "implements" and o == "Nghị quyết số 59-NQ/TW" and s.startswith("Bộ") for s, p, o in got)


def test_a_plural_kind_word_names_no_body_again():
    got = facts("Bà Lò Thị Mai, Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 8, cho biết các ngân hàng sẽ thực hiện "
                "Chỉ thị số 02/CT-NHNN về tín dụng xanh.", "2026-11-02")
    assert not any(p == "implements" for _, p, _ in got)


def test_the_bare_kind_is_the_body_the_speaker_was_named_with():
    got = facts("Theo PGS.TS Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, tạng hiến được vận chuyển từ Bệnh viện Hữu nghị "
                "Việt Đức. Ông Cơ cho biết, bệnh viện đang thực hiện Đề án phát triển kỹ thuật ghép tạng giai đoạn "
                "2025 - 2030 của Bộ Y tế.", "2025-12-02")
    assert ("Bệnh viện Bạch Mai", "implements", "Đề án phát triển kỹ thuật ghép tạng giai đoạn 2025 - 2030") in got
    assert not any(s == "Bệnh viện Hữu nghị Việt Đức" and p == "implements" for s, p, _ in got)


def test_a_body_named_again_that_was_set_up_to_carry_out_a_policy():
    got = facts("Bà Lê Thị Hoa, Giám đốc Trung tâm Dịch vụ việc làm tỉnh Hà Tĩnh, cho biết trung tâm được thành lập để "
                "thực hiện Kế hoạch số 77/KH-UBND của UBND tỉnh Hà Tĩnh.", "2027-03-10")
    assert ("Trung tâm Dịch vụ việc làm tỉnh Hà Tĩnh", "implements", "Kế hoạch số 77/KH-UBND") in got


def test_an_english_body_named_again_at_a_sentence_start_implements():
    text = ("The Hưng Yên Industrial Zones Management Board said investment rose this year. The board will carry out "
            "Plan 88/KH-UBND by cutting approval times.")
    got = facts(text, "2026-12-06", "en")
    assert ("Hưng Yên Industrial Zones Management Board", "implements", "Plan 88/KH-UBND") in got


def test_the_ministry_after_a_foreign_ministry_is_no_implementer_of_it():
    text = ("The Ministry of Public Security broke up a drug ring with help from the Lao Ministry of Public Security. "
            "The ministry is implementing the Law on Drug Prevention and Control.")
    got = facts(text, "2026-12-06", "en")
    assert ("Lao Ministry of Public Security", "implements", "Law on Drug Prevention and Control") not in got


def test_a_firm_named_again_by_a_firm_word_is_the_speaker_s_company():
    got = facts("Ông Lê Hồng Hà, Tổng giám đốc Vietnam Airlines, cho biết hãng đang thực hiện Đề án tái cơ cấu "
                "giai đoạn 2021-2025.", "2026-11-26")
    assert any(p == "implements" and o == "Đề án tái cơ cấu giai đoạn 2021-2025" for s, p, o in got)
    # a speaker of no company gives the word no body
    got = facts("Ông Lê Văn Hà, Giám đốc Sở Tài chính, cho biết doanh nghiệp đang thực hiện Đề án tái cơ cấu "
                "giai đoạn 2021-2025.", "2026-11-26")
    assert not any(p == "implements" for s, p, o in got)
