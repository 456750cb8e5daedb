"""The spaCy components of entity recognition, one per stage of :mod:`.stages`.

In pipeline order (``kg.nlp.load`` adds them after ``kg_words``)::

    kg_gazetteer      known names and titles from the lexicon; starts the candidates
    kg_patterns       dates and names built by rules from the text
    kg_context        names other names or the article reveal
    kg_statistical    people from underthesea's CRF (use_crf) and kg's own CRF (use_model)
    kg_span_resolver  doc.spans["kg"], doc.ents, doc.spans["titles"], doc.spans["nested"]

Between them the candidates live in ``doc.user_data["kg_recognition"]`` (a
:class:`~.stages.Recognition`, read as ``doc._.kg_recognition``): every
component but the first requires it, and ``kg_span_resolver`` removes it once
it has set the spans. After it, ``doc.user_data["kg_candidates"]`` maps each
span's (start, end, label) to the candidate behind it (``span._.kg_source`` …).
A component run out of order, or on a language kg does not read, raises
:class:`PipelineOrderError` or ``ValueError`` naming what to change.
"""
from __future__ import annotations

from typing import Callable

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.lexicon import load_lexicon
from kg.nlp.recognizers.ent_roles import entity_roles
from kg.nlp.recognizers.resolve import named_entity_view, resolve
from kg.nlp.recognizers.stages import AFTER, Recognition, final_candidates, run_stage, run_statistical
from kg.nlp.recognizers.statistical import crf_person_spans, has_capitalised_pair
from kg.nlp.tokenizer import doc_text, token_edges, word_chars

SUPPORTED_LANGS = ("vi", "en")
RECOGNITION_KEY = "kg_recognition"  # doc.user_data: the candidates between components
CANDIDATES_KEY = "kg_candidates"  # doc.user_data: (start, end, label) -> the candidate of a kept span
RECOGNITION_ATTR = f"doc._.{RECOGNITION_KEY}"

# The component that runs each stage, in pipeline order.
COMPONENT_OF_STAGE = {"gazetteer": "kg_gazetteer", "patterns": "kg_patterns", "context": "kg_context",
                      "statistical": "kg_statistical", "resolve": "kg_span_resolver"}
PIPELINE_ORDER = ", ".join(COMPONENT_OF_STAGE.values())

if not Doc.has_extension(RECOGNITION_KEY):
    Doc.set_extension(RECOGNITION_KEY, getter=lambda doc: doc.user_data.get(RECOGNITION_KEY))


class PipelineOrderError(ValueError):
    """A recognition component ran without the components it needs before it."""


def _check_lang(nlp: Language, name: str) -> None:
    if nlp.lang not in SUPPORTED_LANGS:
        raise ValueError(f"{name} reads {' or '.join(SUPPORTED_LANGS)} text; this pipeline's language "
                         f"is {nlp.lang!r}")


def _recognition(doc: Doc, name: str, stage: str) -> Recognition:
    """The candidates the earlier stages left, checked to be ready for ``stage``."""
    r = doc.user_data.get(RECOGNITION_KEY)
    need = AFTER[stage]
    if r is None:
        raise PipelineOrderError(f"{name} found no candidates: add kg_gazetteer and the components after "
                                 f"it up to {COMPONENT_OF_STAGE[need]} before it (the order is {PIPELINE_ORDER})")
    if stage in r.stages:
        raise PipelineOrderError(f"{name} ran twice on one doc: add it once (the order is {PIPELINE_ORDER})")
    if need not in r.stages:
        ran = ", ".join(COMPONENT_OF_STAGE[s] for s in r.stages)
        raise PipelineOrderError(f"{name} must come after {COMPONENT_OF_STAGE[need]}, but only {ran} ran "
                                 f"before it (the order is {PIPELINE_ORDER})")
    return r


