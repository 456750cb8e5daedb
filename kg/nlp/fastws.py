"""underthesea's word segmentation with its features made in Python, column by column.

``underthesea.word_tokenize(piece)`` cuts the piece into syllable tokens
(Python), turns every token into 43 feature strings with its Rust
``CRFFeaturizer`` and tags them with its Rust CRF. The featurizer is most of
the cost (about 9 ms of CPU per 3 KB article here, most of it handing 30,000
strings to Python); building the same strings with list comprehensions over
the shifted token columns takes about 60 % of that. The strings are **the
same** (``tests/test_fastws.py`` compares them with the featurizer's on real
articles and on every character this module accepts), so the tags, and the
words, are the same too.

Only pieces whose tokens use characters of the checked set (ASCII, Latin with
diacritics, Vietnamese, general punctuation) take this path; anything else
(another script, combining marks, digits like "½") goes through underthesea's
own featurizer, as does any model whose feature template is not the one below.
"""
from __future__ import annotations

import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

# The feature template of underthesea's word segmentation model, in its order.
TEMPLATE = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,0]", "T[-1,1]", "T[0,2]",
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[-2,-1].lower", "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower",
    "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit",
    "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle",
    "T[0,1].istitle", "T[0,2].istitle",
    "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict", "T[1].is_in_dict", "T[2].is_in_dict",
    "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict", "T[1,2].is_in_dict",
    "T[-2,0].is_in_dict", "T[-1,1].is_in_dict", "T[0,2].is_in_dict",
)

# Characters whose case, digit and title tests are checked to agree with the featurizer's.
# ("ƛ", U+019B, is left out: it has a capital in the featurizer's Unicode version, not in Python 3.11's.)
SAFE_CHARS = "\x00-\x7f\u00c0-\u019a\u019c-\u024f\u1e00-\u1eff\u2000-\u206f"
_SAFE = re.compile(f"[{SAFE_CHARS}]*")


def _title(value: str) -> str:
    """The featurizer's ``istitle``: every space-separated part starts with a character that upper
    case leaves as it is ("Hà", "10/5", "," but not "hà"; a letter with no capital, like "ĸ", too)."""
    for part in value.split(" "):
        if not part or part[0].upper() != part[0]:
            return "False"
    return "True"


_INT = re.compile(r"[+-]?[0-9]+")


def _digit(token: str) -> str:
    """The featurizer's ``isdigit``: the token reads as a 32-bit integer ("2025", "-1", "+0"; not "1.5")."""
    return str(_INT.fullmatch(token) is not None and -2**31 <= int(token) < 2**31)


def _blank_part(token: str) -> bool:
    """An empty token, or one with an empty space-separated part: the featurizer fails on it, so
    underthesea's own path is taken (and fails the same way)."""
    return not token or "" in token.split(" ")


def _any_blank_part(tokens: list[str]) -> bool:
    """``any(_blank_part(t) for t in tokens)`` for tokens of ``SAFE_CHARS``, in four scans of one string: the tokens
    joined and closed by U+FFFF (no safe character), an empty part is two marks together, a mark and a space, or
    two spaces."""
    joined = "\uffff" + "\uffff".join(tokens) + "\uffff"
    return "\uffff\uffff" in joined or "\uffff " in joined or " \uffff" in joined or "  " in joined


