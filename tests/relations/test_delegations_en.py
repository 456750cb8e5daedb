"""Tests of kg.relations.delegations_en: English delegation leaders and receptions (gazetteer names come out
as the gazetteer spells them: "Tran Thanh Man", "Hanoi")."""
from __future__ import annotations

from articlefacts import facts


def test_host_and_guest_of_a_reception_named_later_took_part_in_it_there_and_that_day():
    got = facts("National Assembly Chairman Trần Thanh Mẫn received Lao Vice President Sounthone Xayachak in Hà Nội "
                "on Tuesday. The two sides discussed the training of lawmakers. Also attending the reception was "
                "Vice Chairman of the National Assembly Nguyễn Khắc Định.", "2026-12-05", "en")
    for who in ("Tran Thanh Man", "Sounthone Xayachak", "Nguyễn Khắc Định"):
        assert (who, "participatedIn", "reception") in got
    assert ("reception", "date", "2026-12-01") in got
    assert ("reception", "locatedIn", "Hanoi") in got


def test_receiving_a_thing_is_no_reception():
    got = facts("Trần Thanh Mẫn received letters from voters in Hà Nội on Tuesday. Nguyễn Khắc Định attended "
                "the reception.", "2026-12-05", "en")
    assert ("Tran Thanh Man", "participatedIn", "reception") not in got
