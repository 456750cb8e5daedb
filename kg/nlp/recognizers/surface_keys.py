"""The lexicon keys (:func:`kg.textutil.norm_key`) of runs of words, built word by word.

The gazetteer and the title finder look up every run of adjacent words that
starts at a word: ``norm_key(text[words[i].start:words[j].end])`` for each
``j``. Most runs are new strings, so the memoised ``norm_key`` computes each
one again. When the words are separated by one space (or a no-break space),
the key of the run is the keys of its words joined by spaces: NFC never
composes across a space, case folding is per character, and the spaces and
end punctuation ``norm_key`` drops are only at the run's two ends. So the keys
of all runs from ``i`` are made from each word's memoised part. A run for which
that reasoning does not hold (words glued together, a word the key would trim
at the run's end) gets ``None``, and the caller computes ``norm_key`` as before
(``tests/test_speed_equivalence.py`` compares the two on real articles).
"""
from __future__ import annotations

from functools import lru_cache

from kg.nlp.recognizers.words import Word
from kg.textutil import word_key, fold_key, nfc

_STRIPPED = set(" .,;:\"'“”‘’()")  # what norm_key strips from a key's ends
_SPACES = (" ", "\u00a0")  # the gaps a key turns into one space


@lru_cache(maxsize=65536)
def _word_part(token: str) -> tuple[str, bool, bool]:
    """(the token's part of a key, it may start a key, it may end one); neither for a token with
    whitespace inside or none at all."""
    folded = nfc(token).casefold()
    parts = folded.split()
    if len(parts) != 1 or len(parts[0]) != len(folded):
        return "", False, False
    return word_key(folded), folded[0] not in _STRIPPED, folded[-1] not in _STRIPPED


def run_keys(text: str, words: list[Word], i: int, last: int,
             prefixes: frozenset[str] | None = None, folded: bool = False) -> list[str | None]:
    """``norm_key(text[words[i].start:words[j].end])`` for ``j`` = ``i`` … ``last`` (index ``j - i``),
    or None where the caller must compute it itself.

    With ``prefixes`` (:func:`key_prefixes` of the keys looked up), the list stops early,
    at the last run before which no key can be known: see :func:`key_prefixes`. With ``folded``
    (English copy, whose runs with tones are also looked up folded: "Hồ Chí Minh Stock Exchange"),
    a run goes on while its folded key is a prefix too.
    """
    part, starts, ends = _word_part(words[i].text)
    key: str | None = part if starts else None
    keys: list[str | None] = [key if ends else None]
    for j in range(i + 1, last + 1):
        gap = text[words[j - 1].end:words[j].start]
        if prefixes is not None and key is not None and gap in _SPACES and key not in prefixes \
                and not (folded and not key.isascii() and fold_key(key) in prefixes):
            break
        part, _, ends = _word_part(words[j].text)
        if key is None or not part or gap not in _SPACES:
            key = None  # glued words, whitespace inside a word, or a first word the key would trim
        else:
            key = f"{key} {part}"
        keys.append(key if ends else None)
    return keys


def key_prefixes(*indexes: dict[str, object]) -> frozenset[str]:
    """Every key of ``indexes`` cut after each of its space-separated words ("bộ", "bộ tài", "bộ tài chính").

    Why :func:`run_keys` may stop at run ``j`` when its key (not None) is none of these and
    a space comes next: every longer run from the same word is then either that key
    extended word by word (so no key of the indexes), or, once words are glued (a hyphen,
    a bracket), a text whose ``norm_key`` still begins with the key of the words up to the
    glued group, at least run ``j``'s key, followed by a space, so again no key of the
    indexes. For an ASCII run ``fold_key`` equals ``norm_key``, so the same holds of the
    folded index when it is among ``indexes``.
    """
    out: set[str] = set()
    for index in indexes:
        for key in index:
            parts = key.split(" ")
            out.update(" ".join(parts[:n]) for n in range(1, len(parts) + 1))
    return frozenset(out)
