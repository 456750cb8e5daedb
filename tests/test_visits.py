"""Visits named in lower case (kg.nlp.recognizers.visits, kg.relations.visits), on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts

VISIT = "chuyến thăm chính thức Việt Nam"


def test_visit_is_dated_by_its_first_day_and_located_in_its_country():
    got = facts("Chiều 9/6, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính hội đàm với Thủ tướng "
                "Singapore Lawrence Wong nhân dịp chuyến thăm chính thức Việt Nam từ ngày 8 đến 10/6.", "2026-06-10")
    assert (VISIT, "date", "2026-06-08") in got
    assert (VISIT, "locatedIn", "Việt Nam") in got
    assert (VISIT, "locatedIn", "Trụ sở Chính phủ") not in got
    assert ("Phạm Minh Chính", "participatedIn", VISIT) in got
    assert ("Lawrence Wong", "participatedIn", VISIT) in got


def test_calls_and_the_talks_list_belong_to_the_visit():
    text = ("Sáng 9/6, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lawrence Wong nhân dịp chuyến thăm chính "
            "thức Việt Nam. Tham dự hội đàm, phía Việt Nam có Phó Thủ tướng Bùi Thanh Sơn. Phía Singapore có đại "
            "diện nhiều tập đoàn lớn như Temasek, Sembcorp và CapitaLand. Cùng ngày, Thủ tướng Lawrence Wong đã hội "
            "kiến Tổng Bí thư Tô Lâm.")
    got = facts(text, "2026-06-10")
    for who in ("Bùi Thanh Sơn", "Temasek", "Sembcorp", "CapitaLand", "Tô Lâm"):
        assert (who, "participatedIn", VISIT) in got


def test_a_visit_needs_a_known_place():
    got = facts("Ngày 9/6, đoàn công tác có chuyến thăm Nhà máy thủy điện Hòa Bình.", "2026-06-10")
    assert not any(p == "participatedIn" or (p == "locatedIn" and s.startswith("chuyến thăm")) for s, p, o in got)
