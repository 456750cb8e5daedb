"""Persons named with no title and no family-name cue: "Khoa khai nhận …", "Hiền khóc khi …",
"Sau trận, Công Phượng cho biết anh …", "Minh và Lan gặp nhau …" (VLSP tags the bare name PER).

Also the given name of a person the text has named in full, standing at the start of a
sentence ("Lê Văn Khoa … . Khoa khai nhận …"), which
:func:`kg.nlp.recognizers.persons.given_name_references` leaves out because a capitalised
first word is usually not a name: here the segmenter must keep it a word of its own.

Both only fill gaps: a run some recogniser already explains, or that the gazetteer knows, is
left alone. The cue words are data: ``kg/data/patterns/bare_names_vi.json``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import Word, foreign_word, sentence_start
from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation


# the name's spouse or family right after it: "Thảo và chồng là anh …", "Hùng cùng vợ …"
_KIN_AFTER = re.compile(r"\s+(?:và|cùng)\s+(?:chồng|vợ|các con|con trai|con gái|bố mẹ|cha mẹ|mẹ|bố)(?![\w])")

# numerals open clauses ("Hai người …") but also nicknames ("Hai Long", "Năm Cam"): kept in a longer run
_NUMERALS = frozenset(pattern_data("bare_names_words.json")["numerals"])

# directions that a list may join ("Đông và Tây"): no given names there
_DIRECTIONS = frozenset(pattern_data("bare_names_words.json")["directions"])

# an age, a birth year or a home in apposition: "Tuấn (35 tuổi, …)", "Hạnh, 40 tuổi,",
# "Khoa (SN 1990)", "Hòa, trú tại …", "Lâm (quê Nghệ An)"
_AGE_AFTER = re.compile(r"\s*(?:[(,]\s*(?:(?:khoảng\s+|gần\s+|hơn\s+)?\d{1,3}\s+tuổi|SN\s+\d{4}|sinh năm\s+\d{4})(?![\w])"
                        r"|\(\s*(?:trú|ngụ|quê)\s|,\s*(?:trú tại|ngụ tại|ngụ ở|quê ở)\s)")


@lru_cache(maxsize=1)
def _kin_before() -> re.Pattern[str]:
    """A kinship or account noun right before a name ("vợ của Tùng", "theo lời kể của Hạnh")."""
    data = pattern_data("bare_names_vi.json")
    return re.compile(r"(?<![\w])(?:" + escaped_alternation(data.get("kin_before", [])) + r")(?:\s+(?:của|là))?\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _speakers() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a speech verb right after a name, first words that are no speaker's name)."""
    data = pattern_data("bare_names_vi.json")
    return (re.compile(r"\s+(?:" + escaped_alternation(data.get("speaker_verbs", [])) + r")(?![\w])"),
            frozenset(data.get("not_speakers", ())))


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], int, frozenset[str]]:
    """(person verb after the name, speech verb + pronoun after the name, longest name, clause openers)."""
    data = pattern_data("bare_names_vi.json")
    # an adverb may stand between the name and the verb: "Messi và Suárez cùng lập công"
    person = re.compile(r"\s+(?:(?:cùng|đều|cũng|đã|vừa|từng)\s+)?(?:" + escaped_alternation(data["person_verbs"])
                        + r")(?![\w])")
    speech = re.compile(r"\s+(?:" + escaped_alternation(data["speech_verbs"]) + r")(?:\s+(?:là|rằng))?\s+(?:"
                        + escaped_alternation(data["pronouns"]) + r")(?![\w])")
    return person, speech, int(data["max_syllables"]), frozenset(data.get("clause_openers", ()))


@lru_cache(maxsize=1)
def _conjunction_before() -> re.Pattern[str]:
    data = pattern_data("bare_names_vi.json")
    return re.compile(r"(?<![\w])(?:" + escaped_alternation(data.get("conjunctions", [])) + r")\s+$", re.IGNORECASE)


def _clause_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \u00a0\"“'‘(")
    return sentence_start(text, pos) or before.endswith((",", ";")) \
        or _conjunction_before().search(text, max(0, pos - 12), pos) is not None  # "… trước khi Triệu cản phá"


def _glued_to_previous(text: str, pos: int, word_ends: dict[int, int]) -> bool:
    """The syllable at ``pos`` is the segmenter's continuation of the syllable before it."""
    prev = re.search(r"(\S+)\s+$", text[max(0, pos - 12):pos])
    if not word_ends or prev is None:
        return False
    p = max(0, pos - 12) + prev.start(1)
    return word_ends.get(p) is not None and word_ends.get(p) == word_ends.get(pos)


def _own_word(words: list[Word], i: int, j: int, word_ends: dict[int, int]) -> bool:
    """Syllables ``i..j`` are not glued by the segmenter onto the lower-case word after them."""
    return not word_ends or word_ends.get(words[j].start, words[j].end) <= words[j].end \
        or all(word_ends.get(words[m].start) != word_ends.get(words[j].start) for m in range(i, j))


