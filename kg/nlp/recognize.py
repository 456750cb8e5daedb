"""Rule and gazetteer recognisers for entities, titles and dates.

Each recogniser reads the raw text through a light word view (``Word``) and
proposes ``Candidate`` spans with a priority. ``resolve_overlaps`` keeps the
best non-overlapping set for ``doc.ents``; nested candidates (a topic inside an
event name) are kept apart for relation extraction. Titles ("Bộ trưởng",
"Phó Thủ tướng Thường trực") are never part of a person's span: they become
``TITLE`` spans of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable
from bisect import bisect_left

from kg.nlp.candidates import (  # noqa: F401  (re-exported: kg.nlp and kg.extract import them from here)
    LABEL_OF_TYPE, LABELS, PRI_CRF, PRI_DATE, PRI_EVENT, PRI_GAZETTEER, PRI_MODEL, PRI_NAME_RUN, PRI_ORG_PATTERN,
    PRI_PERSON, PRI_PERSON_CUE, PRI_PLACE_PATTERN, PRI_POLICY, PRI_REF, PRI_ROLE_CUE, TYPE_OF_LABEL, Analysis,
    Candidate, Word,
)
from kg.nlp.dates import date_candidates
from kg.nlp.document import (body_references, cut_at_stops, local_body_candidates, purpose_body_candidates,
                             trim_titles_into_bodies)
from kg.nlp.drafts_en import draft_candidates
from kg.nlp.event_names import ceremony_candidates, finish_event_names
from kg.nlp.events_en import based_org_candidates, english_event_candidates
from kg.nlp.names import (byline_candidates, company_candidates, constitution_candidates,
                          english_local_body_candidates, english_street_candidates, english_titled_names)
from kg.nlp.lexicon import WORD_RE, Entry, Lexicon, load_lexicon
from kg.nlp import patterns as P
from kg.textutil import fold_key, norm_key


def words_of(text: str) -> list[Word]:
    """The word view of ``text`` (same segmentation as the spaCy tokenizer)."""
    return [Word(i, m.start(), m.end(), m.group()) for i, m in enumerate(WORD_RE.finditer(text))]


def _adjacent(text: str, a: Word, b: Word) -> bool:
    """True when ``b`` follows ``a`` on the same line with at most one space."""
    gap = text[a.end:b.start]
    return gap in ("", " ", "\u00a0")


# --------------------------------------------------------------------------- gazetteer


def gazetteer_candidates(text: str, words: list[Word], lang: str, lex: Lexicon,
                         max_len: int = 14) -> list[Candidate]:
    """Known entities from the shipped gazetteer, longest match at each word."""
    out: list[Candidate] = []
    n = len(words)
    quotes = quoted_spans(text)
    for i in range(n):
        if not words[i].is_word:
            continue
        longest = lex.first_words.get(fold_key(words[i].text), 0)
        if not longest:
            continue  # no known name starts with this word
        j_max = i
        while j_max + 1 < n and j_max - i + 1 < min(max_len, longest) and \
                _adjacent(text, words[j_max], words[j_max + 1]):
            j_max += 1
        for j in range(j_max, i - 1, -1):
            if not words[j].is_word:
                continue
            surface = text[words[i].start:words[j].end]
            entries = lex.lookup(surface)
            if not entries and lang != "vi" and surface.isascii():  # "Ảnh:" in English copy is not "Anh"
                entries = lex.lookup(surface, folded=True)
            entries = [e for e in entries if _surface_ok(surface, e, i == j, words, i, text)]
            if not entries:
                continue
            entry = _prefer(entries)
            start, end = words[i].start, words[j].end
            if entry.type == "Place" and any(qs <= start and end <= qe for qs, qe in quotes):
                break
            label = LABEL_OF_TYPE[entry.type]
            if entry.type == "Topic" and surface[:1].isupper() and not _sentence_start(text, start) \
                    and re.match(r"(Trung tâm|Quỹ|Viện|Center|Centre|Fund)\b", surface):
                out.append(Candidate(start, end, "ORG", PRI_ORG_PATTERN, "topic-as-org"))
                break
            if label == "ORG" and surface[:1].islower():
                # "hãng tin Reuters", "báo Tuổi Trẻ": the descriptor is not part of the name
                m = re.search(r"\s([A-ZĐÀ-Ỹ0-9].*)$", surface)
                if m and any(m.group(1) in e.surfaces for e in lex.lookup(m.group(1)) if e.id == entry.id):
                    start += m.start(1)
            out.append(Candidate(start, end, label, PRI_GAZETTEER, "gazetteer", gid=entry.id))
            break
    return out


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Short quoted names ("Make in Việt Nam") whose inside is a name, not a place."""
    return [(m.start(1), m.end(1)) for m in re.finditer(r"[\"“]([^\"“”\n]{1,60})[\"”]", text)]


def _prefer(entries: list[Entry]) -> Entry:
    order = {"Organization": 0, "Place": 1, "Person": 2, "Topic": 3}
    return sorted(entries, key=lambda e: order.get(e.type, 9))[0]


def _surface_ok(surface: str, entry: Entry, single: bool, words: list[Word], i: int, text: str) -> bool:
    """Case and ambiguity checks for a gazetteer hit."""
    exact = [s for s in entry.surfaces if s == surface]
    # Acronyms and short forms must match case exactly ("NA", "IT", "MIC").
    short_forms = [s for s in entry.surfaces if norm_key(s) == norm_key(surface)]
    if any(s.isupper() or len(s) <= 3 for s in short_forms) and not exact:
        if not any(fold_key(s) == fold_key(surface) and s == surface for s in entry.surfaces):
            return False
    if entry.type in ("Organization", "Place", "Person") and surface == surface.lower():
        return False  # "chính phủ nhiều quốc gia" is a common noun; names are capitalised
    if entry.type == "Organization" and surface[:1].islower() and " " in surface \
            and not _sentence_start(text, words[i].start) \
            and all(s[:1].isupper() for s in entry.surfaces if norm_key(s) == norm_key(surface)) \
            and any(w[:1].isupper() for w in surface.split()[1:]) \
            and not re.match(r"(bộ|ban|sở|cục|viện|ủy ban) ", surface):
        return False  # "các tập đoàn Samsung": the name is "Samsung"; "bộ Công an" stays
    if entry.type == "Organization" and len(surface.split()) == 2 and not surface.istitle() \
            and all(s.istitle() for s in short_forms):
        return False  # "ý kiến của Nhân dân", "thanh niên": common nouns, not the papers Nhân Dân, Thanh Niên
    if single:
        key = norm_key(surface)
        if entry.type in ("Place", "Organization", "Person") and not surface[:1].isupper() \
                and not surface[:1].isdigit():
            return False
        if entry.type == "Place" and key in P.AMBIGUOUS_PLACES:
            prev = text[max(0, words[i].start - 12):words[i].start].casefold()
            if key in P.SAFE_CAPITALISED_PLACES and i > 0 and not _sentence_start(text, words[i].start):
                return True
            return bool(re.search(r"(nước|vương quốc|chính phủ|tại|ở|của) $", prev))
    return True


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \u00a0\"“'‘(-–")
    return not before or before[-1] in ".!?\n:|"


# --------------------------------------------------------------------------- titles


def title_candidates(text: str, words: list[Word], lex: Lexicon, max_len: int = 8) -> list[Candidate]:
    """Titles and ranks ("Phó Thủ tướng Thường trực", "Minister"), longest first."""
    out: list[Candidate] = []
    n = len(words)
    first_words = lex.title_first_words
    i = 0
    while i < n:
        found = None
        if not words[i].is_word:
            i += 1
            continue
        # A title's key starts with this word's key unless the next word is glued
        # on ("Bộ-trưởng"): most words start no title and need no lookups.
        if norm_key(words[i].text) not in first_words and \
                (i + 1 == n or text[words[i].end:words[i + 1].start] != ""):
            i += 1
            continue
        # words[i..last] are adjacent; a longer run cannot be a title.
        last = i
        while last + 1 < n and last - i + 1 < max_len and _adjacent(text, words[last], words[last + 1]):
            last += 1
        for j in range(last, i - 1, -1):
            if not words[j].is_word:
                continue
            surface = text[words[i].start:words[j].end]
            title = lex.titles.get(norm_key(surface))
            if title is None or title.kind == "honorific":
                continue
            if _ends_place(text, words, i, lex):
                continue  # "Trung Quốc Vương Nghị": "Quốc" ends a country, "Quốc vương" is no title here
            # English titles are capitalised; a lower-case "minister" is prose.
            if not surface[:1].isupper() and re.match(r"[a-z]", surface) and not _vi_word(surface):
                continue
            if len(surface) <= 3 and surface != title.text:
                continue
            found = (j, title)
            break
        if found:
            j, title = found
            split = _split_title(text, words, i, j, title, lex)
            if split is not None:
                j, title = split
            # Modifiers that belong to the role as written.
            end_j = j
            rest = text[words[end_j].end:]
            mod = re.match(r"\s(Thường trực|thường trực|cấp cao|Standing|Permanent)\b", rest)
            if mod:
                k = end_j + 1
                while k < n and words[k].end <= words[end_j].end + mod.end():
                    k += 1
                end_j = k - 1
            mod = re.match(r"\sphụ trách(\s(?!của\b|tại\b|và\b)[^\s,.;:()]+){1,3}", text[words[end_j].end:])
            if mod and title.kind == "role":
                k = end_j + 1
                while k < n and words[k].end <= words[end_j].end + mod.end():
                    k += 1
                end_j = k - 1
            out.append(Candidate(words[i].start, words[end_j].end, "TITLE", 0, "title",
                                 value=title.org, meta={"kind": title.kind, "en": title.en}))
            i = end_j + 1
        else:
            i += 1
    return out


FIXED_TITLES = frozenset(norm_key(t) for t in (
    "Bí thư Trung ương Đảng", "Thường trực Ban Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước",
    "Tổng Bí thư", "Secretary of the Party Central Committee", "Standing member of the Secretariat"))


def _split_title(text: str, words: list[Word], i: int, j: int, title, lex: Lexicon):
    """Split "Chánh Văn phòng Trung ương Đảng" into the role "Chánh Văn phòng" and its body.

    Titles that name a body are written as role + body; the annotation keeps the
    role as the position and the body as memberOf, except for fixed offices
    ("Bí thư Trung ương Đảng", "Chủ tịch nước") and memberships ("Ủy viên …").
    """
    whole = text[words[i].start:words[j].end]
    if title.kind == "membership" or norm_key(whole) in FIXED_TITLES:
        return None
    for k in range(j - 1, i - 1, -1):
        role = lex.titles.get(norm_key(text[words[i].start:words[k].end]))
        if role is None or role.kind not in ("role", "rank"):
            continue
        starts = [k + 1, k]  # "Trưởng ban" + "Ban Kinh tế Trung ương" reuses the head word
        if k + 1 <= j and words[k + 1].text == "of":  # "Head of the Central … Commission"
            starts = [k + 3 if k + 2 <= j and words[k + 2].text == "the" else k + 2]
        for start in starts:
            if start > j:
                continue
            body = text[words[start].start:words[j].end]
            if any(e.type == "Organization" for e in lex.lookup(body)) or \
                    any(norm_key(body) == norm_key(h) for h in P.ORG_HEADS_VI if h[:1].isupper() and " " in h
                        or h in ("Bộ", "Ban", "Cục", "Sở", "Viện")):
                return k, role
    return None


def _vi_word(s: str) -> bool:
    return any(ord(ch) > 127 for ch in s)


# --------------------------------------------------------------------------- persons


