"""Recognition as several spaCy components (kg.nlp.recognizers): order, declarations, misuse."""
from __future__ import annotations

import pytest
import spacy
from spacy.util import ConfigValidationError

import kg.nlp
from kg.nlp.model import model_spans
from kg.nlp.recognizers.components import RECOGNITION_KEY, PipelineOrderError
from kg.nlp.recognizers.stages import STAGES, analyze_text
from kg.nlp.tokenizer import SyllableTokenizer

RECOGNITION = ["kg_gazetteer", "kg_patterns", "kg_context", "kg_statistical", "kg_span_resolver"]
TEXT = "Sáng 15/1, Tổng Bí thư Tô Lâm dự Diễn đàn Kinh tế tại Hà Nội cùng ông Kylian Mbappé."


def blank(lang: str = "vi", *pipes: str, **configs):
    """A pipeline with kg's tokenizer, sentences, words and then ``pipes``."""
    nlp = spacy.blank(lang, config={"nlp": {"tokenizer": {"use_pyvi": False}}} if lang == "vi" else {})
    nlp.tokenizer = SyllableTokenizer(nlp.vocab)
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_words")
    for pipe in pipes:
        nlp.add_pipe(pipe, config=configs.get(pipe, {}))
    return nlp


def spans(doc, key="kg"):
    return [(s.start_char, s.end_char, s.label_, s._.kg_source) for s in doc.spans[key]]


def test_load_runs_the_recognition_components_in_order():
    nlp = kg.nlp.load("vi")
    assert nlp.pipe_names == ["kg_normalizer", "kg_sentences", "kg_words", *RECOGNITION, "kg_denormalizer"]
    assert all(problems == [] for problems in nlp.analyze_pipes()["problems"].values())


@pytest.mark.parametrize("name", RECOGNITION)
def test_every_component_declares_what_it_assigns_and_requires(name):
    meta = kg.nlp.load("vi").get_pipe_meta(name)
    assert meta.assigns
    assert meta.requires
    if name != "kg_gazetteer":
        assert "doc._.kg_recognition" in meta.requires  # the candidates of the components before it


def test_the_resolver_sets_every_span_group_and_drops_the_candidates():
    doc = kg.nlp.annotate(kg.nlp.load("vi"), TEXT, published="2025-01-20")
    assert ("Tô Lâm", "PER") in [(e.text, e.label_) for e in doc.ents]
    assert [t.text for t in doc.spans["titles"]] == ["Tổng Bí thư"]
    assert any(s.label_ == "DATE" and s._.kg_value == "2025-01-15" for s in doc.spans["kg"])
    assert RECOGNITION_KEY not in doc.user_data


def test_candidates_pass_between_components_in_the_doc():
    nlp = blank("vi", "kg_gazetteer", "kg_patterns", "kg_context")
    doc = nlp(TEXT)
    r = doc._.kg_recognition
    assert r is doc.user_data[RECOGNITION_KEY]
    assert r.stages == ["gazetteer", "patterns", "context"]
    assert {"gazetteer", "surname"} <= {c.source for c in r.cands}
    assert [TEXT[t.start:t.end] for t in r.titles] == ["Tổng Bí thư"]
    assert not doc.spans.get("kg")  # nothing is resolved yet


def test_the_statistical_component_is_configurable():
    text = "Kylian Mbappé và Vinicius Junior cùng lập công trong chiến thắng 3-0 của Real Madrid."
    on = blank("vi", "kg_gazetteer", "kg_patterns", "kg_context", "kg_statistical", "kg_span_resolver")
    off = blank("vi", "kg_gazetteer", "kg_patterns", "kg_context", "kg_statistical", "kg_span_resolver",
                kg_statistical={"use_crf": False, "use_model": False})
    assert (0, 13, "PER", "model") in spans(on(text))
    assert not {"model", "crf"} & {source for *_, source in spans(off(text))}
    without = blank("vi", "kg_gazetteer", "kg_patterns", "kg_context", "kg_span_resolver")
    assert spans(without(text)) == spans(off(text))  # the statistical stage is optional


