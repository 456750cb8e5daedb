"""Tests of kg.nlp.recognizers.regional_units: agencies named by a numbered region or a numbered local office."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def test_agencies_of_numbered_regions_keep_their_region():
    got = resolved_entities("Sở Tài chính phối hợp với Kho bạc Nhà nước khu vực XII và Cảng vụ Đường thủy nội địa "
                            "khu vực IV. Viện Kiểm sát nhân dân khu vực 7 đã truy tố vụ án.", "vi", "2026-12-05")
    orgs = {n for n, t in got if t == "Organization"}
    assert {"Kho bạc Nhà nước khu vực XII", "Cảng vụ Đường thủy nội địa khu vực IV",
            "Viện Kiểm sát nhân dân khu vực 7"} <= orgs
    assert "Kho bạc Nhà nước" not in orgs


def test_a_regional_court_ends_with_the_known_place_of_its_name():
    orgs = {n for n, t in resolved_entities("Tòa án nhân dân khu vực 2 - Hà Nội mở phiên tòa sơ thẩm.", "vi",
                                            "2026-12-05") if t == "Organization"}
    assert orgs == {"Tòa án nhân dân khu vực 2 - Hà Nội"}


def test_the_head_of_a_regional_agency_is_its_member():
    got = facts("Giám đốc Bảo hiểm xã hội khu vực XXXI Nguyễn Văn Hải cho biết số người tham gia tăng.",
                "2026-12-05")
    assert ("Nguyễn Văn Hải", "memberOf", "Bảo hiểm xã hội khu vực XXXI") in got
    assert ("Nguyễn Văn Hải", "position", "Giám đốc") in got


def test_a_numbered_local_tax_office_with_its_province():
    orgs = {n for n, t in resolved_entities("Thuế cơ sở 3 tỉnh Nghệ An đã hoàn thành dự toán thu năm 2026.", "vi",
                                            "2026-12-05") if t == "Organization"}
    assert "Thuế cơ sở 3 tỉnh Nghệ An" in orgs


def test_a_clause_before_a_region_is_no_agency():
    orgs = {n for n, t in resolved_entities("Bảo hiểm xã hội Việt Nam làm việc với các tỉnh khu vực 3 về thu nợ.",
                                            "vi", "2026-12-05") if t == "Organization"}
    assert not any("khu vực" in n for n in orgs)