def _name_syllable(w: Word) -> bool:
    """A syllable of a personal name: alphabetic, capital first, lower case after ("Đức", not "VinAI")."""
    return w.is_alpha and w.is_cap and (len(w.text) == 1 or w.text[1:].islower())


def _cap_run(text: str, words: list[Word], i: int, max_len: int = 6) -> int:
    """Index of the last word of the run of name syllables starting at ``i`` (or -1)."""
    if i >= len(words) or not _name_syllable(words[i]):
        return -1
    j = i
    while (j + 1 < len(words) and j + 1 - i < max_len and _name_syllable(words[j + 1])
           and _adjacent(text, words[j], words[j + 1])):
        j += 1
    return j


def person_candidates(text: str, words: list[Word], lang: str, lex: Lexicon) -> list[Candidate]:
    """Names: surname-led capitalised runs, and runs after an honorific."""
    out: list[Candidate] = []
    for i, w in enumerate(words):
        if not (w.is_cap and w.is_alpha):
            continue
        if i > 0 and words[i - 1].is_cap and words[i - 1].is_alpha and _adjacent(text, words[i - 1], w) \
                and lex.is_surname(words[i - 1].text, folded=lang != "vi") and not _ends_place(text, words, i - 1, lex):
            continue  # inside a run that a surname already opens
        j = _cap_run(text, words, i)
        length = j - i + 1
        if w.text.casefold() in ("ông", "bà", "anh", "chị", "cô", "chú", "bác"):
            continue  # an honorific at the start of a sentence, not the rare family name
        if _ends_place(text, words, i, lex):
            continue  # "Bắc Ninh Đào Quang Khải": "Ninh" ends a place, the name starts after it
        if any(e.type == "Place" for k in (1, 2) if i + k <= j
               for e in lex.lookup(text[w.start:words[i + k].end])):
            continue  # "Thái Lan Paetongtarn Shinawatra": a country, then the name
        if lex.is_surname(w.text, folded=lang != "vi") and 2 <= length <= 4:
            # in English text a two-word run needs diacritics or a common family name ("To Lam")
            weak = lang != "vi" and length == 2 and not (_vi_word(text[w.start:words[j].end])
                                                          or _surname_strong(w.text))
            if not weak:
                j = _hyphen_end(words, j)
                out.append(Candidate(w.start, words[j].end, "PER", PRI_PERSON, "surname"))
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
            if not hw[-1].endswith(".") and i + len(hw) < len(words) and words[i + len(hw)].text == ".":
                k = i + len(hw) + 1
            else:
                k = i + len(hw)
            if k >= len(words) or not _adjacent(text, words[k - 1], words[k]) \
                    or _starts_org_head(text, words[k].start):
                continue
            k = _after_country(text, words, k, lex)  # "Quốc vương Anh Charles III"
            j = _person_run(text, words, k, max_len=5)
            if j < 0:
                continue
            if j + 1 < len(words) and re.fullmatch(r"[IVX]{1,4}", words[j + 1].text) \
                    and _adjacent(text, words[j], words[j + 1]):
                j += 1  # "Charles III"
            out.append(Candidate(words[k].start, words[j].end, "PER",
                                 PRI_PERSON_CUE if " ".join(hw) in _HONORIFIC_KEYS else PRI_ROLE_CUE,
                                 "honorific", ref=(j == k)))
    return out


_HONORIFIC_KEYS = frozenset(h.casefold() for h in P.HONORIFICS_VI + P.HONORIFICS_EN)


def _after_country(text: str, words: list[Word], k: int, lex: Lexicon) -> int:
    """Index after a country or place written between a role and a name, else ``k``."""
    for jj in range(min(len(words) - 2, k + 3), k - 1, -1):
        if any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end])) \
                and _adjacent(text, words[jj], words[jj + 1]) \
                and (_name_syllable(words[jj + 1]) or _foreign_word(words[jj + 1].text)):
            rest = _person_run(text, words, jj + 1, max_len=5)
            if rest > jj + 1 or _foreign_word(words[jj + 1].text):
                return jj + 1  # "Ca sĩ Mỹ Tâm" keeps "Mỹ": one syllable is no name on its own
    return k


def _hyphen_end(words: list[Word], j: int) -> int:
    """Extend a name's last index over hyphened parts written without spaces ("Kim Sang-sik")."""
    while j + 2 < len(words) and words[j + 1].text in ("-", "–") and words[j + 2].is_alpha \
            and words[j + 1].start == words[j].end and words[j + 2].start == words[j + 1].end:
        j += 2
    return j


def _ends_place(text: str, words: list[Word], i: int, lex: Lexicon) -> bool:
    """Word ``i`` is the last word of a known place or body of two or three words
    ("Bắc Ninh", "Trung ương Đoàn")."""
    return any(e.type in ("Place", "Organization") for k in (1, 2) if i - k >= 0
               for e in lex.lookup(text[words[i - k].start:words[i].end]))


