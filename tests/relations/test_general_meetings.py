"""Tests of kg.relations.general_meetings: organized of a company's general meeting (English)."""
from __future__ import annotations

from articlefacts import facts, graph_triples


def _triples(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def test_a_companys_general_meeting_is_organised_by_the_company():
    text = ("Shareholders of the Lạc Hồng Dairy Joint Stock Company on Friday approved a plan to build a new farm, at the company's "
            "annual general meeting in Hà Nội.")
    triples = _triples(text)
    assert any(p == "organized" and o == "annual general meeting" and "Lạc Hồng Dairy" in s for s, p, o in triples)
    assert not any(s.startswith("Shareholders") for s, p, o in triples)


def test_the_general_meeting_after_the_sentence_that_names_the_shareholders():
    text = ("Shareholders of the Lạc Hồng Dairy Joint Stock Company on Friday approved a cash dividend of 35 per cent. The annual general meeting, "
            "held at the company's headquarters in Hồ Chí Minh City, was chaired by Chairman Lý Quốc Bảo.")
    assert any(p == "organized" and o == "annual general meeting" and "Lạc Hồng Dairy" in s for s, p, o in _triples(text))


COMPANY = ("Masan Group will open a new meat plant in Long An. Masan Group said the plant would cost "
           "$120 million. CEO Danny Le said output would double, and Chairman Nguyen Dang Quang told "
           "shareholders at an annual general meeting in Ho Chi Minh City on Saturday that the plan was on track.")


def test_the_company_organises_its_general_meeting():
    got = facts(COMPANY, "2026-11-20", lang="en")
    assert ("Masan Group", "organized", "annual general meeting") in got