def features(tokens: list[str], dictionary: frozenset[str] | set[str],
             known: "Known | None" = None) -> list[list[str]]:
    """The featurizer's 43 strings per token (``TEMPLATE`` order) for one non-empty piece.

    With ``known`` (:func:`_known`: what the tagger's model knows), a string the model has no
    weight for is an empty string instead (it is not made, and the tagger reads less).
    """
    n = len(tokens)
    low = [t.lower() for t in tokens]
    # Each column padded so that index p + 2 holds the value for the token (or the n-gram
    # starting) at p: "BOS" before the piece, "EOS" where the n-gram runs past its end.
    bos, eos = ["BOS", "BOS"], ["EOS"] * 4
    uni = bos + tokens + eos
    uni_low = bos + low + eos
    digit = bos + [_digit(t) if t[:1] in _DIGIT_START else "False" for t in tokens] + eos
    bi = [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]
    bi_low = [f"{a} {b}" for a, b in zip(low, low[1:])]
    tri = [f"{a} {b}" for a, b in zip(bi, tokens[2:])]
    tri_low = [f"{a} {b}" for a, b in zip(bi_low, low[2:])]
    if all(tokens) and " " not in "".join(tokens):
        # one part per token: an n-gram is title-like when each of its tokens is
        up = [t[0].upper() == t[0] for t in tokens]
        title = bos + [_BOOL[u] for u in up] + eos
        big_title = bos + [_BOOL[a and b] for a, b in zip(up, up[1:])] + eos
        trig_title = bos + [_BOOL[a and b and c] for a, b, c in zip(up, up[1:], up[2:])] + eos
    else:
        title = bos + [_title(t) for t in tokens] + eos
        big_title = bos + [_title(v) for v in bi] + eos
        trig_title = bos + [_title(v) for v in tri] + eos
    contains = dictionary.__contains__
    in_dict = bos + [_BOOL[v] for v in map(contains, low)] + eos
    big = bos + bi + eos
    big_low = bos + bi_low + eos
    big_dict = bos + [_BOOL[v] for v in map(contains, bi_low)] + eos
    trig = bos + tri + eos
    trig_dict = bos + [_BOOL[v] for v in map(contains, tri_low)] + eos

    def col(name: str, values: list[str], shift: int) -> list[str]:
        if known is None or "," not in name:  # (a syllable's own value is known more often than not)
            return list(map((name + "=").__add__, values[shift + 2:shift + 2 + n]))
        prefix, weighed = name + "=", known.values[name]  # n-grams: most are unknown
        return [prefix + v if v in weighed else "" for v in values[shift + 2:shift + 2 + n]]

    def flag(name: str, values: list[str], shift: int) -> list[str]:
        table = _FLAGS[name] if known is None else known.flags[name]
        return list(map(table.__getitem__, values[shift + 2:shift + 2 + n]))

    columns = [
        col("T[-2]", uni, -2), col("T[-1]", uni, -1), col("T[0]", uni, 0), col("T[1]", uni, 1), col("T[2]", uni, 2),
        col("T[-2,-1]", big, -2), col("T[-1,0]", big, -1), col("T[0,1]", big, 0), col("T[1,2]", big, 1),
        col("T[-2,0]", trig, -2), col("T[-1,1]", trig, -1), col("T[0,2]", trig, 0),
        col("T[-2].lower", uni_low, -2), col("T[-1].lower", uni_low, -1), col("T[0].lower", uni_low, 0),
        col("T[1].lower", uni_low, 1), col("T[2].lower", uni_low, 2),
        col("T[-2,-1].lower", big_low, -2), col("T[-1,0].lower", big_low, -1),
        col("T[0,1].lower", big_low, 0), col("T[1,2].lower", big_low, 1),
        flag("T[-1].isdigit", digit, -1), flag("T[0].isdigit", digit, 0), flag("T[1].isdigit", digit, 1),
        flag("T[-2].istitle", title, -2), flag("T[-1].istitle", title, -1), flag("T[0].istitle", title, 0),
        flag("T[1].istitle", title, 1), flag("T[2].istitle", title, 2),
        flag("T[0,1].istitle", big_title, 0), flag("T[0,2].istitle", trig_title, 0),
        flag("T[-2].is_in_dict", in_dict, -2), flag("T[-1].is_in_dict", in_dict, -1),
        flag("T[0].is_in_dict", in_dict, 0), flag("T[1].is_in_dict", in_dict, 1), flag("T[2].is_in_dict", in_dict, 2),
        flag("T[-2,-1].is_in_dict", big_dict, -2), flag("T[-1,0].is_in_dict", big_dict, -1),
        flag("T[0,1].is_in_dict", big_dict, 0), flag("T[1,2].is_in_dict", big_dict, 1),
        flag("T[-2,0].is_in_dict", trig_dict, -2), flag("T[-1,1].is_in_dict", trig_dict, -1),
        flag("T[0,2].is_in_dict", trig_dict, 0),
    ]
    return list(map(list, zip(*columns)))


_BOOL = {True: "True", False: "False"}
_DIGIT_START = frozenset("+-0123456789")  # what _INT's match must start with


# A flag column's four possible strings made once ("T[0].istitle=True"): its values are only these.
_FLAGS = {name: {v: f"{name}={v}" for v in ("True", "False", "BOS", "EOS")}
          for name in TEMPLATE if name.endswith((".isdigit", ".istitle", ".is_in_dict"))}


@dataclass(frozen=True)
class Known:
    """What the segmentation model has weights for, by template entry: the values of each
    entry it knows, and each flag entry's four strings ("" for those it does not know)."""

    values: dict[str, frozenset[str]]
    flags: dict[str, dict[str, str]]


