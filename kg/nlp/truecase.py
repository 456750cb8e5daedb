"""Case restored in runs of capitals, from the article's own spelling of each word.

Headlines, headings of official documents and some portals' titles are set in
capitals ("UBND TỈNH TÂY NINH TRAO QUYẾT ĐỊNH CHẤP THUẬN ĐẦU TƯ", "NGHỊ QUYẾT
VỀ PHÁT TRIỂN KINH TẾ TƯ NHÂN"). Every recogniser reads case (a name is a
run of capitals), so such a run is read as one long name or as nothing. For
matching, :func:`restore_case` writes each word of a run of capitals as the
rest of the article writes it ("Tây Ninh", "Quyết định", "về"), keeping the
length, so offsets into the raw text do not move.

A run is cased by the article's most frequent spelling of its longest phrase
written elsewhere ("Bộ Khoa học và Công nghệ") or named in the gazetteer
("Nghệ An"); a word no such phrase covers, by its spelling after the same or
before the same neighbour (not counting a sentence's first word, capitalised
anyway), else as a one-word gazetteer name, else as the article writes a
foreign word it only writes capitalised ("Nvidia"), else in lower case.
Abbreviations (not a Vietnamese syllable, at most one vowel or three letters:
"UBND", "CTCP", "WTO") and Roman numerals after "thứ" / "khóa" stay in
capitals. A run of abbreviations alone ("UBND TP.HCM") is no heading, nor is a
run in English (most words no Vietnamese syllable). The run's first word is
capitalised when it starts a line or a sentence.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from kg.nlp.patterns import UPPER_VI, pattern_data

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_OPENERS = ".!?:;\n\"“(–-"
MIN_RUN_WORDS = 3  # fewer capitals in a row are names or abbreviations ("HÀ NỘI", "UBND TP")
MAX_ABBREVIATION = 3  # a word of no more letters the article never writes otherwise may stay in capitals
_NUMBERED = set(pattern_data("truecase_words.json")["numbered"])  # words a Roman numeral follows
_ROMAN = re.compile(r"[IVXLC]+")
MAX_PHRASE = 6  # words of the longest phrase looked up elsewhere in the article
# a quick look before the word by word scan: three words in capitals in a row
_THREE_IN_CAPITALS = re.compile(rf"[{UPPER_VI}]{{2,}}\W+[{UPPER_VI}]+\W+[{UPPER_VI}]")


def _is_caps(word: str) -> bool:
    return word.upper() == word and word.lower() != word


def caps_runs(text: str) -> list[list[re.Match]]:
    """Runs of at least :data:`MIN_RUN_WORDS` words in capitals with no lower-case letter between them."""
    if not _THREE_IN_CAPITALS.search(text):
        return []
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    last_end = 0
    for m in _WORD.finditer(text):
        if _is_caps(m.group()) and (not current or not re.search(r"[^\W\d_]", text[last_end:m.start()])):
            current.append(m)
        else:
            if len(current) >= MIN_RUN_WORDS:
                runs.append(current)
            current = [m] if _is_caps(m.group()) else []
        last_end = m.end()
    if len(current) >= MIN_RUN_WORDS:
        runs.append(current)
    # a heading has words in capitals, not only abbreviations ("UBND TP.HCM", "TNHH MTV"), and
    # is Vietnamese: an English headline is telegraphic ("HEALTH MINISTRY STEPS UP …"), and its
    # words cased by the article ran names on into verbs (tune-en: entity F1 0.936 -> 0.933)
    return [r for r in runs if _vietnamese_heading([m.group() for m in r])]


def _vietnamese_heading(words: list[str]) -> bool:
    """At least two words of ``words`` are no abbreviations, and most of those are Vietnamese syllables."""
    full = [w for w in words if not _abbreviation(w)]
    return len(full) >= 2 and sum(1 for w in full if _is_syllable(w.lower())) * 3 >= len(full) * 2


def restore_case(text: str) -> str:
    """``text`` with each run of capitals written as the rest of the article writes its words.

    >>> restore_case("UBND TỈNH TÂY NINH TRAO GIẤY PHÉP\\nSáng 3/9, UBND tỉnh Tây Ninh trao giấy phép cho Công ty.")
    'UBND tỉnh Tây Ninh trao giấy phép\\nSáng 3/9, UBND tỉnh Tây Ninh trao giấy phép cho Công ty.'
    """
    runs = caps_runs(text)
    if not runs:
        return text
    words, phrases = _spellings(text, runs)
    chars = list(text)
    for run in runs:
        forms = _run_spelling([m.group() for m in run], words, phrases)
        for m, form in zip(run, forms):
            word = m.group()
            if _opens(text, m.start()):
                form = form[:1].upper() + form[1:]
            if len(form) == len(word) and form.upper() == word.upper():
                chars[m.start():m.end()] = form
    return "".join(chars)


def _run_spelling(run: list[str], words: dict[str, Counter], phrases: dict[tuple[str, ...], Counter]) -> list[str]:
    """The spelling of each word of a run: the longest phrase of it the article writes elsewhere
    ("Bộ Khoa học và Công nghệ") or the gazetteer names ("Nghệ An"), else word by word."""
    forms: list[str] = []
    i = 0
    while i < len(run):
        for n in range(min(MAX_PHRASE, len(run) - i), 1, -1):
            form = _phrase_spelling(run[i:i + n], phrases)
            if form:
                forms += [w if _abbreviation(w, strict=True) else f for w, f in zip(run[i:i + n], form)]
                i += n
                break
        else:
            word = run[i]
            forms.append(word if _abbreviation(word) else
                         _spelling(word, run[i - 1] if i else None, run[i + 1] if i + 1 < len(run) else None,
                                   words, phrases))
            i += 1
    return forms


def _phrase_spelling(phrase: list[str], phrases: dict[tuple[str, ...], Counter]) -> tuple[str, ...] | None:
    """How the article writes ``phrase`` elsewhere (most often), else how a gazetteer name or alias
    equal to it is written."""
    seen = phrases.get(tuple(w.lower() for w in phrase))
    if seen:
        return seen.most_common(1)[0][0]
    return _gazetteer_spelling(phrase)


def _gazetteer_spelling(phrase: list[str]) -> tuple[str, ...] | None:
    """How a gazetteer name or alias equal to ``phrase`` is written ("NGHỆ AN" -> "Nghệ An")."""
    from kg.nlp.lexicon import load_lexicon
    from kg.textutil import norm_key

    surface = " ".join(phrase)
    key = norm_key(surface)
    for entry in load_lexicon().lookup(surface):
        for name in (entry.name, *entry.aliases):
            if norm_key(name) == key and len(name) == len(surface) and name.count(" ") == len(phrase) - 1:
                return tuple(name.split(" "))
    return None


def _opens(text: str, start: int) -> bool:
    """The word at ``start`` begins a line or a sentence."""
    before = text[max(0, start - 8):start].rstrip(" \t")
    return start < 8 and not before or bool(before) and before[-1] in _SENTENCE_OPENERS


def _spellings(text: str, runs: list[list[re.Match]]) -> tuple[dict[str, Counter], dict[tuple[str, ...], Counter]]:
    """How the article writes, outside the runs of capitals, each word (lower-cased key) and each
    phrase of 2 to :data:`MAX_PHRASE` words that a run holds, not counting a sentence's first word."""
    skip = {m.start() for run in runs for m in run}
    wanted: set[tuple[str, ...]] = set()
    for run in runs:
        low = [m.group().lower() for m in run]
        wanted.update(tuple(low[i:i + n]) for n in range(2, MAX_PHRASE + 1) for i in range(len(low) - n + 1))
    words: dict[str, Counter] = defaultdict(Counter)
    phrases: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    body = [m for m in _WORD.finditer(text) if m.start() not in skip]
    for i, m in enumerate(body):
        if _opens(text, m.start()):
            continue
        w = m.group()
        words[w.lower()][w] += 1
        for n in range(2, MAX_PHRASE + 1):
            if i + n > len(body) or text[body[i + n - 2].end():body[i + n - 1].start()] != " ":
                break
            key = tuple(x.group().lower() for x in body[i:i + n])
            if key in wanted:
                phrases[key][tuple(x.group() for x in body[i:i + n])] += 1
    return words, phrases