def given_name_references(text: str, words: list[Word], cands: list[Candidate]) -> list[Candidate]:
    """A full name's given name standing alone later ("… said Dũng") refers back to it.

    Only a whole capitalised run that is not at a sentence start counts, so "Nam"
    in "Việt Nam" or a capitalised first word is never read as a person.
    """
    lex = load_lexicon()
    cands = [c for c in cands if not (c.label == "PER" and _title_word_run(text, c, lex))]
    given = {text[c.start:c.end].split()[-1] for c in cands
             if c.label == "PER" and not c.ref and len(text[c.start:c.end].split()) >= 2}
    out: list[Candidate] = []
    # "Quang Hải" after "Nguyễn Quang Hải": the two last syllables of a full name
    pairs = {" ".join(text[c.start:c.end].split()[-2:]) for c in cands
             if c.label == "PER" and not c.ref and len(text[c.start:c.end].split()) >= 3}
    for pair in pairs:
        for m in re.finditer(r"(?<![\w])" + re.escape(pair) + r"(?![\w])", text):
            if any(c.label == "PER" and c.start <= m.start() < c.end for c in cands) \
                    or re.search(r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s$", text[max(0, m.start() - 15):m.start()]) \
                    and not _sentence_start(text, m.start()):
                continue  # inside the full name, or after another capitalised word
            out.append(Candidate(m.start(), m.end(), "PER", PRI_PERSON, "given-name", ref=True))
    covered = [(c.start, c.end) for c in cands if c.label == "PER"]
    for w in words:
        if w.text not in given or any(s <= w.start < e for s, e in covered):
            continue
        i = w.i
        after_title = any(lex.titles.get(norm_key(text[words[i - k].start:words[i - 1].end])) is not None
                          for k in (1, 2, 3) if i - k >= 0)  # "PM Chinh", "Bộ trưởng Hùng"
        prev_cap = i > 0 and words[i - 1].is_cap and _adjacent(text, words[i - 1], w) and not after_title
        next_cap = i + 1 < len(words) and words[i + 1].is_cap and _adjacent(text, w, words[i + 1])
        if prev_cap or next_cap or _sentence_start(text, w.start):
            continue
        out.append(Candidate(w.start, w.end, "PER", PRI_REF, "given-name", ref=True))
    return out


def _title_word_run(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The "name" is the start of a title ("Phó Chủ" of "Phó Chủ tịch")."""
    nxt = re.match(r" ([\wÀ-ỹ]+)", text[c.end:c.end + 20])
    return nxt is not None and norm_key(f"{text[c.start:c.end]} {nxt.group(1)}") in lex.titles


def _surname_strong(word: str) -> bool:
    """ASCII family names common enough to trust in English text."""
    return fold_key(word) in {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
                              "dang", "bui", "do", "ho", "ngo", "duong", "ly", "luong", "dinh",
                              "truong", "to", "trinh", "dao", "doan", "vuong", "thai"}


# --------------------------------------------------------------------------- organisations


def _extend_vi_name(text: str, words: list[Word], k: int, lex: Lexicon, allow_lower: int = 3,
                    word_ends: dict[int, int] | None = None, stops: frozenset[int] = frozenset()) -> int:
    """Extend a Vietnamese name from word ``k`` (its first name word); return the last index.

    Capitalised words continue the name; "và" / "," / "-" join two capitalised
    parts; up to ``allow_lower`` lower-case words continue it when a capitalised
    word follows them ("Hiệp hội Công nghệ chuỗi khối Việt Nam").
    """
    n = len(words)
    if k >= n:
        return -1
    first = words[k]
    if not (first.is_cap or any(ch.isdigit() for ch in first.text)) or not first.is_word:
        return -1
    j = k
    while j + 1 < n:
        nxt = words[j + 1]
        if not _adjacent(text, words[j], nxt):
            break
        if nxt.start in stops:
            break
        if nxt.is_word and (nxt.is_cap or nxt.text.isdigit() or _brand(nxt.text)):
            if _starts_person(text, words, j + 1, lex) and j + 1 > k:
                break
            j += 1
            continue
        if nxt.text == "," and not _list_comma(text, nxt.start):
            break  # "Bộ Tài chính, Chính phủ" is two names; "Khoa học, Công nghệ và Môi trường" is one
        if nxt.text in P.NAME_JOINERS_VI and j + 2 < n and words[j + 2].is_cap \
                and _adjacent(text, nxt, words[j + 2]) and not _starts_person(text, words, j + 2, lex) \
                and words[j + 2].start not in stops and not _starts_org_head(text, words[j + 2].start) \
                and not _starts_known(text, words, j + 2, lex):  # "Viện Dinh dưỡng Quốc gia và UNICEF"
            j += 2
            continue
        if nxt.is_alpha and not nxt.is_cap and _known_name_ends(text, words, k, j, lex):
            break  # "Bộ Tài chính đề xuất …", "Hội Điện ảnh Việt Nam đề cử …": a known name is complete
        if (nxt.is_alpha and not nxt.is_cap and not _stop_at(words, j + 1)) \
                or nxt.text in P.NAME_JOINERS_VI:
            # look ahead for a capitalised word after a few lower-case ones
            m = j + 1
            while m < n and m - j <= allow_lower and not words[m].is_cap \
                    and ((words[m].is_alpha and not _stop_at(words, m))
                         or (words[m].text in P.NAME_JOINERS_VI
                             and (words[m].text != "," or _list_comma(text, words[m].start)))) \
                    and _adjacent(text, words[m - 1], words[m]):
                if words[m].is_alpha and m + 1 < n and (
                        (_known_name_ends(text, words, k, m, lex) and words[m + 1].is_alpha
                         and not words[m + 1].is_cap and words[m + 1].text not in P.NAME_JOINERS_VI)
                        or (words[m + 1].text in P.NAME_JOINERS_VI and m + 2 < n
                            and _starts_known(text, words, m + 2, lex))):
                    return m  # "Bộ Tài chính | đề xuất …", "Bộ Công an | và Thanh tra Chính phủ"
                m += 1
            if m < n and m - j <= allow_lower + 1 and words[m].is_cap and _adjacent(text, words[m - 1], words[m]) \
                    and not _starts_person(text, words, m, lex) and words[m].start not in stops \
                    and not _starts_org_head(text, words[m].start):
                j = m
                continue
        break
    # a name ends at the end of the word its last syllable belongs to ("Bộ Quốc phòng")
    end = word_ends.get(words[j].start, words[j].end) if word_ends and words[j].is_alpha else words[j].end
    while j + 1 < n and words[j + 1].end <= end and words[j + 1].is_alpha:
        j += 1
    return j


def _known_name_ends(text: str, words: list[Word], k: int, j: int, lex: Lexicon) -> bool:
    """The name being built (words ``k-1..j``) ends in a known place or is a known body."""
    for start in range(max(0, k - 3), j + 1):
        surface = text[words[start].start:words[j].end]
        if not surface[:1].isupper():
            continue
        entries = lex.lookup(surface)
        if any(e.type == "Place" for e in entries) and (j - start) >= 1 or \
                (start < k and any(e.type == "Organization" for e in entries)):
            return True
    return False


def _starts_known(text: str, words: list[Word], i: int, lex: Lexicon) -> bool:
    """A known organisation or place of one to six words starts at word ``i``."""
    for jj in range(i, min(len(words), i + 6)):
        surface = text[words[i].start:words[jj].end]
        if any(surface in e.surfaces and e.type in ("Organization", "Place", "Person") for e in lex.lookup(surface)):
            return True
    return False


_ORG_HEAD_RE = re.compile("(?:" + "|".join(re.escape(h) for h in sorted(P.ORG_HEADS_VI, key=len, reverse=True))
                          + r")\s")


_LOCAL_BODY_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(h) for h in sorted(P.LOCAL_BODY_HEADS_VI, key=len, reverse=True))
    + r"|Sở(?: [A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?: (?:và )?[\wÀ-ỹ]+){0,4}?)?)\s+"
    r"(tỉnh|thành phố|TP\.?|huyện|quận|xã|phường|thị xã|thị trấn)\s+")


_NUMBERED_ORG_HEADS = frozenset({"Bệnh viện", "Quân khu", "Quân đoàn", "Sư đoàn", "Binh đoàn", "Lữ đoàn",
                                 "Trung đoàn", "Trường", "Nhà máy", "Xí nghiệp", "Tổng công ty", "Công ty"})


_LOCAL_BODY_BARE_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(h) for h in sorted(P.LOCAL_BODY_HEADS_VI, key=len, reverse=True))
    + r")\s+(?=[A-ZĐÀ-Ỹ])")


def _starts_org_head(text: str, pos: int) -> bool:
    """A new organisation name starts at ``pos`` ("… và Tập đoàn Viettel")."""
    return _ORG_HEAD_RE.match(text, pos) is not None


_ORG_HEADS_LONGEST_FIRST = tuple(sorted(P.ORG_HEADS_VI, key=lambda h: -len(h.split())))


@lru_cache(maxsize=16384)
def _org_heads_from(word: str) -> tuple[str, ...]:
    """The organisation heads that can start at ``word`` (they begin with it), longest first.

    A head is matched by comparing the text from ``word`` on with it, so no
    other head can match there: looking only at these gives the same result.
    """
    return tuple(h for h in _ORG_HEADS_LONGEST_FIRST if h.startswith(word))


def _list_comma(text: str, pos: int) -> bool:
    """The comma at ``pos`` joins parts of one name ("Khoa học, Công nghệ và Môi trường")."""
    return bool(re.match(r",\s*[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(\s+[\wÀ-ỹ]+){0,3}?\s+và\s+[A-ZĐÀ-Ỹ]", text[pos:pos + 60]))


def _stop_at(words: list[Word], k: int) -> bool:
    """Word ``k`` ends a Vietnamese name (a function word or a two-syllable verb)."""
    return P.is_stop_vi([w.text.casefold() for w in words[k:k + 2]], 0)


def _brand(s: str) -> bool:
    return bool(re.match(r"^[0-9]*[A-Za-z]+[A-Z0-9][A-Za-z0-9]*$", s)) and not s.islower()


def _starts_person(text: str, words: list[Word], i: int, lex: Lexicon, folded: bool = False) -> bool:
    """A surname-led run of two to four capitalised words starts at ``i`` (``folded``: "Hoang Van Nhiem")."""
    if i >= len(words) or not lex.is_surname(words[i].text, folded=folded):
        return False
    j = _cap_run(text, words, i)
    if not 2 <= j - i + 1 <= 4:
        return False
    surface = text[words[i].start:words[j].end]
    return not any(e.type == "Place" for e in lex.lookup(surface))


def org_candidates(text: str, words: list[Word], lang: str, lex: Lexicon,
                   word_ends: dict[int, int] | None = None,
                   stops: frozenset[int] = frozenset(),
                   titles: list[Candidate] | None = None) -> list[Candidate]:
    """Organisation names built from a head noun ("Bộ …", "… Commission")."""
    out: list[Candidate] = []
    n = len(words)
    if lang == "vi":
        # local bodies: "UBND tỉnh Bắc Ninh", "Sở Y tế thành phố Hà Nội", "Công an tỉnh Nghệ An"
        starts = {x.start: x.i for x in words}
        for m in _LOCAL_BODY_RE.finditer(text):
            k = starts.get(m.end())
            if k is None:
                continue
            if words[k].text[:1].isdigit():  # "Công an quận 1"
                if re.fullmatch(r"\d{1,3}", words[k].text) and m.group(1).casefold() in ("quận", "phường"):
                    out.append(Candidate(m.start(), words[k].end, "ORG", PRI_ORG_PATTERN + 1, "org-local"))
                continue
            j = _cap_run(text, words, k, max_len=4)
            if j < 0:
                continue
            known = [jj for jj in range(j, k - 1, -1)
                     if any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end]))]
            if not known and m.group(1).casefold() in ("tỉnh", "thành phố") and _starts_person(text, words, k, lex):
                continue  # "Phó Chủ tịch UBND tỉnh Huỳnh Văn Sơn": a person follows the bare body
            # the longest run that is a known place, else the run itself up to a person's name
            end_j = known[0] if known else next((jj - 1 for jj in range(k + 1, j + 1)
                                                 if jj - k >= 2 and _starts_person(text, words, jj, lex)), j)
            out.append(Candidate(m.start(), words[end_j].end, "ORG", PRI_ORG_PATTERN + 1, "org-local"))
        for i, w in enumerate(words):
            if not w.is_cap:
                continue
            for head in _org_heads_from(w.text):
                hw = head.split()
                if i + len(hw) >= n:
                    continue
                if text[w.start:words[i + len(hw) - 1].end] != head:
                    continue
                k = i + len(hw)
                if not _adjacent(text, words[k - 1], words[k]):
                    continue
                if any(e.type in ("Place", "Person") for e in lex.lookup(text[w.start:words[k].end])):
                    break  # "Hội An" is a town, not an association
                j = _extend_vi_name(text, words, k, lex, word_ends=word_ends, stops=stops)
                if j >= k and j + 1 < n and head in _NUMBERED_ORG_HEADS and words[j + 1].text.isdigit() \
                        and _adjacent(text, words[j], words[j + 1]) and len(words[j + 1].text) <= 4:
                    j += 1  # "Bệnh viện Nhân dân 115", "Quân khu 7"
                if j >= k:
                    out.append(Candidate(w.start, words[j].end, "ORG", PRI_ORG_PATTERN, "org-head"))
                elif len(hw) > 1 and hw[-1][:1].isupper():
                    # a head that is a name by itself: "Bộ đội Biên phòng tỉnh …", "Ủy ban MTTQ huyện …"
                    out.append(Candidate(w.start, words[k - 1].end, "ORG", PRI_ORG_PATTERN, "org-head"))
                break
        # local bodies named with a known place written without its administrative word: "TAND TP.HCM"
        word_at = {x.start: x.i for x in words}
        for m in _LOCAL_BODY_BARE_RE.finditer(text):
            k = word_at.get(m.end())
            if k is None:
                continue
            for jj in range(min(n - 1, k + 3), k - 1, -1):
                if words[jj].is_word and all(_adjacent(text, words[x], words[x + 1]) for x in range(k, jj)) \
                        and any(e.type == "Place" for e in lex.lookup(text[words[k].start:words[jj].end])):
                    out.append(Candidate(m.start(), words[jj].end, "ORG", PRI_ORG_PATTERN + 1, "org-local"))
                    break
        # "công ty One Mount Distribution", "tập đoàn Qualcomm" written in lower case
        for m in re.finditer(r"(?<![\w])(?:công ty|tập đoàn|doanh nghiệp|hãng)\s+(?=[A-Z0-9])", text):
            k = word_at.get(m.end())
            if k is None:
                continue
            j = _brand_run(text, words, k)
            if j >= k:
                out.append(Candidate(words[k].start, words[j].end, "ORG", PRI_ORG_PATTERN, "org-brand"))
    else:
        out.extend(_english_orgs(text, words, lex, titles))
    return out


def _brand_run(text: str, words: list[Word], k: int, max_len: int = 5) -> int:
    """Last index of a run of Latin-script capitalised words ("One Mount Distribution")."""
    j = k - 1
    while j + 1 < len(words) and j + 1 - k < max_len:
        w = words[j + 1]
        if not (w.is_word and w.text.isascii() and (w.is_cap or w.text[:1].isdigit())):
            break
        if j >= k and not _adjacent(text, words[j], w):
            break
        j += 1
    return j


def brand_extensions(text: str, words: list[Word], cands: list[Candidate]) -> list[Candidate]:
    """A known company followed by more brand words names a unit: "Qualcomm Technologies"."""
    out: list[Candidate] = []
    by_end = {w.end: w.i for w in words}
    lex = load_lexicon()
    for c in cands:
        if c.label != "ORG" or c.source != "gazetteer" or c.end not in by_end:
            continue
        entry = lex.entries.get(f"Organization:{c.gid}")
        if not text[c.start:c.end].isascii() or entry is None or entry.kind != "company":
            continue
        k = by_end[c.end] + 1
        if k < len(words) and _adjacent(text, words[k - 1], words[k]) and not _starts_person(text, words, k, lex):
            j = _brand_run(text, words, k, max_len=2)
            if j >= k and not _stop_at(words, j) and not any(
                    c2.label == "PER" and c2.start == words[k].start for c2 in cands) \
                    and not any(e.type == "Person" for e in lex.lookup(text[words[k].start:words[j].end])):
                # "Nvidia Jensen Huang" is the company and its chief, not a unit
                out.append(Candidate(c.start, words[j].end, "ORG", PRI_GAZETTEER - 1, "org-brand"))
    return out


LEGAL_HEAD = re.compile(r"^(?:CTCP|Công ty cổ phần|Công ty TNHH|Công ty|Tập đoàn|Tổng công ty)\s+")


def company_short_forms(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The brand of a company named in full stands alone later: "Công ty cổ phần 1Matrix" → "1Matrix".

    The brand is the name without its legal head; for long descriptive names
    ("Công ty cổ phần Nghiên cứu và Ứng dụng … Movian AI") it is the trailing
    Latin-script words.
    """
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG":
            continue
        name = text[c.start:c.end]
        head = LEGAL_HEAD.match(name)
        if not head:
            continue
        core = name[head.end():]
        brand = re.search(r"(?:[0-9]*[A-Z][\w&-]*)(?:\s+[0-9]*[A-Z][\w&-]*)*$", core)
        if not brand or not brand.group().isascii():
            continue
        short = brand.group()
        for m in re.finditer(r"(?<![\w])" + re.escape(short) + r"(?![\w])", text):
            if c.start <= m.start() < c.end:
                continue
            out.append(Candidate(m.start(), m.end(), "ORG", PRI_GAZETTEER - 2, "org-short"))
    return out


def _english_run(text: str, words: list[Word], i: int, joiners=P.NAME_JOINERS_EN,
                 max_len: int = 24) -> int:
    """Last index of a Title-Case English name run from ``i`` (joiners allowed inside)."""
    n = len(words)
    if i >= n or not (words[i].is_cap or words[i].text[:1].isdigit()):
        return -1
    j = i
    while j + 1 < n and j - i < max_len:
        nxt = words[j + 1]
        if not _adjacent(text, words[j], nxt):
            break
        if nxt.is_word and (nxt.is_cap or nxt.text.isdigit()):
            j += 1
            continue
        if nxt.text.casefold() in joiners:
            m = j + 1
            while m < n and words[m].text.casefold() in joiners and _adjacent(text, words[m - 1], words[m]):
                m += 1
            if m < n and (words[m].is_cap or words[m].text.isdigit()) and _adjacent(text, words[m - 1], words[m]) \
                    and (words[j + 1].text != "," or _en_list_comma(text, words[j + 1].start)):
                j = m
                continue
        break
    return j


def _english_orgs(text: str, words: list[Word], lex: Lexicon,
                  titles: list[Candidate] | None = None) -> list[Candidate]:
    """English organisation names: Title-Case runs with an organisation word.

    A run such as "Member of the Politburo and Minister of Public Security
    General" holds titles and several names: it is cut at titles (with their
    "of the"), at " and " / ",", and before a person's name; each remaining
    segment that holds an organisation word ("Committee", "Group" …) is a name.
    """
    out: list[Candidate] = []
    tails = set(P.ORG_TAILS_EN) - {"Party"}
    title_spans = [(t.start, t.end) for t in titles or []]
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        if not (w.is_cap or w.text[:1].isdigit()) or (i > 0 and _adjacent(text, words[i - 1], w)
                                                      and (words[i - 1].is_cap or words[i - 1].text[:1].isdigit())
                                                      and words[i - 1].is_word):
            i += 1
            continue
        j = _english_run(text, words, i)
        if j < 0:
            i += 1
            continue
        for seg_start, seg_end in _english_segments(text, words, i, j, title_spans, lex):
            s = seg_start
            while s <= seg_end and words[s].text.casefold() in P.NAME_JOINERS_EN | {"the"}:
                s += 1
            last = seg_end
            while last > s and words[last].text.casefold() in P.NAME_JOINERS_EN:
                last -= 1
            if last < s or not any(x.text in tails for x in words[s:last + 1]):
                continue
            surface = text[words[s].start:words[last].end]
            if lex.titles.get(norm_key(surface)) is None and (last > s or surface in ("Politburo", "Government")):
                out.append(Candidate(words[s].start, words[last].end, "ORG", PRI_ORG_PATTERN, "org-tail"))
        i = j + 1
    return out


def _tail_before_person(text: str, words: list[Word], k: int, j: int, lex: Lexicon) -> bool:
    """Words ``k``..``j`` reach an organisation word before any person's name or comma."""
    for x in range(k, j + 1):
        if words[x].text == "," or _starts_person(text, words, x, lex, folded=True):
            return False
        if words[x].text in P.ORG_TAILS_EN:
            return True
    return False


def _en_list_comma(text: str, pos: int) -> bool:
    """The comma at ``pos`` lists parts of one English name ("for Science, Technology, Innovation and …")."""
    before = text[max(0, pos - 60):pos]
    return bool(re.search(r"\b(for|on|of)\s+[A-Z][\w-]*(,?\s+[A-Z][\w-]*)*$", before)) and bool(
        re.match(r",\s*[A-Z][\w-]*(?:,?\s+[A-Z][\w-]*)*,?\s+and\s+[A-Z]", text[pos:pos + 80]))


def _english_segments(text: str, words: list[Word], i: int, j: int, title_spans: list[tuple[int, int]],
                      lex: Lexicon) -> list[tuple[int, int]]:
    """Split the run words[i..j] at titles (and their "of the"), " and ", "," and person names."""
    cuts: set[int] = set()  # word indexes that do not belong to any segment
    for k in range(i, j + 1):
        wk = words[k]
        if any(ts <= wk.start < te for ts, te in title_spans):
            cuts.add(k)
        elif wk.text == "," and _en_list_comma(text, wk.start):
            continue  # "Committee for Science, Technology, Innovation and Digital Transformation"
        elif wk.text in (",",) or wk.text.casefold() == "and":
            if wk.text.casefold() == "and" and any(x.text == "," for x in words[i:k]) and k + 1 <= j \
                    and any(x.text in ("for", "on", "of") for x in words[i:k]) and not _starts_person(text, words, k + 1, lex):
                continue  # the last item of such a list
            last_cut = max([c for c in cuts if c < k], default=i - 1)
            if wk.text.casefold() == "and" and not any(x.text in P.ORG_TAILS_EN for x in words[last_cut + 1:k]) \
                    and _tail_before_person(text, words, k + 1, j, lex):
                continue  # "Natural Resources and Environment Department": one body
            cuts.add(k)
    # "of the" right after a title belongs to the title
    # "Resolution 57 of the Politburo": the instrument is not part of the body's name
    policy_words = {"Law", "Decree", "Resolution", "Decision", "Directive", "Circular", "Ordinance"}
    for k in range(i, j + 1):
        if words[k].text in policy_words and k + 1 <= j and words[k + 1].text in ("on", "to", "for"):
            # "Law on Digital Technology Industry to the National Assembly": the body is after "to the"
            m = next((x for x in range(k + 2, j) if words[x].text in ("to", "by") and words[x + 1].text == "the"), None)
            for x in range(k, (m + 2) if m is not None else j + 1):
                cuts.add(x)
        if words[k].text in policy_words:
            m = k + 1
            while m <= j and (words[m].text[:1].isdigit() or words[m].text in ("No", ".", "/", "-")):
                m += 1
            if m <= j and words[m].text == "of":
                for x in range(k, min(j, m + (2 if m + 1 <= j and words[m + 1].text == "the" else 1)) + 1):
                    cuts.add(x)
    for k in range(i, j + 1):
        if k in cuts and k + 1 <= j and words[k + 1].text.casefold() in ("of", "for") and \
                any(ts <= words[k].start < te for ts, te in title_spans):
            cuts.add(k + 1)
            if k + 2 <= j and words[k + 2].text.casefold() == "the":
                cuts.add(k + 2)
    segments: list[tuple[int, int]] = []
    start = None
    k = i
    while k <= j:
        if k in cuts or (start is not None and _starts_person(text, words, k, lex, folded=True)):
            if start is not None:
                segments.append((start, k - 1))
                start = None
            if k not in cuts:  # a person's name: skip it
                end = _cap_run(text, words, k)
                k = max(k, end) + 1
                continue
        elif start is None:
            if _starts_person(text, words, k, lex, folded=True):
                k = max(k, _cap_run(text, words, k)) + 1
                continue
            start = k
        k += 1
    if start is not None:
        segments.append((start, j))
    return segments


# --------------------------------------------------------------------------- policies

POLICY_CODE = r"\d{1,5}(?:/\d{4})?(?:/|-)[A-ZĐ][A-ZĐa-z0-9]*(?:[-/][A-ZĐa-z0-9]+)*"


def policy_candidates(text: str, lang: str, lex: Lexicon) -> list[Candidate]:
    """Legal and policy instruments: "Nghị quyết 57-NQ/TW", "Luật …", "Decree No. 163"."""
    out: list[Candidate] = []
    vi_types = [t["vi"] for t in lex.policy_types] or ["Nghị quyết", "Nghị định", "Quyết định",
                                                       "Thông tư", "Chỉ thị", "Kết luận", "Luật"]
    en_types = [t["en"] for t in lex.policy_types if t.get("en")] or ["Resolution", "Decree",
                                                                       "Decision", "Circular",
                                                                       "Directive", "Law"]
    types = sorted(set(vi_types) | set(en_types), key=len, reverse=True)
    type_re = "|".join(re.escape(t) for t in types)
    # Type + number/code, with elliptical lists: "Nghị quyết 57, 59, 66 và 68".
    numbered = re.compile(
        rf"(?<![\w])(?P<type>{type_re})(?P<no>\s+(?:số|No\.?|Number)\s*)?\s*(?P<code>{POLICY_CODE}|\d{{1,5}}/(?:19|20)\d\d\b(?![/-]\w)|\d{{1,5}}\b)"
        rf"(?P<more>(?:\s*(?:,|và|and)\s*\d{{1,5}}\b(?![/%.,]\d))*)")
    for m in numbered.finditer(text):
        if not m.group("type")[:1].isupper():
            continue
        if m.group("code").isdigit() and re.match(r"\s*(?:%|tỷ|triệu|năm\b|tháng|người|đồng|USD)",
                                                  text[m.end("code"):]):
            continue
        start, end = m.start(), m.end("code")
        # "Nghị quyết 57 của Bộ Chính trị" stays "Nghị quyết 57"; "13/2023/NĐ-CP" is part of the code.
        out.append(Candidate(start, end, "POLICY", PRI_POLICY, "policy-number",
                             meta={"type": m.group("type"), "code": m.group("code")}))
        for extra in re.finditer(r"\d{1,5}", m.group("more") or ""):
            s = m.start("more") + extra.start()
            out.append(Candidate(s, s + len(extra.group()), "POLICY", PRI_POLICY, "policy-ellipsis",
                                 meta={"type": m.group("type"), "code": extra.group()}))
    # Named instruments: "Luật Trí tuệ nhân tạo", "Nghị quyết về …", "Law on …".
    named_vi = re.compile(
        rf"(?<![\w])(?P<type>{type_re})(?=(?P<rest>\s+(?:(?:quốc gia|tổng thể|hành động)\s+)?"
        rf"(?:(?:của\s+[^,.;:()]+?\s+)?về|[A-ZĐÀ-Ỹ])[^\n,.;:()\"“”]*))")
    for m in named_vi.finditer(text):
        if not m.group("type")[:1].isupper() or lang != "vi":
            continue
        rest = m.group("rest")
        if re.match(r"\s+(số\b|\d)", rest):
            continue
        words_rest = rest.split()
        if m.group("type") not in ("Luật", "Bộ luật", "Pháp lệnh") and not re.match(
                r"\s*(?:(?:quốc gia|tổng thể|tổng thể quốc gia|hành động|chuyển đổi số quốc gia)\s+)?(?:về|của)\b", rest):
            # other types need "về": "Chiến lược Quốc gia …" is allowed when capitalised
            if m.group("type") not in ("Chiến lược", "Đề án", "Chương trình", "Kế hoạch"):
                continue
        cut = _cut_at_stop(rest, keep_first=True)
        # "Luật Dữ liệu và Luật Công nghiệp công nghệ số" names two laws
        cut = re.split(rf"\s*(?:,|\bvà\b)\s*(?=(?:{type_re})\b)", cut)[0]
        if len(words_rest) == 0 or cut.strip() in ("", "về", "của"):
            continue
        out.append(Candidate(m.start(), m.start("rest") + len(cut.rstrip()), "POLICY", PRI_POLICY - 2,
                             "policy-name", meta={"type": m.group("type")}))
    # Amending laws: "Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ" (the inner law nests)
    if lang == "vi":
        amending = re.compile(r"(?<![\w])(?P<type>Luật|Nghị định|Thông tư|Nghị quyết)"
                              r"(?:\s+của\s+(?:Quốc hội|Chính phủ|Ủy ban Thường vụ Quốc hội))?\s+sửa đổi,?\s+bổ sung\s+"
                              r"(?:một số điều (?:của|tại)\s+(?:các\s+)?)?")
        inner = [c for c in out if c.source in ("policy-name", "policy-number")] + constitution_candidates(text)
        for m in amending.finditer(text):
            named = next((c for c in inner if c.start == m.end()), None)
            if named is not None:
                out.append(Candidate(m.start(), named.end, "POLICY", PRI_POLICY, "policy-amending",
                                     meta={"type": m.group("type")}))
    # Plans and programmes are named in plain words: "Đề án phát triển kinh tế số"
    plan_vi = re.compile(r"(?<![\w])(?P<type>Chiến lược|Đề án|Chương trình|Kế hoạch)\s+"
                         r"(?!này\b|đó\b|trên\b|nói trên\b|nêu trên\b)(?P<rest>[a-zà-ỹđ][^\n,.;:()\"“”]*)")
    for m in plan_vi.finditer(text):
        if lang != "vi":
            break
        cut = _cut_at_stop(" " + m.group("rest"), keep_first=True).strip()
        cut = re.split(rf"\s*(?:,|\bvà\b)\s*(?=(?:{type_re})\b)", cut)[0]
        if len(cut.split()) >= 2:
            out.append(Candidate(m.start(), m.start("rest") + len(cut), "POLICY", PRI_POLICY - 3, "policy-plan",
                                 meta={"type": m.group("type")}))
    named_en = re.compile(
        r"(?<![\w])(?P<type>Law|Resolution|Decree|Strategy|Programme|Program|Project|Plan|Directive|Code)"
        r"(?=(?P<rest>\s+(?:on|to|for)\s+[^\n.;:()\"“”]*))")  # a lookahead: names may nest
    for m in named_en.finditer(text):
        if lang == "vi":
            continue
        cut = _cut_en(m.group("rest"))
        if len(cut.split()) < 2:
            continue
        out.append(Candidate(m.start(), m.start("rest") + len(cut), "POLICY", PRI_POLICY - 2,
                             "policy-name", meta={"type": m.group("type")}))
    # "AI Law", "Press Law": an English name before "Law".
    for m in re.finditer(r"(?<![\w])(?:[A-Z][\w-]*\s+){1,3}Law\b", text):
        if lang == "vi":
            continue
        surface = m.group()
        first = surface.split()[0]
        if first in ("The", "A", "This", "That", "New", "Draft", "Revised", "Amended", "First") \
                or first.lower() in ("on",):
            parts = surface.split()[1:]
            if not parts or parts[0] == "Law":
                continue
            start = m.start() + len(first) + 1
        else:
            start = m.start()
        out.append(Candidate(start, m.end(), "POLICY", PRI_POLICY - 3, "policy-en-law",
                             meta={"type": "Law"}))
    return out


def _cut_at_stop(rest: str, keep_first: bool = False) -> str:
    """Cut a Vietnamese name continuation at the first stop word after its start."""
    tokens = re.findall(r"\S+|\s+", rest)
    kept = ""
    seen_word = False
    for n, tok in enumerate(tokens):
        if tok.isspace():
            kept += tok
            continue
        low = tok.casefold()
        if seen_word and low in {"với", "được", "đã", "sẽ", "có", "là", "nhằm", "để", "do", "vào", "trong",
                                 "ngày", "năm", "từ", "cho", "khi", "thì", "này", "đang", "vừa",
                                 "bị", "theo", "gồm", "bao", "ở"}:
            break
        if seen_word and low == "tại" and n + 2 < len(tokens) and tokens[n + 2][:1].islower():
            break  # "… tại hội nghị": the place of the meeting; "… tại Việt Nam" may be the name's own
        kept += tok
        seen_word = True
    return kept.rstrip()


def _cut_en(rest: str) -> str:
    """Cut an English instrument name: stop at a verb-ish lower-case word after the name."""
    tokens = re.findall(r"\S+|\s+", rest)
    kept = ""
    words_seen = 0
    for tok in tokens:
        if tok.isspace():
            kept += tok
            continue
        low = tok.casefold().strip(",")
        after = rest[len(kept) + len(tok):]
        if words_seen >= 2 and low == "to" and re.match(r"\s+the\s+[A-Z]", after) \
                and not re.match(r"\s+the\s+(Law|Decree|Resolution|Code|Constitution)\b", after):
            break  # "… Law on X to the National Assembly" (but "amendments to the Law on Press" goes on)
        if words_seen >= 2 and low in ("on", "in", "at") and re.match(
                r"\s+(\d|(January|February|March|April|May|June|July|August|September|October|November|"
                r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", after):
            break  # "… Law on Cinema on June 14"
        if tok.endswith(",") and words_seen >= 1 and tok[:1].isupper():
            kept += tok[:-1]  # "the Law on Data, the Law on …": a list of instruments
            break
        if words_seen >= 2 and (low in {"with", "which", "that", "was", "is", "were", "has", "had",
                                        "during", "in", "at", "by", "alongside", "cleared", "won",
                                        "garnered", "limited", "spanning", "passed", "while", "who",
                                        "establishes", "incorporates", "said", "as"}
                                or tok.endswith(",")):
            if tok.endswith(",") and low not in {"with", "which"} and tok[:1].isupper():
                kept += tok[:-1]
            break
        kept += tok
        words_seen += 1
    return kept.rstrip()


# --------------------------------------------------------------------------- events


def event_candidates(text: str, words: list[Word], lang: str, lex: Lexicon) -> list[Candidate]:
    """Named events ("Diễn đàn … lần thứ VI") and bare references ("Diễn đàn", "the ceremony")."""
    out: list[Candidate] = []
    if lang == "vi":
        heads = "|".join(re.escape(h) for h in sorted(P.EVENT_HEADS_VI, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w])(?P<head>{heads})(?![\w])", text, flags=re.IGNORECASE):
            head = m.group("head")
            rest = text[m.end():]
            line_end = rest.find("\n")
            rest = rest if line_end < 0 else rest[:line_end]
            name = _event_name_vi(rest)
            capital = head[:1].isupper()
            if name:
                numbered = re.search(r"\b(lần thứ|thứ|năm \d{4}|nhiệm kỳ|khóa|khoá)\b|\d", name)
                named = re.search(r"(^|\s)[\"“]?[A-ZĐÀ-Ỹ]", name)  # a name has a capitalised word
                if (capital and named) or numbered:
                    out.append(Candidate(m.start(), m.end() + len(name), "EVENT", PRI_EVENT, "event-head",
                                         meta={"head": head.casefold()}))
                    continue
            # A bare head: a reference to an event named elsewhere in the text.
            if not capital and len(head.split()) < 2:
                continue
            out.append(Candidate(m.start(), m.end(), "EVENT", PRI_REF, "event-ref", ref=True,
                                 meta={"head": head.casefold()}))
    else:
        tails = "|".join(P.EVENT_TAILS_EN)
        ordinal = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
        for m in re.finditer(
                rf"(?<![\w])(?:(?:the|The)\s+)?(?P<name>(?:{ordinal}\s+)?(?:[\"“][^\"”\n]+[\"”]\s+)?"
                rf"(?:[A-Z][\w’'-]*\s+){{0,10}}(?:{tails})(?:\s+\d{{4}})?"
                rf"(?:\s+(?:on|for|of)\s+[A-Z][\w’'-]*(?:(?:\s+(?:and|of|for|the|in))*\s+[A-Z][\w’'-]*)*)?)", text):
            name = m.group("name")
            s = m.start("name")
            if name.split()[0] in ("The", "A", "An"):
                continue
            out.append(Candidate(s, m.end("name"), "EVENT", PRI_EVENT, "event-tail",
                                 meta={"head": name.split()[-1].casefold()}))
        for m in re.finditer(r"(?<![\w])(?:the|a|an|The|A|An)\s+(?:(?:ongoing|upcoming|recent|latest|same|first|second|third|\w+-day)\s+)?(?P<name>(?:\d+(?:st|nd|rd|th)\s+)?"
                             r"(?:regular |extraordinary |plenary |annual |groundbreaking |launch |signing |opening )?"
                             r"(?:session|meeting|ceremony|conference|summit|forum|sitting|event)"
                             r"(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,6}?(?=\s+(?:in|at|on|was|is|attended|by|–|-)\b|[,.;–]))?)",
                             text):
            name = m.group("name")
            out.append(Candidate(m.start("name"), m.end("name"), "EVENT", PRI_REF + 10, "event-generic",
                                 ref=True, meta={"head": name.split()[-1].casefold() if " of " not in name
                                                 else name.split(" of ")[0].split()[-1].casefold(),
                                                 "generic": True}))
    return out


def _event_name_vi(rest: str) -> str:
    """The name after an event head: up to punctuation, a stop word, or "lần thứ N"."""
    if not rest.startswith(" "):
        return ""
    m_quote = re.match(r"\s[\"“]([^\"”\n]+)[\"”](\s+năm\s+\d{4})?", rest)
    if m_quote:
        return m_quote.group(0)
    tokens = re.findall(r"[^\s,.;:()\"“”|!?]+|\s+|[,.;:()\"“”|!?]", rest)
    kept = ""
    words = 0
    syllables = [t.casefold() for t in tokens if not t.isspace()]
    for idx, tok in enumerate(tokens):
        if tok.isspace():
            kept += tok
            continue
        low = tok.casefold()
        if tok in ",.;:()\"“”|!?":
            break
        if P.is_stop_vi(syllables, words) and not (low in ("về", "và") and words) and low != "lần":
            break  # ("lần" may start "lần thứ N", which ends the name below)
        kept += tok
        words += 1
        # "lần thứ VI" / "năm 2025" / "nhiệm kỳ 2020-2025" end the name
        tail = re.search(r"(lần thứ|thứ)\s+\S+$|năm\s+\d{4}$|nhiệm kỳ\s+[\d–-]+$|khó?a\s+\S+$", kept)
        if tail:
            return kept
    # An edition ("lần thứ VI", "năm 2025") ends a name that runs through verbs used as nouns
    # ("Hội nghị xúc tiến đầu tư năm 2025"), as long as no function word comes before it.
    m = re.match(r"(.*?\S)\s+(lần thứ\s+\w+|năm\s+\d{4})", rest)
    if m and len(m.group(0)) > len(kept.rstrip()) and not re.search(r"[,.;:()\"“”|]", m.group(0)) \
            and len(m.group(1).split()) <= 12 \
            and not any(w.casefold() in P.STOP_VI - {"và", "về", "lần"} for w in m.group(1).split()):
        return m.group(0)
    return kept.rstrip()


def generic_event_candidates(text: str, lang: str, sentences: list[tuple[int, int]],
                             dates: list[Candidate]) -> list[Candidate]:
    """Unnamed happenings ("họp báo", "regular meeting") in a sentence that dates them."""
    out: list[Candidate] = []
    nouns = P.GENERIC_EVENTS_VI if lang == "vi" else P.GENERIC_EVENTS_EN
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(x) for x in sorted(nouns, key=len, reverse=True))
                         + r")(?![\w])", re.IGNORECASE)
    for s_start, s_end in sentences:
        if not any(s_start <= d.start < s_end and d.source not in ("date-weekday", "date-dateline") and d.value
                   for d in dates):
            continue
        for m in pattern.finditer(text, s_start, s_end):
            out.append(Candidate(m.start(), m.end(), "EVENT", PRI_REF + 11, "event-dated", ref=True,
                                 meta={"head": m.group(1).casefold().split()[-1], "generic": True,
                                       "standalone": True}))
    return out


ORG_REF_HEADS_VI = ("Công ty", "Tập đoàn", "Hiệp hội", "Liên đoàn", "Ngân hàng", "Ban Chỉ đạo", "Tổ công tác")
ORG_REF_HEADS_EN = ("The company", "The group", "The association", "The ministry", "the company",
                    "the group", "the association", "the ministry")


def org_reference_candidates(text: str, lang: str) -> list[Candidate]:
    """Bare organisation nouns that refer back to a named body: "Công ty tập trung vào …",
    "… đại hội nhiệm kỳ lần thứ nhất Hiệp hội", "The company said …"."""
    out: list[Candidate] = []
    heads = ORG_REF_HEADS_VI if lang == "vi" else ORG_REF_HEADS_EN
    pattern = "|".join(re.escape(h) for h in heads)
    for m in re.finditer(rf"(?<![\w])({pattern})(?=\s+[a-zà-ỹ]|\s*[.,;]|$)", text):
        out.append(Candidate(m.start(), m.end(), "ORG", PRI_REF, "org-ref", ref=True,
                             meta={"head": m.group(1).casefold().removeprefix("the ")}))
    return out


# --------------------------------------------------------------------------- places


def place_candidates(text: str, words: list[Word], lang: str, lex: Lexicon,
                     word_ends: dict[int, int] | None = None) -> list[Candidate]:
    """Named venues: "Tòa nhà Văn phòng Symphony", "hội trường Diên Hồng", "… Hi-Tech Park"."""
    out: list[Candidate] = []
    if lang == "vi":
        head_re = re.compile(r"(?<![\w])(?:Tòa nhà|Toà nhà|tòa nhà|toà nhà|Hội trường|hội trường|Trung tâm Hội nghị|"
                             r"Khu công nghệ cao|Khu Công nghệ cao|Khu công nghiệp|Khu Công nghiệp|Nhà Quốc hội|"
                             r"Cung Văn hóa|Khách sạn|Sân vận động)\s+")
        starts = {w.start: w.i for w in words}
        for m in head_re.finditer(text):
            k = starts.get(m.end())
            if k is None:
                continue
            j = _extend_vi_name(text, words, k, lex, word_ends=word_ends)
            if j >= k:
                out.append(Candidate(m.start(), words[j].end, "LOC", PRI_PLACE_PATTERN, "venue"))
        return out
    en = re.compile(r"(?<![\w])(?:[A-Z][\w-]*\s+){1,4}(?:Hi-Tech Park|High-Tech Park|Industrial Park|"
                    r"Convention Centre|Convention Center|Conference Centre|Stadium|Building|Hall|Tower)\b")
    for m in en.finditer(text):
        out.append(Candidate(m.start(), m.end(), "LOC", PRI_PLACE_PATTERN, "venue"))
    return out


def place_head_candidates(text: str, words: list[Word], lex: Lexicon,
                          word_starts: set[int] | None = None) -> list[Candidate]:
    """Places opened by an administrative or geographic word: "huyện Gia Lâm", "sông Hồng".

    The head word is part of the name (VLSP convention); the name after it is a
    run of capitalised syllables, or a number for units that are numbered
    ("quận 1", "quốc lộ 1A").
    """
    out: list[Candidate] = []
    starts = {w.start: w.i for w in words}
    for m in _PLACE_HEAD_RE.finditer(text):
        head = m.group(1)
        if word_starts is not None and m.start(1) not in word_starts:
            continue  # "nông thôn", "thủy điện", "ven biển": the head word is part of another word
        if head[:1].isupper() and (lex.is_surname(head.split()[0])
                                   or head.casefold() not in _CAPITALISABLE_PLACE_HEADS):
            continue
        k = starts.get(m.end())
        if k is None:
            continue
        first = words[k]
        if first.text[:1].isdigit():
            if head.casefold() not in P.NUMBERED_PLACE_HEADS_VI or not re.fullmatch(r"\d{1,3}[A-Z]?", first.text):
                continue
            j = k
        else:
            if head.casefold() in ("tỉnh", "thành phố") and _starts_person(text, words, k, lex) \
                    and not lex.lookup(text[words[k].start:words[k + 1].end]):
                continue  # "Chủ tịch UBND tỉnh Huỳnh Văn Sơn": no province is named after a person
            j = _person_run(text, words, k, max_len=4)
            if j < 0 and lex.lookup(first.text) and first.text[:1].isupper():
                j = k  # "cao tốc TP.HCM - …": a known name that is not a syllable
            if j < 0:
                continue
            # a person's name after a two-syllable place name is not part of it
            # ("huyện Thạch Thất Đỗ Quang Vinh"; "đường Lê Văn Sỹ" is one name)
            for jj in range(k + 2, j + 1):
                if lex.is_surname(words[jj].text) and _starts_person(text, words, jj, lex):
                    j = jj - 1
                    break
            # a known place followed by more capitalised words ends at the place
            # ("tỉnh Quảng Nam Nguyễn Văn A", "Ủy ban châu Âu Ursula von der Leyen")
            for jj in range(j - 1, k - 1, -1):
                if any(e.type == "Place" for e in lex.lookup(text[m.start(1):words[jj].end])
                       + (lex.lookup(text[words[k].start:words[jj].end]) if jj > k else [])):
                    j = jj
                    break
            # "Phong Nha - Kẻ Bàng", "TP.HCM - Trung Lương": two names joined by a dash
            if j + 2 < len(words) and words[j + 1].text in ("-", "–") and text[words[j].end:words[j + 1].start] == " " \
                    and _person_run(text, words, j + 2, max_len=3) >= 0 \
                    and text[words[j + 1].end:words[j + 2].start] == " ":
                j = _person_run(text, words, j + 2, max_len=3)
            if j + 1 < len(words) and re.fullmatch(r"\d{1,3}", words[j + 1].text) \
                    and _adjacent(text, words[j], words[j + 1]):
                j += 1  # "sân vận động Quân khu 7"
        start = m.start(1)
        if re.search(r"(?:các|những|nhiều|mọi|hai|ba|bốn|năm|một số) $", text[max(0, start - 12):start]):
            start = words[k].start  # "các tỉnh Tây Bắc", "các khu công nghiệp Yên Phong": the name alone
        out.append(Candidate(start, words[j].end, "LOC", PRI_PLACE_PATTERN + 2, "place-head"))
    return out


def _segment_starts(word_spans: list[tuple[int, int]] | None) -> set[int] | None:
    """Every syllable start that begins a segmented word, or None without segmentation."""
    if not word_spans:
        return None
    return {s for s, _ in word_spans}


_ADMIN_HEADS = frozenset({"tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "ấp", "thôn",
                          "bản", "làng", "xóm", "buôn", "sóc", "khóm", "miền"})


_PLACE_HEAD_RE = re.compile(r"(?<![\w.])(" + "|".join(
    re.escape(h) if not h[0].isalpha() else "[" + h[0] + h[0].upper() + "]" + re.escape(h[1:])
    for h in sorted(P.PLACE_HEADS_VI, key=len, reverse=True)) + r")\s+(?=[\w])")
_CAPITALISABLE_PLACE_HEADS = frozenset({"tỉnh", "thành phố", "tp.", "tp", "huyện", "quận", "thị xã", "thị trấn",
                                        "xã", "phường", "sông", "núi", "đèo", "vịnh", "đảo", "quần đảo",
                                        "biển", "cầu", "sân bay", "cảng", "chợ", "bang", "cửa khẩu",
                                        "vườn quốc gia", "bán đảo", "cao nguyên", "khu công nghiệp",
                                        "khu kinh tế", "khu đô thị", "sân vận động", "chùa", "đền", "lăng",
                                        "nhà thờ", "thung lũng", "hang", "động", "công viên", "quảng trường",
                                        "bến xe", "nhà thi đấu", "phố cổ", "thành cổ", "hầm", "ga", "đỉnh",
                                        "trạm", "thủy điện", "núi lửa", "rừng", "lâu đài", "vườn hoa"})


def _person_run(text: str, words: list[Word], k: int, max_len: int = 5) -> int:
    """Last index of a name run from ``k``: capitalised syllables, hyphened parts ("Hang-seo")."""
    if k >= len(words) or not (_name_syllable(words[k]) or _foreign_word(words[k].text)):
        return -1
    j = k
    count = 1
    while j + 1 < len(words) and count < max_len:
        nxt = words[j + 1]
        if nxt.text in ("-", "–", "'", "’") and j + 2 < len(words) and words[j + 2].is_alpha \
                and nxt.start == words[j].end and words[j + 2].start == nxt.end:
            j += 2  # "Sang-sik", "Jong-un", "H'Hen"
            continue
        if _adjacent(text, words[j], nxt) and (_name_syllable(nxt) or _foreign_word(nxt.text)):
            j += 1
            count += 1
            continue
        if nxt.text in ("al", "el", "bin") and j + 3 < len(words) and words[j + 2].text == "-" \
                and _adjacent(text, words[j], nxt) and words[j + 2].start == nxt.end \
                and words[j + 3].start == words[j + 2].end and words[j + 3].is_cap:
            j += 3  # "Abdel Fattah al-Sisi"
            continue
        if nxt.text in ("Jr", "Sr") and _adjacent(text, words[j], nxt):
            j += 1
            if j + 1 < len(words) and words[j + 1].text == "." and words[j + 1].start == words[j].end:
                j += 1  # "Ferdinand Marcos Jr."
            break
        if nxt.text in _NAME_PARTICLES and _adjacent(text, words[j], nxt):
            m = j + 1  # "Ursula von der Leyen": particles, then a name word
            while m + 1 < len(words) and words[m + 1].text in _NAME_PARTICLES and _adjacent(text, words[m], words[m + 1]):
                m += 1
            if m + 1 < len(words) and _adjacent(text, words[m], words[m + 1]) \
                    and (_foreign_word(words[m + 1].text) or _name_syllable(words[m + 1])):
                j = m + 1
                count += 1
                continue
        break
    return j


_ORG_TAILS = frozenset({"FC", "United", "City", "Club", "Group", "Corp", "Inc", "Airlines", "Airways",
                        "Motors", "Bank", "Holdings", "Technologies", "Electronics", "Retail", "Land",
                        "Capital", "Securities", "Pharma", "Energy", "Steel", "Foods", "Telecom", "Software",
                        "Solutions", "Logistics", "Media", "Entertainment", "Studio", "Studios", "Resort",
                        "Hotel", "Hospital", "School", "College", "University", "Institute", "Labs", "Lab",
                        "Ventures", "Partners", "Fund", "Insurance", "Airport", "Post", "Times", "News"})
# Words that make a capitalised run the name of a competition, product or event, not a person.
_NOT_NAME_WORDS = frozenset(w.casefold() for w in (
    "League", "Cup", "Open", "Games", "Championship", "Championships", "Awards", "Award", "Festival",
    "Expo", "Tour", "Series", "Grand", "Prix", "Olympic", "Olympics", "Premier", "Champions", "Liga",
    "Serie", "Bundesliga", "Show", "Idol", "Got", "Talent", "Summit", "Forum", "Week", "Day", "Pro",
    "Max", "Plus", "Ultra", "Galaxy", "iPhone", "Windows", "Android", "Online", "Digital", "Smart",
    "Big", "Data", "Cloud", "Chat", "GPT"))
# A role written right before a name ("cầu thủ", "HLV"), matched at the end of the text before it.
_ROLE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(r) for r in sorted(P.PERSON_ROLES_VI, key=len, reverse=True)) + r")$",
    re.IGNORECASE)
