"""Tests of kg.relations.organisers_en: English organized of a body an apposition calls the organiser."""
from __future__ import annotations

from articlefacts import facts


def test_a_body_called_the_organiser_organised_the_event_named_before():
    got = facts("The Huế Heritage Marathon 2024 was held on Sunday. Pulse Active, the organiser, said 30 per cent "
                "of runners came from abroad.", "2024-05-03", "en")
    assert ("Pulse Active", "organized", "Huế Heritage Marathon 2024") in got
