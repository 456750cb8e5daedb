"""People proposed by statistical taggers: underthesea's CRF and kg's own CRF (:mod:`kg.nlp.model`).

Both are asked only for what the rules leave: the CRF reads the lines whose
capitalised runs no rule explains, and each tagger's person is kept only when
it looks like a name (:func:`plausible_person`). Their candidates have the
lowest priorities but references'.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Callable

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.pieces import line_pieces
from kg.nlp.recognizers.words import Word, cap_run, foreign_word, sentence_start
from kg.nlp.patterns import pattern_data

# (start, end) lines -> PER spans, and text -> (start, end, label) spans
CrfTagger = Callable[[list[tuple[int, int]]], list[tuple[int, int]]]
ModelTagger = Callable[[str], list[tuple[int, int, str]]]


def statistical_candidates(text: str, lang: str, words: list[Word], cands: list[Candidate], lex: Lexicon,
                           crf: CrfTagger | None = None, model: ModelTagger | None = None) -> list[Candidate]:
    """PER candidates from ``crf`` (on the lines nothing explains) and from ``model``."""
    out: list[Candidate] = []
    if crf is not None:
        for s, e in crf(unexplained_lines(text, words, cands)):
            if plausible_person(text[s:e], lex, lang):
                out.append(Candidate(s, e, "PER", PRIORITY["crf"], "crf"))
    if model is not None:
        for s, e, label in model(text):
            parts = text[s:e].split()
            whole_run = not re.search(rf"(?<![\w])[{P.UPPER_VI}][\w-]*\s$", text[max(0, s - 20):s]) \
                and not re.match(rf"\s[{P.UPPER_VI}]", text[e:e + 2])
            if not plausible_person(text[s:e], lex, lang) or after_work_cue(text, s):
                continue
            if lang != "vi" and len(parts[0]) >= 7 and parts[0].endswith("ing") and sentence_start(text, s):
                continue  # "Accompanying Chính were …", "Joining Lam …": a participle opening the sentence
            if label == "PER" and len(parts) >= 2 and whole_run \
                    and all(p[:1].isupper() and p[1:].islower() for p in parts):
                out.append(Candidate(s, e, "PER", PRIORITY["model"], "model"))
    return out


def after_work_cue(text: str, start: int) -> bool:
    """True when the run at ``start`` follows a noun that opens an award's or a work's title."""
    return _work_cue_re().search(text[max(0, start - 20):start]) is not None


@lru_cache(maxsize=1)
def _work_cue_re() -> re.Pattern[str]:
    """Any of the work cues right before the end: one search for what was one search per cue."""
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(cue) for cue in P.WORK_CUES_VI)})\s$")


def plausible_person(name: str, lex: Lexicon, lang: str = "vi") -> bool:
    """A statistical tagger's person is kept only when it looks like one: no competition or
    company word, no English title as its last word, and a Vietnamese name of two syllables must open with a family name
    ("Minh Phú", "Đông Anh" are firms and districts far more often than people)."""
    parts = name.split()
    if any(p.casefold() in P.NOT_NAME_WORDS or p in P.ORG_TAILS_LATIN for p in parts) or any(c.isdigit() for c in name):
        return False  # (a digit: "Airbus A330neo" is a product's model, no one's name)
    if lang != "vi" and parts and parts[-1].casefold() in lex.titles:
        return False  # "Indonesian President" (a headline in title case): a title, not a name
    if lang != "vi" and not english_person_shape(parts, lex):
        return False
    if len(parts) == 2 and not any(foreign_word(p) for p in parts) \
            and not lex.is_surname(parts[0], folded=lang != "vi"):
        return False
    return True


def english_person_shape(parts: list[str], lex: Lexicon) -> bool:
    """Whether an English run could be a person's name: no word that names bodies, events, venues,
    heritage or trades ("Sembcorp Development", "Urgent Safeguarding", "Tạ Quang Bửu Library"), and
    no Vietnamese place written the English way as its first word, which opens a company's name, not a
    person's ("Dalat Hasfarm", "Saigon Co.op"; a family name is never such a place: "Vinh" is not one)."""
    words = _not_person_words_en()
    if any(p.strip(",.;:'’") in words for p in parts):
        return False
    first = parts[0] if parts else ""
    if len(parts) >= 2 and first.isascii() and not lex.is_surname(first, folded=True) \
            and first in _vietnamese_places_en():
        return False
    return True