def test_the_resolver_alone_says_what_is_missing():
    nlp = blank("vi", "kg_span_resolver")
    with pytest.raises(PipelineOrderError, match="kg_span_resolver found no candidates: add kg_gazetteer"):
        nlp(TEXT)
    assert nlp.analyze_pipes()["problems"]["kg_span_resolver"] == ["doc._.kg_recognition"]


def test_a_skipped_component_is_named():
    nlp = blank("vi", "kg_gazetteer", "kg_context")
    with pytest.raises(PipelineOrderError, match="kg_context must come after kg_patterns, but only kg_gazetteer ran"):
        nlp(TEXT)


def test_a_component_added_twice_is_refused():
    nlp = blank("vi", "kg_gazetteer", "kg_patterns")
    nlp.add_pipe("kg_patterns", name="kg_patterns_again")
    with pytest.raises(PipelineOrderError, match="kg_patterns_again ran twice"):
        nlp(TEXT)


def test_statistical_after_the_resolver_is_refused():
    nlp = blank("vi", "kg_gazetteer", "kg_patterns", "kg_context", "kg_span_resolver", "kg_statistical")
    with pytest.raises(PipelineOrderError, match="kg_statistical found no candidates"):
        nlp(TEXT)


def test_unknown_or_wrong_config_values_are_refused():
    nlp = blank("vi")
    with pytest.raises(ConfigValidationError, match="use_crfs"):
        nlp.add_pipe("kg_statistical", config={"use_crfs": False})
    with pytest.raises(ConfigValidationError, match="use_model"):
        nlp.add_pipe("kg_statistical", config={"use_model": "sometimes"})
    with pytest.raises(ConfigValidationError, match="unexpected argument"):
        nlp.add_pipe("kg_span_resolver", config={"prefer": "longest"})


@pytest.mark.parametrize("name", RECOGNITION)
def test_a_language_kg_does_not_read_is_refused(name):
    with pytest.raises(ValueError, match=f"{name} reads vi or en text; this pipeline's language is 'fr'"):
        spacy.blank("fr").add_pipe(name)


def test_stage_steps_are_named_once_and_tagged_by_language():
    names = [step.name for steps in STAGES.values() for step in steps]
    assert len(names) == len(set(names))
    langs = {step.name: step for steps in STAGES.values() for step in steps}
    assert langs["place-heads"].reads("vi") and not langs["place-heads"].reads("en")
    assert langs["events-en"].reads("en") and not langs["events-en"].reads("vi")
    assert langs["gazetteer"].reads("vi") and langs["gazetteer"].reads("en")


@pytest.mark.parametrize("lang, text", [
    ("vi", TEXT),
    ("en", "On January 15, General Secretary To Lam attended the Vietnam Economic Forum in Hanoi "
           "with Mr Kylian Mbappe of Real Madrid."),
])
def test_analyze_text_and_the_pipeline_agree(lang, text):
    nlp = kg.nlp.load(lang, use_crf=False)
    doc = kg.nlp.annotate(nlp, text, published="2025-01-20")
    found = analyze_text(text, lang, "2025-01-20", [(s.start_char, s.end_char) for s in doc.sents],
                         None, [(w.start_char, w.end_char) for w in doc.spans["words"]],
                         lambda t: model_spans(t, lang))
    assert spans(doc) == [(c.start, c.end, c.label, c.source) for c in found.ents]
    assert [(t.start_char, t.end_char) for t in doc.spans["titles"]] == [(t.start, t.end) for t in found.titles]


@pytest.mark.parametrize("text, place", [
    ("Phan Thiết đón hơn hai triệu lượt khách trong năm nay.", "Phan Thiết"),
    ("Lý Sơn thiếu nước ngọt vào mùa khô.", "Lý Sơn"),
    ("Sáng nay, Hà Tiên khai mạc tuần lễ văn hóa.", "Hà Tiên"),
])
def test_a_town_whose_first_word_is_a_family_name_is_a_place(text, place):
    # "Phan", "Lý", "Hà" are family names: without the town in the gazetteer these read as persons
    doc = kg.nlp.load("vi")(text)
    assert (place, "LOC") in [(e.text, e.label_) for e in doc.ents]
    assert not [e for e in doc.ents if e.label_ == "PER"]
