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


def test_a_kind_with_words_of_the_name_refers_to_that_instrument():
    from articlefacts import facts
    text = ("The Hà Tĩnh Department of Health and Bosch signed a cooperation agreement on training nurses in elderly "
            "care on Monday. The Hà Tĩnh Medical College will carry out the nursing agreement, its rector said.")
    got = facts(text, "2026-03-12", "en")
    assert ("Hà Tĩnh Medical College", "implements",
            "cooperation agreement on training nurses in elderly care") not in got  # "nursing" is no word of the name
    text = text.replace("the nursing agreement", "the training agreement")
    got = facts(text, "2026-03-12", "en")
    assert ("Hà Tĩnh Medical College", "implements", "cooperation agreement on training nurses in elderly care") in got


def test_an_instrument_a_relative_clause_says_was_issued_is_not_named_in_passing():
    from articlefacts import facts
    text = ("Fishing boats must carry tracking devices under Decree 44/2026/NĐ-CP, which the Government issued on "
            "Monday. The decree amends Decree 26/2019/NĐ-CP on fisheries. The Fisheries Department will enforce the "
            "decree from May.")
    got = facts(text, "2026-03-12", "en")
    assert ("Fisheries Department", "implements", "Decree 44/2026/NĐ-CP") in got
    assert not any(p == "implements" and o == "Decree 26/2019/NĐ-CP" for s, p, o in got)


def test_the_new_rules_name_the_latest_instrument_introduced():
    from articlefacts import facts
    text = ("Shops must print e-invoices from Monday, when Circular 31/2026/TT-BTC of the Ministry of Finance takes "
            "effect. The Tax Department will enforce the new rules. The rules are part of efforts to carry out "
            "Directive 25/CT-TTg on cashless payments.")
    got = facts(text, "2026-03-12", "en")
    assert ("Tax Department", "implements", "Circular 31/2026/TT-BTC") in got
    assert ("Circular 31/2026/TT-BTC", "implements", "Directive 25/CT-TTg") in got


def test_the_rules_of_something_are_no_instrument():
    from articlefacts import facts
    text = ("The Ministry of Finance issued Circular 31/2026/TT-BTC on e-invoices in May. The Tax Department will "
            "enforce the rules of origin for imported goods.")
    got = facts(text, "2026-03-12", "en")
    assert not any(p == "implements" for s, p, o in got)
