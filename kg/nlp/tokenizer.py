"""Tokenizer and word segmentation for Vietnamese and English news.

spaCy tokens are *syllables* (Vietnamese writes one syllable per
space-separated unit) and single punctuation marks, with exact character
offsets into the raw text. Words, which in Vietnamese span several syllables
("Bộ Chính trị" = "Bộ" + "Chính trị"), are assigned by the ``kg_words``
component as ``doc.spans["words"]``. Keeping tokens at syllable level means an
entity boundary never falls inside a token, however the segmenter groups
syllables ("Tô Lâm dự" is one segmenter word, but "Tô Lâm" is the name).
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from spacy.vocab import Vocab

from kg.nlp.pieces import line_pieces

# A token: letters/digits, possibly joined by an inner '.' or ',' between
# digits ("93,5", "1.000") or letters ("TP.HCM"); or a single other character.
TOKEN_RE = re.compile(r"\w+(?:[.,]\w+)*|[^\w\s]", re.UNICODE)


class SyllableTokenizer:
    """Split text into syllables and punctuation, keeping character offsets."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        # spaCy rebuilds the text from words + single spaces; any other
        # whitespace (newlines, double spaces) becomes a whitespace token.
        words, spaces = words_and_spaces(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        # the words and spaces give the text back exactly: keep it, so no component has spaCy join
        # every token again to read it (doc.text makes a Token object per syllable)
        doc.user_data[TEXT_KEY] = (id(doc), len(doc), text)
        return doc

    def to_bytes(self, **kwargs) -> bytes:  # pragma: no cover - nothing to save
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "SyllableTokenizer":  # pragma: no cover
        return self

    def to_disk(self, path, **kwargs) -> None:  # pragma: no cover
        pass

    def from_disk(self, path, **kwargs) -> "SyllableTokenizer":  # pragma: no cover
        return self


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """``spacy.util.get_words_and_spaces(TOKEN_RE.findall(text), text)`` from the matches' offsets.

    That function finds each word again in the rest of the text (a copy of the rest per word);
    between two matches there is only whitespace (every other character is in a match), so each
    word is where its match is: a gap before it becomes a whitespace token, one space after it
    is its trailing space.
    """
    words: list[str] = []
    spaces: list[bool] = []
    pos, n = 0, len(text)
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        if start > pos:
            words.append(text[pos:start])
            spaces.append(False)
        words.append(m.group())
        pos = end
        if pos < n and text[pos] == " ":
            spaces.append(True)
            pos += 1
        else:
            spaces.append(False)
    if pos < n:
        words.append(text[pos:])
        spaces.append(False)
    return words, spaces


TEXT_KEY = "kg_doc_text"
# doc.user_data: the character offsets of doc.spans["words"] as kg_words made them (taken by
# :func:`word_chars`, so that the gazetteer does not read them back span by span)
WORD_CHARS_KEY = "kg_word_chars"


def word_chars(doc: Doc) -> list[tuple[int, int]]:
    """``[(w.start_char, w.end_char) for w in doc.spans["words"]]`` (none without them), from what
    kg_words noted when it made them, when they are still those spans; the note is taken."""
    group = doc.spans.get("words", [])
    noted = doc.user_data.pop(WORD_CHARS_KEY, None)
    if noted is not None and len(noted) == len(group) and (
            not noted or (group[0].start_char, group[-1].end_char) == (noted[0][0], noted[-1][1])):
        return noted
    return [(w.start_char, w.end_char) for w in group]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy joins every token again on each access.

    Kept in ``doc.user_data`` with the doc's identity and length, so a doc that
    copied another's user data (the normaliser's) does not read the other's text.
    """
    cached = doc.user_data.get(TEXT_KEY)
    if cached is not None and cached[0] == id(doc) and cached[1] == len(doc):
        return cached[2]
    text = doc.text
    doc.user_data[TEXT_KEY] = (id(doc), len(doc), text)
    return text


@registry.tokenizers("kg.SyllableTokenizer.v1")
def create_syllable_tokenizer() -> Callable[[Language], SyllableTokenizer]:
    """Registered so a config can name the tokenizer."""

    def make(nlp: Language) -> SyllableTokenizer:
        return SyllableTokenizer(nlp.vocab)

    return make


def segment_words(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of the words of ``text``.

    Vietnamese goes through underthesea's CRF word segmenter (shipped inside the
    package, no download); other languages use whitespace words. The segmenter
    returns strings, so each word is located in the raw text in order.
    """
    if lang != "vi":
        return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    from kg.nlp.fastcrf import word_tokenize  # underthesea's, cached per piece

    spans: list[tuple[int, int]] = []
    # Bounded pieces (sentences, at most UNDERTHESEA_PIECE characters), not whole
    # lines: the segmenter's time grows much faster than the length of its input.
    for piece_start, piece_end in line_pieces(text):
        pos = piece_start
        for word in word_tokenize(text[piece_start:piece_end]):
            # The segmenter may normalise spacing inside a word; match syllables.
            parts = word.split()
            if not parts:
                continue
            start = text.find(parts[0], pos, piece_end)
            if start < 0:
                continue
            end = start + len(parts[0])
            ok = True
            for part in parts[1:]:
                nxt = text.find(part, end, piece_end)
                if nxt < 0 or text[end:nxt].strip():
                    ok = False
                    break
                end = nxt + len(part)
            if not ok:
                end = start + len(parts[0])
            spans.append((start, end))
            pos = end
    return spans


def token_edges(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    """The index of the token starting at each character offset, and one past the token ending at each:
    ``{t.idx: t.i for t in doc}`` and ``{t.idx + len(t): t.i + 1 for t in doc}``, read from the
    doc's arrays (no Token object made per syllable)."""
    if not len(doc):
        return {}, {}
    cols = doc.to_array([IDX, LENGTH])
    starts = cols[:, 0].tolist()
    ends = (cols[:, 0] + cols[:, 1]).tolist()
    return dict(zip(starts, range(len(starts)))), dict(zip(ends, range(1, len(ends) + 1)))


@Language.factory(
    "kg_words",
    assigns=["doc.spans"],
    default_config={"spans_key": "words"},
)
def make_word_segmenter(nlp: Language, name: str, spans_key: str) -> Callable[[Doc], Doc]:
    """Assign word spans (``doc.spans[spans_key]``) from the language's segmenter."""

    def segment(doc: Doc) -> Doc:
        spans = []
        chars = []  # each span's (start_char, end_char), read by the gazetteer next
        # a word from token boundary to token boundary is the span of those tokens, which
        # doc.char_span(…, "expand") would find again, five token look-ups each
        first, after = token_edges(doc)
        for start, end in segment_words(doc_text(doc), nlp.lang):
            i, j = first.get(start), after.get(end)
            if i is not None and j is not None and i < j:
                spans.append(Span(doc, i, j))
                chars.append((start, end))
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                chars.append((span.start_char, span.end_char))
        doc.spans[spans_key] = spans
        if spans_key == "words":
            doc.user_data[WORD_CHARS_KEY] = chars
        return doc

    return segment
