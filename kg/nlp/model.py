"""Tagging with kg's own NER model (a CRF over syllables; trained by :mod:`kg.train`).

The model file ships in ``kg/data/models/ner-{lang}.crfsuite``; this module
holds what training and tagging share: the syllable view, the features, BIO
decoding, and :func:`model_spans`, which the ``kg_statistical`` component calls.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from kg.nlp.lexicon import WORD_RE, load_lexicon
from kg.nlp.recognizers.words import foreign_word
from kg.textutil import fold_key, norm_key

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models"


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def line_features(words: list[tuple[int, int, str]], lang: str = "vi") -> list[list[str]]:
    """CRF features of every syllable of a line: its form and shape, gazetteer cues, and its
    neighbours' shapes and cues (only the nearest neighbours' forms, so the model learns name
    shapes rather than the training templates).

    Each syllable's facts (memoised) and the cue sets are looked up once per line.
    """
    n = len(words)
    forms = [w[2] for w in words]
    token = [_token_features(f, lang) for f in forms]  # (own, title_word, as -2, as -1, as +1, as +2)
    none: tuple[str, ...] = ()
    # each column: what syllable i gets from one source (built column by column, joined row by row)
    if lang == "vi":
        cue1 = [none] + [_cue_features(1, f) for f in forms[:-1]]
        cue2 = [none, none] + [_cue_features(2, f"{a} {b}") for a, b in zip(forms, forms[1:-1])]
    else:
        cue1 = cue2 = [none] * n
    title = [_TITLE_WORD if t[1] else none for t in token]
    left2 = [_PAD[-2]] * min(2, n) + [t[2] for t in token[:-2]]
    left1 = [_PAD[-1]] * min(1, n) + [t[3] for t in token[:-1]]
    right1 = [t[4] for t in token[1:]] + [_PAD[1]] * min(1, n)
    right2 = [t[5] for t in token[2:]] + [_PAD[2]] * min(2, n)
    return [[*t[0], *c1, *c2, *tw, *l2, *l1, *r1, *r2]
            for t, c1, c2, tw, l2, l1, r1, r2 in zip(token, cue1, cue2, title, left2, left1, right1, right2)]


_TITLE_WORD = ("title_word",)
_PAD = {off: (f"{off}:pad",) for off in (-2, -1, 1, 2)}


@lru_cache(maxsize=65536)
def _token_features(w: str, lang: str) -> tuple:
    """Everything a syllable contributes, looked up once: its own features, its title flag, and
    the features it gives a syllable when it stands at offset -2, -1, 1 or 2 from that one."""
    return (_own_features(w, lang), _word_facts(w, lang)[6],
            _neighbour_features(w, lang, -2), _neighbour_features(w, lang, -1),
            _neighbour_features(w, lang, 1), _neighbour_features(w, lang, 2))


@lru_cache(maxsize=65536)
def _own_features(w: str, lang: str) -> tuple[str, ...]:
    """The features a syllable gives itself, before the cues (memoised, as its facts are)."""
    key, f, shape, surname, gaz_first, foreign, _ = _word_facts(w, lang)
    feats = ["bias", "w=" + key, "suf3=" + f[-3:], "shape=" + shape]
    if surname:
        feats.append("surname")
    if gaz_first:
        feats.append("gaz_first")
    if lang == "vi" and foreign:
        feats.append("foreign")
    return tuple(feats)


@lru_cache(maxsize=65536)
def _cue_features(k: int, before: str) -> tuple[str, ...]:
    """"-k:place_head" … for the ``k`` syllables ``before`` a syllable (Vietnamese cue sets)."""
    key = norm_key(before)
    return tuple(f"-{k}:{name}" for name, cue in _cue_sets().items() if key in cue)


@lru_cache(maxsize=65536)
def _neighbour_features(w: str, lang: str, off: int) -> tuple[str, ...]:
    """The features syllable ``w`` gives the syllable ``off`` places from it."""
    o_key, _, o_shape, o_surname, _, _, o_title_word = _word_facts(w, lang)
    feats = [f"{off}:shape={o_shape}"]
    if off in (-1, 1):
        feats.append(f"{off}:w={o_key}")
    if o_surname:
        feats.append(f"{off}:surname")
    if o_title_word:
        feats.append(f"{off}:title_word")
    return tuple(feats)


@lru_cache(maxsize=65536)
def _word_facts(w: str, lang: str) -> tuple[str, str, str, bool, bool, bool, bool]:
    """What the features read of one syllable on its own (memoised: syllables recur).

    (norm key, fold key, shape, family name, first word of a gazetteer name,
    foreign-looking, part of a title).
    """
    lex = load_lexicon()
    key, f = norm_key(w), fold_key(w)
    return (key, f, _shape(w), lex.is_surname(w, folded=lang != "vi"), f in lex.first_words,
            lang == "vi" and _foreign(w), key in _title_words())


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if not w[:1].isalnum():
        return "p"
    if w.isupper() and len(w) > 1:
        return "A"
    if w[:1].isupper():
        return "Aa" if w[1:].islower() or len(w) == 1 else "aA"
    return "a"


def _foreign(w: str) -> bool:
    return foreign_word(w)


@lru_cache(maxsize=1)
def _cue_sets() -> dict[str, frozenset[str]]:
    from kg.nlp import patterns as P

    return {"place_head": frozenset(norm_key(h) for h in P.PLACE_HEADS_VI),
            "role": frozenset(norm_key(h) for h in P.PERSON_ROLES_VI + P.HONORIFICS_VI),
            "org_head": frozenset(norm_key(h) for h in P.ORG_HEADS_VI + P.LOCAL_BODY_HEADS_VI),
            "loc_cue": frozenset({"tại", "ở", "đến", "tới", "sang", "từ", "thăm"})}


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The words of the lexicon's titles (not of titles named by a portfolio: "Y tế", "Health" are fields)."""
    lex = load_lexicon()
    return frozenset(norm_key(part) for t in lex.titles if t not in lex.portfolio_titles for part in t.split())


