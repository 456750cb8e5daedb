"""Tests of kg.relations.event_hosts_en: a place named in "…, hosted by the city of X" holds the event."""
from __future__ import annotations

from articlefacts import facts


def test_a_city_hosting_an_event_in_a_passive_clause_is_where_it_is():
    got = facts("The Mekong Rice Awards 2026 ceremony took place on Friday, hosted by the city of Cần Thơ at the "
                "Ninh Kiều Riverside Hall.", "2026-12-07", "en")
    assert ("Mekong Rice Awards 2026", "locatedIn", "Can Tho") in got
    assert ("Mekong Rice Awards 2026", "locatedIn", "Ninh Kiều Riverside Hall") in got


def test_a_body_hosting_an_event_gives_no_place():
    got = facts("The Mekong Rice Awards 2026 ceremony took place on Friday, hosted by the Ministry of Agriculture "
                "and Environment.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "locatedIn"]
