"""The article door (kg.article): text repaired before any stage reads it."""
from __future__ import annotations

import json

from kg.article import repair_mojibake
from kg.corpus import iter_articles

CLEAN = "Sáng 5/6, Bộ Y tế và Sở Y tế TP Hà Nội họp về “dịch sốt xuất huyết” tại Hà Nội – giá 5 €."


def as_latin_1(text: str) -> str:
    """UTF-8 bytes read as Latin-1, as a page saved with the wrong encoding gives them."""
    return text.encode("utf-8").decode("latin-1")


def test_text_decoded_with_the_wrong_encoding_is_decoded_again():
    assert repair_mojibake(as_latin_1(CLEAN)) == CLEAN
    # read as Windows-1252, where "“" and "–" have their own characters: "â€œ", "â€“"
    assert repair_mojibake("Sá»Ÿ Y táº¿ â€œhá»\x8dpâ€\x9d â€“ giÃ¡ 5 â‚¬") == "Sở Y tế “họp” – giá 5 €"


def test_clean_text_with_quotes_and_symbols_after_vietnamese_letters_is_left_alone():
    for text in (CLEAN, "Ông Hà” nói: “Hà” là tên tôi», giá 10° và ±2%", "Tomáš Novák gặp ông Lê Hà—"):
        assert repair_mojibake(text) == text


def test_every_reader_repairs_the_text_and_the_title(tmp_path):
    broken = as_latin_1(CLEAN)
    (tmp_path / "a.txt").write_text(broken, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": broken, "title": as_latin_1("Bộ Y tế họp")}),
                                      encoding="utf-8")
    (tmp_path / "c.html").write_text(f"<html><body><article><p>{broken}</p></article></body></html>", encoding="utf-8")
    a, b, c = sorted(iter_articles([tmp_path]), key=lambda x: x.id)
    assert a.text == c.text == CLEAN
    assert b.title == "Bộ Y tế họp" and b.text == "Bộ Y tế họp\n\n" + CLEAN  # (its headline read first)