@Language.factory("kg_gazetteer", assigns=[RECOGNITION_ATTR], requires=["token.is_sent_start", "doc.spans"])
def make_gazetteer(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Start the candidates of a doc with the names and titles the lexicon knows.

    Reads the sentences (``kg_sentences``), the segmented words
    (``doc.spans["words"]``, ``kg_words``; optional) and
    ``doc.user_data["published"]`` (ISO date, anchors bare dates later).
    """
    _check_lang(nlp, name)

    def gazetteer(doc: Doc) -> Doc:
        if RECOGNITION_KEY in doc.user_data:
            raise PipelineOrderError(f"{name} ran twice on one doc: add it once (the order is {PIPELINE_ORDER})")
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        words = word_chars(doc)
        r = Recognition.start(doc_text(doc), nlp.lang, doc.user_data.get("published"), sentences, words)
        run_stage(r, "gazetteer")
        doc.user_data[RECOGNITION_KEY] = r
        return doc

    return gazetteer


def _stage_component(nlp: Language, name: str, stage: str) -> Callable[[Doc], Doc]:
    _check_lang(nlp, name)

    def run(doc: Doc) -> Doc:
        run_stage(_recognition(doc, name, stage), stage)
        return doc

    return run


@Language.factory("kg_patterns", assigns=[RECOGNITION_ATTR], requires=[RECOGNITION_ATTR])
def make_patterns(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Add dates and the names rules build from the text (persons, bodies, policies, events, places)."""
    return _stage_component(nlp, name, "patterns")


@Language.factory("kg_context", assigns=[RECOGNITION_ATTR], requires=[RECOGNITION_ATTR])
def make_context(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Add the names that other names or the article as a whole reveal."""
    return _stage_component(nlp, name, "context")


@Language.factory("kg_statistical", assigns=[RECOGNITION_ATTR], requires=[RECOGNITION_ATTR],
                  default_config={"use_crf": True, "use_model": True})
def make_statistical(nlp: Language, name: str, use_crf: bool, use_model: bool) -> Callable[[Doc], Doc]:
    """Add people proposed by statistical taggers for what the rules leave unexplained.

    With ``use_crf``, underthesea's CRF proposes names for Vietnamese text
    (names with no surname cue, e.g. foreign names). With ``use_model``, kg's
    own CRF (trained by ``kg train``, shipped in kg/data/models) does the same
    for both languages.
    """
    _check_lang(nlp, name)  # spaCy itself rejects a config value that is not a bool
    from kg.nlp.model import model_spans

    def statistical(doc: Doc) -> Doc:
        r = _recognition(doc, name, "statistical")
        text = doc_text(doc)
        crf = (lambda lines: crf_person_spans(text, lines)) if use_crf and nlp.lang == "vi" else None
        # statistical_candidates keeps only model PER spans of two or more title-case syllables
        model = (lambda text: model_spans(text, nlp.lang, keep_line=has_capitalised_pair)) if use_model else None
        run_statistical(r, crf, model)
        return doc

    return statistical


@Language.factory("kg_span_resolver", assigns=["doc.ents", "doc.spans"], requires=[RECOGNITION_ATTR])
def make_span_resolver(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Pick the spans a doc keeps from all candidates and set them.

    ``doc.spans["kg"]``: every mention the graph needs; ``doc.ents``: the flat
    named-entity view (:func:`~.resolve.named_entity_view`); ``doc.spans["titles"]``;
    ``doc.spans["nested"]``: names inside a kept span.
    """
    _check_lang(nlp, name)

    def resolve_spans(doc: Doc) -> Doc:
        r = _recognition(doc, name, "resolve")
        found = resolve(r.text, final_candidates(r), r.dates, r.titles, load_lexicon(), sentence_starts(doc))
        del doc.user_data[RECOGNITION_KEY]
        edges = token_edges(doc)
        doc.spans["kg"] = _spans(doc, found.ents, edges)
        doc.ents = _spans(doc, entity_roles(r.text, named_entity_view(found.ents, found.nested), nlp.lang,
                                             load_lexicon()), edges)
        doc.spans["titles"] = _spans(doc, found.titles, edges)
        doc.spans["nested"] = _spans(doc, [c for c in found.nested if c.label in ("ORG", "LOC", "TOPIC", "POLICY")
                                           and any(k.start <= c.start and c.end <= k.end for k in found.ents)], edges)
        return doc

    return resolve_spans


def sentence_starts(doc: Doc) -> list[int]:
    """The character offsets where the sentences of ``doc`` after its first begin (sorted)."""
    if len(doc) < 2:
        return []
    rows = doc.to_array([SENT_START, IDX]).tolist()
    return [idx for flag, idx in rows[1:] if flag == 1]


def _spans(doc: Doc, cands: list[Candidate], edges: tuple[dict[int, int], dict[int, int]] | None = None) -> list[Span]:
    """``cands`` as spans of ``doc``, each recorded in the candidate registry.

    ``edges`` (:func:`kg.nlp.tokenizer.token_edges` of ``doc``): a candidate from a token's start
    to a later token's end is the span of those tokens, as ``doc.char_span(…, "strict")`` finds it.
    """
    spans = []
    registry = doc.user_data.setdefault(CANDIDATES_KEY, {})
    first, after = edges if edges is not None else ({}, {})
    for c in cands:
        i, j = first.get(c.start), after.get(c.end)
        if i is not None and j is not None and i < j:
            span = Span(doc, i, j, label=c.label)
        else:
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="strict")
        if span is None:
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="contract")
        if span is None or not len(span):
            continue
        registry.setdefault((span.start_char, span.end_char, span.label_), c)
        spans.append(span)
    return spans
