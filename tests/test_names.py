"""General-news names with no cue: companies through lower-case trade words, former states."""
from __future__ import annotations

import pytest

import kg.nlp


@pytest.fixture(scope="module")
def nlp():
    return kg.nlp.load("vi")


def _ents(nlp, text):
    return [(e.text, e.label_) for e in kg.nlp.annotate(nlp, text).ents if e.label_ in ("PER", "ORG", "LOC")]


@pytest.mark.parametrize("text, name", [
    ("Công ty mía đường Lam Sơn tăng vốn điều lệ.", "Công ty mía đường Lam Sơn"),
    ("Công ty cổ phần dược phẩm Bảo Long nộp hồ sơ niêm yết.", "Công ty cổ phần dược phẩm Bảo Long"),
    ("Ông An là giám đốc Công ty TNHH xây dựng Hòa Bình 2 tại Huế.", "Công ty TNHH xây dựng Hòa Bình 2"),
])
def test_company_names_run_through_lower_case_trade_words(nlp, text, name):
    assert (name, "ORG") in _ents(nlp, text)


@pytest.mark.parametrize("text", ["Công ty này đã ký hợp đồng với Samsung.",
                                  "Công ty tổ chức Hội nghị khách hàng tại Đà Nẵng."])
def test_prose_after_a_company_noun_is_not_a_name(nlp, text):
    assert not any(label == "ORG" and name.startswith("Công ty ") for name, label in _ents(nlp, text))


def test_former_states_are_places(nlp):
    ents = _ents(nlp, "Năm 1980, ông sang Liên Xô học rồi làm việc ở CHDC Đức và Tiệp Khắc.")
    assert {("Liên Xô", "LOC"), ("CHDC Đức", "LOC"), ("Tiệp Khắc", "LOC")} <= set(ents)
