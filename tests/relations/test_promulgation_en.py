"""Tests of kg.relations.promulgation for English copy: the body that approves something in an instrument."""
from __future__ import annotations

from articlefacts import graph_triples


def test_the_body_that_approved_a_project_under_a_resolution_issued_it():
    got = graph_triples("The project, approved by the Hà Nội People's Council under Resolution 45/NQ-HĐND in June, is "
                        "part of the city's plan.", "en", "2026-12-05")
    assert ("Hanoi People's Council", "issued", "Resolution 45/NQ-HĐND") in got  # (the gazetteer's body)
