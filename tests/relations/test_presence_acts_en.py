"""Tests of kg.relations.presence_acts_en: titled people placed at the article's one event by an act only
someone there does, in a sentence that names no event."""
from __future__ import annotations

from articlefacts import facts

_FAIR = "The Mekong Agricultural Trade Fair 2031 opened in Cần Thơ on Thursday with 300 booths."


def participants(text: str, published: str = "2031-04-12") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, published, "en") if p == "participatedIn"}


def test_panel_chairs_keynote_speakers_and_ribbon_cutters_took_part():
    text = (_FAIR + " Associate Professor Hoàng Minh Tú of Cần Thơ University chaired the afternoon session on "
            "rice exports. Lâm Thị Ngọc, general director of Mekong Seeds Corporation, took part in a panel discussion, "
            "while Deputy Minister of Agriculture and Environment Võ Văn Hưng delivered the keynote speech. "
            "Chairman of the Cần Thơ City People's Committee Trần Việt Trường and Ambassador Kim Jin-ho cut the ribbon.")
    got = participants(text)
    fair = "Mekong Agricultural Trade Fair 2031"
    assert {("Hoàng Minh Tú", fair), ("Lâm Thị Ngọc", fair), ("Võ Văn Hưng", fair), ("Trần Việt Trường", fair),
            ("Kim Jin-ho", fair)} <= got


def test_no_act_to_come_no_untitled_person_no_second_event_no_quoted_past():
    later = _FAIR + " Deputy Minister Võ Văn Hưng will deliver the keynote speech on Friday."
    assert not any(p == "Võ Văn Hưng" for p, _ in participants(later))
    untitled = _FAIR + " Lê Văn Tám moderated a panel on rice seeds."
    assert not any(p == "Lê Văn Tám" for p, _ in participants(untitled))
    two = ("The Mekong Agricultural Trade Fair 2031 opened in Cần Thơ on Thursday. The Vietnam Rice Festival 2031 "
           "will follow in May. Professor Hoàng Minh Tú of Cần Thơ University chaired a panel on rice exports.")
    assert not any(p == "Hoàng Minh Tú" for p, _ in participants(two))
    past = _FAIR + " Professor Hoàng Minh Tú of Cần Thơ University chaired a panel in 2019."
    assert not any(p == "Hoàng Minh Tú" for p, _ in participants(past))


def test_a_title_with_a_lower_case_level_before_its_body():
    text = (_FAIR + " Vice Chairman of the provincial People's Committee Nguyễn Thực Hiện presented medals to "
            "the best exhibitors.")
    assert ("Nguyễn Thực Hiện", "Mekong Agricultural Trade Fair 2031") in participants(text)
