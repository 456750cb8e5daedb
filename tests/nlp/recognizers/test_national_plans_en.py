"""Tests of kg.nlp.recognizers.national_plans_en: lower-case national instruments named by the words before
their kind."""
from __future__ import annotations

from kg.nlp.recognizers.national_plans_en import national_plan_candidates

from articlefacts import kg_spans


def _names(text: str) -> list[str]:
    return [text[c.start:c.end] for c in national_plan_candidates(text)]


def test_an_opener_and_modifiers_before_the_kind_name_an_instrument():
    assert _names("The national digital transformation programme will be used.") == [
        "national digital transformation programme"]
    assert _names("It follows the national marine spatial plan, which lawmakers adopted.") == [
        "national marine spatial plan"]
    assert _names("Hà Nội will revise its provincial master plan for 2021-2030 next year.") == [
        "provincial master plan for 2021-2030"]


def test_teams_budgets_and_subjects_after_the_kind_are_left_alone():
    assert _names("The national football team plans to train, and the national budget plan was debated.") == []
    assert _names("The ministry drafted a national action plan on plastic waste.") == []


def test_the_pipeline_keeps_the_span():
    assert ("POLICY", "national marine spatial plan") in kg_spans(
        "The plan follows the national marine spatial plan, which the National Assembly adopted in 2024.")
