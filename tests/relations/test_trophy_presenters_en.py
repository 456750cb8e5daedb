"""Tests of kg.relations.trophy_presenters_en: who hands over or is handed a trophy in a sentence naming no event."""
from __future__ import annotations

from articlefacts import facts

_FINAL = "HÀ NỘI — Hà Nội FC won the 2026 National Cup final on Saturday at Hàng Đẫy Stadium. "


def test_the_presenter_and_the_recipient_of_the_trophy_took_part_in_the_final():
    text = _FINAL + ("Deputy Minister of Culture, Sports and Tourism Hoàng Đạo Cương presented the trophy after the match. "
                     "The trophy was handed to captain Đỗ Duy Mạnh, while the coach thanked the fans.")
    got = facts(text, "2026-12-06", lang="en")
    took_part = {s for s, p, o in got if p == "participatedIn" and "National Cup" in o}
    assert {"Hoàng Đạo Cương", "Đỗ Duy Mạnh"} <= took_part


def test_someone_named_after_the_recipient_clause_took_no_part():
    text = _FINAL + "The trophy was handed to captain Đỗ Duy Mạnh, while coach Makoto Teguramori watched from home."
    got = facts(text, "2026-12-06", lang="en")
    assert not any(s == "Makoto Teguramori" and p == "participatedIn" for s, p, o in got)


def test_a_presenter_deep_in_a_clause_is_not_read():
    text = _FINAL + "Fans said that Minister Nguyễn Văn Hùng presented the trophy last year."
    got = facts(text, "2026-12-06", lang="en")
    assert not any(s == "Nguyễn Văn Hùng" and p == "participatedIn" for s, p, o in got)


def test_presenters_coordinated_with_their_titles_took_part():
    text = _FINAL + ("Deputy Minister of Education and Training Phạm Ngọc Thưởng and Huỳnh Thanh Đạt, Rector of the Hà Nội "
                     "University of Science and Technology, handed out the prizes.")
    got = facts(text, "2026-12-06", lang="en")
    took_part = {s for s, p, o in got if p == "participatedIn"}
    assert {"Phạm Ngọc Thưởng", "Huỳnh Thanh Đạt"} <= took_part


def test_a_body_before_the_first_presenters_title_is_part_of_it():
    text = _FINAL + ("VFF Vice President Trần Anh Tú and Vice Chairman of the Hồ Chí Minh City People's Committee Nguyễn "
                     "Mạnh Cường presented the trophy to the winners.")
    got = facts(text, "2026-12-06", lang="en")
    took_part = {s for s, p, o in got if p == "participatedIn"}
    assert {"Trần Anh Tú", "Nguyễn Mạnh Cường"} <= took_part


def test_a_second_clauses_presenter_is_not_coordinated_with_the_first_speaker():
    text = _FINAL + "Minister Lê Văn Nam said the match was fair, and Lê Thị Hoa presented the trophy."
    got = facts(text, "2026-12-06", lang="en")
    assert not any(s == "Lê Văn Nam" and p == "participatedIn" for s, p, o in got)