# Lower-case words that introduce an organisation's name ("hãng BYD", "sàn HNX", "nhóm nhạc BTS").
_ORG_CUES = frozenset({"hãng", "công ty", "tập đoàn", "ngân hàng", "sàn", "tổ chức", "hiệp hội", "nhóm nhạc",
                       "ban nhạc", "báo", "tạp chí", "đài", "quỹ", "hãng tin", "hãng thông tấn", "nhà mạng",
                       "liên đoàn", "nhóm", "lực lượng", "đảng", "thương hiệu", "chuỗi", "câu lạc bộ", "clb"})
# Upper-case words that are not names of bodies.
_COMMON_ACRONYMS = frozenset("""USD VND EUR GDP CPI FDI ODA COVID AI IT CNTT THPT THCS ĐH VN TP CEO CFO CTO MV
TV PC SMS OTP QR ATM PCCC CSGT BHXH BHYT CCCD GPLX KHCN ĐMST CĐS ICT IoT VR AR 5G 6G 4G LNG LPG EV
MC DJ SEA TS PGS GS ThS BS KS NSND NSƯT ĐBQH HĐND UBND ASEAN""".split())
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "dos", "bin", "al", "el", "la", "le"})


_VI_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
_VI_SYLLABLE_RE = re.compile(_VI_ONSET + r"(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?")


