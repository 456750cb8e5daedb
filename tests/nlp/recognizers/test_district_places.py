"""Vietnam's district-level units (huyện, thị xã, quận, provincial cities) in the place gazetteer: known
places in Vietnamese and English copy, without taking a person's full name or a province they overlap."""
from __future__ import annotations

from articlefacts import kg_spans


def _labelled(text: str, lang: str) -> set[tuple[str, str]]:
    return set(kg_spans(text, lang, "2025-11-20"))


def test_districts_are_places_in_vietnamese() -> None:
    spans = _labelled("Tỉnh hỗ trợ nông dân huyện Lâm Hà, huyện Đơn Dương và người dân Xuân Lộc, Long Khánh.", "vi")
    for name in ("Lâm Hà", "Đơn Dương", "Xuân Lộc", "Long Khánh"):
        assert any(lab == "LOC" and name in t for lab, t in spans), (name, spans)
    assert not any(lab == "PER" for lab, _ in spans)


def test_districts_are_places_in_english() -> None:
    spans = _labelled("Farmers in Lam Ha and Don Duong districts and in Phong Dien were given seedlings.", "en")
    for name in ("Lam Ha", "Don Duong", "Phong Dien"):
        assert any(lab == "LOC" and name in t for lab, t in spans), (name, spans)


def test_full_person_name_keeps_its_given_name() -> None:
    """A district's name that is also a given name stays inside the person's full name."""
    spans = _labelled("Ông Lê Xuân Lộc, Chủ tịch UBND xã, đã đến thăm các hộ dân.", "vi")
    assert ("PER", "Lê Xuân Lộc") in spans
    assert not any(lab == "LOC" for lab, _ in spans)


def test_compass_word_before_a_province_is_no_district() -> None:
    """'phía Đông Hà Nội' is east of Hà Nội, not the city Đông Hà (left out of the gazetteer for this)."""
    spans = _labelled("Dự án nằm ở phía Đông Hà Nội, gần các huyện Gia Lâm và Đông Anh.", "vi")
    assert ("LOC", "Hà Nội") in spans
    assert not any("Đông Hà" == t for _, t in spans)
