"""Tests of kg.relations.kind_referents_en: which instrument "the resolution", "the plan" names again."""
from __future__ import annotations

from articlefacts import graph_triples


def _triples(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2026-03-12")


def test_the_kind_passes_over_an_instrument_the_first_one_implements():
    text = ("The Government has issued Resolution 45/NQ-CP on a fund for rural roads. The resolution implements "
            "the Law on Roads and Resolution 120/2025/QH15 on public investment. The Đồng Nai People's Committee "
            "on Friday issued Plan 17/KH-UBND to implement the resolution.")
    triples = _triples(text)
    assert ("Plan 17/KH-UBND", "implements", "Resolution 45/NQ-CP") in triples
    assert ("Plan 17/KH-UBND", "implements", "Resolution 120/2025/QH15") not in triples


def test_the_kind_passes_over_one_named_inside_a_relative_clause():
    text = ("The Đà Nẵng People's Committee on Monday issued Plan 88/KH-UBND on moving factories out of the city "
            "centre. The plan was issued pursuant to Decision 310/QĐ-TTg, under which the Prime Minister approved "
            "the city's master plan for 2021-2030. Vice Chairman Trần Văn Nam, who signed the plan, said the first "
            "factories would move next year.")
    triples = _triples(text)
    assert ("Trần Văn Nam", "signed", "Plan 88/KH-UBND") in triples


def test_the_kind_takes_a_newly_issued_instrument():
    text = ("The Ministry of Industry and Trade issued Plan 5/KH-BCT on energy saving in January. The Hải Phòng "
            "People's Committee on Monday issued Plan 40/KH-UBND to implement Plan 5/KH-BCT. Vice Chairman "
            "Lê Anh Quân signed the plan.")
    triples = _triples(text)
    assert ("Lê Anh Quân", "signed", "Plan 40/KH-UBND") in triples