def _foreign_word(word: str) -> bool:
    """A capitalised Latin word that cannot be a Vietnamese syllable ("Donald", "Trump", "Messi")."""
    if not (word[:1].isupper() and word.isalpha() and len(word) >= 2) or _vi_word(word):
        return False
    rest = word[1:]
    if not rest.islower() and not re.fullmatch(r"(?:Mc|Mac|O|De|Di|Van|Le)[A-Z][a-z]+", word):
        return False
    return _VI_SYLLABLE_RE.fullmatch(fold_key(word).replace("đ", "d")) is None


_UNIT_OF_BODY_RE = re.compile(r"((?:Cơ quan|Phòng|Đội|Cục|Trại tạm giam) (?:Cảnh sát|An ninh|CSĐT)(?: [a-zà-ỹđ]+){0,4}"
                              r"|Ban (?:Thường vụ|Chấp hành|Giám đốc|Giám hiệu|Tổ chức|Tuyên giáo|Dân vận|Kiểm tra)"
                              r"|Ủy ban Kiểm tra|Uỷ ban Kiểm tra) $")


def _mask(text: str, spans: list[Candidate]) -> bytearray:
    """1 at every character of ``text`` that one of ``spans`` covers (a constant-time overlap test)."""
    covered = bytearray(len(text) + 1)
    for c in spans:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    return covered


