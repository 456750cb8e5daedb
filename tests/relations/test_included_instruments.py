"""Tests of kg.relations.included_instruments:
implements of an instrument named as one of a counted set that carries out another (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts


def test_members_of_a_counted_set_implement_what_the_set_carries_out():
    got = facts("Bộ Tài chính đã ban hành 6 thông tư hướng dẫn thi hành Luật Quản lý thuế năm 2019, trong đó có "
                "Thông tư số 80/2021/TT-BTC và Thông tư số 19/2021/TT-BTC.")
    assert ("Thông tư số 80/2021/TT-BTC", "implements", "Luật Quản lý thuế năm 2019") in got
    assert ("Thông tư số 19/2021/TT-BTC", "implements", "Luật Quản lý thuế năm 2019") in got
    got = facts("Bộ Tài chính đã ban hành Luật Quản lý thuế năm 2019, trong đó có Thông tư số 80/2021/TT-BTC.")
    assert ("Thông tư số 80/2021/TT-BTC", "implements", "Luật Quản lý thuế năm 2019") not in got


def test_counted_set_carrying_out_an_instrument_named_again_by_its_kind():
    got = facts("Quốc hội đã thông qua Luật Dữ liệu năm 2030. Chính phủ đã ban hành 4 nghị định hướng dẫn thi hành "
                "Luật, trong đó có Nghị định số 21/2031/NĐ-CP.")
    assert ("Nghị định số 21/2031/NĐ-CP", "implements", "Luật Dữ liệu năm 2030") in got
