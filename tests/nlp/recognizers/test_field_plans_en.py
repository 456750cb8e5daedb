"""Tests of kg.nlp.recognizers.field_plans_en: lower-case plans named by the field they are for."""
from __future__ import annotations

from articlefacts import facts, kg_spans


def _policies(text: str) -> list[str]:
    return [t for label, t in kg_spans(text, "en", "2026-12-06") if label == "POLICY"]


def test_a_field_before_a_plan_kind_after_a_or_a_possessor_is_a_plan():
    text = "HÀ NỘI — BIDV will double its green loans under a green credit plan approved by its board on Tuesday."
    assert "green credit plan" in _policies(text)
    assert ("green credit plan", "about", "green credit") in facts(text, "2026-12-06", lang="en")
    text = "New projects must follow the provincial Party Committee's green growth programme."
    assert "green growth programme" in _policies(text)


def test_the_sectors_programme_in_general_is_no_plan():
    # "the nuclear power programme": the country's programme in a sector, named with "the", is no one instrument
    assert not _policies("The National Assembly voted to resume the nuclear power programme.")
