"""Cut long text into bounded pieces at the best break points, offsets kept.

Two costs grow faster than the text when a piece is long: underthesea's CRF
features (word segmentation and its NER) slow down sharply on one long line,
and spaCy refuses a text over ``nlp.max_length``. Both are fed pieces of at
most ``limit`` characters instead. A piece ends at the last break inside the
second half of its window, preferring a line break, then a sentence end, then
a comma or semicolon, then any space; only a run with no space at all is cut
hard. Every piece is at least ``limit // 2`` long except the last, so the work
stays linear, and the pieces cover the range exactly, in order.
"""
from __future__ import annotations

import re

# Break points, best first; a piece ends just after the match.
_BREAKS = (
    re.compile(r"\n+"),
    re.compile(r"[.!?…]+[\"”’')\]]*\s+"),
    re.compile(r"[,;:]\s+"),
    re.compile(r"\s+"),
)

_LINE = re.compile(r"[^\n]+")

# The longest piece underthesea is given (a long news sentence fits whole).
UNDERTHESEA_PIECE = 500


def bounded_pieces(text: str, start: int = 0, end: int | None = None,
                   limit: int = UNDERTHESEA_PIECE) -> list[tuple[int, int]]:
    """(start, end) pieces of ``text[start:end]``, each at most ``limit`` characters."""
    if limit < 2:
        raise ValueError("limit must be at least 2")
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    s = start
    while end - s > limit:
        window_end = s + limit
        cut = 0
        for pattern in _BREAKS:
            for m in pattern.finditer(text, s + limit // 2, window_end):
                cut = m.end()
            if cut:
                break
        if cut <= s:
            cut = window_end
        out.append((s, cut))
        s = cut
    if s < end:
        out.append((s, end))
    return out


def line_pieces(text: str, start: int = 0, end: int | None = None,
                limit: int = UNDERTHESEA_PIECE) -> list[tuple[int, int]]:
    """The non-blank lines of ``text[start:end]``, each cut into bounded pieces."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text, start, end):
        if m.group().strip():
            out += bounded_pieces(text, m.start(), m.end(), limit)
    return out
