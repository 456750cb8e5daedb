"""Tests of kg.nlp.recognizers.policy_visions_en: an instrument's period carried on over its outlook."""
from __future__ import annotations

import kg.nlp


def _policies(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2026-12-04")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "POLICY"]


def test_the_outlook_after_the_period_is_part_of_the_name():
    got = _policies("The rules serve the Digital Transformation Plan for the Banking Sector to 2025, Orientation to "
                    "2030, which the central bank issued in 2021. The ministry drafted the National Strategy on "
                    "Digital Economy to 2025, with a vision to 2030, last year.")
    assert "Digital Transformation Plan for the Banking Sector to 2025, Orientation to 2030" in got
    assert "National Strategy on Digital Economy to 2025, with a vision to 2030" in got


def test_a_year_that_is_no_outlook_stays_out():
    got = _policies("The ministry drafted the National Strategy on Digital Economy to 2025, with a budget to 2030.")
    assert "National Strategy on Digital Economy to 2025" in got
