"""Tests of kg.org_refs and kg.org_speakers.previous_subject: a bare company word opening a sentence is the company
the sentence before opens with, not one named later in it."""
from __future__ import annotations

from articlefacts import facts


def test_the_company_is_the_subject_not_the_source_named_after_it():
    got = facts("Hana Micron Vina, the group's subsidiary in Bắc Giang, will invest $1 billion in a new plant, "
                "Samsung said on Monday. The company is headquartered in the Quang Chau Industrial Park.",
                "2026-05-04", "en")
    assert ("Hana Micron Vina", "locatedIn", "Quang Chau Industrial Park") in got
    assert not any(s == "Samsung" and p == "locatedIn" for s, p, _ in got)


def test_cong_ty_is_the_company_that_opens_the_sentence_before():
    got = facts("Hà Nội, ngày 3/5/2026 - Công ty cổ phần Gemadept vừa mua lại một cảng cạn ở Bình Dương, "
                "Tổng công ty Tân Cảng Sài Gòn cho biết. Công ty có trụ sở chính tại Thành phố Hồ Chí Minh.", "2026-05-04")
    assert ("Gemadept", "locatedIn", "Thành phố Hồ Chí Minh") in got
    assert not any(s == "Tổng công ty Tân Cảng Sài Gòn" and p == "locatedIn" for s, p, _ in got)


def test_a_state_body_opening_the_sentence_before_is_no_company():
    got = facts("The Ministry of Industry and Trade approved the plan, Vingroup said. The company is headquartered "
                "in Hà Nội.", "2026-05-04", "en")
    assert not any(s == "Ministry of Industry and Trade" and p == "locatedIn" for s, p, _ in got)


def test_the_central_bank_refers_to_the_one_central_bank_named_before():
    got = facts("The State Bank of Vietnam met lenders in Hà Nội on Monday. Deputy Governor Đào Minh Tú said the "
                "central bank had issued a circular on information security in banking.", "2026-12-05", "en")
    assert ("State Bank of Vietnam", "issued", "circular on information security in banking") in got
    # only when one body of that kind was named before: no guess between two
    got = facts("The State Bank of Vietnam and the European Central Bank met in Hà Nội on Monday. The central bank "
                "had issued a circular on information security in banking.", "2026-12-05", "en")
    assert not any(p == "issued" for _, p, _ in got)


def test_a_possessive_site_is_no_body_s():
    got = facts("Huế University on Monday opened its Institute of Marine Biotechnology. The institute, located "
                "on the university's Phú Vang campus in Huế City, has six laboratories.", "2026-12-05", "en")
    assert ("Institute of Marine Biotechnology", "locatedIn", "Phú Vang campus") in got


def test_a_possessive_bare_head_refers_to_the_body_named_before():
    got = facts("The Ministry of Culture, Sports and Tourism held a meeting on heritage. The plan follows the ministry's "
                "Circular No. 05/2026/TT-BVHTTDL on the management of world heritage sites.", "2026-12-05", "en")
    assert ("Ministry of Culture, Sports and Tourism", "issued", "Circular No. 05/2026/TT-BVHTTDL") in got


def test_the_legislature_is_the_assembly_not_its_standing_committee():
    got = facts("HÀ NỘI — The National Assembly Standing Committee on Monday discussed the draft Law on Data at its "
                "40th session, chaired by NA Chairman Trần Thanh Mẫn. The Government will submit the draft to the "
                "legislature at its eighth session, which opens in October.", "2024-09-11", "en")
    assert ("National Assembly", "organized", "eighth session") in got
    assert ("National Assembly Standing Committee", "organized", "eighth session") not in got
