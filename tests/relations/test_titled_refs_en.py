"""Tests of kg.relations.titled_refs_en."""
from __future__ import annotations

from articlefacts import facts


def test_a_titled_head_speaking_of_the_company_belongs_to_it():
    text = ("Hòa Bình Seafood Corporation posted record profit. Hòa Bình Seafood Corporation exports to Japan. "
            "Chairman Đỗ Văn Hải said the company would open a plant in Cà Mau. Minister Lê Văn Sơn said the "
            "company must pay its taxes.")
    got = facts(text, "2026-01-10", "en")
    assert ("Đỗ Văn Hải", "memberOf", "Hòa Bình Seafood Corporation") in got
    assert not any(s == "Lê Văn Sơn" and p == "memberOf" and "Seafood" in o for s, p, o in got)