def _runs(text: str, words: list[Word], max_len: int, openers: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Maximal runs of capitalised name syllables, as (first, last) word indices; a clause opener
    capitalised at the start of a longer run is left out of it ("Cả Dũng và Hà …", "Khi Hạnh về …")."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not words[i].name_syl:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and words[j + 1].name_syl and words[j + 1].start - words[j].end == 1 \
                and text[words[j].end] == " ":
            j += 1
        first = i + 1 if words[i].text in openers and words[i].text not in _NUMERALS and j > i else i
        if j - first < max_len:
            out.append((first, j))
        i = j + 1
    return out


def bare_name_candidates(text: str, words: list[Word], lex: Lexicon, cands: list[Candidate],
                         word_ends: dict[int, int] | None = None) -> list[Candidate]:
    """PER candidates for bare names that a person cue or an earlier full name reveals."""
    person, speech, max_len, openers = _cues()
    word_ends = word_ends or {}
    covered = sorted((c.start, c.end) for c in cands if c.label in ("PER", "ORG", "LOC", "EVENT", "POLICY"))
    # a run [s, e) overlaps a covered span when one starting before e ends after s: the furthest
    # end among those starting before e (a prefix maximum) says it at once
    starts = [cs for cs, _ in covered]
    furthest = list(accumulate((ce for _, ce in covered), max))
    given = {text[c.start:c.end].split()[-1] for c in cands
             if c.label == "PER" and not c.ref and len(text[c.start:c.end].split()) >= 2}
    out: list[Candidate] = []
    runs = _runs(text, words, max_len, openers)
    for n, (i, j) in enumerate(runs):
        s, e = words[i].start, words[j].end
        name = text[s:e]
        if i == j and _AGE_AFTER.match(text, e) and (_clause_start(text, s) or _kin_before().search(text, 0, s)) \
                and lex.lookup(name) and words[i].text not in openers \
                and not any(c.start < e and s < c.end and not (c.source == "gazetteer" and c.label == "LOC"
                                                               and (c.start, c.end) == (s, e)) for c in cands):
            # "Nga, trú tại phường 7, …": a given name that is also a country, in a person's slot
            out.append(Candidate(s, e, "PER", PRIORITY["honorific"], "bare-name"))
            continue
        if (k := bisect_left(starts, e)) and furthest[k - 1] > s:
            continue
        # a slot only a person fills, wherever it stands: "Tuấn (35 tuổi)", "vợ của Tùng"
        kin = _kin_before().search(text, max(0, s - 30), s)
        if kin and _glued_to_previous(text, kin.start(), word_ends):
            kin = None  # "công bố Chỉ số …": "bố" ends another word, no father
        slot = _AGE_AFTER.match(text, e) or kin or _KIN_AFTER.match(text, e) \
            or (i == j and text[max(0, s - 4):s] == "của " and not foreign_word(name)
                and word_ends.get(s, e) <= e  # "của Giáo hoàng": the syllable opens a longer word
                and name not in _speakers()[1] and re.match(r"\s+[a-zà-ỹđ]|[,.;:!?]", text[e:e + 3]))
        # ("mô hình của Hưng được …": one syllable after "của" is a given name; known places were excluded)
        if words[i].text in openers and i == j and not (slot and not _clause_start(text, s)):
            continue  # "Khi bị bắt, …": a word opening the clause, not a name ("được gọi là Ba Tèo" is one)
        if not (slot or _clause_start(text, s) or text[max(0, s - 4):s] == " và "):
            continue
        if lex.lookup(name) or lex.lookup(name, folded=True) or not _own_word(words, i, j, word_ends):
            continue
        if slot:
            out.append(Candidate(s, e, "PER", PRIORITY["given-name/alone"], "bare-name", ref=True))
            continue
        follows = text[e:e + 40]
        if name in given and i == j and sentence_start(text, s) and re.match(r"\s+[a-zà-ỹđ]", follows):
            out.append(Candidate(s, e, "PER", PRIORITY["given-name/alone"], "given-name", ref=True))
            continue
        if person.match(text, e) or speech.match(text, e):
            out.append(Candidate(s, e, "PER", PRIORITY["given-name/alone"], "bare-name", ref=True))
            continue
        says, not_speakers = _speakers()
        if says.match(text, e) and words[i].text not in not_speakers:
            out.append(Candidate(s, e, "PER", PRIORITY["given-name/alone"], "bare-name", ref=True))
            continue  # "Hoà cho biết kẻ gian …"
        # "anh em Hùng và Dũng": a bare name joined by "và" to a person named just before it (not "X và Phu nhân")
        if any(c.label == "PER" and c.end == s - 4 for c in cands) and text[s - 4:s] == " và " \
                and not text[e:e + 2].strip()[:1].isupper() \
                and not any(text.startswith(h, s) for h in pattern_data("bare_names_vi.json")["spouse_nouns"]):
            out.append(Candidate(s, e, "PER", PRIORITY["given-name/alone"], "bare-name", ref=True))
            continue
        # "Minh và Lan gặp nhau": two bare names joined by "và" before a person verb
        if n + 1 < len(runs) and text[e:words[runs[n + 1][0]].start] == " và ":
            i2, j2 = runs[n + 1]
            s2, e2 = words[i2].start, words[j2].end
            # two given names of one syllable each need no verb: "Mạnh và Cường đã dùng mã độc …"
            singles = i == j and i2 == j2 and not ({name, text[s2:e2]} & (_speakers()[1] | _DIRECTIONS)) \
                and not foreign_word(name) and not foreign_word(text[s2:e2]) \
                and re.match(r"\s+[a-zà-ỹđ]", text[e2:e2 + 3]) is not None \
                and word_ends.get(s, e) <= e and word_ends.get(s2, e2) <= e2
            if (person.match(text, e2) or singles) and not any(cs < e2 and s2 < ce for cs, ce in covered) \
                    and not lex.lookup(text[s2:e2]) and not lex.lookup(text[s2:e2], folded=True) \
                    and _own_word(words, i2, j2, word_ends):
                out.append(Candidate(s, e, "PER", PRIORITY["given-name/alone"], "bare-name", ref=True))
                out.append(Candidate(s2, e2, "PER", PRIORITY["given-name/alone"], "bare-name", ref=True))
    return out
