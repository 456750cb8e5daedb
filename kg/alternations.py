"""Regex alternations of words grouped by their first character: the same matches, found faster.

Why: at each position of a text, Python's regex engine skips an alternative of
``a|b|c`` at once when the alternative opens with a plain character or a
character set that the text's character fails; an alternative that opens with a
case-insensitive character (any word of a pattern compiled with
``re.IGNORECASE``) is entered instead, and a list of a hundred cue words is
entered a hundred times at every word. :func:`first_char_alternation` writes
``(?-i:[Kk])(?:hu|inh)|(?-i:[Dd])(?:ao)`` for "khu", "kinh", "dao": one check
per first character, the rest still case-insensitive.

Why the matches are the same: the characters that each group's first set
accepts are exactly those that the words' first character accepts in the
pattern (:func:`first_chars`, from the ``re`` module's own case table), and two
groups never accept the same character, so at any position the words that can
match are tried in the order they were given, as before.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # the re module's own case functions and table (Python 3.11+)
    from re import _compiler as _re_compiler
    _TOLOWER = _re_compiler._sre.unicode_tolower
    _ISCASED = _re_compiler._sre.unicode_iscased
    _EXTRA = _re_compiler._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - another Python: plain alternations
    _TOLOWER = _ISCASED = _EXTRA = None

_BMP = 0x10000  # no character outside it lower-cases into it (tests/test_alternations.py checks)


@lru_cache(maxsize=1)
def _lowered_from() -> dict[int, tuple[int, ...]]:
    """For each lower case (as the ``re`` module computes it), the other characters of the BMP that lower to it."""
    out: dict[int, list[int]] = {}
    for x in range(_BMP):
        lo = _TOLOWER(x)
        if lo != x:
            out.setdefault(lo, []).append(x)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def first_chars(ch: str, ignorecase: bool) -> frozenset[str]:
    """The characters that ``ch``, written as a literal, matches: itself, or under ``re.IGNORECASE`` (Unicode)
    every character whose lower case is ``ch``'s or one of its extra cases (the ``re`` compiler's rule)."""
    if not ignorecase or not _ISCASED(ord(ch)):
        return frozenset(ch)
    lows = (_TOLOWER(ord(ch)),) + tuple(_EXTRA.get(_TOLOWER(ord(ch)), ()))
    out = {c for lo in lows for c in (lo,) + _lowered_from().get(lo, ()) if _TOLOWER(c) in lows}
    return frozenset(chr(c) for c in out)


def _char_class(chars: frozenset[str] | set[str]) -> str:
    return "(?-i:[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def grouped_alternation(items: list[tuple[frozenset[str], str]]) -> str:
    """An alternation of ``items`` — (the characters an alternative's first character matches, the regex of the
    rest, with no ``|`` outside brackets) — grouped by first character. Alternatives whose sets overlap share a
    group, whose set is their union; one whose own set is smaller checks it again behind the character
    (``(?<=(?-i:[T]))P\\.`` for "TP." among "tỉnh", "thành phố")."""
    parts: list[set[str]] = []  # the groups' sets: each the union of overlapping first sets
    for chars, _ in items:
        hit = [p for p in parts if not p.isdisjoint(chars)]
        parts = [p for p in parts if p.isdisjoint(chars)] + [set(chars).union(*hit)]
    groups: dict[int, list[str]] = {}  # by group, in the order the items come (dicts keep it)
    for chars, rest in items:
        k = next(i for i, p in enumerate(parts) if chars <= p)
        groups.setdefault(k, []).append(rest if chars == parts[k] else f"(?<={_char_class(chars)}){rest}")
    return "|".join(_char_class(parts[k]) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
                    for k, rests in groups.items())


def first_char_alternation(words, ignorecase: bool, keep_order: bool = False) -> str:
    """:func:`kg.textutil.escaped_alternation` of ``words`` (longest first; as given with ``keep_order``), grouped by
    first character; ``ignorecase`` must say whether the pattern it goes into is compiled with ``re.IGNORECASE``."""
    return _alternation(tuple(words) if keep_order else tuple(sorted(words, key=len, reverse=True)), ignorecase)


@lru_cache(maxsize=1024)
def _alternation(ordered: tuple[str, ...], ignorecase: bool) -> str:
    if _TOLOWER is None or not all(ordered):
        return "|".join(map(re.escape, ordered))  # pragma: no cover - (an empty word matches anywhere)
    return grouped_alternation([(first_chars(w[0], ignorecase), re.escape(w[1:])) for w in ordered])


@lru_cache(maxsize=256)
def whole_words(words: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    """``(?<![\\w])(w1|w2|…)(?![\\w])``: any of ``words`` as a whole word (longest first, grouped), compiled once."""
    alternation = first_char_alternation(words, bool(flags & re.IGNORECASE))
    return re.compile(r"(?<![\w])(" + alternation + r")(?![\w])", flags)


def phrase_groups(phrases) -> str:
    """:func:`kg.textutil.phrase_alternation` of ``phrases`` (longest first, words joined by ``\\s+``), grouped by
    exact first character: ``t(?:riển\\s+khai|hi\\s+hành)|đ(?:ể)``. Unlike :func:`first_char_alternation` it is
    right with and without ``re.IGNORECASE``, so a pattern shared by callers with either can use it: groups are
    made only when no two of their first characters match a common one in either case ("t" and "T" are both
    written: then the plain alternation). Faster without the flag (one check per group) and with it (one
    alternative entered per group instead of one per phrase)."""
    ordered = sorted(phrases, key=len, reverse=True)
    parts = [p.split() for p in ordered]
    plain = "|".join(r"\s+".join(map(re.escape, words)) for words in parts)
    if _TOLOWER is None or not all(parts):
        return plain  # pragma: no cover - (an empty phrase matches anywhere)
    groups: dict[str, list[str]] = {}
    for words in parts:
        groups.setdefault(words[0][0], []).append(r"\s+".join([re.escape(words[0][1:])] + list(map(re.escape, words[1:]))))
    folded = [first_chars(c, True) for c in groups]
    if sum(map(len, folded)) != len(frozenset().union(*folded)):
        return plain
    return "|".join(re.escape(c) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
                    for c, rests in groups.items())
