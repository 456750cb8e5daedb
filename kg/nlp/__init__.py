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
``kg_entities``   every mention the graph needs (PER, ORG, LOC, POLICY, EVENT, TOPIC,
                  DATE) on ``doc.spans["kg"]``; the flat named-entity view on
                  ``doc.ents`` (the same, except that an event naming a body or
                  place gives way to those names, as VLSP annotates them);
                  titles on ``doc.spans["titles"]``, nested names on ``doc.spans["nested"]``
``kg_denormalizer`` everything back on the raw text: ``doc.text`` is the text given, every
                  offset a raw offset, ``span._.kg_text`` the normalised surface

Nothing is downloaded: the segmenter and CRF ship inside the underthesea
package and the gazetteer ships in ``kg/data``.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.document import BODY_REF_SOURCE, SOURCE as LOCAL_BODY_SOURCE
from kg.nlp.recognize import Candidate, analyze_text
from kg.nlp.sentences import split_sentences
from kg.nlp.model import model_spans
from kg.nlp.pieces import bounded_pieces, line_pieces
from kg.nlp import normalize as _normalize  # noqa: F401  (registers kg_normalizer, kg_denormalizer)
from kg.nlp import tokenizer as _tokenizer  # noqa: F401  (registers the kg_words factory)
from kg.nlp.tokenizer import SyllableTokenizer, doc_text

SUPPORTED_LANGS = ("vi", "en")

CANDIDATES_KEY = "kg_candidates"


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
        starts = {s for s, _ in split_sentences(doc_text(doc))}
        # One array write: setting token.is_sent_start one token at a time makes
        # spaCy scan the whole doc each time (quadratic on long articles).
        flags = [1 if token.i == 0 or token.idx in starts else -1 for token in doc]
        if flags:
            doc.from_array([SENT_START], numpy.array(flags, dtype="int64").reshape(-1, 1).astype("uint64"))
        return doc

    return set_sentences


@Language.factory(
    "kg_entities",
    assigns=["doc.ents", "doc.spans"],
    requires=["token.is_sent_start", "doc.spans"],
    default_config={"use_crf": True, "use_model": True},
)
def make_entity_recognizer(nlp: Language, name: str, use_crf: bool, use_model: bool) -> Callable[[Doc], Doc]:
    """Set entities, titles and nested names from the gazetteer and rules.

    ``doc.user_data["published"]`` (ISO date, optional) anchors bare dates.
    With ``use_crf``, underthesea's CRF proposes extra PER names for
    Vietnamese text (names with no surname cue, e.g. foreign names). With
    ``use_model``, kg's own CRF (trained by ``kg train``, shipped in kg/data/models)
    does the same for both languages.
    """

    def recognize(doc: Doc) -> Doc:
        published = doc.user_data.get("published")
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        text = doc_text(doc)
        crf = (lambda lines: crf_person_spans(text, lines)) if use_crf and nlp.lang == "vi" else None
        words = [(w.start_char, w.end_char) for w in doc.spans.get("words", [])]
        # analyze_text keeps only model PER spans of two or more title-case syllables
        model = (lambda text: model_spans(text, nlp.lang, keep_line=has_capitalised_pair)) if use_model else None
        found = analyze_text(text, nlp.lang, published, sentences, crf, words, model)
        doc.spans["kg"] = _spans(doc, found.ents)
        doc.ents = _spans(doc, named_entity_view(found.ents, found.nested))
        doc.spans["titles"] = _spans(doc, found.titles)
        doc.spans["nested"] = _spans(doc, [c for c in found.nested if c.label in ("ORG", "LOC", "TOPIC", "POLICY")
                                           and any(k.start <= c.start and c.end <= k.end for k in found.ents)])
        return doc

    return recognize


def named_entity_view(ents: list[Candidate], nested: list[Candidate]) -> list[Candidate]:
    """``ents`` with every event that contains names replaced by those names.

    The knowledge graph needs "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng"
    as an event (``doc.spans["kg"]``); named-entity recognition, as VLSP scores
    it, needs the organisation inside it. ``doc.ents`` is that flat view.
    """
    out: list[Candidate] = []
    for c in ents:
        if c.source in (LOCAL_BODY_SOURCE, BODY_REF_SOURCE):
            continue  # "UBND tỉnh", "Ủy ban" read from context: references, not names as written
        if c.label != "EVENT":
            out.append(c)
            continue
        inside = sorted((n for n in nested if n.label in ("PER", "ORG", "LOC") and not n.ref
                         and c.start <= n.start and n.end <= c.end and (n.start, n.end) != (c.start, c.end)),
                        key=lambda n: (-(n.priority // 10), -n.length, n.start))
        chosen: list[Candidate] = []
        for n in inside:
            if not any(n.start < o.end and o.start < n.end for o in chosen):
                chosen.append(n)
        out.extend(sorted(chosen, key=lambda n: n.start) if chosen else [c])
    return out


def _spans(doc: Doc, cands: list[Candidate]) -> list[Span]:
    spans = []
    registry = doc.user_data.setdefault(CANDIDATES_KEY, {})
    for c in cands:
        span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="strict")
        if span is None:
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="contract")
        if span is None or not len(span):
            continue
        registry.setdefault((span.start_char, span.end_char, span.label_), c)
        spans.append(span)
    return spans


def has_capitalised_pair(line: str) -> bool:
    """Whether two neighbouring space-separated chunks could both belong to a capitalised name.

    A span of two or more syllables that all start with a capital ends one chunk
    (from a capital on) and starts the next one (with a capital). A line with no
    such pair cannot yield a name for :func:`crf_person_spans` or the model
    filter of ``kg_entities``, so the CRFs are not run on it.
    """
    chunks = line.split()
    return any(b[0].isupper() and any(ch.isupper() for ch in a) for a, b in zip(chunks, chunks[1:]))


def crf_person_spans(text: str, lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """PER spans from underthesea's bundled CRF (VLSP 2016 tags), aligned to ``text``.

    ``lines`` limits the work to those (start, end) character ranges.

    The CRF is good at names with no cue; it also tags titles and phrases,
    so only runs of capitalised syllables are kept. The tags are
    ``underthesea.ner``'s, computed by :mod:`kg.nlp.fastcrf` (same features, same
    models, several times faster).
    """
    from kg.nlp.fastcrf import ner

    out: list[tuple[int, int]] = []
    ranges = lines if lines is not None else [(0, len(text))]
    # Bounded pieces, not whole lines: the CRF's features cost grows much faster
    # than the length of the line it is given.
    pieces = [p for s, e in ranges for p in line_pieces(text, s, e)]
    for piece_start, piece_end in pieces:
        line = text[piece_start:piece_end]
        if not has_capitalised_pair(line):
            continue  # no run of two capitalised syllables: nothing the CRF says would be kept
        pos = 0
        current: tuple[int, int] | None = None
        for word, _pos, _chunk, tag in ner(line):
            idx = line.find(word, pos)
            if idx < 0:
                continue
            pos = idx + len(word)
            if tag in ("B-PER", "I-PER") and all(p[:1].isupper() for p in word.split()):
                if tag == "B-PER" or current is None:
                    if current:
                        out.append(current)
                    current = (piece_start + idx, piece_start + pos)
                else:
                    current = (current[0], piece_start + pos)
            elif current:
                out.append(current)
                current = None
        if current:
            out.append(current)
    return [(s, e) for s, e in out if len(text[s:e].split()) >= 2]


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
    nlp.add_pipe("kg_entities", config={"use_crf": use_crf})
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
