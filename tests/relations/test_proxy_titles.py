"""Tests of kg.relations.proxy_titles: the office signed for ("KT. Bộ trưởng") is not the signer's position."""
from __future__ import annotations

from articlefacts import facts


def test_title_after_kt_is_not_the_signers():
    got = facts("Ngày 3/4, KT. Bộ trưởng, Thứ trưởng Bộ Xây dựng Lê Văn Khánh đã ký Thông tư số 07/2031/TT-BXD.",
                "2031-04-05")
    assert ("Lê Văn Khánh", "position", "Thứ trưởng") in got
    assert ("Lê Văn Khánh", "position", "Bộ trưởng") not in got


def test_title_without_the_mark_stays():
    got = facts("Bộ trưởng Bộ Xây dựng Trần Hồng Minh đã ký Thông tư số 08/2031/TT-BXD.", "2031-04-05")
    assert ("Trần Hồng Minh", "position", "Bộ trưởng") in got
