"""Tests of kg.nlp.recognizers.numbered_units_en: English bodies whose name ends in their number."""
from __future__ import annotations

from functools import partial

from articlefacts import kg_spans


_spans = partial(kg_spans, published="2025-09-29")


def test_numbered_company_and_declaration():
    got = _spans("The Ho Chi Minh City Urban Railway Company No. 1 (HURC1) will add trips. Leaders signed the "
                 "Declaration on the Admission of Timor-Leste into ASEAN with the other leaders.")
    assert ("ORG", "Ho Chi Minh City Urban Railway Company No. 1") in got
    assert ("POLICY", "Declaration on the Admission of Timor-Leste into ASEAN") in got