def _spelling(word: str, before: str | None, after: str | None, words: dict[str, Counter],
              phrases: dict[tuple[str, ...], Counter]) -> str:
    """The article's spelling of ``word`` (in capitals) between ``before`` and ``after``."""
    low = word.lower()
    seen: Counter = Counter()
    if before is not None:
        for (_, w), n in phrases.get((before.lower(), low), Counter()).items():
            seen[w] += n
    if after is not None:
        for (w, _), n in phrases.get((low, after.lower()), Counter()).items():
            seen[w] += n
    if before is not None and before.lower() in _NUMBERED and _ROMAN.fullmatch(word):
        return word  # "LẦN THỨ VI", "KHÓA XV": a Roman numeral
    if seen:
        return seen.most_common(1)[0][0]
    named = _gazetteer_spelling([word])
    if named:
        return named[0]
    alone = words.get(low, Counter())
    # one Vietnamese syllable is no name by itself ("Ban" of "Ban Thường vụ" is not the "BAN" of "BAN
    # HÀNH"); a foreign word the article only writes capitalised is ("NVIDIA" -> "Nvidia")
    if alone and low not in alone and not _is_syllable(low):
        return alone.most_common(1)[0][0]
    return low


@lru_cache(maxsize=8192)
def _abbreviation(word: str, strict: bool = False) -> bool:
    """A word in capitals that is not a Vietnamese syllable and has at most one vowel ("UBND",
    "TNHH", "HCM") or, unless ``strict``, few letters ("WTO") is an abbreviation: it stays in
    capitals. (Inside a phrase the article writes, "ONE" of "One Mount Group" is a word.)"""
    if _is_syllable(word.lower()):
        return False
    return len(re.findall(r"[aeiouy]", _bare(word.lower()))) <= 1 or not strict and len(word) <= MAX_ABBREVIATION


