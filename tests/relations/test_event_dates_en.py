"""Tests of English event dates and names on general news: a span's written year (kg.nlp.recognizers.dates), the
day of a telling or a visit (kg.relations.date_filters), happenings named when held (events_en.json) and partners
"together with" (kg.relations.co_organisers_en)."""
from __future__ import annotations

from articlefacts import graph_triples


def _triples(text: str, published: str = "2026-12-02") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def test_the_year_after_a_span_of_days_dates_its_first_day():
    got = _triples("The ASEAN Tourism Forum 2027 will be held from January 14 to 18, 2027 in Hạ Long City.")
    assert ("ASEAN Tourism Forum 2027", "date", "2027-01-14") in got
    assert not any(o == "2026-01-14" for s, p, o in got)


def test_a_day_before_that_is_the_telling_not_what_is_told():
    got = _triples("Nguyễn Trùng Khánh told a press conference in Hà Nội on Wednesday that the meeting of ASEAN "
                   "tourism ministers on January 15, 2027 would adopt a plan.")
    assert ("press conference", "date", "2026-12-02") in got
    assert ("meeting of ASEAN tourism ministers", "date", "2027-01-15") in got
    assert ("meeting of ASEAN tourism ministers", "date", "2026-12-02") not in got


def test_the_day_a_fair_is_visited_is_not_its_date():
    got = _triples("The Hà Nội Craft Village Fair 2026 opened on Thursday at the Hà Nội Exhibition Centre. "
                   "Trần Sỹ Thanh, Chairman of the Hà Nội People's Committee, visited the fair on Saturday.",
                   "2026-11-30")
    assert ("Hà Nội Craft Village Fair 2026", "date", "2026-11-26") in got
    assert ("Hà Nội Craft Village Fair 2026", "date", "2026-11-28") not in got


def test_a_festival_or_draw_that_is_held_is_an_event():
    got = _triples("Yesterday, the Việt Nam Football Federation (VFF) held the draw for the quarter-finals at its "
                   "headquarters in Hà Nội.")
    assert ("Việt Nam Football Federation", "organized", "draw") in got
    assert ("draw", "date", "2026-12-01") in got
    got = _triples("The town will hold a lantern festival on December 23.", "2026-12-05")
    assert ("lantern festival", "date", "2026-12-23") in got


def test_an_international_conference_keeps_the_word_in_its_name():
    got = _triples("Earlier this month, Cần Thơ University hosted an international conference on sustainable "
                   "agriculture.", "2026-11-24")
    assert ("Can Tho University", "organized", "international conference on sustainable agriculture") in got
    assert not any(p == "date" for s, p, o in got)  # ("earlier this month" names no day)


def test_a_body_it_was_organised_together_with_organised_it_too():
    got = _triples("The Hà Nội Craft Village Fair 2026 opened on Thursday. The four-day fair was organised by the Hà "
                   "Nội Department of Industry and Trade together with the Việt Nam Craft Village Association.",
                   "2026-11-30")
    assert ("Việt Nam Craft Village Association", "organized", "Hà Nội Craft Village Fair 2026") in got
    assert ("Hà Nội Department of Industry and Trade", "organized", "Hà Nội Craft Village Fair 2026") in got


def test_a_day_during_a_visit_of_several_days_is_the_act_s_not_the_visit_s():
    got = _triples("Malaysian King Sultan Ibrahim hosted an official welcome ceremony for President Lương Cường at the "
                   "Istana Negara in Kuala Lumpur on Thursday, the first day of his state visit to Malaysia.",
                   "2026-12-04")
    assert ("official welcome ceremony", "date", "2026-12-03") in got
    assert ("state visit to Malaysia", "date", "2026-12-03") not in got
    got = _triples("Việt Nam and Australia on Thursday signed four agreements on clean energy during an official visit "
                   "to Australia by Prime Minister Phạm Minh Chính.", "2026-12-04")
    assert ("official visit to Australia", "date", "2026-12-03") not in got
    got = _triples("Hun Sen is in Việt Nam for a working visit from June 18 to 20.", "2025-06-19")
    assert ("working visit", "date", "2025-06-18") in got
