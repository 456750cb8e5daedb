"""Tests of kg.relations.unit_parents: a department named bare belongs to the hospital or university the
article is about."""
from __future__ import annotations

from articlefacts import facts


def test_a_bare_department_belongs_to_the_hospital_named_most_before_it():
    text = ("Bệnh viện Đa khoa tỉnh Hà Tĩnh ghép thận thành công\n\nNgày 2/12, Bệnh viện Đa khoa tỉnh Hà Tĩnh cho biết "
            "đã ghép thận thành công cho hai bệnh nhân. Ca ghép do các bác sĩ Khoa Ngoại thận - tiết niệu và Khoa "
            "Gây mê hồi sức thực hiện, với sự hỗ trợ của chuyên gia Bệnh viện Hữu nghị Việt Đức. Bệnh viện Hữu nghị "
            "Việt Đức đã chuyển giao kỹ thuật từ năm 2024; Bệnh viện Hữu nghị Việt Đức sẽ tiếp tục hỗ trợ.")
    got = facts(text, "2026-12-03")
    assert ("Khoa Gây mê hồi sức", "subOrganizationOf", "Bệnh viện Đa khoa tỉnh Hà Tĩnh") in got
    assert not any(s.startswith("Khoa") and o == "Bệnh viện Hữu nghị Việt Đức" for s, p, o in got)


def test_no_parent_when_no_hospital_or_two_are_named_alike():
    assert not any(p == "subOrganizationOf" for s, p, o in facts(
        "Các bác sĩ Khoa Gây mê hồi sức đã trực suốt đêm.", "2026-12-03"))
    got = facts("Bệnh viện Bạch Mai và Bệnh viện Việt Đức phối hợp. Các bác sĩ Khoa Gây mê hồi sức đã trực suốt đêm.",
                "2026-12-03")
    assert not any(p == "subOrganizationOf" and s == "Khoa Gây mê hồi sức" for s, p, o in got)
