"""English general news (round en22): kinds of bodies and venues of sports, culture, health, business and
accident reports; sentences written for these tests."""
from __future__ import annotations

import kg.nlp
from test_extract import facts


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_a_provincial_body_refers_back_to_the_one_named_with_its_place():
    got = facts("A truck overturned on the Khánh Lê pass in Khánh Hòa on Monday, the Khánh Hòa People's Committee "
                "said. Trần Minh Đức, chairman of the provincial People's Committee, visited Nha Trang. "
                "The Nha Trang hospital treated the driver.", "2026-01-10", "en")
    assert ("Trần Minh Đức", "memberOf", "Khánh Hòa People's Committee") in got
    assert not any(o == "People's Committee" for s, p, o in got)


def test_clinics_studios_and_orchestras_are_bodies():
    got = spans("Surgeons from the Mayo Clinic visited the Sunrise Animation Studio and the Huế Symphony Orchestra.")
    assert ("ORG", "Mayo Clinic") in got
    assert ("ORG", "Sunrise Animation Studio") in got
    assert ("ORG", "Huế Symphony Orchestra") in got