def list_candidates(text: str, words: list[Word], lex: Lexicon, cands: list[Candidate],
                    titles: list[Candidate]) -> list[Candidate]:
    """Unknown names listed with known ones take their kind: "Quang Hải, Tiến Linh và Hoàng Đức",
    "Pháp, Ý, Phần Lan" (a list joins names of one kind)."""
    known = {c.start: c for c in cands if c.label in ("PER", "LOC", "ORG") and not c.ref}
    covered = _mask(text, [c for c in cands + titles if not c.ref or c.label == "PER"])
    by_start = {w.start: w for w in words}
    word_starts = [w.start for w in words]
    out: list[Candidate] = []
    i = 0
    while i < len(words):
        items: list[tuple[int, int, str | None]] = []  # (start, end, label or None for an unknown run)
        pos = words[i].start
        while True:
            c = known.get(pos)
            if c is not None:
                items.append((c.start, c.end, c.label))
                end = c.end
            else:
                w = by_start.get(pos)
                j = _person_run(text, words, w.i, max_len=4) if w is not None and not covered[pos] else -1
                if j < 0:
                    break
                end = words[j].end
                if any(covered[end - 1:end]):
                    break
                items.append((pos, end, None))
            sep = re.match(r"(?:,| và| hoặc| cùng) ", text[end:end + 8])
            if not sep:
                break
            pos = end + sep.end()
        labels = {label for *_, label in items if label}
        if len(items) >= 2 and len(labels) == 1 and any(label is None for *_, label in items):
            label = labels.pop()
            for s, e, l in items:
                n_words = len(text[s:e].split())
                single_place = label == "LOC" and any(x.type == "Place" for x in lex.lookup(text[s:e]))
                if l is None and not _sentence_start(text, s) and (2 <= n_words <= 4 or single_place):
                    out.append(Candidate(s, e, label, PRI_NAME_RUN, "list"))
        i = bisect_left(word_starts, items[-1][1]) if items else i + 1
    return out


