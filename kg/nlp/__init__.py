"""The spaCy pipeline for Vietnamese (and English) policy news.

``load()`` builds it; everything else imports it from here::

    >>> import kg.nlp
    >>> nlp = kg.nlp.load()
    >>> doc = kg.nlp.annotate(nlp, "Tổng Bí thư Tô Lâm dự Diễn đàn.", published="2025-01-15")
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Tô Lâm', 'PER'), ('Diễn đàn', 'EVENT')]

Pipeline (each a registered component that declares what it assigns):

``kg_normalizer`` the matching text (:mod:`kg.nlp.normalize`: NFC, tone marks put back on
                  their vowel in one placement convention, wrapped lines joined,
                  zero-width and non-breaking characters) when it differs from the raw text
``kg_sentences``  sentence starts that survive news punctuation and line breaks
``kg_words``      word segmentation (underthesea's CRF) as ``doc.spans["words"]``
``kg_gazetteer``  known names and titles from the shipped lexicon; starts the candidates
                  (``doc.user_data["kg_recognition"]``, read as ``doc._.kg_recognition``)
``kg_patterns``   dates and names built by rules: persons, bodies, policies, events, places
``kg_context``    names other names or the article reveal: units, lists, unexplained runs
``kg_statistical`` people proposed by underthesea's CRF (``use_crf``) and kg's own CRF
                  (``use_model``) where the rules explain nothing
``kg_span_resolver`` every mention the graph needs (PER, ORG, LOC, POLICY, EVENT, TOPIC,
                  DATE) on ``doc.spans["kg"]``; the flat named-entity view on
                  ``doc.ents`` (the same, except that an event naming a body or
                  place gives way to those names, as VLSP annotates them);
                  titles on ``doc.spans["titles"]``, nested names on ``doc.spans["nested"]``
``kg_denormalizer`` everything back on the raw text: ``doc.text`` is the text given, every
                  offset a raw offset, ``span._.kg_text`` the normalised surface

The recognisers themselves, the order they run in and the priorities that
settle overlaps are in :mod:`kg.nlp.recognizers`.

Nothing is downloaded: the segmenter and CRF ship inside the underthesea
package and the gazetteer ships in ``kg/data``.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.recognizers.candidates import Candidate
# importing the components registers kg_gazetteer … kg_span_resolver
from kg.nlp.recognizers.components import CANDIDATES_KEY, SUPPORTED_LANGS
from kg.nlp.recognizers.statistical import crf_person_spans  # noqa: F401  (kg.nlp.crf_person_spans)
from kg.nlp.sentences import split_sentences
from kg.nlp.pieces import bounded_pieces
from kg.nlp import normalize as _normalize  # noqa: F401  (registers kg_normalizer, kg_denormalizer)
from kg.nlp import tokenizer as _tokenizer  # noqa: F401  (registers the kg_words factory)
from kg.nlp.tokenizer import SyllableTokenizer, doc_text


def candidate(span: Span) -> Candidate | None:
    """What the recogniser knows about ``span`` (source, reference flag, gazetteer id, value)."""
    return span.doc.user_data.get(CANDIDATES_KEY, {}).get((span.start_char, span.end_char, span.label_))


def _getter(attr: str, default):
    def get(span: Span):
        c = candidate(span)
        value = getattr(c, attr) if c is not None else default
        return value if value is not None else default
    return get


# ``span._.kg_source`` etc. read the recogniser's candidate for that span.
for _name, _attr, _default in (("kg_source", "source", None), ("kg_ref", "ref", False),
                               ("kg_gid", "gid", None), ("kg_value", "value", None),
                               ("kg_meta", "meta", None)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_getter(_attr, _default))


@Language.factory("kg_sentences", assigns=["token.is_sent_start"])
def make_sentence_splitter(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Mark sentence starts with :func:`kg.nlp.sentences.split_sentences`."""

    def set_sentences(doc: Doc) -> Doc:
        starts = {s for s, _ in split_sentences(doc_text(doc), nlp.lang)}
        # One array write: setting token.is_sent_start one token at a time makes
        # spaCy scan the whole doc each time (quadratic on long articles).
        # (the tokens' offsets read from the doc's array: no Token object made per syllable)
        flags = [1 if i == 0 or idx in starts else -1 for i, idx in enumerate(doc.to_array(IDX).tolist())] \
            if len(doc) else []
        if flags:
            doc.from_array([SENT_START], numpy.array(flags, dtype="int64").reshape(-1, 1).astype("uint64"))
        return doc

    return set_sentences


@lru_cache(maxsize=4)
def load(lang: str = "vi", use_crf: bool = True) -> Language:
    """Build the kg pipeline for ``lang`` ("vi" or "en"); cached per process."""
    if lang not in SUPPORTED_LANGS:
        raise ValueError(f"unsupported language {lang!r}: kg reads {', '.join(SUPPORTED_LANGS)}")
    # spaCy's Vietnamese tokenizer would import pyvi; kg replaces it with its own
    # syllable tokenizer at once, so build the blank pipeline without pyvi.
    config = {"nlp": {"tokenizer": {"use_pyvi": False}}} if lang == "vi" else {}
    nlp = spacy.blank(lang, config=config)
    nlp.tokenizer = SyllableTokenizer(nlp.vocab)
    nlp.add_pipe("kg_normalizer")
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_words")
    nlp.add_pipe("kg_gazetteer")
    nlp.add_pipe("kg_patterns")
    nlp.add_pipe("kg_context")
    nlp.add_pipe("kg_statistical", config={"use_crf": use_crf})
    nlp.add_pipe("kg_span_resolver")
    nlp.add_pipe("kg_denormalizer")
    return nlp


# The longest text one spaCy call is given; a longer article is annotated in
# pieces (cut at paragraph, then sentence breaks) whose docs are joined again.
CHUNK_CHARS = 100_000


def annotate(nlp: Language, text: str, published: str | None = None) -> Doc:
    """Run ``nlp`` on ``text`` with ``published`` (ISO date) anchoring bare dates.

    Any length works: a text longer than ``CHUNK_CHARS`` (or ``nlp.max_length``)
    is annotated in pieces cut at paragraph or sentence breaks, and the pieces'
    docs are joined into one doc over the whole text, every offset kept.
    """
    limit = max(2, min(nlp.max_length, CHUNK_CHARS))
    if len(text) <= limit:
        return _annotate_piece(nlp, text, published)
    docs: list[Doc] = []
    registry: dict = {}
    for start, end in bounded_pieces(text, 0, len(text), limit):
        doc = _annotate_piece(nlp, text[start:end], published)
        for c in doc.user_data.get(CANDIDATES_KEY, {}).values():
            moved = replace(c, start=c.start + start, end=c.end + start)
            registry[(moved.start, moved.end, moved.label)] = moved
        doc.user_data.clear()  # joined below, with offsets moved
        docs.append(doc)
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    joined.user_data["published"] = published
    joined.user_data[CANDIDATES_KEY] = registry
    return joined


def _annotate_piece(nlp: Language, text: str, published: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc.user_data["published"] = published
    return nlp(doc)