def _bare(word: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _is_syllable(word: str) -> bool:
    from kg.nlp.normalize import is_vietnamese_syllable

    return is_vietnamese_syllable(word)


# English headlines set in title case ("Malaysian Prime Minister Wraps Up Visit To Viet Nam"): the small
# words a title-case line capitalises and a sentence never does after its first word
_TITLE_SMALL = frozenset(pattern_data("truecase_words.json")["title_small"])
_TITLE_LINE = re.compile(r"^[^\n]{10,200}$", re.MULTILINE)


def lower_title_case(text: str) -> str:
    """``text`` with each English title-case line (a headline whose small words are capitalised) written
    in sentence case: a small word and a word the article writes in lower case elsewhere go to lower
    case; names stay. Length is kept.

    >>> lower_title_case("Minister Wraps Up Visit To Laos\\n\\nThe minister wraps up his visit to Laos today.")
    'Minister wraps up visit to Laos\\n\\nThe minister wraps up his visit to Laos today.'
    """
    if not re.search(r"\s(?:To|Of|In|On|For|With|And|Up|At|By|From|As|Over|Into|After|Amid|Its|Is|Are)\s", text):
        return text
    chars: list[str] | None = None
    lowered: Counter | None = None
    for line in _TITLE_LINE.finditer(text):
        words = list(_WORD.finditer(line.group()))
        if len(words) < 3 or line.group().rstrip().endswith("."):
            continue
        capital = [m for m in words if m.group()[:1].isupper()]
        small = [m for m in words[1:] if m.group().casefold() in _TITLE_SMALL and m.group()[:1].isupper()]
        if not small or len(capital) * 5 < len(words) * 4:
            continue
        if lowered is None:  # how the article writes each word outside its title-case lines
            lowered = Counter(m.group() for m in _WORD.finditer(text) if m.group().islower())
        chars = chars if chars is not None else list(text)
        for m in words[1:]:
            word = m.group()
            low = word.lower()
            if word[:1].isupper() and not word.isupper() and len(low) == len(word) and (
                    low in _TITLE_SMALL or lowered[low] > 0):
                at = line.start() + m.start()
                chars[at:at + len(word)] = low
    return text if chars is None else "".join(chars)
