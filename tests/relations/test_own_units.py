"""Tests of kg.relations.own_units: subOrganizationOf from a possessive pronoun."""
from __future__ import annotations

from functools import partial

from articlefacts import graph_triples, kg_spans


_spans = partial(kg_spans, published="2025-11-20")
_triples = partial(graph_triples, published="2025-11-20")


def test_its_institute_is_the_subjects_unit_and_located_on_a_campus_in_a_city():
    got = _triples("Huế University on Monday opened its Institute of Marine Biotechnology. The institute, located "
                   "on the university's Phú Vang campus in Huế City, has six laboratories.")
    assert ("Institute of Marine Biotechnology", "subOrganizationOf", "Huế University") in got
    assert ("Institute of Marine Biotechnology", "locatedIn", "Phú Vang campus") in got


def test_trilateral_meeting_keeps_its_modifier_and_its_centre_after_a_dateline():
    got = _spans("Ministers held their third trilateral meeting on border security in Vientiane on Monday.")
    assert ("EVENT", "third trilateral meeting on border security") in got
    rel = _triples("HUẾ — Huế Central Hospital on Friday opened its Cancer Centre, the first in the region.")
    assert ("Cancer Centre", "subOrganizationOf", "Huế Central Hospital") in rel