def context_candidates(text: str, words: list[Word], lex: Lexicon, cands: list[Candidate],
                       titles: list[Candidate]) -> list[Candidate]:
    """Names that only their neighbours reveal.

    * a short form in brackets right after an organisation is that organisation's:
      "Cục Dự trữ Liên bang Mỹ (Fed)", "Hiệp hội Dệt may Việt Nam (Vitas)";
    * a unit written before the body it belongs to is one name with it:
      "Cơ quan Cảnh sát điều tra Công an tỉnh Đồng Nai", "Ban Thường vụ Tỉnh ủy Nghệ An";
    * a company followed by "Việt Nam" is its Vietnamese arm: "Samsung Việt Nam";
    * a body followed by the place it serves is one name: "Bộ đội Biên phòng tỉnh Cao Bằng";
    * an age-group team: "U23 Việt Nam";
    * a one-word country right after a title is a place, even when the word is
      also a common word: "Thủ tướng Anh Keir Starmer", "Tổng thống Pháp".
    """
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG" or c.ref:
            continue
        m = re.match(r" ?\(([A-ZĐ][A-Za-zĐ0-9&.+-]{1,11})\)", text[c.end:c.end + 16])
        if m and any(e.type == "Place" for e in lex.lookup(m.group(1))):
            continue  # "Bệnh viện Chợ Rẫy (TP.HCM)": a place in brackets
        short = m.group(1) if m else ""
        if short and (sum(ch.isupper() for ch in short) >= 2 or len(short) <= 4 or _foreign_word(short)):
            out.append(Candidate(c.end + m.start(1), c.end + m.end(1), "ORG", PRI_ORG_PATTERN, "org-acronym"))
    for c in cands:
        if c.label != "ORG" or c.ref:
            continue
        name = text[c.start:c.end]
        window_start = max(0, c.start - 60)
        m = _UNIT_OF_BODY_RE.search(text, window_start, c.start)
        police_unit = m is not None and m.group(1).startswith(("Cơ quan", "Phòng", "Đội", "Cục", "Trại"))
        if m and (not police_unit or name.startswith(("Công an ", "Bộ Công an", "Bộ Quốc phòng"))):
            out.append(Candidate(m.start(), c.end, "ORG", PRI_ORG_PATTERN + 2, "org-unit"))
        entry = lex.entries.get(f"Organization:{c.gid}") if c.gid else None
        if (entry is not None and entry.kind == "company") or c.source in ("org-brand", "brand"):
            m = re.match(r" (Việt Nam|Vietnam)\b", text[c.end:c.end + 10])
            if m:  # "Samsung Việt Nam": the company's Vietnamese arm
                out.append(Candidate(c.start, c.end + m.end(), "ORG", PRI_ORG_PATTERN + 2, "org-branch"))
    loc_at = {}
    for c in cands:
        if c.label == "LOC" and not c.ref and (c.start not in loc_at or c.length > loc_at[c.start].length):
            loc_at[c.start] = c
    for c in cands:
        if c.label != "ORG" or c.ref or c.source in ("org-unit", "org-place"):
            continue
        # "Trung tâm Bảo trợ xã hội tỉnh Phú Thọ", "Bộ đội Biên phòng tỉnh Cao Bằng", "TAND TP.HCM":
        # a body's name ends with the place it serves
        m = re.match(r" ((?:[a-zà-ỹđ]+ ){0,4})", text[c.end:c.end + 60])
        if not m or any(P.is_stop_vi(w.split(), 0) for w in m.group(1).split()):
            continue
        loc = loc_at.get(c.end + m.end())
        if loc is None:
            continue
        head = text[loc.start:loc.end].split()[0].casefold()
        name = text[c.start:c.end]
        if head in _ADMIN_HEADS or head in ("tp", "tp.") or (not m.group(1) and (
                name.split()[-1][:1].islower() or name.isupper() or re.fullmatch(r"[A-ZĐ]{2,}", name.split()[0]))):
            out.append(Candidate(c.start, loc.end, "ORG", PRI_ORG_PATTERN + 3, "org-place"))
    for m in re.finditer(r"(?<![\w])U\d{2}(?: nữ)? ([A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?: [A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,2})", text):
        if any(e.type == "Place" for e in lex.lookup(m.group(1))):
            out.append(Candidate(m.start(), m.end(), "ORG", PRI_GAZETTEER, "team"))  # "U23 Việt Nam"
    starts = {w.start: w for w in words}
    for t in titles:
        w = starts.get(t.end + 1)
        if w is None or text[t.end] != " " or not w.is_cap:
            continue
        key = norm_key(w.text)
        if key in P.AMBIGUOUS_PLACES and any(e.type == "Place" for e in lex.lookup(w.text)):
            out.append(Candidate(w.start, w.end, "LOC", PRI_GAZETTEER, "gazetteer",
                                 gid=next(e.id for e in lex.lookup(w.text) if e.type == "Place")))
    return out


def name_run_candidates(text: str, words: list[Word], lang: str, lex: Lexicon,
                        cands: list[Candidate], titles: list[Candidate],
                        word_ends: dict[int, int] | None = None) -> list[Candidate]:
    """Names that no other recogniser explains, typed by the words around them.

    A run of capitalised words (or one foreign word) that no candidate covers is a
    person after a role or a title ("cầu thủ …", "Tổng thống Mỹ Donald Trump"), a
    place after a place cue ("tại", "ở", "đến"), an organisation when it ends in
    an organisation word ("… FC"), and otherwise a person when it looks like a
    foreign personal name of two or more words.
    """
    if lang != "vi":
        return []
    out: list[Candidate] = []
    covered = _mask(text, [c for c in cands if not c.ref and c.label != "TOPIC"] + titles)
    title_ends = {t.end: t for t in titles}
    body_ends: dict[int, Candidate] = {}
    for c in cands:  # the longest body or place ending at each position
        if c.label in ("LOC", "ORG") and not c.ref and (c.end not in body_ends or c.start < body_ends[c.end].start):
            body_ends[c.end] = c
    # a brand in mixed case or an acronym after a word that introduces a body
    # ("sàn HoSE", "hãng BYD", "nhóm nhạc BTS") names an organisation
    for w in words:
        if covered[w.start] or w.text.casefold() in _NOT_NAME_WORDS:
            continue
        prev = text[max(0, w.start - 20):w.start].rstrip().rsplit(None, 2)[-2:]
        cue = " ".join(prev).casefold() in _ORG_CUES or (prev and prev[-1].casefold() in _ORG_CUES)
        mixed = re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+[A-Z]*", w.text) is not None
        acronym = re.fullmatch(r"[A-ZĐ]{2,6}\+?", w.text) is not None and w.text not in _COMMON_ACRONYMS
        if (mixed or acronym) and cue:  # uncued, a mixed-case word is as often a product ("AirPods")
            out.append(Candidate(w.start, w.end, "ORG", PRI_NAME_RUN, "name-run"))
            covered[w.start:w.end] = b"\x01" * (w.end - w.start)
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        j = _person_run(text, words, i, max_len=4)
        if j < 0 or covered[w.start] or covered[words[j].end - 1]:
            i += 1
            continue
        start, end = w.start, words[j].end
        if _starts_org_head(text, start) or (i == j and word_ends and word_ends.get(words[j].start, end) > end):
            i = j + 1
            continue  # the run ends inside a word ("Trao đổi", "Diễn đàn")
        parts = [x.text for x in words[i:j + 1] if x.is_alpha]
        foreign = [p for p in parts if _foreign_word(p)]
        before = text[max(0, start - 40):start]
        prev = before.rstrip().split()[-1].casefold() if before.strip() else ""
        # what stands right before the run: a title, or a title and the body or country it
        # belongs to ("Tổng thống Mỹ Donald Trump", "Người phát ngôn Nhà Trắng Karoline Leavitt")
        cue_end = start - (len(before) - len(before.rstrip()))
        after_title = cue_end in title_ends
        for _ in range(2):
            if after_title or cue_end not in body_ends:
                break
            cue_end = len(text[:body_ends[cue_end].start].rstrip())
            after_title = cue_end in title_ends
            if not after_title:  # "Chủ tịch Thượng viện Campuchia Hun Sen": a body the gazetteer lacks
                window = text[max(0, cue_end - 40):cue_end]
                for n_parts in (1, 2, 3):
                    body = re.search(r"(?:\s[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s[a-zà-ỹđ]+)?){%d}$" % n_parts, window)
                    if body and (cue_end - len(body.group())) in title_ends:
                        after_title = True
                        break
        if any(p.casefold() in _NOT_NAME_WORDS for p in parts):
            i = j + 1
            continue  # "Premier League", "World Cup": names of competitions, not people
        after_role = _ROLE_BEFORE_RE.search(before.rstrip()) is not None
        label = None
        if after_title or after_role:
            label = "PER"
        elif prev in ("tại", "ở", "đến", "tới", "sang", "từ", "thăm", "về") and not _sentence_start(text, start):
            label = "LOC"
        elif parts and parts[-1] in _ORG_TAILS or parts[0] in ("Al", "Real", "Inter", "AC", "FC", "CLB"):
            label = "ORG"
        elif len(parts) >= 2 and len(foreign) == len(parts):
            label = "PER"
        if label is not None and (len(parts) >= 2 or foreign or (label == "PER" and after_role)):
            out.append(Candidate(start, end, label, PRI_NAME_RUN, "name-run"))
        i = j + 1
    return out


