"""A unit named with its ministry at the end of its name (kg.relations.parents)."""
from __future__ import annotations

from test_extract import facts


def test_unit_named_with_its_ministry():
    got = facts("Hồ sơ được chuyển đến Cơ quan Cảnh sát điều tra Bộ Công an để điều tra.", "2026-05-13")
    assert ("Cơ quan Cảnh sát điều tra Bộ Công an", "subOrganizationOf", "Bộ Công an") in got


def test_office_of_a_body_is_not_a_unit_of_a_ministry():
    got = facts("Văn phòng Quốc hội và Thanh tra Chính phủ phối hợp kiểm tra.", "2026-05-13")
    assert not any(p == "subOrganizationOf" for s, p, o in got)



def test_unit_named_with_a_local_police_force_is_left_alone():
    got = facts("Vụ án do Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội khởi tố.", "2026-09-08")
    assert not any(p == "subOrganizationOf" for s, p, o in got)
