"""Tests of kg.nlp.recognizers.managed_places: Bodies named by the place they manage."""
from __future__ import annotations

import pytest

from articlefacts import flat_names as ents


@pytest.mark.parametrize("text, expected", [
    ("Ban Quản lý Vườn quốc gia Cát Tiên thả 30 cá thể rùa về rừng.", [("Ban Quản lý Vườn quốc gia Cát Tiên", "ORG")]),
    ("Ban Quản lý vịnh Nha Trang thu gom rác trên biển.", [("Ban Quản lý vịnh Nha Trang", "ORG")]),
    # the place alone stays a place
    ("Du khách đến Vườn quốc gia Cát Tiên ngắm chim.", [("Vườn quốc gia Cát Tiên", "LOC")]),
])
def test_body_named_by_the_place_it_manages(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_a_branch_named_by_the_airport_it_runs(nlp):
    assert ("Chi nhánh Cảng hàng không quốc tế Cam Ranh", "ORG") in ents(
        nlp, "Chi nhánh Cảng hàng không quốc tế Cam Ranh đón 12.000 hành khách trong ngày.")


@pytest.mark.parametrize("text, expected", [
    ("Ban Quản lý rừng phòng hộ Đa Nhim có trụ sở tại xã Đơn Dương.", ("Ban Quản lý rừng phòng hộ Đa Nhim", "ORG")),
    ("Ông Hồ Văn Tâm, Trưởng Ban Quản lý rừng đặc dụng Nam Cát Tiên, cho biết.",
     ("Ban Quản lý rừng đặc dụng Nam Cát Tiên", "ORG")),
    ("Ban Quản lý Khu di tích Kim Liên đón 2.000 du khách.", ("Ban Quản lý Khu di tích Kim Liên", "ORG")),
])
def test_a_board_named_by_the_kind_and_name_of_its_site(nlp, text, expected):
    assert expected in ents(nlp, text)


def test_a_board_with_no_site_name_takes_no_following_words(nlp):
    assert not any(name.startswith("Ban Quản lý khu bảo tồn") for name, _ in ents(nlp, "Ban Quản lý khu bảo tồn đã ký hợp đồng."))
