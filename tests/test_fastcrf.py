"""kg.nlp.fastcrf gives underthesea's own features and tags, only faster."""
from __future__ import annotations

import re
from pathlib import Path

from underthesea import ner as underthesea_ner
from underthesea.pipeline.ner.model_crf import CRFNERPredictor, TaggedTransformer

from kg.nlp import fastcrf
from kg.nlp.pieces import line_pieces

DATA = Path(__file__).parent / "data" / "ner_vi_dev.txt"

ODD = ["", " ", "A", "Ông  Putin  ca ngợi", "TP.HCM,  ngày 1/2", "Hà Nội", "((( )))", "1.000.000 đồng",
       "Tổng Bí thư Tô Lâm tiếp Tổng thống Donald Trump tại Nhà Trắng, Washington D.C."]


def dev_lines(n: int = 60) -> list[str]:
    """The first ``n`` sentences of the NER dev set, brackets removed, cut as kg cuts them."""
    lines = [re.sub(r"\[[A-Z]+ ([^\]]*)\]", r"\1", ln) for ln in DATA.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")][:n]
    text = "\n".join(lines)
    return [text[s:e] for s, e in line_pieces(text)]


def test_ner_tags_equal_underthesea():
    for piece in dev_lines() + ODD:
        assert fastcrf.ner(piece) == [tuple(row) for row in underthesea_ner(piece)], piece


def test_features_equal_underthesea_features():
    predictor = CRFNERPredictor.Instance()
    parsed = fastcrf.parse_template(predictor.transformer.template)
    assert parsed is not None
    for piece in dev_lines(20) + ODD:
        rows = [(w, "N", "B-NP", "X") for w in fastcrf.word_tokenize(piece)]
        assert fastcrf.sentence_features(rows, parsed) == predictor.transformer.transform([rows])[0][0], piece


def test_template_functions_match_on_odd_words():
    template = ["T[0].istitle", "T[0,1].istitle", "T[-1].lower", "T[0].isdigit", "T[-1,0]", "T[1,2]"]
    parsed = fastcrf.parse_template(template)
    for words in (["Hà  Nội", "x"], ["", "A"], ["Đà Nẵng", "TP"], ["12", "ab"], ["ǅ", " a"], ["Một"]):
        rows = [(w,) for w in words]
        assert fastcrf.sentence_features(rows, parsed) == TaggedTransformer(template).transform([rows])[0][0], words


def test_unknown_template_function_is_refused():
    assert fastcrf.parse_template(["T[0].is_in_dict"]) is None
    assert fastcrf.parse_template(["W[0]"]) is None


def test_skipping_lines_without_a_capitalised_pair_changes_no_crf_name(monkeypatch):
    """The CRFs are skipped on lines with no two neighbouring capitalised chunks: nothing is lost."""
    import kg.nlp
    from kg.nlp.recognizers import statistical

    pieces = dev_lines() + ODD + ["Ông Putin ca ngợi", "giá vàng tăng (Hà) mạnh", "A b C", "bà Merkel nói"]
    skipped = [p for p in pieces if not statistical.has_capitalised_pair(p)]
    assert len(skipped) >= 5
    text = "\n".join(pieces)
    with_skip = kg.nlp.crf_person_spans(text)
    monkeypatch.setattr(statistical, "has_capitalised_pair", lambda line: True)
    assert kg.nlp.crf_person_spans(text) == with_skip


def test_skipping_lines_keeps_every_model_name_the_recogniser_can_use():
    from kg.nlp.model import model_spans
    from kg.nlp.recognizers.statistical import has_capitalised_pair

    text = "\n".join(dev_lines() + ODD + ["Ông Putin ca ngợi", "giá vàng tăng (Hà) mạnh", "bà Merkel nói"])

    def usable(spans):  # what analyze_text keeps of the model: PER of two or more title-case syllables
        return [(s, e) for s, e, label in spans if label == "PER" and len(text[s:e].split()) >= 2
                and all(p[:1].isupper() and p[1:].islower() for p in text[s:e].split())]

    every_line = model_spans(text, "vi")
    assert usable(every_line)
    assert usable(model_spans(text, "vi", keep_line=has_capitalised_pair)) == usable(every_line)
