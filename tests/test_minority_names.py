"""Names of people of the northern mountain peoples (gazetteer surnames), on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def test_hmong_name_with_residence():
    got = facts("Cầm đầu đường dây là Vừ A Sử (SN 1990, trú tại xã Lóng Sập).", "2026-08-21")
    assert any(s == "Vừ A Sử" and p == "locatedIn" and o.endswith("Lóng Sập") for s, p, o in got)
