"""English instruments next to other names: two instruments joined by "and the", a draft's subject that
is a named instrument, a body written before its numbered instrument, and a treaty title whose first
two words are joined by "and"."""
import sys
from pathlib import Path

import kg.nlp

sys.path.insert(0, str(Path(__file__).parent))
from test_extract import facts  # noqa: E402


def _ents(text: str) -> list[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2026-11-20")
    return sorted((e.label_, e.text) for e in doc.ents if e.label_ in ("ORG", "POLICY"))


def test_two_laws_joined_by_and_the_are_two():
    ents = _ents("Deputies voted for the amended Law on Cooperatives and the 2025 Press Law on Friday.")
    assert ("POLICY", "Law on Cooperatives") in ents and ("POLICY", "Press Law") in ents
    ents = _ents("The decree guides the Law on Railways and the National Master Plan for 2021-2030.")
    assert ("POLICY", "Law on Railways") in ents
    assert not any("Railways and" in name for _, name in ents)


def test_a_draft_guiding_a_named_law_is_the_law_only():
    ents = _ents("The ministry is preparing a decree guiding the Law on Water Resources.")
    assert ("POLICY", "Law on Water Resources") in ents
    assert not any(name.startswith("decree") for _, name in ents)


def test_a_body_before_its_numbered_instrument():
    ents = _ents("Politburo Resolution No. 66-NQ/TW sets out the reform of law-making.")
    assert ("ORG", "Politburo") in ents and ("POLICY", "Resolution No. 66-NQ/TW") in ents
    found = facts("Firms welcomed Government Decree 20/2026/ND-CP and the Politburo's Resolution 68.",
                  "2026-11-20", lang="en")
    assert ("Government", "issued", "Decree 20/2026/ND-CP") in found
    assert ("Politburo", "issued", "Resolution 68") in found


def test_a_body_that_is_no_issuer_is_not_cut():
    ents = _ents("The Government Inspectorate published its findings.")
    assert ("ORG", "Government Inspectorate") in ents


def test_a_treaty_title_with_two_joined_words():
    ents = _ents("Exports grew under the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.")
    assert ("POLICY", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership") in ents
