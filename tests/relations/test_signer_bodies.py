"""Tests of kg.relations.signer_bodies: the body of the person who signs a numbered instrument issued it; a signer
named with a bare title belongs to the issuing body of the kind the title names."""
from __future__ import annotations

from articlefacts import facts


def test_the_signing_ministers_ministry_issues_a_circular():
    got = facts("Pharmacies must keep electronic records from July under Circular 22/2026/TT-BYT, which Minister of "
                "Health Đào Hồng Lan signed on May 20.", "2026-05-28", "en")
    assert ("Ministry of Health", "issued", "Circular 22/2026/TT-BYT") in got


def test_a_signed_agreement_or_decision_gets_no_issuer_from_its_signer():
    got = facts("The agreement on nurse training was signed by Minister of Health Đào Hồng Lan on Monday. "
                "Decision 1700/QĐ-BYT, which Minister of Health Đào Hồng Lan signed on May 20, sets up a council.",
                "2026-05-28", "en")
    assert not any(p == "issued" for s, p, o in got)


def test_a_signer_with_a_bare_title_belongs_to_the_issuing_body_of_that_kind():
    got = facts("The Ministry of Finance has issued Circular 45/2026/TT-BTC on income tax. The circular was signed by "
                "Deputy Minister Cao Anh Tuan on June 2.", "2026-06-04", lang="en")
    assert ("Cao Anh Tuan", "memberOf", "Ministry of Finance") in got
    got = facts("Bộ Tài chính vừa ban hành Thông tư 45/2026/TT-BTC hướng dẫn Luật Thuế thu nhập cá nhân. Thông tư do "
                "Thứ trưởng Cao Anh Tuấn ký ngày 2/6.", "2026-06-04", lang="vi")
    assert ("Cao Anh Tuấn", "memberOf", "Bộ Tài chính") in got


def test_a_bare_title_of_another_kind_of_body_gives_no_membership():
    # a deputy minister's post is in a ministry, not in the People's Committee that issued the plan
    got = facts("The Hanoi People's Committee issued Plan 12/KH-UBND on air quality. The plan was signed by Deputy "
                "Minister Cao Anh Tuan.", "2026-06-04", lang="en")
    assert not any(s == "Cao Anh Tuan" and p == "memberOf" for s, p, o in got)
