"""Names of people: surname-led runs, names after an honorific or a role, given names
that refer back to a full name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.lexicon import Lexicon, load_lexicon
from kg.textutil import compiled, fold_key, norm_key
from kg.nlp import patterns as P
from kg.nlp.recognizers.statistical import english_person_shape
from kg.nlp.recognizers.words import (Word, adjacent, cap_run, ends_place, field_runs_on, foreign_word, hyphen_end,
                                      name_syllable, person_run, sentence_start, starts_org_head, vi_word)
from kg.nlp.patterns import pattern_data


# Words that name a time in English copy; a capitalised run holding one is no person's name.
_EN_TIME_WORDS = (frozenset(m for m in P.MONTHS_EN if len(m) > 3 and m != "sept") | {"may"} | frozenset(P.WEEKDAYS_EN)
                  | frozenset({"morning", "afternoon", "evening", "night", "today", "tonight", "yesterday"}))


@lru_cache(maxsize=1)
def _cyclic_parts() -> tuple[frozenset[str], frozenset[str]]:
    data = P.pattern_data("cyclic_years_vi.json")
    return frozenset(data["stems"]), frozenset(data["branches"])


def _cyclic_year(first: str, second: str) -> bool:
    """A heavenly stem then an earthly branch (``cyclic_years_vi.json``): "Nhâm Tý", "Ất Tỵ", "Mậu Thân"."""
    stems, branches = _cyclic_parts()
    return first in stems and second in branches


def person_candidates(text: str, words: list[Word], lang: str, lex: Lexicon) -> list[Candidate]:
    """Names: surname-led capitalised runs, and runs after an honorific."""
    out: list[Candidate] = []
    for i, w in enumerate(words):
        if not (w.is_cap and w.is_alpha):
            continue
        if i > 0 and words[i - 1].is_cap and words[i - 1].is_alpha and adjacent(text, words[i - 1], w) \
                and lex.is_surname(words[i - 1].text, folded=lang != "vi") and not ends_place(text, words, i - 1, lex):
            continue  # inside a run that a surname already opens
        j = cap_run(text, words, i)
        length = j - i + 1
        if w.text.casefold() in ("ông", "bà", "anh", "chị", "cô", "chú", "bác"):
            continue  # an honorific at the start of a sentence, not the rare family name
        if ends_place(text, words, i, lex):
            continue  # "Bắc Ninh Đào Quang Khải": "Ninh" ends a place, the name starts after it
        if any(e.type == "Place" for k in (1, 2) if i + k <= j
               for e in lex.lookup(text[w.start:words[i + k].end])):
            continue  # "Thái Lan Paetongtarn Shinawatra": a country, then the name
        if lang == "vi" and field_runs_on(text, words, j):
            continue  # "Viện … Nông Lâm nghiệp Tây Nguyên": "Lâm nghiệp" is a field, no given name
        if length == 2 and lang == "vi" and _after_place_preposition(text, w.start):
            continue  # "trú tại Lục Ngạn", "ở Hoa Liên": a two-syllable place, not a person
        if length == 2 and lang == "vi" and _cyclic_year(w.text, words[j].text):
            continue  # "Tết Nguyên đán Nhâm Tý 2032": a year of the sexagenary cycle, not the family name Nhâm
        if lang != "vi" and (words[j].text in _EN_PLACE_TAILS | _venue_tails() or any(x.text in P.NOT_NAME_WORDS_EN
                                                                       for x in words[i:j + 1])
                             or not english_person_shape([x.text for x in words[i:j + 1]], lex)):
            continue  # "Thi Vai River", "Loc Real Estate Company", "Tạ Quang Bửu Library": a place or body
        if lang != "vi" and any(x.text in _en_title_words() for x in words[i + 1:j + 1]):
            continue  # "Thai Prime Minister Anutin": a family-name-like adjective of nationality before a title
        if lang != "vi" and any(x.text.casefold() in _EN_TIME_WORDS for x in words[i:j + 1]):
            continue  # "On Friday Morning", "Le Monday": a time, however family-name-like its first word
        if lang != "vi" and length == 4 and not _surname_strong(w.text) and _surname_strong(words[i + 1].text) \
                and vi_word(text[w.start:words[j].end]):
            # "Director of Hưng Thịnh Phạm Minh Quân": a body's short name, then the person's three words
            out.append(Candidate(words[i + 1].start, words[hyphen_end(words, j)].end, "PER", PRIORITY["surname"], "surname"))
            continue
        if lex.is_surname(w.text, folded=lang != "vi") and 2 <= length <= 4:
            # in English text a two-word run needs diacritics or a common family name ("To Lam")
            weak = lang != "vi" and length == 2 and not (vi_word(text[w.start:words[j].end])
                                                          or _surname_strong(w.text))
            if not weak:
                j = hyphen_end(words, j)
                out.append(Candidate(w.start, words[j].end, "PER", PRIORITY["surname"], "surname"))
    # Honorific or role + name ("ông Phan Đức Trung", "Ông Jilei Hou", "ông Trung", "Mr Hung",
    # "HLV Park Hang-seo", "ca sĩ Mỹ Tâm").
    cues: dict[str, list[list[str]]] = {}
    for h in P.HONORIFICS_VI + P.HONORIFICS_EN + (P.PERSON_ROLES_VI if lang == "vi" else ()):
        hw = h.casefold().split()
        cues.setdefault(hw[0], []).append(hw)
    for i, w in enumerate(words):
        for hw in cues.get(w.text.casefold(), ()):
            if i + len(hw) > len(words):
                continue
            if [x.text.casefold() for x in words[i:i + len(hw)]] != hw:
                continue
            if i > 0 and f"{words[i - 1].text.casefold()} {hw[0]}" in P.NOT_HONORIFIC_COMPOUNDS_VI:
                continue  # "công bố Chỉ số …": the verb "công bố", not "bố Chỉ" (a father)
            if not hw[-1].endswith(".") and i + len(hw) < len(words) and words[i + len(hw)].text == ".":
                k = i + len(hw) + 1
            else:
                k = i + len(hw)
            if k >= len(words) or not adjacent(text, words[k - 1], words[k]) \
                    or starts_org_head(text, words[k].start):
                continue
            if w.is_cap and _place_through(text, words, i, k, lex):
                continue  # "Bà Rịa–Vũng Tàu Province", "núi Bà Đen": a place's name opens with the word
            k = _after_country(text, words, k, lex)  # "Quốc vương Anh Charles III"
            j = person_run(text, words, k, max_len=5)
            if j < 0:
                continue
            if j + 1 < len(words) and re.fullmatch(r"[IVX]{1,4}", words[j + 1].text) \
                    and adjacent(text, words[j], words[j + 1]):
                j += 1  # "Charles III"
            out.append(Candidate(words[k].start, words[j].end, "PER",
                                 PRIORITY["honorific"] if " ".join(hw) in _HONORIFIC_KEYS else PRIORITY["honorific/role"],
                                 "honorific", ref=(j == k)))
    return out


def _place_through(text: str, words: list[Word], i: int, k: int, lex: Lexicon) -> bool:
    """Whether a known place's name runs from honorific-like word ``i`` through word ``k`` or the next few."""
    return any(e.type == "Place" for m in range(k, min(k + 4, len(words)))
               for e in lex.lookup(text[words[i].start:words[m].end]))


