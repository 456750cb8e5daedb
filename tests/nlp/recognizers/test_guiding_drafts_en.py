"""Tests of kg.nlp.recognizers.guiding_drafts_en: drafts named by the named instrument they guide."""
from __future__ import annotations

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.guiding_drafts_en import guiding_draft_candidates

from articlefacts import resolved_entities


def test_a_draft_guiding_an_amended_law_keeps_the_law_in_its_name():
    got = resolved_entities("The ministry has sent a draft circular detailing the amended Law on Geology and Minerals "
                            "to provinces for comments.", "en", "2026-09-14")
    assert ("draft circular detailing the amended Law on Geology and Minerals", "Policy") in got
    assert ("Law on Geology and Minerals", "Policy") in got


def test_only_a_named_instrument_right_after_the_link_extends_a_draft():
    text = "A draft decree guiding the amended Law on Roads is ready."
    law = Candidate(text.index("Law"), text.index(" is"), "POLICY", 50, "policy")
    assert [text[c.start:c.end] for c in guiding_draft_candidates(text, [law])] == [
        "draft decree guiding the amended Law on Roads"]
    assert guiding_draft_candidates(text, []) == []
    assert guiding_draft_candidates("A draft decree guiding the law is ready.", [law]) == []


def test_a_draft_guiding_the_application_of_a_law():
    got = resolved_entities("The Supreme People's Court is collecting comments on a draft resolution guiding the "
                            "application of the amended Law on Anti-Money Laundering in criminal trials.", "en",
                            "2026-12-04")
    assert ("draft resolution guiding the application of the amended Law on Anti-Money Laundering", "Policy") in got
