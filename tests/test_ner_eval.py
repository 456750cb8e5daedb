"""NER scoring on PER / ORG / LOC (kg.ner_eval) and the VLSP-style sets we wrote."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.nlp
from kg.cli import app
from kg.ner_eval import NerExample, parse_bracketed, read_conll, read_examples, score_ner

DATA = Path(__file__).parent / "data"


def test_bracketed_lines_become_text_and_spans():
    ex = parse_bracketed("Bộ trưởng [ORG Bộ Y tế] [PER Đào Hồng Lan] đến [LOC tỉnh Lào Cai].")
    assert ex.text == "Bộ trưởng Bộ Y tế Đào Hồng Lan đến tỉnh Lào Cai."
    assert [(ex.text[s:e], label) for s, e, label in ex.spans] == [
        ("Bộ Y tế", "ORG"), ("Đào Hồng Lan", "PER"), ("tỉnh Lào Cai", "LOC")]
    with pytest.raises(ValueError):
        parse_bracketed("[PER Tô Lâm")


def test_conll_columns_with_joined_syllables(tmp_path):
    path = tmp_path / "vlsp.txt"
    path.write_text("Ông\tN\tB-NP\tO\tO\nNguyễn_Văn_An\tNp\tB-NP\tB-PER\tO\nđến\tV\tB-VP\tO\tO\n"
                    "Hà_Nội\tNp\tB-NP\tB-LOC\tO\n.\tCH\tO\tO\tO\n\n"
                    "Bộ\tN\tB-NP\tB-ORG\tO\nY_tế\tN\tI-NP\tI-ORG\tO\n", encoding="utf-8")
    examples = list(read_conll(path))
    assert [e.text for e in examples] == ["Ông Nguyễn Văn An đến Hà Nội .", "Bộ Y tế"]
    assert [(examples[0].text[s:e], label) for s, e, label in examples[0].spans] == [
        ("Nguyễn Văn An", "PER"), ("Hà Nội", "LOC")]
    assert read_examples(path)[1].spans == [(0, 7, "ORG")]


def test_scores_count_exact_spans_only():
    nlp = kg.nlp.load("vi")
    gold = NerExample("Ông Phạm Minh Chính làm việc tại tỉnh Lào Cai.", [(4, 19, "PER"), (33, 45, "LOC")])
    wrong = NerExample(gold.text, [(4, 15, "PER")])  # a shorter span is a miss and a false positive
    assert score_ner(nlp, [gold]).prf()[2] == 1.0
    s = score_ner(nlp, [wrong])
    assert s.prf("PER")[:3] == (0.0, 0.0, 0.0)
    assert s.counts["LOC"]["fp"] == 1


def test_the_written_sets_are_well_formed():
    for name in ("ner_vi_dev.txt", "ner_vi_test.txt"):
        examples = read_examples(DATA / name)
        assert len(examples) > 150
        labels = {label for ex in examples for *_, label in ex.spans}
        assert labels == {"PER", "ORG", "LOC"}
        for ex in examples:
            for s, e, _ in ex.spans:
                assert ex.text[s:e] == ex.text[s:e].strip() != ""


@pytest.mark.parametrize("name, floor", [("ner_vi_dev.txt", 0.92), ("ner_vi_test.txt", 0.85)])
def test_vietnamese_news_ner_quality(name, floor):
    """The recogniser on news sentences of every domain (politics to sport), VLSP conventions.

    The test set is kept apart: rules were written looking at the dev set only.
    """
    score = score_ner(kg.nlp.load("vi"), read_examples(DATA / name))
    assert score.prf()[2] >= floor, score.prf()
    for label in ("PER", "ORG", "LOC"):
        assert score.prf(label)[2] >= floor - 0.1, (label, score.prf(label))


def test_cli_eval_ner(tmp_path):
    path = tmp_path / "set.txt"
    path.write_text("# two sentences\nÔng [PER Nguyễn Văn An] đến [LOC Hà Nội].\n"
                    "[ORG Bộ Y tế] họp.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval-ner", str(path), "-v"])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output and "1.000" in result.output
    bad = tmp_path / "bad.txt"
    bad.write_text("[PER Nguyễn Văn An\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval-ner", str(bad)])
    assert result.exit_code == 2 and "cannot read" in result.output
    result = CliRunner().invoke(app, ["eval-ner", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_enamex_lines_of_vlsp_2018(tmp_path):
    path = tmp_path / "vlsp2018.txt"
    path.write_text('Chủ tịch <ENAMEX TYPE="ORGANIZATION">UBND <ENAMEX TYPE="LOCATION">TP Hà Nội</ENAMEX>'
                    '</ENAMEX> <ENAMEX TYPE="PERSON">Trần Sỹ Thanh</ENAMEX> phát biểu.\n', encoding="utf-8")
    ex = read_examples(path)[0]
    assert ex.text == "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh phát biểu."
    assert [(ex.text[s:e], label) for s, e, label in ex.spans] == [("UBND TP Hà Nội", "ORG"),
                                                                   ("Trần Sỹ Thanh", "PER")]
    assert score_ner(kg.nlp.load("vi"), [ex]).prf()[2] == 1.0