@lru_cache(maxsize=1)
def _not_person_words_en() -> frozenset[str]:
    """Body, event and venue heads, storm words ("Typhoon Kalmaegi, the 13th storm …" is no person even
    where it is named in passing, so no event) and the words of not_person_words_en.json, less family names."""
    from kg.nlp.lexicon import load_lexicon
    lex = load_lexicon()
    venues = {h.split()[-1] for h in P.pattern_data("venues_en.json")["heads"]}
    korean = set(P.pattern_data("foreign_names_en.json")["korean_family"])
    words = set(P.NOT_NAME_WORDS_EN) | {t for t in P.EVENT_TAILS_EN if " " not in t} | venues \
        | set(P.pattern_data("not_person_words_en.json")["words"]) \
        | {w for storm in P.pattern_data("storms.json")["en"] for w in storm.split()}
    return frozenset(w for w in words if w not in korean and not lex.is_surname(w, folded=True)
                     and w not in _FAMILY_NAME_HEADS)


# Heads that are also common family names in English copy: a person may bear them
_FAMILY_NAME_HEADS = frozenset(pattern_data("statistical_words.json")["family_name_heads"])


@lru_cache(maxsize=1)
def _vietnamese_places_en() -> frozenset[str]:
    """The one-word English spellings of Vietnamese places of two or more syllables ("Dalat", "Saigon")."""
    from kg.nlp.lexicon import load_lexicon
    lex = load_lexicon()
    out: set[str] = set()
    for e in lex.entries.values():
        root, seen = e, 0
        while root is not None and root.parent and seen < 6:
            root, seen = lex.entries.get("Place:" + root.parent), seen + 1
        if e.type != "Place" or root is None or root.id != "viet-nam":
            continue
        for n in (e.en or "", *e.en_aliases):
            # syllables written together ("Dalat", "Haiphong"); one syllable ("Hue", "Vinh") is also a given name
            if n and " " not in n and n.isascii() and n[:1].isupper() \
                    and len(re.findall(r"[aeiouy]+", n, re.IGNORECASE)) >= 2:
                out.add(n)
    return frozenset(out)


def unexplained_lines(text: str, words: list[Word], cands: list[Candidate]) -> list[tuple[int, int]]:
    """Lines holding a run of two or more capitalised words that no candidate covers."""
    covered = sorted((c.start, c.end) for c in cands if not c.ref)
    # a run [a, b) is covered when some candidate starting at or before a ends at or after b:
    # the furthest end among the candidates starting by a (a prefix maximum) says it at once
    starts = [s for s, _ in covered]
    furthest = list(accumulate((e for _, e in covered), max))
    lines: set[tuple[int, int]] = set()
    i = 0
    while i < len(words):
        j = cap_run(text, words, i)
        if j > i and not ((k := bisect_right(starts, words[i].start)) and furthest[k - 1] >= words[j].end):
            start = text.rfind("\n", 0, words[i].start) + 1
            end = text.find("\n", words[j].end)
            lines.add((start, len(text) if end < 0 else end))
        i = max(i, j) + 1
    return sorted(lines)


def has_capitalised_pair(line: str) -> bool:
    """Whether two neighbouring space-separated chunks could both belong to a capitalised name.

    A span of two or more syllables that all start with a capital ends one chunk
    (from a capital on) and starts the next one (with a capital). A line with no
    such pair cannot yield a name for :func:`crf_person_spans` or the model
    filter of :func:`statistical_candidates`, so the CRFs are not run on it.
    """
    chunks = line.split()
    return any(b[0].isupper() and any(ch.isupper() for ch in a) for a, b in zip(chunks, chunks[1:]))


def crf_person_spans(text: str, lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """PER spans from underthesea's bundled CRF (VLSP 2016 tags), aligned to ``text``.

    ``lines`` limits the work to those (start, end) character ranges.

    The CRF is good at names with no cue; it also tags titles and phrases,
    so only runs of capitalised syllables are kept. The tags are
    ``underthesea.ner``'s, computed by :mod:`kg.nlp.fastcrf` (same features, same
    models, several times faster).
    """
    from kg.nlp.fastcrf import ner

    out: list[tuple[int, int]] = []
    ranges = lines if lines is not None else [(0, len(text))]
    # Bounded pieces, not whole lines: the CRF's features cost grows much faster
    # than the length of the line it is given.
    pieces = [p for s, e in ranges for p in line_pieces(text, s, e)]
    for piece_start, piece_end in pieces:
        line = text[piece_start:piece_end]
        if not has_capitalised_pair(line):
            continue  # no run of two capitalised syllables: nothing the CRF says would be kept
        pos = 0
        current: tuple[int, int] | None = None
        for word, _pos, _chunk, tag in ner(line):
            idx = line.find(word, pos)
            if idx < 0:
                continue
            pos = idx + len(word)
            if tag in ("B-PER", "I-PER") and all(p[:1].isupper() for p in word.split()):
                if tag == "B-PER" or current is None:
                    if current:
                        out.append(current)
                    current = (piece_start + idx, piece_start + pos)
                else:
                    current = (current[0], piece_start + pos)
            elif current:
                out.append(current)
                current = None
        if current:
            out.append(current)
    return [(s, e) for s, e in out if len(text[s:e].split()) >= 2]
