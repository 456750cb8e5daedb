"""Tests of kg.relations.ceremonies_en: English."""
from __future__ import annotations

from articlefacts import facts


def test_a_ceremony_takes_the_day_of_the_act_it_performs():
    text = ("Huế University on Wednesday inaugurated its Centre for Heritage Studies, built with Korean aid. The centre "
            "has a library of 20,000 books. Deputy Minister of Education and Training Phạm Ngọc Thưởng attended "
            "the inauguration ceremony.")
    got = facts(text, "2025-11-20", lang="en")
    assert ("inauguration ceremony", "date", "2025-11-19") in got
    assert any(p == "organized" and o == "inauguration ceremony" and s.startswith("Hu") for s, p, o in got)


def test_the_body_that_performs_the_act_hosts_the_ceremony_where_it_did_it():
    text = ("BẮC NINH — Amkor Technology Vietnam, the US chipmaker's packaging unit, on Monday inaugurated its "
            "second plant at the Yên Phong Industrial Park in Bắc Ninh Province. The inauguration ceremony was "
            "attended by Deputy Prime Minister Bùi Thanh Sơn.")
    got = facts(text, "2025-11-20", lang="en")
    assert ("Amkor Technology Vietnam", "organized", "inauguration ceremony") in got
    assert ("inauguration ceremony", "date", "2025-11-17") in got
    assert any(s == "inauguration ceremony" and p == "locatedIn" and o.startswith("Yên Phong") for s, p, o in got)


def test_a_ceremony_far_from_its_act_takes_no_day():
    text = ("Huế University on Wednesday inaugurated its Centre for Heritage Studies. The centre has a library. It "
            "will train 300 students a year. It was built with Korean aid. Deputy Minister Phạm Ngọc Thưởng "
            "attended the inauguration ceremony.")
    got = facts(text, "2025-11-20", lang="en")
    assert not any(s == "inauguration ceremony" and p == "date" for s, p, o in got)


def test_a_ceremony_for_a_works_is_held_at_its_site():
    got = facts("HẢI PHÒNG — The Vietnam Maritime Corporation held a groundbreaking ceremony for the new container "
                "terminal of Lạch Huyện Port in Hải Phòng on Friday.", "2025-12-20", lang="en")
    assert any(s == "groundbreaking ceremony" and p == "locatedIn" and o.startswith("Lạch Huyện") for s, p, o in got)
    got = facts("The ministry held a groundbreaking ceremony for the expressway on Friday, as officials of Đồng Nai "
                "watched.", "2025-12-20", lang="en")
    assert not any(p == "locatedIn" for s, p, o in got)
