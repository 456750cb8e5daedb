"""underthesea's bundled CRF taggers (word segmentation, POS, chunking, NER), run cheaply.

``underthesea.ner(line)`` segments the line, then tags POS, chunks and NER
with three CRF models. The models are fast (Rust); the Python that turns each
token into its template features is not: for every token and every template
entry it rebuilds the sentence's columns and re-parses the template string,
so one 40-word line costs ~30 ms, and that cost grows with the square of the
line's length. Here each template is parsed once and the features of a line
are made in one pass, **the same feature strings** (``tests/test_fastcrf.py``
compares them, and the tags, with underthesea's own on real lines), so the
tags are the same too.

Word segmentation is cached per piece of text: kg segments every line for
``doc.spans["words"]`` and the NER needs the same segmentation of the lines it
tags, and news repeats lines (bylines, standing notes) across articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

_TEMPLATE_RE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\[(.*)\])?(?:\.(.*))?")


def _istitle(word: str) -> bool:
    """Every space-separated part starts with a title-case letter (False for an empty part)."""
    if not word:
        return False
    for part in word.split(" "):
        if not part or not part[0].istitle():
            return False
    return True


def _isallcap(word: str) -> bool:
    return all(ch.istitle() for ch in word)


# Functions a template may apply to its value; their results are written with str().
_FUNCTIONS: dict[str, Callable[[str], object]] = {
    "lower": str.lower,
    "istitle": _istitle,
    "isallcap": _isallcap,
    "isdigit": lambda w: str(w.isdigit()),
}


@dataclass(frozen=True)
class Feature:
    """One parsed template entry such as ``T[-1,0][1]`` or ``T[0].istitle``."""

    prefix: str  # the entry itself and "="
    first: int
    last: int | None  # a range of rows when given
    column: int
    func: Callable[[str], object] | None


def parse_template(template: list[str]) -> list[Feature] | None:
    """The parsed entries, or None when one uses something this module does not know."""
    out: list[Feature] = []
    for entry in template:
        m = _TEMPLATE_RE.match(entry)
        if m is None:
            return None
        first, last, column, func = m.groups()
        if func is not None and func not in _FUNCTIONS:
            return None
        out.append(Feature(f"{entry}=", int(first), int(last) if last is not None else None,
                           int(column) if column else 0, _FUNCTIONS[func] if func else None))
    return out


def sentence_features(rows: list[tuple[str, ...]], features: list[Feature]) -> list[list[str]]:
    """Feature strings of every row (token) of a sentence, in template order.

    Made column by column: each template entry's values are one slice of a list
    computed once per (column, n-gram width, function), padded with "BOS" before
    the sentence and "EOS" past its end, as the row-by-row reading gives them
    (``tests/test_speed_equivalence.py`` compares the two).
    """
    n = len(rows)
    if not n:
        return []
    if any(f.last is not None and f.last < f.first for f in features):
        return _row_features(rows, features)  # pragma: no cover - no shipped template has one
    columns = list(zip(*rows))
    values: dict[tuple[int, int, object], list[str]] = {}
    out_columns: list[list[str]] = []
    for f in features:
        width = 0 if f.last is None else f.last - f.first
        key = (f.column, width, f.func)
        vals = values.get(key)
        if vals is None:
            col = columns[f.column]
            grams = list(col) if not width else [" ".join(col[a:a + width + 1]) for a in range(n - width)]
            vals = values[key] = grams if f.func is None else [str(f.func(v)) for v in grams]
        prefix = f.prefix
        bos = min(n, max(0, -f.first))  # rows before the sentence's start
        valid_end = max(bos, min(n, n - width - f.first))  # rows whose n-gram ends inside the sentence
        out_columns.append([prefix + "BOS"] * bos + [prefix + v for v in vals[bos + f.first:valid_end + f.first]]
                           + [prefix + "EOS"] * (n - valid_end))
    return [list(row) for row in zip(*out_columns)]


def _row_features(rows: list[tuple[str, ...]], features: list[Feature]) -> list[list[str]]:
    """:func:`sentence_features` row by row, entry by entry (the reference it replaced)."""
    n = len(rows)
    columns = list(zip(*rows)) if rows else []
    out: list[list[str]] = []
    for i in range(n):
        feats: list[str] = []
        for f in features:
            a = i + f.first
            if a < 0:
                feats.append(f.prefix + "BOS")
                continue
            if a >= n or (f.last is not None and i + f.last >= n):
                feats.append(f.prefix + "EOS")
                continue
            col = columns[f.column]
            value = " ".join(col[a:i + f.last + 1]) if f.last is not None else col[a]
            feats.append(f.prefix + (value if f.func is None else str(f.func(value))))
        out.append(feats)
    return out


@lru_cache(maxsize=8192)
def word_tokenize(piece: str) -> tuple[str, ...]:
    """underthesea's word segmentation of ``piece`` (cached: kg and the NER both need it).

    Its features are made by :mod:`kg.nlp.fastws` (the same strings, faster) when it can.
    """
    from kg.nlp.fastws import word_tokenize as fast_segment

    words = fast_segment(piece)
    if words is None:
        from underthesea import word_tokenize as segment

        words = segment(piece)
    return tuple(words)


@dataclass
class _Tagger:
    tag: Callable[[list[list[str]]], list[str]]
    features: list[Feature]


@lru_cache(maxsize=1)
def _taggers() -> tuple[_Tagger, _Tagger, _Tagger] | None:
    """underthesea's POS, chunking and NER models with their parsed templates (None if unusable)."""
    try:
        from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
        from underthesea.pipeline.ner.model_crf import CRFNERPredictor
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
    except ImportError:  # pragma: no cover - another underthesea layout
        return None
    out = []
    for predictor in (CRFPOSTagPredictor, CRFChunkingPredictor, CRFNERPredictor):
        inst = predictor.Instance()
        model = getattr(inst, "model", None)
        template = getattr(getattr(inst, "transformer", None), "template", None)
        parsed = parse_template(template) if isinstance(template, list) else None
        if model is None or parsed is None:  # pragma: no cover - another underthesea version
            return None
        out.append(_Tagger(model.tag, parsed))
    return out[0], out[1], out[2]


def ner(piece: str) -> list[tuple[str, str, str, str]]:
    """``underthesea.ner(piece)``: (word, POS, chunk, NER tag) per word, with the same tags
    (memoised per piece, like the segmentation: news repeats standing lines)."""
    return list(_ner(piece))


@lru_cache(maxsize=4096)
def _ner(piece: str) -> tuple[tuple[str, str, str, str], ...]:
    return tuple(_tag_piece(piece))


def _tag_piece(piece: str) -> list[tuple[str, str, str, str]]:
    taggers = _taggers()
    if taggers is None:  # pragma: no cover - fall back to underthesea's own pipeline
        from underthesea import ner as slow_ner

        return slow_ner(piece)
    pos, chunk, named = taggers
    words = word_tokenize(piece)
    if not words:
        return []
    pos_tags = pos.tag(sentence_features([(w, "X") for w in words], pos.features))
    chunk_tags = chunk.tag(sentence_features([(w, p, "X") for w, p in zip(words, pos_tags)], chunk.features))
    rows = [(w, p, c, "X") for w, p, c in zip(words, pos_tags, chunk_tags)]
    ner_tags = named.tag(sentence_features(rows, named.features))
    return [(w, p, c, t) for (w, p, c, _), t in zip(rows, ner_tags)]
