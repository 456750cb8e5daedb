"""Text normalisation at the front of the pipeline, with offsets back to the raw text.

Real copy reaches kg in states the recogniser's patterns do not expect: text
pasted from PDF or CMS exports in decomposed Unicode, with a tone mark typed
after the final consonant ("tinh̉" for "tỉnh") or after the wrong vowel ("Hôị"
for "Hội"); the old tone placement ("Hoà", "Thuỵ") where the gazetteer writes
"Hòa", "Thụy"; hard-wrapped lines that cut names ("Nguyễn\\nThị Lan");
zero-width characters ("Tô L\\u200bâm"), non-breaking spaces and runs of spaces
("Hà  Nội", as justified or retyped copy has them).

:func:`normalize` gives a *matching text* in one spelling convention and, when
its length differs from the raw text, the raw offset of every character, so a
span found on the matching text maps back exactly (:meth:`Normalized.span`).
Replacements that keep the length (a non-breaking space or a wrapped line
break becoming a space, a tone moved within its syllable) need no map.

Two spaCy components use it: ``kg_normalizer`` (first) re-tokenises the
matching text; ``kg_denormalizer`` (last) puts every sentence and span back on
the raw text, so ``doc.text`` is what the caller passed in and all offsets are
raw offsets, while ``span._.kg_text`` gives the normalised surface.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.tokenizer import TEXT_KEY, doc_text
from kg.nlp import patterns as P
from kg.nlp.patterns import UPPER_VI
from kg.nlp.truecase import lower_title_case, restore_case
from kg.textutil import TONE_MARKS, norm_key, escaped_alternation

# Characters that carry no text: zero-width space / non-joiner / joiner, word
# joiner, byte-order mark (also used as zero-width no-break space), soft hyphen.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Spaces that should match an ordinary space (no-break, narrow no-break, figure,
# thin, ideographic, tab).
ODD_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u3000\t"
_CHAR_RE = re.compile(f"[{ZERO_WIDTH}{ODD_SPACES}]| {{2,}}")  # a character to drop or replace, or a run of spaces
_ODD_SPACE_TABLE = str.maketrans({c: " " for c in ODD_SPACES})

# A written syllable: letters and combining marks (a mark may sit after a consonant).
_SYLLABLE_RE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_VI_SYLLABLE_RE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
                             r"([aăâeêioôơuưy]{1,3})(ng|nh|ch|[cmnpt])?")
_MODIFIED_VOWELS = "ăâêôơư"


@dataclass
class Normalized:
    """The matching text of ``original`` and where each of its characters came from.

    ``starts`` is ``None`` when both texts have the same length (offsets are
    shared); otherwise ``starts[i]`` is the raw offset of matching character
    ``i`` and ``starts[len(text)] == len(original)``.
    """

    original: str
    text: str
    starts: list[int] | None = None

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def offset(self, i: int) -> int:
        """Raw offset of matching offset ``i`` (a start, or an end when ``i`` ends a span)."""
        return i if self.starts is None else self.starts[i]

    def matching_offset(self, i: int) -> int:
        """Matching offset of raw offset ``i`` (the first matching character at or after it)."""
        return i if self.starts is None else bisect_left(self.starts, i)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) of the matching span ``start:end``.

        The end is the raw start of the next matching character, so any
        zero-width character or combining mark that sat inside the span stays
        inside it; trailing removed characters are left out.
        """
        if self.starts is None:
            return start, end
        if end <= start:
            return self.starts[start], self.starts[start]
        raw_end = self.starts[end]
        last = self.starts[end - 1]
        while raw_end > last + 1 and self.original[raw_end - 1] in ZERO_WIDTH:
            raw_end -= 1
        return self.starts[start], raw_end


def normalize(text: str, surnames: frozenset[str] | None = None) -> Normalized:
    """The matching text of ``text``: see the module docstring for what changes.

    >>> n = normalize("Ông Tô L\\u200bâm ở Khánh Hoà")
    >>> n.text
    'Ông Tô Lâm ở Khánh Hòa'
    >>> n.original[slice(*n.span(4, 10))]
    'Tô L\\u200bâm'
    """
    return _normalize(text, surnames)


