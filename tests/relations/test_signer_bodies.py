"""Tests of kg.relations.signer_bodies: the body of the person who signs a numbered instrument issued it."""
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
