"""Sentence splitting for news text.

News copy breaks lines between paragraphs, captions and headings, but
sometimes also inside a sentence (hard-wrapped text). A line break ends a
sentence unless the line before has no end mark and the next line starts in
lower case. Inside a line, ". " before an upper-case letter ends a sentence,
except after abbreviations ("TP.", "TS.", "Mr.", "No.") and initials.
"""
from __future__ import annotations

import re

ABBREVIATIONS = frozenset({
    "tp", "ts", "ths", "pgs", "gs", "bs", "ks", "mr", "mrs", "ms", "dr", "no", "st", "jr", "inc",
    "ltd", "co", "corp", "vs", "prof", "gen", "col", "lt", "u.s", "e.g", "i.e", "etc", "q", "p",
    "nxb", "tt", "pgs.ts", "gs.ts", "sen", "rep", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
    "oct", "nov", "dec",
})
_END = re.compile(r"([.!?…]+|\.\.\.)([\"”’')\]]*)(\s+)(?=[\"“‘(\[\-–+•]?\s*[A-ZĐÀ-Ỹ0-9])")
_BAR = re.compile(r"\s\|\s*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, whitespace trimmed.

    >>> t = "Ông Trung nói. TP. Hồ Chí Minh lớn.\\nDòng hai"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Ông Trung nói.', 'TP. Hồ Chí Minh lớn.', 'Dòng hai']
    """
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for m in _END.finditer(text, block_start, block_end):
            if m.group(1) == "." and _is_abbreviation(text, m.start()):
                continue
            end = m.end(2)
            spans.append((start, end))
            start = m.end()
        spans.append((start, block_end))
    out = []
    for s, e in spans:
        # caption separators "… sáng 15/1 |" end a sentence too
        pieces = [(s, e)]
        for m in _BAR.finditer(text, s, e):
            last = pieces.pop()
            pieces += [(last[0], m.start()), (m.end(), last[1])]
        for ps, pe in pieces:
            while ps < pe and text[ps].isspace():
                ps += 1
            while pe > ps and text[pe - 1].isspace():
                pe -= 1
            if pe > ps:
                out.append((ps, pe))
    return out


def _blocks(text: str) -> list[tuple[int, int]]:
    """Lines joined where a sentence runs on across a line break."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.end() > m.start()]
    blocks: list[tuple[int, int]] = []
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            continue
        if blocks:
            prev = text[blocks[-1][0]:blocks[-1][1]].rstrip()
            first = line.lstrip()[:1]
            gap = text[blocks[-1][1]:s]
            runs_on = (prev and prev[-1] not in ".!?…:;\"”|)" and first.islower()
                       and gap.count("\n") == 1)
            if runs_on:
                blocks[-1] = (blocks[-1][0], e)
                continue
        blocks.append((s, e))
    return blocks


def _is_abbreviation(text: str, dot: int) -> bool:
    m = re.search(r"([\w.]+)$", text[max(0, dot - 12):dot])
    if not m:
        return False
    word = m.group(1)
    if word.casefold() in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isupper()  # an initial: "J. Smith"