# The pipeline's normaliser and kg.extract both normalise each article: once is enough.
# The result is shared between callers; nothing changes a Normalized after it is made.
@lru_cache(maxsize=16)
def _normalize(text: str, surnames: frozenset[str] | None) -> Normalized:
    if text.isascii() and "\t" not in text and "\n" not in text and "  " not in text and " - " not in text \
            and _TITLE_HYPHEN.search(text) is None:
        return Normalized(text, text)
    if _CHAR_RE.search(text) is None and all(respell(w) == w for w in set(_SYLLABLE_RE.findall(text))
                                             if not w.isascii()):
        # (most articles: no character to drop or replace and every syllable spelt as kg matches it,
        # so the loop below would copy the text as it is)
        out = _reread(text, surnames)
        return Normalized(text, text if out == text else out)
    pieces: list[str] = []
    starts: list[int] = []
    resized = False
    pos = 0
    for m in _SYLLABLE_RE.finditer(text):
        if m.start() > pos:
            resized |= _copy_between(text, pos, m.start(), pieces, starts)
        word = m.group()
        fixed = respell(word) if not word.isascii() else word
        pieces.append(fixed)
        if len(fixed) == len(word):
            starts.extend(range(m.start(), m.end()))
        else:
            resized = True
            starts.extend(min(m.start() + k, m.end() - 1) for k in range(len(fixed)))
        pos = m.end()
    if pos < len(text):
        resized |= _copy_between(text, pos, len(text), pieces, starts)
    out = _reread("".join(pieces), surnames)
    if not resized:
        return Normalized(text, text if out == text else out)
    starts.append(len(text))
    return Normalized(text, out, starts)


def _reread(text: str, surnames: frozenset[str] | None) -> str:
    """The readings that keep the length: lines linking other stories blanked, wrapped lines
    joined, a dateline's hyphen as its dash, a Vietnamese heading in capitals in the article's
    own case, an English headline in title case in sentence case."""
    if "\n" in text:
        text = blank_read_also(text)
        text = join_wrapped_lines(text, surnames if surnames is not None else _surnames())
    return lower_title_case(restore_case(dateline_dashes(title_hyphens(text))))


_READ_ALSO_RE = re.compile(r"^[ \t]*(?:>>|»|›|-|–|•|\*)?[ \t]*(?:" + "|".join(re.escape(c) for c in P.READ_ALSO_CUES)
                           + r")[ \t]*(?::|>>|»|–|-)[^\n]*", re.IGNORECASE | re.MULTILINE)


def blank_read_also(text: str) -> str:
    """``text`` with each line that links another story ("Xem thêm: …", "Read more: …") as spaces,
    and the page furniture a scraper kept: a list of other stories' headlines under a header line
    ("Tin liên quan", "Related news"), tag and share lines (:func:`blank_related_lists`).

    Such a line names the other story's people and bodies; blanked (same length, so offsets
    hold) it gives no entity, and the story's text around it is read as before.

    >>> blank_read_also("Ông Nam phát biểu.\\n>> Xem thêm: Bộ Y tế họp\\nHội nghị kết thúc.").split("\\n")[1].strip()
    ''
    """
    return blank_related_lists(_READ_ALSO_RE.sub(lambda m: " " * len(m.group()), text))


_RELATED_HEADER_RE = re.compile(r"^[ \t]*(?:>>|»|›|-|–|•|\*|#+)?[ \t]*(?:" + escaped_alternation(P.RELATED_LIST_HEADERS) + r")[ \t]*(?::|»|>>)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_TAG_OR_SHARE_RE = re.compile(r"^[ \t]*(?:(?:" + "|".join(re.escape(c) for c in P.TAG_LINE_CUES) + r")[ \t]*:[^\n]{0,150}"
                              r"|(?:" + "|".join(re.escape(c) for c in P.SHARE_LINE_CUES) + r")(?:[ \t:|/•·,]+(?:"
                              + "|".join(re.escape(c) for c in P.SHARE_PLATFORMS) + r"))*)[ \t:|/•·,]*$",
                              re.IGNORECASE | re.MULTILINE)
_STORY_LINE_END = re.compile(r"\.[\"”’)]*$|[!?…][\"”’)]*$")
_HEADLINE_MAX = 200  # a listed headline is one short line; a longer one is the story again


def blank_related_lists(text: str) -> str:
    """``text`` with a list of other stories blanked: its header line ("Tin liên quan") and each
    line after it that reads as a headline (short, no full stop at its end) up to the next
    paragraph of the story, and tag and share lines; every character of them a space.

    >>> t = "Hội nghị kết thúc.\\nTin liên quan\\nBộ Y tế họp về dịch sốt xuất huyết\\nTags: y tế"
    >>> [line.strip() for line in blank_related_lists(t).split("\\n")]
    ['Hội nghị kết thúc.', '', '', '']
    """
    if not (_RELATED_HEADER_RE.search(text) or _TAG_OR_SHARE_RE.search(text)):
        return text
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = [" "] * (end - start)

    for m in _TAG_OR_SHARE_RE.finditer(text):
        blank(m.start(), m.end())
    for m in _RELATED_HEADER_RE.finditer(text):
        blank(m.start(), m.end())
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end].strip()
            if line and (len(line) > _HEADLINE_MAX or line.endswith(".")
                         or (len(line) > 60 and _STORY_LINE_END.search(line))):
                break  # the story goes on
            blank(pos, end)
            pos = end + 1
    return "".join(chars)