def bio_tags(text: str, spans: tuple[tuple[int, int, str], ...]) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Syllables of ``text`` and their BIO tags."""
    words = _words(text)
    tags = []
    for s, e, _ in words:
        tag = "O"
        for a, b, label in spans:
            if a <= s and e <= b:
                tag = ("B-" if s == a else "I-") + label
                break
        tags.append(tag)
    return words, tags


def decode_bio(words: list[tuple[int, int, str]], tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    cur: list | None = None
    for (s, e, _), tag in zip(words, tags):
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
            if cur:
                spans.append(tuple(cur))
            cur = [s, e, tag[2:]]
        elif tag.startswith("I-") and cur:
            cur[1] = e
        else:
            if cur:
                spans.append(tuple(cur))
            cur = None
    if cur:
        spans.append(tuple(cur))
    return spans


@lru_cache(maxsize=4)
def _tagger(lang: str):
    path = MODEL_DIR / f"ner-{lang}.crfsuite"
    if not path.exists():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def model_spans(text: str, lang: str, keep_line: Callable[[str], bool] | None = None) -> list[tuple[int, int, str]]:
    """PER / ORG / LOC spans the shipped model finds in ``text`` (none if no model).

    ``keep_line`` skips the lines it rejects (tagged one line at a time, a
    line's spans do not depend on the others).
    """
    tagger = _tagger(lang)
    if tagger is None:
        return []
    out: list[tuple[int, int, str]] = []
    for line in re.finditer(r"[^\n]+", text):
        if keep_line is not None and not keep_line(line.group()):
            continue
        at = line.start()
        out += [(s + at, e + at, label) for s, e, label in _line_spans(line.group(), lang)]
    return out


@lru_cache(maxsize=4096)
def _line_spans(line: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """The model's spans in one line, offsets in the line (memoised: news repeats standing lines;
    the tags depend on the line's syllables alone)."""
    words = _words(line)
    if not words:
        return ()
    return tuple(decode_bio(words, _tagger(lang).tag(line_features(words, lang))))
