"""Tests of kg.nlp.recognizers.treaty_meetings: meetings of a treaty's parties, named on past their edition."""
from __future__ import annotations

from kg.nlp.recognizers.treaty_meetings import parties_tail

from articlefacts import facts, resolved_entities


def test_the_parties_and_their_treaty_go_on_past_the_edition():
    assert parties_tail(" các Bên tham gia Công ước về Đa dạng sinh học (COP17)") == \
        " các Bên tham gia Công ước về Đa dạng sinh học"
    assert parties_tail(" các Bên tham gia Nghị định thư Kyoto tại Bonn") == " các Bên tham gia Nghị định thư Kyoto"
    assert parties_tail(" của Hội đồng nhân dân tỉnh") == ""


def test_a_conference_of_the_parties_is_one_event_with_its_place_date_and_field():
    text = ("Đoàn công tác của Bộ Nông nghiệp và Môi trường tham dự Hội nghị lần thứ 16 các Bên tham gia Công ước "
            "về chống sa mạc hóa (COP16), khai mạc ngày 2/12 tại thủ đô Riyadh, Saudi Arabia.")
    names = {n for n, t in resolved_entities(text, "vi", "2024-12-03") if t == "Event"}
    assert "Hội nghị lần thứ 16 các Bên tham gia Công ước về chống sa mạc hóa" in names
    got = facts(text, "2024-12-03")
    assert ("Hội nghị lần thứ 16 các Bên tham gia Công ước về chống sa mạc hóa", "date", "2024-12-02") in got