def _copy_between(text: str, start: int, end: int, pieces: list[str], starts: list[int]) -> bool:
    """Copy ``text[start:end]`` (no letters) dropping zero-width characters and all but the first
    space of a run; True if any was dropped."""
    chunk = text[start:end]
    if not _CHAR_RE.search(chunk):
        pieces.append(chunk)
        starts.extend(range(start, end))
        return False
    dropped = False
    for i, ch in enumerate(chunk, start):
        if ch in ZERO_WIDTH:
            dropped = True
            continue
        ch = ch.translate(_ODD_SPACE_TABLE)
        if ch == " " and pieces and pieces[-1][-1:] == " ":  # a run of spaces matches as one (the first kept)
            dropped = True
            continue
        pieces.append(ch)
        starts.append(i)
    return dropped


@lru_cache(maxsize=16384)
def is_vietnamese_syllable(word: str) -> bool:
    """``word`` (any case, any tone) is spelt as one Vietnamese syllable ("quyết", "ĐÃ"; not "UBND")."""
    bare = unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", word)
                                                if ch not in TONE_MARKS))
    return _VI_SYLLABLE_RE.fullmatch(bare.lower()) is not None


@lru_cache(maxsize=16384)
def respell(word: str) -> str:
    """``word`` in NFC with zero-width characters dropped and its tone on the vowel kg matches on.

    The convention is the gazetteer's (the traditional one): "hòa", "thụy",
    "khỏe" in open syllables, "hoàng", "quyết" before a final consonant, and
    a vowel with a hat or horn first ("hội", "người"). A mark typed after a
    consonant or the wrong vowel moves to that vowel. Words that are not one
    Vietnamese syllable only get NFC.

    >>> respell("quye\\u0302t\\u0301"), respell("Hoà"), respell("tinh\\u0309")
    ('quyết', 'Hòa', 'tỉnh')
    """
    decomposed = unicodedata.normalize("NFD", word.translate(_DROP_ZERO_WIDTH))
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) != 1:
        return unicodedata.normalize("NFC", decomposed)
    bare = unicodedata.normalize("NFC", decomposed.replace(tones[0], ""))
    m = _VI_SYLLABLE_RE.fullmatch(bare.lower())
    if m is None:
        return unicodedata.normalize("NFC", decomposed)
    onset, vowels, coda = m.group(1) or "", m.group(2), m.group(3) or ""
    target = len(onset) + _tone_index(vowels, coda)
    placed = bare[:target + 1] + tones[0] + bare[target + 1:]
    return unicodedata.normalize("NFC", placed)


_DROP_ZERO_WIDTH = str.maketrans({c: None for c in ZERO_WIDTH})


def _tone_index(vowels: str, coda: str) -> int:
    """Index in ``vowels`` of the vowel that carries the tone (traditional placement)."""
    for i in range(len(vowels) - 1, -1, -1):
        if vowels[i] in _MODIFIED_VOWELS and not (vowels[i] == "ư" and i + 1 < len(vowels)
                                                 and vowels[i + 1] == "ơ"):
            return i
    if len(vowels) == 1:
        return 0
    if coda or len(vowels) == 3:
        return len(vowels) - 1 if coda else 1
    return 0


