"""Tests of kg.relations.policy_clauses:
Clauses around an instrument's name that decide whom a relation belongs to (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts


def test_reported_purpose_clause_without_de():
    got = facts("Phát biểu tại hội nghị, ông Trần Văn Bình cho biết, thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành "
                "Trung ương, Tỉnh ủy Ninh Bình đã ban hành Chương trình hành động số 40-CTr/TU với 6 nhóm giải pháp.")
    assert ("Chương trình hành động số 40-CTr/TU", "implements", "Nghị quyết số 29-NQ/TW") in got
