"""Tests of kg.relations.promulgation: An instrument that promulgates another."""
from __future__ import annotations

from articlefacts import facts, graph_triples, kg_spans


def _triples(text: str, published: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _spans(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-12", "en") if p == "implements"}


def test_an_instrument_that_details_or_guides_a_law_implements_it():
    got = _triples("HÀ NỘI — The ministry is drafting a decree on nuclear safety to guide the Law on Atomic Energy "
                   "2025.", "2025-12-05")
    assert ("decree on nuclear safety", "implements", "Law on Atomic Energy 2025") in got
    got = _triples("HÀ NỘI — The ministry is drafting a decree on rural water, which details the Law on Water "
                   "Resources 2023.", "2025-12-05")
    assert ("decree on rural water", "implements", "Law on Water Resources 2023") in got
    got = _triples("HÀ NỘI — The Ministry of Health has published a draft circular on school meals for comments. "
                   "The draft details the Law on Food Safety 2010.", "2025-12-05")
    assert ("draft circular on school meals", "implements", "Law on Food Safety 2010") in got


def test_the_draft_with_a_relative_clause_that_guides_a_law_with_its_year():
    text = ("The ministry held a workshop on the draft decree on offshore wind power in Huế on Friday. The draft, "
            "which guides the amended Maritime Law 2025, sets rules for sea areas.")
    assert "Maritime Law 2025" in _spans(text, "POLICY")
    assert ("draft decree on offshore wind power", "implements", "Maritime Law 2025") in _triples_20260206(text)


def test_a_circular_providing_guidance_on_the_decree_implements_it():
    got = implements("The Government issued Decree 30/2025/NĐ-CP on tourism in March. The Ministry of Culture, "
                     "Sports and Tourism has followed with Circular 4/2025/TT-BVHTTDL providing guidance on the decree.")
    assert ("Circular 4/2025/TT-BVHTTDL", "Decree 30/2025/NĐ-CP") in got


def test_an_instrument_issued_to_guide_the_law_implements_it():
    got = implements("The National Assembly passed the Law on Pharmacy 2024 last year. The Ministry of Health "
                     "has published Circular 9/2025/TT-BYT on drug prices, which the ministry issued in May to guide the law.")
    assert ("Circular 9/2025/TT-BYT", "Law on Pharmacy 2024") in got


def test_a_circular_that_guides_a_decree_carries_it_out():
    got = facts("Bộ Tài chính đã ban hành Thông tư số 12/2027/TT-BTC hướng dẫn Nghị định số 70/2026/NĐ-CP về hóa đơn "
                "điện tử.", "2027-03-10")
    assert ("Thông tư số 12/2027/TT-BTC", "implements", "Nghị định số 70/2026/NĐ-CP") in got


def test_amending_decree_is_not_the_decree_it_amends_and_the_amended_one_details_the_law():
    got = facts("Bộ Tài chính lấy ý kiến dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số 126/2020/NĐ-CP "
                "quy định chi tiết một số điều của Luật Quản lý thuế.")
    names = {s for s, _, _ in got} | {o for _, _, o in got}
    assert ("Nghị định số 126/2020/NĐ-CP", "implements", "Luật Quản lý thuế") in got
    assert not any(s.startswith("Nghị định sửa đổi") and p == "implements" for s, p, _ in got)
    assert "Nghị định số 126/2020/NĐ-CP" in names


def test_an_instrument_named_by_the_law_it_details_implements_that_law():
    got = facts("Chính phủ đã ban hành Nghị định quy định chi tiết một số điều của Luật Điện lực năm 2024.", "2026-12-05")
    assert ("Nghị định quy định chi tiết một số điều của Luật Điện lực năm 2024", "implements",
            "Luật Điện lực năm 2024") in got