# English kind words that end a place's name: a capitalised run ending in one is no person.
_EN_PLACE_TAILS = frozenset(pattern_data("persons_words.json")["en_place_tails"])


@lru_cache(maxsize=1)
def _en_title_words() -> frozenset[str]:
    """English title words no personal name holds (``title_words`` of foreign_names_en.json)."""
    return frozenset(P.pattern_data("foreign_names_en.json")["title_words"])


def _venue_tails() -> frozenset[str]:
    """The last words of the English venue heads (``kg/data/patterns/venues_en.json``): "Dong Ba Market"
    and "Ngo Mon Gate" open with a family name but are places."""
    data = P.pattern_data("venues_en.json")
    return frozenset(h.split()[-1] for h in data["heads"])


_HONORIFIC_KEYS = frozenset(h.casefold() for h in P.HONORIFICS_VI + P.HONORIFICS_EN)


def _after_place_preposition(text: str, start: int) -> bool:
    """The word before ``start`` is a preposition that introduces a place ("tại", "ở")."""
    before = text[max(0, start - 8):start]
    return re.search(r"(?<![\w])(?:tại|ở|Tại|Ở)\s+$", before) is not None


def _after_country(text: str, words: list[Word], k: int, lex: Lexicon) -> int:
    """Index after a country or place written between a role and a name, else ``k``."""
    for jj in range(min(len(words) - 2, k + 3), k - 1, -1):
        if any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end])) \
                and adjacent(text, words[jj], words[jj + 1]) \
                and (name_syllable(words[jj + 1]) or foreign_word(words[jj + 1].text)):
            rest = person_run(text, words, jj + 1, max_len=5)
            if rest > jj + 1 or foreign_word(words[jj + 1].text):
                return jj + 1  # "Ca sĩ Mỹ Tâm" keeps "Mỹ": one syllable is no name on its own
    return k


