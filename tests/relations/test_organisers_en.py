"""Tests of kg.relations.organisers_en: English organized of a body an apposition calls the organiser."""
from __future__ import annotations

from articlefacts import facts


def test_a_body_called_the_organiser_organised_the_event_named_before():
    got = facts("The Huế Heritage Marathon 2024 was held on Sunday. Pulse Active, the organiser, said 30 per cent "
                "of runners came from abroad.", "2024-05-03", "en")
    assert ("Pulse Active", "organized", "Huế Heritage Marathon 2024") in got


def test_as_well_as_adds_an_organiser_but_a_relative_clause_ends_the_list():
    got = facts("The Hạ Long Bay Marathon 2027 was organised by the Quảng Ninh Department of Culture as well as the "
                "Vietnam Athletics Federation.", "2027-03-01", "en")
    assert ("Vietnam Athletics Federation", "organized", "Hạ Long Bay Marathon 2027") in got
    got = facts("The Hạ Long Bay Marathon 2027 was organised by the Quảng Ninh Department of Culture, which also runs the "
                "city museum, and the Vietnam Athletics Federation sent referees.", "2027-03-01", "en")
    assert ("Quảng Ninh Department of Culture", "organized", "Hạ Long Bay Marathon 2027") in got
    assert ("Vietnam Athletics Federation", "organized", "Hạ Long Bay Marathon 2027") not in got
