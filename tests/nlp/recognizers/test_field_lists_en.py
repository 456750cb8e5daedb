"""Tests of kg.nlp.recognizers.field_lists_en: English body names that open with a list of fields."""
from __future__ import annotations

from kg.nlp.recognizers.field_lists_en import field_list_comma

from articlefacts import kg_spans


def test_a_body_opening_with_a_list_of_fields_is_one_name():
    text = "Officers of the provincial Fire Prevention, Fire Fighting and Rescue Police Division worked all night."
    assert ("ORG", "Fire Prevention, Fire Fighting and Rescue Police Division") in kg_spans(text, "en", "2026-12-01")


def test_a_list_of_firms_is_no_list_of_fields():
    text = "Samsung, LG and Hyundai Motor Company signed."
    assert not field_list_comma(text, text.index(","))
    text = "Fire Prevention, Fire Fighting and Rescue Police Division"
    assert field_list_comma(text, text.index(","))
