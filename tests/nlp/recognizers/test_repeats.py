"""Tests of kg.nlp.recognizers.repeats: Names the article has already spelled out in full, written again."""
from __future__ import annotations

from articlefacts import facts, span_pairs


def _kg(nlp, text):
    return span_pairs(nlp, text, "2026-05-04")


def test_a_body_spelled_out_once_is_read_in_full_where_written_again(nlp):
    text = ("Sở phối hợp với Chi cục Trồng trọt và Bảo vệ thực vật (Sở Nông nghiệp và Môi trường) lấy mẫu. "
            "Ông An, Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật đồng chủ trì buổi làm việc.")
    got = _kg(nlp, text)
    assert got.count(("Chi cục Trồng trọt và Bảo vệ thực vật", "ORG")) == 2


def test_a_body_an_apposition_revealed_is_the_same_body_written_again():
    text = ("Minh Khoa Robotics, a Đà Nẵng-based maker of warehouse robots, opened a plant on Monday. "
            "Minh Khoa Robotics chairman Lâm Quốc Bảo said exports would double.")
    got = facts(text, "2026-01-10", "en")
    assert ("Lâm Quốc Bảo", "memberOf", "Minh Khoa Robotics") in got
    assert ("Lâm Quốc Bảo", "position", "chairman") in got


def test_a_one_word_brand_an_apposition_named_is_found_again_but_not_a_plain_word():
    from articlefacts import kg_spans
    spans = kg_spans("TruckLink, a Đà Nẵng-based freight start-up, raised money on Monday. TruckLink will hire 300 "
                     "drivers.", "en", "2026-02-04")
    assert [t for label, t in spans if label == "ORG" and t == "TruckLink"] == ["TruckLink", "TruckLink"]
