"""kg.nlp.fastws makes underthesea's word-segmentation features, and so its words, only faster."""
from __future__ import annotations

import re

import pytest
from underthesea import word_tokenize as underthesea_word_tokenize

from kg.nlp import fastcrf, fastws
from tests.test_fastcrf import ODD, dev_lines


def _featurizer():
    import underthesea.pipeline.word_tokenize as wt

    underthesea_word_tokenize("Xin chào")
    return wt.word_tokenize_model.featurizer


def _safe_chars() -> list[str]:
    ranges = re.findall(r"(.)-(.)", fastws.SAFE_CHARS)
    return [chr(c) for a, b in ranges for c in range(ord(a), ord(b) + 1)]


def test_features_equal_the_featurizers_on_real_lines():
    featurizer = _featurizer()
    _, dictionary = fastws._model()
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    for piece in dev_lines(60) + ODD:
        tokens = tokenize(piece, use_token_normalize=True, fixed_words=[])
        if tokens:
            assert fastws.features(list(tokens), dictionary) == featurizer.process([[[t] for t in tokens]])[0], piece


@pytest.mark.parametrize("shape", ["{c}", "{c}a", "a{c}", "{c}{c}", "{c}1", "1{c}"])
def test_features_equal_the_featurizers_for_every_accepted_character(shape):
    """Case, digit, title and dictionary tests agree on every character the fast path accepts,
    alone and next to others (tokens in runs of 40, so n-grams mix them too)."""
    featurizer = _featurizer()
    _, dictionary = fastws._model()
    tokens = [shape.format(c=c) for c in _safe_chars()]
    tokens = [t for t in tokens if not fastws._blank_part(t)]  # (the featurizer fails on those)
    tokens += ["Hà Nội", "hà nội", "10/5/2025", "2025", "A B", "a B",  # spaces inside
               "+1", "-0", "1.5", "2147483647", "2147483648", "-2147483648", "-2147483649", "007"]  # integers
    for i in range(0, len(tokens), 40):
        chunk = tokens[i:i + 40]
        assert fastws.features(chunk, dictionary) == featurizer.process([[[t] for t in chunk]])[0], chunk


def test_words_equal_underthesea():
    for piece in dev_lines(60) + ODD + ["Ông Nguyễn Văn A, 45 tuổi, nói: “Tôi rất vui” — ngày 1/2/2025."]:
        words = fastws.word_tokenize(piece)
        assert words is None or words == underthesea_word_tokenize(piece), piece
        assert list(fastcrf.word_tokenize(piece)) == underthesea_word_tokenize(piece), piece


def test_other_scripts_take_underthesea_s_own_path():
    for piece in ["Ελλάδα và Việt Nam", "½ số phiếu", "北京 và Hà Nội"]:
        assert fastws.word_tokenize(piece) is None
        assert list(fastcrf.word_tokenize(piece)) == underthesea_word_tokenize(piece)
    assert fastws.word_tokenize("Hà Nội") is not None


def test_any_blank_part_is_the_per_token_test() -> None:
    import itertools

    from kg.nlp.fastws import _any_blank_part, _blank_part
    parts = ["a", "", " ", "a b", " a", "a ", "a  b", "  ", "Hà Nội"]
    for tokens in itertools.product(parts, repeat=3):
        assert _any_blank_part(list(tokens)) == any(_blank_part(t) for t in tokens)