def given_name_references(text: str, words: list[Word], cands: list[Candidate], lang: str = "vi") -> list[Candidate]:
    """A full name's given name standing alone later ("… said Dũng") refers back to it.

    Only a whole capitalised run that is not at a sentence start counts, so "Nam"
    in "Việt Nam" or a capitalised first word is never read as a person.
    """
    lex = load_lexicon()
    cands = [c for c in cands if not (c.label == "PER" and _title_word_run(text, c, lex))]
    full = [text[c.start:c.end].split() for c in cands
            if c.label == "PER" and not c.ref and len(text[c.start:c.end].split()) >= 2]
    given = {parts[-1] for parts in full}
    # a foreign name may be short for its first word: "Prabowo" for Prabowo Subianto, "Choi" for Choi Joo-ho
    given |= {parts[0] for parts in full if foreign_lead(parts, lex)}
    out: list[Candidate] = []
    # "Quang Hải" after "Nguyễn Quang Hải": the two last syllables of a full name
    pairs = {" ".join(text[c.start:c.end].split()[-2:]) for c in cands
             if c.label == "PER" and not c.ref and len(text[c.start:c.end].split()) >= 3}
    for c in cands:  # "bà Như Ý" after "Bà Nguyễn Thị Như Ý": a short form of her name, not a second person
        if c.label == "PER" and c.source == "honorific" and not c.ref and text[c.start:c.end] in pairs:
            c.ref = True
    for pair in pairs:
        for m in compiled(r"(?<![\w])" + re.escape(pair) + r"(?![\w])").finditer(text):
            if any(c.label == "PER" and c.start <= m.start() < c.end for c in cands) \
                    or re.search(rf"[{P.UPPER_VI}][\wÀ-ỹ]*\s$", text[max(0, m.start() - 15):m.start()]) \
                    and not sentence_start(text, m.start()):
                continue  # inside the full name, or after another capitalised word
            out.append(Candidate(m.start(), m.end(), "PER", PRIORITY["given-name"], "given-name", ref=True))
    for c in cands:  # "bị cáo Đức" after "bị cáo Trần Văn Đức": the person, not Germany (above the gazetteer)
        if c.label == "PER" and c.source == "honorific" and c.ref and c.priority == PRIORITY["honorific/role"] \
                and text[c.start:c.end] in given:
            out.append(Candidate(c.start, c.end, "PER", PRIORITY["given-name/speaker"], "given-name", ref=True))
    covered = [(c.start, c.end) for c in cands if c.label == "PER"]
    for w in words:
        if w.text not in given or any(s <= w.start < e for s, e in covered):
            continue
        if lang == "vi" and _VI_SUBJECT_VERB.match(text, w.end) and _VI_CLAUSE_START.search(text, max(0, w.start - 3),
                                                                                            w.start):
            # ", Đức đã chỉ đạo nhân viên …", "Đức khai nhận …": the person named before acts, not the country
            out.append(Candidate(w.start, w.end, "PER", PRIORITY["given-name/speaker"], "given-name", ref=True))
            continue
        i = w.i
        after_title = any(lex.titles.get(norm_key(text[words[i - k].start:words[i - 1].end])) is not None
                          for k in (1, 2, 3) if i - k >= 0)  # "PM Chinh", "Bộ trưởng Hùng"
        prev_cap = i > 0 and words[i - 1].is_cap and adjacent(text, words[i - 1], w) and not after_title
        next_cap = i + 1 < len(words) and words[i + 1].is_cap and adjacent(text, w, words[i + 1])
        if prev_cap or next_cap:
            continue
        if sentence_start(text, w.start) and not (lang == "en" and _english_subject(text, w, lex)):
            continue
        out.append(Candidate(w.start, w.end, "PER", PRIORITY["given-name/alone"], "given-name", ref=True))
    return out