def join_wrapped_lines(text: str, surnames: frozenset[str]) -> str:
    """Replace line breaks that wrap a sentence by spaces (same length).

    A single line break is a wrap when the next line starts with a mark no
    sentence starts with (",", ";", ")" …); or when the line before has no end
    mark and either the next line starts in lower case, or the line before
    ends with a surname (with "Thị"/"Văn" after it) and the next starts with a
    capital; or when the whole text is hard-wrapped (most line ends run on),
    the line is full (the next word would not have fitted on it) and the next
    line goes on with a capital, a number, a bracket or a quote, also after a
    ";" or ":" (a list wrapped over lines). A ";" before a line in lower case
    is a wrap in any text. Paragraph breaks (blank lines), short lines
    (a headline or byline before the body) and bulleted lines stay.
    """
    breaks = [m.start() for m in re.finditer(r"(?<=\S)[ ]*\n(?=[ ]*\S)", text)]
    if not breaks:
        return text
    chars = list(text)
    runs_on = [_runs_on(text, b) for b in breaks]
    hard_wrapped = sum(1 for r in runs_on if r == "lower") >= 2 and \
        sum(1 for r in runs_on if r and r != "list") >= 0.6 * len(breaks)
    width = max((_line_length(text, b) for b, r in zip(breaks, runs_on) if r), default=0)
    for b, kind in zip(breaks, runs_on):
        nl = text.index("\n", b)
        if kind in ("lower", "mark") or (kind and hard_wrapped and _full_line(text, b, nl, width)) or \
                (kind == "upper" and _ends_with_surname(text, b, surnames)):
            chars[nl] = " "
    return "".join(chars)


def _line_length(text: str, b: int) -> int:
    """The length of the line that ends at ``b``."""
    return b - (text.rfind("\n", 0, b) + 1)


def _full_line(text: str, b: int, nl: int, width: int) -> bool:
    """The next line's first word would not have fit on the line ending at ``b``: the line was
    wrapped there. A headline or byline before the body is shorter (``width``: the longest
    line that runs on, at most the width the text was wrapped to)."""
    word = re.match(r"[ ]*(\S*)", text[nl + 1:nl + 60]).group(1)
    return _line_length(text, b) + 1 + len(word) > width


_CONTINUING_MARKS = ",;:.!?)]…%"  # a line starting with one of these continues the one before
_OPENING = "0123456789(\"“‘'["  # a line may go on with these after a wrap
_LIST_ITEM = re.compile(r"(?:[a-zđ]|\d{1,2}|[ivx]{1,4})[.)]\s|[-+•*–]\s")  # "a) …", "2. …", "- …": an item of its own


def _runs_on(text: str, b: int) -> str:
    """How the line ending at ``b`` may run on into the next: "mark" (the next starts with a
    continuing mark), "lower" / "upper" / "other" (no end mark before a lower-case letter, a
    capital, a number, bracket or quote), "list" (after ";" or ":"; a ";" before lower case is
    "lower"), or "" (an end of sentence, or a bulleted line next)."""
    last = text[b - 1]
    nl = text.index("\n", b)
    rest = text[nl + 1:nl + 41].lstrip(" ")
    nxt = rest[:1]
    if _LIST_ITEM.match(rest):
        return ""
    if nxt and nxt in _CONTINUING_MARKS:
        return "mark"
    if last in ";:":
        return "lower" if last == ";" and nxt.islower() else ("list" if nxt.isalnum() or nxt in _OPENING else "")
    if last in ".!?…":
        return ""
    if nxt.islower():  # also after a closing bracket or quote: "… (Bộ TT&TT)\ntổ chức …"
        return "lower"
    if last in "\"”|)]":
        return ""
    if nxt.isupper():
        return "upper"
    return "other" if nxt in _OPENING else ""


def _ends_with_surname(text: str, b: int, surnames: frozenset[str]) -> bool:
    words = text[max(0, b - 40):b].split()
    if words and words[-1] in ("Thị", "Văn") and len(words) >= 2:
        words.pop()
    return bool(words) and words[-1][:1].isupper() and norm_key(words[-1]) in surnames


# "HÀ NỘI - The …", "HANOI, Dec 8 (VNA) - …": a dateline in capitals before a spaced hyphen (plain-text
# copy of an em dash); read as "—", so the hyphen does not chain the place to the name after it
# the way it joins "Bà Rịa - Vũng Tàu"
_DATELINE_HYPHEN = re.compile(rf"^([{UPPER_VI}][{UPPER_VI} .'’-]{{1,40}}(?:,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?"
                              rf"(?:\s*\([A-Z]{{2,6}}\))?\s)-(?=\s+\S*[a-zà-ỹđ])", re.MULTILINE)


def dateline_dashes(text: str) -> str:
    """The hyphen after a dateline in capitals as an em dash (same length)."""
    return _DATELINE_HYPHEN.sub(r"\1—", text) if " - " in text else text


# "Vice-Chairman", "Vice-President", "Co-Chair": an English title's prefix joined by a hyphen, read as the title
# written with a space (same length: the span maps back to the raw "Vice-Chairman")
_TITLE_HYPHEN = re.compile(r"(?<![\w-])(Vice|Deputy|Co)-(?=[A-Z][a-z])")