def credit_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """Photo and source credits: "Ảnh: VinAI", "Photo: VGP/Nhat Bac"."""
    out: list[Candidate] = []
    for m in re.finditer(r"(?:Ảnh|Photo|Nguồn|Source)\s*:\s*(?P<body>[^\n)|]+)", text):
        body_start = m.start("body")
        for part in re.finditer(r"[^/,;]+", m.group("body")):
            name = part.group().strip()
            if not name or len(name) > 40 or not name[:1].isupper():
                continue
            s = body_start + part.start() + (len(part.group()) - len(part.group().lstrip()))
            e = s + len(name)
            known = lex.lookup(name) or lex.lookup(name, folded=True)
            if known:
                label = LABEL_OF_TYPE[_prefer(known).type]
            elif name.isupper():
                label = "ORG"
            else:
                label = "PER"
            out.append(Candidate(s, e, label, PRI_PERSON_CUE, "credit"))
    return out


# --------------------------------------------------------------------------- topics nested / overlap


def resolve_overlaps(cands: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Keep the best non-overlapping candidates; return (kept, nested-or-dropped).

    Candidates compete in bands of ten priority points (dates; known names and
    cued names; patterns; the CRF; references): within a band the longer span
    wins ("Trần Minh Đức" over the country "Đức"), then the higher priority.
    A candidate fully inside a kept one is returned as nested (a topic inside
    an event's name still counts).
    """
    order = sorted(cands, key=lambda c: (-(c.priority // 10), -c.length, -c.priority, c.start))
    kept: list[Candidate] = []
    rest: list[Candidate] = []
    taken = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in order:
        if any(taken[c.start:c.end]):
            rest.append(c)
            continue
        kept.append(c)
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda c: c.start)
    return kept, rest


def analyze_text(text: str, lang: str = "vi", published: str | None = None,
                 sentences: list[tuple[int, int]] | None = None,
                 crf: Callable[[list[tuple[int, int]]], list[tuple[int, int]]] | None = None,
                 word_spans: list[tuple[int, int]] | None = None,
                 model: Callable[[str], list[tuple[int, int, str]]] | None = None) -> Analysis:
    """Run every recogniser over ``text`` and pick the entity spans.

    ``word_spans`` (from the word segmenter) lets a name end where its last word ends.
    ``crf`` proposes PER spans for the given lines; it is only asked about
    lines with capitalised runs that nothing else explains, since it is slow.
    ``model`` (kg's own trained CRF, :mod:`kg.train`) proposes names of people
    for the same purpose: two or more title-case syllables, lowest priority.
    """
    lex = load_lexicon()
    words = words_of(text)
    word_ends: dict[int, int] = {}
    for ws, we in cut_at_stops(text, word_spans or []):
        for m in re.finditer(r"\S+", text[ws:we]):
            word_ends[ws + m.start()] = we
    sentences = sentences or [(0, len(text))]
    dates = date_candidates(text, lang, published)
    cands: list[Candidate] = []
    cands += gazetteer_candidates(text, words, lang, lex)
    cands += person_candidates(text, words, lang, lex)
    cands += given_name_references(text, words, cands)
    titles = title_candidates(text, words, lex)
    title_starts = frozenset(t.start for t in titles)
    cands += org_candidates(text, words, lang, lex, word_ends, title_starts, titles)
    cands += policy_candidates(text, lang, lex)
    cands += constitution_candidates(text)
    cands += event_candidates(text, words, lang, lex)
    cands += org_reference_candidates(text, lang)
    cands += generic_event_candidates(text, lang, sentences, dates)
    cands += place_candidates(text, words, lang, lex, word_ends)
    if lang == "vi":
        cands += place_head_candidates(text, words, lex, _segment_starts(word_spans))
    cands += brand_extensions(text, words, cands)
    cands += company_short_forms(text, cands)
    cands += credit_candidates(text, lex)
    cands += byline_candidates(text, lang)
    if lang == "vi":
        cands += context_candidates(text, words, lex, cands, titles)
    cands += local_body_candidates(text, lang, cands)
    if lang == "vi":
        cands += company_candidates(text)
        cands += ceremony_candidates(text)
        cands = finish_event_names(text, cands)
        cands += purpose_body_candidates(text)
        cands += body_references(text, cands)
    else:
        cands += english_local_body_candidates(text, lex)
        cands += english_street_candidates(text)
        cands += english_event_candidates(text)
        cands += draft_candidates(text)
        cands += based_org_candidates(text)
    cands += name_run_candidates(text, words, lang, lex, cands, titles, word_ends)
    if lang != "vi":
        cands += english_titled_names(text, titles, cands, lex)
    if lang == "vi":
        cands += list_candidates(text, words, lex, cands, titles)
    if crf is not None:
        for s, e in crf(unexplained_lines(text, words, cands)):
            if _plausible_person(text[s:e], lex, lang):
                cands.append(Candidate(s, e, "PER", PRI_CRF, "crf"))
    if model is not None:
        for s, e, label in model(text):
            parts = text[s:e].split()
            whole_run = not re.search(r"[A-ZĐÀ-Ỹ][\w-]*\s$", text[max(0, s - 20):s]) \
                and not re.match(r"\s[A-ZĐÀ-Ỹ]", text[e:e + 2])
            if not _plausible_person(text[s:e], lex, lang):
                continue
            if label == "PER" and len(parts) >= 2 and whole_run \
                    and all(p[:1].isupper() and p[1:].islower() for p in parts):
                cands.append(Candidate(s, e, "PER", PRI_MODEL, "model"))
    cands += dates
    cands = [c for c in cands if not (c.label == "TOPIC" and re.search(
        r"(Minister|Ministry|Department|Committee|Commission|Institute|Academy|University|Council|Bộ|Viện|Ủy ban)"
        r"\s+(of|for|on)?\s*(the\s+)?$", text[max(0, c.start - 40):c.start]))]
    cands = _drop_titles_as_names(cands, titles, text, lex)
    cands = _trim_names_after_places(cands, text)
    kept, rest = resolve_overlaps(cands)
    return Analysis(ents=kept, nested=rest, titles=trim_titles_into_bodies(titles, kept, text, lex))


def _trim_names_after_places(cands: list[Candidate], text: str) -> list[Candidate]:
    """A surname-led name that begins inside a place or local body starts after it.

    "huyện Nga Sơn Mai Văn Hiếu": "Sơn" ends the district and is also a family
    name; the person is "Mai Văn Hiếu".
    """
    places = [c for c in cands if c.source in ("place-head", "org-local", "org-place") and not c.ref]
    out: list[Candidate] = []
    for c in cands:
        if c.label == "PER" and c.source == "surname":
            host = next((p for p in places if p.start < c.start < p.end < c.end), None)
            if host is not None:
                rest = text[host.end:c.end].lstrip()
                if len(rest.split()) >= 2:
                    c = Candidate(c.end - len(rest), c.end, c.label, c.priority, c.source, c.ref, c.gid, c.value,
                                  c.meta)
                else:
                    continue
        out.append(c)
    return out


def _plausible_person(name: str, lex: Lexicon, lang: str = "vi") -> bool:
    """A statistical tagger's person is kept only when it looks like one: no competition or
    company word, and a Vietnamese name of two syllables must open with a family name
    ("Minh Phú", "Đông Anh" are firms and districts far more often than people)."""
    parts = name.split()
    if any(p.casefold() in _NOT_NAME_WORDS or p in _ORG_TAILS for p in parts):
        return False
    if len(parts) == 2 and not any(_foreign_word(p) for p in parts) \
            and not lex.is_surname(parts[0], folded=lang != "vi"):
        return False
    return True


def unexplained_lines(text: str, words: list[Word], cands: list[Candidate]) -> list[tuple[int, int]]:
    """Lines holding a run of two or more capitalised words that no candidate covers."""
    covered = sorted((c.start, c.end) for c in cands if not c.ref)
    lines: set[tuple[int, int]] = set()
    i = 0
    while i < len(words):
        j = _cap_run(text, words, i)
        if j > i and not any(s <= words[i].start and words[j].end <= e for s, e in covered):
            start = text.rfind("\n", 0, words[i].start) + 1
            end = text.find("\n", words[j].end)
            lines.add((start, len(text) if end < 0 else end))
        i = max(i, j) + 1
    return sorted(lines)


def _drop_titles_as_names(cands: list[Candidate], titles: list[Candidate], text: str,
                          lex: Lexicon) -> list[Candidate]:
    """Remove name candidates that are really titles or start with one.

    "Tổng Bí thư Tô Lâm" can look like a capitalised run; the title part is
    cut off, and a person span that is only a title is dropped. An office
    organisation ("Thủ tướng Chính phủ") directly followed by a name is a title
    plus an organisation, not the office.
    """
    out: list[Candidate] = []
    title_spans = [(t.start, t.end) for t in titles]
    persons = [c for c in cands if c.label == "PER" and c.source != "crf"]
    for c in cands:
        if c.label == "PER":
            inside = [t for t in title_spans if t[0] <= c.start < t[1]]
            if inside:
                t_end = max(e for _, e in inside)
                if t_end >= c.end:
                    continue
                rest = text[t_end:c.end].lstrip()
                if len(rest.split()) < 2 and c.source not in ("honorific",):
                    continue
                c = Candidate(c.end - len(rest), c.end, c.label, c.priority, c.source, c.ref, c.gid, c.value, c.meta)
        if c.label == "ORG" and c.source == "gazetteer":
            t = next((t for t in titles if t.start == c.start), None)
            if t is not None and any(p.start in range(c.end, c.end + 2) for p in persons):
                continue
            inside = next((t for t in titles if t.start < c.start and c.end <= t.end), None)
            if inside is not None and lex.titles.get(norm_key(text[c.start:c.end])) is not None:
                continue  # "Prime Minister" inside "Deputy Prime Minister" is part of a title
            if t is not None and t.end == c.end and not (
                    re.match(r"[’']s\b", text[c.end:c.end + 3])
                    or re.search(r"\b(của|of the)\s+$", text[max(0, c.start - 8):c.start])):
                continue  # "Prime Minister" alone is a title (a person's mention), not the office
        if c.label in ("ORG", "LOC", "EVENT", "TOPIC") and c.source != "gazetteer":
            if (c.start, c.end) in title_spans:
                continue
        out.append(c)
    return out