# a Vietnamese given name standing alone as the subject of a clause: at its start, then a verb of acting or saying
_VI_CLAUSE_START = re.compile(r"(?:^|[.,;:!?\n]\s*)$")
_VI_SUBJECT_VERB = re.compile(r"\s+(?:đã|đang|sẽ|cũng|cho biết|nói|khai|khai nhận|thừa nhận|khẳng định|chia sẻ|"
                              r"bày tỏ|chỉ đạo|bị|được)(?![\w])")


def _english_subject(text: str, w: Word, lex: Lexicon) -> bool:
    """English copy opens sentences with a person's given name ("Quan, who is also …", "Hang said"):
    a given name followed by a comma or a lower-case word, that names no place or body."""
    return bool(re.match(r",|\s+[a-z]", text[w.end:w.end + 3])) and not lex.lookup(w.text)


def _title_word_run(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The "name" is the start of a title ("Phó Chủ" of "Phó Chủ tịch")."""
    nxt = re.match(r" ([\wÀ-ỹ]+)", text[c.end:c.end + 20])
    return nxt is not None and norm_key(f"{text[c.start:c.end]} {nxt.group(1)}") in lex.titles


def _surname_strong(word: str) -> bool:
    """ASCII family names common enough to trust in English text."""
    return fold_key(word) in {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
                              "dang", "bui", "do", "ho", "ngo", "duong", "ly", "luong", "dinh",
                              "truong", "to", "trinh", "dao", "doan", "vuong", "thai"}


def foreign_lead(parts: list[str], lex: Lexicon) -> bool:
    """A full name (its words) that is not Vietnamese and whose first word may stand for it alone:
    "Prabowo Subianto", "Anwar Ibrahim", "Choi Joo-ho" (a Korean family name first), not "Pham Minh
    Chinh" nor "Hubertus" of a Western name's … (harmless: a Western given name is rarely written alone)."""
    first = parts[0]
    return len(parts) >= 2 and len(first) >= 3 and first[:1].isupper() and first.isalpha() and (
        any("-" in p for p in parts[1:]) or not lex.is_surname(first, folded=True)) \
        and norm_key(first) not in lex.titles


def highland_names(text: str, words: list[Word], titles: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
    """Names of the Central Highlands peoples (Ê Đê, M'nông …) that open with the man's marker "Y" after a title or an
    honorific: "Bí thư Tỉnh ủy Lâm Đồng Y Thanh Hà Niê Kđăm", "ông Y Biêr Niê" (the surname rule would start the
    name at "Hà"; "Y" alone before lower case is the word of "Sở Y tế")."""
    out: list[Candidate] = []
    title_ends = {t.end for t in titles}
    # the title's body between ("Bí thư Tỉnh ủy Lâm Đồng Y Thanh …")
    # (and in English copy after "of (the)": "Vice Chairman of the Đắk Lắk People's Committee Y Giang …")
    title_ends |= {c.end for c in cands if c.label == "ORG" and not c.ref and (
        c.start - 1 in title_ends or any(_OF_THE.fullmatch(text, e, c.start) for e in title_ends if e < c.start))}
    for w in words:
        # the woman's marker "H" is glued to the name by an apostrophe: "H’Ngăm Niê Kdăm"
        glued = w.text == "H" and text[w.end:w.end + 1] in ("'", "’")
        if not (w.text == "Y" or glued) or w.i + 2 >= len(words):
            continue
        before = text[max(0, w.start - 12):w.start]
        if not (w.start - 1 in title_ends or re.search(r"(?<![\w])(?:ông|Ông|bà|Bà|đồng chí|Đồng chí)\s+$", before)):
            continue
        first = w.i + 2 if glued else w.i + 1
        j = cap_run(text, words, first, max_len=5)
        if j - first >= 1 - glued and all(adjacent(text, words[x], words[x + 1]) for x in range(first, j)):
            out.append(Candidate(w.start, words[j].end, "PER", PRIORITY["honorific"], "honorific"))
    return out


_OF_THE = re.compile(r"\s+of(?:\s+the)?\s+")