def title_hyphens(text: str) -> str:
    """An English title's prefix and its hyphen ("Vice-President") as the title with a space (same length)."""
    return _TITLE_HYPHEN.sub(r"\1 ", text) if "-" in text else text


def _surnames() -> frozenset[str]:
    from kg.nlp.lexicon import load_lexicon

    return load_lexicon().surnames_exact


# ----------------------------------------------------------------------------- spaCy components

KG_TEXT_KEY = "kg_text"  # doc.user_data: raw (start, end) → normalised surface of a span

if not Doc.has_extension("kg_normalized"):
    Doc.set_extension("kg_normalized", default=None)
if not Span.has_extension("kg_text"):
    Span.set_extension("kg_text", getter=lambda span: span.doc.user_data.get(KG_TEXT_KEY, {}).get(
        (span.start_char, span.end_char), span.text))


@Language.factory("kg_normalizer", assigns=["doc.text", "doc._.kg_normalized"])
def make_normalizer(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """First component: re-tokenise the matching text of :func:`normalize` when it differs.

    The next components see clean text; ``doc._.kg_normalized`` keeps the raw
    text and the offset map for ``kg_denormalizer``.
    """

    def normalize_doc(doc: Doc) -> Doc:
        norm = normalize(doc_text(doc))
        if not norm.changed:
            return doc
        clean = nlp.tokenizer(norm.text)
        own_text = clean.user_data.get(TEXT_KEY)
        clean.user_data.update(doc.user_data)
        if own_text is not None:
            clean.user_data[TEXT_KEY] = own_text  # (not the raw doc's text, which update() copied over it)
        clean._.kg_normalized = norm
        return clean

    return normalize_doc


@Language.factory("kg_denormalizer", assigns=["doc.text", "doc.spans", "doc.ents", "token.is_sent_start"],
                  requires=["doc._.kg_normalized"])
def make_denormalizer(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Last component: put sentences and every span back on the raw text.

    ``doc.text`` becomes the text the caller gave, every offset a raw offset,
    and ``span._.kg_text`` the normalised surface ("Tô Lâm" for "Tô L\\u200bâm").
    """

    def restore(doc: Doc) -> Doc:
        norm: Normalized | None = doc._.kg_normalized
        if norm is None:
            return doc
        return restore_doc(nlp, doc, norm)

    return restore


def restore_doc(nlp: Language, doc: Doc, norm: Normalized) -> Doc:
    """A Doc of ``norm.original`` carrying ``doc``'s sentences, spans and user data at raw offsets."""
    from kg.nlp import CANDIDATES_KEY

    raw = nlp.tokenizer(norm.original)
    # a sentence starts right after the raw character before it, so dropped characters stay inside
    sent_starts = {norm.offset(s.start_char - 1) + 1 if s.start_char else 0 for s in doc.sents} \
        if doc.has_annotation("SENT_START") else set()
    # One array write, not token.is_sent_start per token (each such write scans the doc).
    flags = [1 if token.i == 0 or token.idx in sent_starts else -1 for token in raw]
    if flags:
        raw.from_array([SENT_START], numpy.array(flags, dtype="int64").reshape(-1, 1).astype("uint64"))
    surfaces: dict[tuple[int, int], str] = {}
    moved: dict[tuple[int, int, str], tuple[int, int, str]] = {}

    def move(span: Span) -> Span | None:
        s, e = norm.span(span.start_char, span.end_char)
        new = raw.char_span(s, e, label=span.label_, alignment_mode="strict") \
            or raw.char_span(s, e, label=span.label_, alignment_mode="expand")
        if new is None:
            return None
        surfaces[(new.start_char, new.end_char)] = span.text
        moved[(span.start_char, span.end_char, span.label_)] = (new.start_char, new.end_char, new.label_)
        return new

    for key, group in doc.spans.items():
        raw.spans[key] = [n for n in (move(sp) for sp in group) if n is not None]
    ents = [n for n in (move(e) for e in doc.ents) if n is not None]
    raw.ents = [e for i, e in enumerate(ents) if i == 0 or e.start >= ents[i - 1].end]
    for k, v in doc.user_data.items():
        if k == CANDIDATES_KEY:
            v = {moved[key]: c for key, c in v.items() if key in moved}
        raw.user_data[k] = v
    raw.user_data[KG_TEXT_KEY] = surfaces
    return raw
