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
