"""Tests of kg.relations.field_scopes:
about of a plan that carries out another instrument within a field (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts


def test_plan_carrying_out_a_resolution_within_a_field_is_about_that_field():
    got = facts("Sở Khoa học và Công nghệ ban hành Kế hoạch số 33/KH-SKHCN thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị "
                "trong lĩnh vực trí tuệ nhân tạo và an ninh mạng.")
    assert ("Kế hoạch số 33/KH-SKHCN", "about", "trí tuệ nhân tạo") in got
    assert ("Kế hoạch số 33/KH-SKHCN", "about", "an ninh mạng") in got
    assert ("Nghị quyết 57-NQ/TW", "about", "an ninh mạng") not in got
