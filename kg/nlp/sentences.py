"""Sentence splitting for news text.

News copy breaks lines between paragraphs, captions and headings, but
sometimes also inside a sentence (hard-wrapped text). A line break ends a
sentence unless the line before has no end mark and the next line starts in
lower case. Inside a line, ". " before an upper-case letter ends a sentence,
except after abbreviations ("TP.", "TS.", "Mr.", "No.") and initials.

English copy whose paragraph breaks were lost (scraped text joined with spaces)
runs a headline or a photo credit into the next sentence with no end mark:
"… reviews task performance in February The Working Group convened …",
"… Photo: VGP/Nhat Bac The event was attended by …". There a word that opens
English sentences and is written in capitals inside one only as part of a name
("The", "This", "Among", "According" …) also ends the sentence before it; in
Vietnamese, a capital and a lower-case word that open sentences and never names
("Sau khi", "Theo đó", "Phát biểu": kg.nlp.patterns.VI_SENTENCE_OPENERS), and a
lead's opening ("Sáng 2/9,", "(Chinhphu.vn) -") after a headline.
"""
from __future__ import annotations

import re

from kg.nlp.patterns import EN_SENTENCE_OPENERS, UPPER_VI, VI_SENTENCE_OPENERS, pattern_data

ABBREVIATIONS = frozenset(pattern_data("sentences_words.json")["abbreviations"])
_END = re.compile(rf"([.!?…]+|\.\.\.)([\"”’')\]]*)(\s+)(?=[\"“‘(\[\-–+•]?\s*[{UPPER_VI}0-9])")
_BAR = re.compile(r"\s\|\s*")

# openers that may also begin a name ("The Saigon Times", "This Week in Asia")
_NAME_OPENERS = frozenset(pattern_data("sentences_words.json")["name_openers"])
# openers that are pronouns and Chinese surnames ("He Wei", "She Yan"): a sentence only before a lower-case word
_PRONOUNS = frozenset(pattern_data("sentences_words.json")["pronouns"])
# words after which a capital opener is still inside the sentence ("Museum of The …", "and The …")
_CONNECTORS = frozenset(pattern_data("sentences_words.json")["connectors"])
_RUN_IN = re.compile(r"(?<=[^\W_]|[)\]%])\s+(?=(?:" + "|".join(EN_SENTENCE_OPENERS) + r")\s+(\S+))")
_WORD = re.compile(r"[^\W_][\w’'-]*")
# a Vietnamese lead's opening: a time of day with its date ("Sáng 2/6,", "Chiều nay 15/3", "Ngày 8/4")
# or an agency's credit before a dash ("(Chinhphu.vn) -"), never inside a name
_VI_LEAD = r"(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày)(?: nay| qua| mai)?(?: ngày)? \d{1,2}/\d{1,2}|\([A-ZĐ][\w.]{1,20}\) ?[-–])"
_VI_RUN_IN = re.compile(r"(?<=[^\W_]|[)\]%])\s+(?=(?:" + "|".join(VI_SENTENCE_OPENERS) + r")(?![\w])|" + _VI_LEAD + ")")
# a photo or source credit: "Photo: VNA", "Photo by VnExpress/Pham Du", "(Source: MoF)"
_CREDIT = re.compile(r"\b(?:Photos?|Source|Graphic|Video)(?::|\s+by\b)")


def split_sentences(text: str, lang: str = "vi") -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, whitespace trimmed.

    A run-in English opener (``lang="en"``) or Vietnamese one (else) also ends a sentence (see the module).

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
        if lang == "en":
            pieces = [p for ps, pe in pieces for p in _run_in_pieces(text, ps, pe)]
        else:
            pieces = [p for ps, pe in pieces for p in _cut_before(text, ps, pe, _VI_RUN_IN)]
        for ps, pe in pieces:
            while ps < pe and text[ps].isspace():
                ps += 1
            while pe > ps and text[pe - 1].isspace():
                pe -= 1
            if pe > ps:
                out.append((ps, pe))
    return out


def _run_in_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut before each English opener that a run-in headline or credit precedes.

    A cut needs running text or a credit before it (a lower-case word other than "of", "and" …,
    or "Photo:": a headline in title case "Minister Attends The Opening" is left whole), a word that
    does not join ("Museum of The …"), and, where the opener could begin a name
    ("The Saigon Times"), a capitalised word or number before it, as headlines and
    credits end ("… in February The Working Group …"), but not a Vietnamese name's
    syllables on both sides of "The" ("Phan The Tuan": Thế without its marks).
    """
    pieces, piece_start = [], start
    for m in _RUN_IN.finditer(text, start, end):
        before = _WORD.findall(text, piece_start, m.start())
        if not before or before[-1].casefold() in _CONNECTORS:
            continue
        if not any(w[0].islower() and w not in _CONNECTORS for w in before) \
                and not _CREDIT.search(text, piece_start, m.start()):
            continue
        opener = text[m.end():].split(None, 1)[0]
        follower = m.group(1)
        if opener in _NAME_OPENERS and (follower[0].isupper() or follower[0].isdigit()) and (
                not (before[-1][0].isupper() or before[-1][-1].isdigit())
                or opener == "The" and _syllable(before[-1]) and _syllable(follower)):
            continue  # "the newspaper The Saigon Times"; "Phan The Tuan" (Thế written without its marks)
        if opener in _PRONOUNS and (follower[0].isupper() or follower[0].isdigit()):
            continue  # "… and Chinese Ambassador He Wei": a pronoun opens a sentence before a verb, a name before a name
        pieces.append((piece_start, m.start()))
        piece_start = m.end()
    pieces.append((piece_start, end))
    return pieces


def _syllable(word: str) -> bool:
    """``word`` (punctuation after it aside) is a Vietnamese syllable: "Phan", "Tuan", not "February"."""
    from kg.nlp.normalize import is_vietnamese_syllable

    bare = word.rstrip(",.;:!?)’'")
    return bool(bare) and bare[0].isupper() and is_vietnamese_syllable(bare)


def _cut_before(text: str, start: int, end: int, pattern: re.Pattern) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at each match of ``pattern`` (a Vietnamese opener written mid-line:
    "… Ảnh: VinAI Sau khi mua lại …", "… tại Hà Nội Phát biểu tại hội nghị, …")."""
    cuts = [m.start() for m in pattern.finditer(text, start, end)]
    if not cuts:
        return [(start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


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
    if re.search(r"(?<![\w])(?:lần thứ|thứ|khóa|khoá|kỳ|số)\s+[IVXLC]$", text[max(0, dot - 14):dot]):
        return False  # an edition's roman number closes the sentence: "… lần thứ X. Ủy viên Bộ Chính trị …"
    return len(word) == 1 and word.isupper()  # an initial: "J. Smith"
