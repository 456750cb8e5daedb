"""Tests of kg.nlp.recognizers.role_bodies_en: a body named only as the place of a person's role."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def test_unknown_body_after_a_lower_case_role_is_an_organisation():
    text = "Prices will ease next year, said Oskar Lind, chief investment officer of Nordhavn Partners, on Monday."
    assert ("Nordhavn Partners", "Organization") in resolved_entities(text, "en", "2026-02-02")
    got = facts(text, lang="en", published="2026-02-02")
    assert ("Oskar Lind", "memberOf", "Nordhavn Partners") in got
    assert ("Oskar Lind", "position", "chief investment officer") in got


def test_body_run_wins_over_a_place_inside_it():
    got = resolved_entities("Lê Thu Hà, managing partner of Mekong Delta Ventures, said deals were back.", "en", "2026-02-02")
    assert ("Mekong Delta Ventures", "Organization") in got


def test_field_or_known_place_after_the_role_is_no_body():
    got = resolved_entities("Lê Thu Hà, a professor of Economics, said deals were back. Trần An, ambassador of France, "
                            "agreed.", "en", "2026-02-02")
    assert ("Economics", "Organization") not in got
    assert ("France", "Organization") not in got


def test_a_unit_written_with_its_owners_possessive_is_the_unit():
    from articlefacts import facts
    got = facts("According to Tran Van Binh, director of the SBV's Credit Department for Economic Sectors, credit "
                "grew 12 percent.", "2025-10-09", lang="en")
    assert ("Tran Van Binh", "memberOf", "Credit Department for Economic Sectors") in got