@lru_cache(maxsize=1)
def _known() -> Known | None:
    """:class:`Known` of the shipped segmentation model (None when its file cannot be read, or when
    the tags of a test line differ with and without the unknown strings left out: then every
    string is passed, as underthesea does)."""
    import underthesea.pipeline.word_tokenize as wt

    from kg.nlp.crfattrs import model_attributes

    model = _model()
    attrs = model_attributes(Path(wt.__file__).parent / "models" / "ws_crf_vlsp2013_20230727" / "models.bin")
    if model is None or not attrs or "" in attrs:
        return None  # pragma: no cover - another underthesea version
    values: dict[str, set[str]] = {name: set() for name in TEMPLATE}
    for attr in attrs:
        name, eq, value = attr.partition("=")
        if eq and name in values:
            values[name].add(value)
    known = Known({k: frozenset(v) for k, v in values.items()},
                  {name: {v: (s if s in attrs else "") for v, s in table.items()} for name, table in _FLAGS.items()})
    tag, dictionary = model
    probe = "Thủ tướng Phạm Minh Chính dự Hội nghị tại TP.HCM ngày 12/6/2025, 1.000 người tham gia.".split()
    if tag(features(probe, dictionary, known)) != tag(features(probe, dictionary)):
        return None  # pragma: no cover - a tagger that reads unknown strings after all
    return known


@lru_cache(maxsize=1)
def _model() -> tuple[Callable[[list[list[str]]], list[str]], frozenset[str]] | None:
    """underthesea's segmentation tagger and dictionary (None when its layout or template differ).

    The tagger is loaded from the model file underthesea's own segmenter loads, without the
    featurizer it builds beside it (this module makes the features): a tenth of a second of
    every process's start.
    """
    try:
        import underthesea.pipeline.word_tokenize as wt
        from underthesea_core import CRFTagger
    except ImportError:  # pragma: no cover - another underthesea layout
        return None
    folder = Path(wt.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"
    try:  # joblib wrote them; a list and a set of strings are plain pickles (the package's own files)
        template = pickle.loads((folder / "features.bin").read_bytes())
        dictionary = pickle.loads((folder / "dictionary.bin").read_bytes())
        tagger = CRFTagger()
        tagger.load(str(folder / "models.bin"))
    except Exception:  # pragma: no cover - another underthesea version: its own featurizer then
        return None
    if list(template) != list(TEMPLATE) or not isinstance(dictionary, (set, frozenset)):
        return None  # pragma: no cover
    return tagger.tag, frozenset(dictionary)


@lru_cache(maxsize=1)
def _tokenizer() -> Callable[[str], list[str]]:
    """``tokenize(piece, use_token_normalize=True, fixed_words=[])`` of underthesea's regex tokenizer,
    without its per-token ``groupdict()``: when every alternative of its pattern is one whole
    named group (checked here), the first group that matched, which it returns, is the whole
    match. Each token's normalisation is memoised (tokens recur). Its own function otherwise."""
    from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
    from underthesea.pipeline.text_normalize.token_normalize import token_normalize
    from underthesea.pipeline.word_tokenize import regex_tokenize as rt

    def own(piece: str) -> list[str]:
        return rt.tokenize(piece, use_token_normalize=True, fixed_words=[])

    try:
        import re._constants as sre_constants
        import re._parser as sre_parse

        whole = all(len(tree.data) == 1 and tree.data[0][0] is sre_constants.SUBPATTERN
                    and tree.data[0][1][0] == 1 and len(tree.state.groupdict) >= 1
                    and tree.state.groupdict.get(next(iter(tree.state.groupdict))) == 1
                    for tree in (sre_parse.parse(p, re.VERBOSE | re.UNICODE) for p in rt.regex_patterns))
    except Exception:  # pragma: no cover - another Python or underthesea: its own function
        return own
    if not whole:  # pragma: no cover
        return own
    normal = lru_cache(maxsize=65536)(token_normalize)

    def fast(piece: str) -> list[str]:
        if rt.recompile_regex_patterns:  # pragma: no cover - someone gave it fixed words: its own path
            return own(piece)
        return [normal(m.group()) for m in rt.patterns.finditer(normalize_characters_in_text(piece))]

    return fast


def word_tokenize(piece: str) -> list[str] | None:
    """``underthesea.word_tokenize(piece)``, or None when this module cannot make its features."""
    model = _model()
    if model is None:
        return None  # pragma: no cover
    tokens = _tokenizer()(piece)
    if not tokens or _SAFE.fullmatch("".join(tokens)) is None or _any_blank_part(tokens):
        return None
    tag, dictionary = model
    tags = tag(features(list(tokens), dictionary, _known()))
    # underthesea's own merge: an I-W token continues the word before it
    output: list[str] = []
    for i, (t, token) in enumerate(zip(tags, tokens)):
        if t == "I-W" and i > 0:
            output[-1] = output[-1] + " " + token
        else:
            output.append(token)
    return output


def in_dictionary(words: str) -> bool:
    """``words`` (syllables joined by single spaces) is an entry of the segmentation model's dictionary: "hội viên",
    "trường hợp", "bộ trưởng" are one word, so "hội", "trường", "bộ" there head a compound, not a bare noun. False when
    the model cannot be read."""
    model = _model()
    return model is not None and words.casefold() in model[1]
