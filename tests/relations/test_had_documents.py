"""Tests of kg.relations.had_documents: "X có Công văn số N gửi …" — X issued the document."""
from __future__ import annotations

from articlefacts import facts


def test_body_that_has_a_numbered_dispatch_issued_it():
    got = facts("Ngày 4/3, Bộ Xây dựng có Công văn số 1120/BXD-QLN gửi các địa phương về nhà ở xã hội.", "2031-03-06")
    assert ("Bộ Xây dựng", "issued", "Công văn số 1120/BXD-QLN") in got
    assert ("Công văn số 1120/BXD-QLN", "date", "2031-03-04") in got


def test_a_document_received_is_not_issued():
    got = facts("UBND tỉnh Nghệ An đã nhận được Công văn số 1120/BXD-QLN của Bộ Xây dựng.", "2031-03-06")
    assert ("UBND tỉnh Nghệ An", "issued", "Công văn số 1120/BXD-QLN") not in got
