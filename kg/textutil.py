"""Small text helpers shared by every stage: normalisation, folding, slugs.

Vietnamese text has two competing tone-mark placements ("hòa" / "hoà") and is
often written without diacritics in English news ("To Lam"). These helpers give
one comparison key for all of those spellings, and length-preserving folds so
that matches found on a folded copy keep their offsets into the raw text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below
_SPACE = re.compile(r"[\s\u00a0]+")


try:  # what re.compile runs once it has missed its cache
    from re import _compiler as _re_compiler
except ImportError:  # pragma: no cover - a Python before 3.11
    _re_compiler = None


def phrase_alternation(phrases) -> str:
    """A regex alternation of ``phrases``, longest first (so a phrase wins over the shorter one it opens), each
    phrase's words joined by any run of spaces ("Chairman  of the Board")."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def escaped_alternation(words) -> str:
    """A regex alternation of ``words``, longest first, each escaped as written (a space matches one space only,
    unlike :func:`phrase_alternation`): the one copy of the helper several recognisers and rules had."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept for the process.

    For patterns built from names and cue words at run time: one article asks
    for more of them than the ``re`` module's own cache holds (512), so they,
    and every fixed pattern used after them, were compiled again and again.
    The cue words' patterns, used by every article, stay; a name's is dropped
    once 4,096 newer ones were asked for. They are compiled without passing
    through the ``re`` module's cache: it drops its oldest pattern for each new
    one, so every new name's pattern put there pushed out a fixed pattern that
    ``re.search(…)`` calls then compiled again (~4 per real article).
    """
    if _re_compiler is None or type(pattern) is not str:
        return re.compile(pattern, flags)  # pragma: no cover
    return _re_compiler.compile(pattern, int(flags))


def clause_start(text: str, pos: int, reach: int) -> int:
    """Where the clause that ``pos`` is in begins: after the last ". ", line break or "; " of the ``reach``
    characters before it (or ``reach`` characters back when there is none)."""
    head = text[max(0, pos - reach):pos]
    cut = max(head.rfind(". "), head.rfind("\n"), head.rfind("; "))
    return pos - len(head) + cut + 1 if cut >= 0 else pos - len(head)


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def tone_last(word: str) -> str:
    """Move a syllable's tone mark to its end so "hòa" and "hoà" compare equal."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(ch for ch in decomposed if ch in TONE_MARKS)
    return "".join(ch for ch in decomposed if ch not in TONE_MARKS) + tones


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    """Comparison key: NFC, case-folded, whitespace collapsed, tone placement unified.

    Two surface forms with the same key name the same thing as far as spelling goes.

    >>> norm_key("Nguyễn  Hòa Bình") == norm_key("nguyễn hoà bình")
    True
    """
    # (" ".join(split()) is _SPACE.sub(" ", …) without its end spaces, which strip() drops anyway)
    text = " ".join(nfc(text).casefold().split()).strip(" .,;:\"'“”‘’()")
    # NFC never composes across a space, so the key is built word by word and
    # each word's part is memoised: texts are new, their syllables are not.
    return " ".join([word_key(w) for w in text.split(" ")])


@lru_cache(maxsize=131072)
def word_key(word: str) -> str:
    """One space-free word of :func:`norm_key`: tone mark last, then NFC."""
    return nfc(tone_last(word))


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """One character without diacritics, lower-cased; always one character long."""
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def fold(text: str) -> str:
    """Drop diacritics and case, keeping the length so offsets stay valid.

    >>> fold("Tô Lâm")
    'to lam'
    """
    return "".join(fold_char(ch) for ch in text)


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """Diacritic- and case-insensitive comparison key ("To Lam" == "Tô Lâm")."""
    return " ".join(fold(nfc(text)).split()).strip(" .,;:\"'“”‘’()")  # (as in norm_key)


def slugify(text: str) -> str:
    """ASCII slug for IRIs: folded, lower case, other characters become "-".

    >>> slugify("Nghị quyết 57-NQ/TW")
    'nghi-quyet-57-nq-tw'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", fold(nfc(text)))
    return slug.strip("-") or "x"


@lru_cache(maxsize=65536)
def collapse_spaces(text: str) -> str:
    """Collapse runs of whitespace into one space and strip the ends (memoised: the gazetteer's
    names and aliases of an entity are labelled again in every article that names it)."""
    return _SPACE.sub(" ", text).strip()


_OPEN_JOIN = re.compile(r"(?:\s*,|\s+(?:và|hoặc|and|or))+\s*$")


def without_open_join(name: str) -> str:
    """``name`` without a trailing comma or conjunction: a name run cut at the next predicate's word
    ("Luật Khám bệnh, chữa bệnh và | có hiệu lực …") never ends on the "và" that joined the two."""
    return _OPEN_JOIN.sub("", name.rstrip())
