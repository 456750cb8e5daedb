"""Tests of kg.nlp.recognizers.named_days: multi-sport games named by their edition or year."""
from __future__ import annotations

import pytest

from articlefacts import kg_spans, resolved_entities


def _events(text: str) -> list[str]:
    return [t for label, t in kg_spans(text, lang="vi", published="2025-12-10") if label == "EVENT"]


@pytest.mark.parametrize("text, expected", [
    ("Đội tuyển bóng bàn nữ lên đường dự SEA Games 33 tại Thái Lan.", ["SEA Games 33"]),
    ("Kình ngư này từng giành 2 huy chương tại ASIAD 19, được tổ chức ở Trung Quốc.", ["ASIAD 19"]),
    ("Cô là vận động viên duy nhất dự Olympic Paris 2024 ở môn bắn súng.", ["Olympic Paris 2024"]),
    ("Việt Nam sẽ đăng cai SEA Games lần thứ 35 vào năm 2029.", ["SEA Games lần thứ 35"]),
])
def test_games_named_by_edition_or_year(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # the kind of games, and a count after it, name no games
    "Môn vật là thế mạnh của thể thao Việt Nam ở đấu trường SEA Games.",
    "Tại SEA Games 5 vận động viên bị loại vì doping.",
])
def test_bare_or_counted_games_are_no_event(text):
    assert _events(text) == []


def test_a_football_cup_with_its_year_is_an_event():
    got = resolved_entities("Đội tuyển Việt Nam thắng Thái Lan 2-1 ở trận chung kết lượt về ASEAN Cup 2026.", "vi",
                            "2026-12-05")
    assert ("ASEAN Cup 2026", "Event") in got


@pytest.mark.parametrize("text, name", [
    ("Sáng 23/3, UBND tỉnh Gia Lai tổ chức Giải chạy bán marathon Vì biển xanh Quy Nhơn lần thứ IV năm 2030.",
     "Giải chạy bán marathon Vì biển xanh Quy Nhơn lần thứ IV năm 2030"),
    ("Sáng 12/5, Sở Văn hóa tỉnh Lào Cai khai mạc Giải bóng chuyền nữ các dân tộc tỉnh Lào Cai năm 2030 tại Nhà thi đấu.",
     "Giải bóng chuyền nữ các dân tộc tỉnh Lào Cai năm 2030"),
])
def test_a_tournament_with_its_sport_in_lower_case_is_named_by_its_edition(text, name):
    assert (name, "Event") in resolved_entities(text, "vi", "2030-12-01")


def test_a_sport_after_giai_without_an_edition_names_no_tournament():
    assert not [n for n, t in resolved_entities("Giải chạy năm nay có 5.000 vận động viên.", "vi", "2030-12-01")
                if t == "Event"]


def test_a_held_day_runs_over_whom_it_is_for_to_the_clause_end():
    text = ("Tối 17/11, Ủy ban An toàn giao thông Quốc gia tổ chức lễ thắp nến, hưởng ứng Ngày Thế giới tưởng niệm các "
            "nạn nhân tử vong do tai nạn giao thông.")
    events = {n for n, t in resolved_entities(text, "vi", "2030-11-18") if t == "Event"}
    assert "Ngày Thế giới tưởng niệm các nạn nhân tử vong do tai nạn giao thông" in events
    # a place after the day is no part of it
    text = "Sáng 1/12, Sở Y tế tổ chức mít tinh hưởng ứng Ngày Thế giới phòng chống AIDS tại Hà Nội."
    assert "Ngày Thế giới phòng chống AIDS" in {n for n, t in resolved_entities(text, "vi", "2030-12-02") if t == "Event"}


def test_a_named_day_does_not_go_on_with_what_the_clause_does_after_it():
    text = "Sáng 20/11, trường tổ chức kỷ niệm Ngày Nhà giáo Việt Nam và trao thưởng cho giáo viên."
    events = {n for n, t in resolved_entities(text, "vi", "2030-11-21") if t == "Event"}
    assert "Ngày Nhà giáo Việt Nam" in events and not any("trao" in n for n in events)
