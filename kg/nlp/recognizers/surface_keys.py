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
from kg.textutil import _word_key, nfc

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
    return _word_key(folded), folded[0] not in _STRIPPED, folded[-1] not in _STRIPPED


def run_keys(text: str, words: list[Word], i: int, last: int) -> list[str | None]:
    """``norm_key(text[words[i].start:words[j].end])`` for ``j`` = ``i`` … ``last`` (index ``j - i``),
    or None where the caller must compute it itself."""
    part, starts, ends = _word_part(words[i].text)
    key: str | None = part if starts else None
    keys: list[str | None] = [key if ends else None]
    for j in range(i + 1, last + 1):
        part, _, ends = _word_part(words[j].text)
        if key is None or not part or text[words[j - 1].end:words[j].start] not in _SPACES:
            key = None  # glued words, whitespace inside a word, or a first word the key would trim
        else:
            key = f"{key} {part}"
        keys.append(key if ends else None)
    return keys
