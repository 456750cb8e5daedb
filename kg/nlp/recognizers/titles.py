"""Titles and ranks ("Phó Thủ tướng Thường trực", "Minister"): ``TITLE`` candidates.

A title is never part of a person's name; a title that names a body is split
into the role and the body ("Chánh Văn phòng" + "Trung ương Đảng").
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.people_of_bodies_en import nationality_phrase
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.surface_keys import key_prefixes, run_keys
from kg.nlp.lexicon import Lexicon
from kg.textutil import norm_key, phrase_alternation
from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.words import Word, adjacent, ends_place, vi_word


_PLURAL_RE = re.compile(r"[A-Z][a-z]+s")  # "Ministers"
_PREFIXES: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _title_prefixes(lex: Lexicon) -> frozenset[str]:
    """:func:`kg.nlp.recognizers.surface_keys.key_prefixes` of ``lex``'s title keys, made once per lexicon."""
    held = _PREFIXES.get(id(lex))
    if held is None or held[0] is not lex:
        held = _PREFIXES[id(lex)] = lex, key_prefixes(lex.titles)
    return held[1]


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
        while last + 1 < n and last - i + 1 < max_len and adjacent(text, words[last], words[last + 1]):
            last += 1
        # norm_key of each run, word by word where it can, up to the last run that can be a title
        # (a plural's key, the run less its "s", extends the same key as the run's)
        keys = run_keys(text, words, i, last, _title_prefixes(lex))
        last = i + len(keys) - 1
        for j in range(last, i - 1, -1):
            if not words[j].is_word:
                continue
            surface = text[words[i].start:words[j].end]
            key = keys[j - i]
            title = lex.titles.get(norm_key(surface) if key is None else key)
            plural = title is None and j > i and words[j].text[-1:] == "s" and _PLURAL_RE.fullmatch(words[j].text) is not None
            if plural:  # "Deputy Prime Ministers A and B": the title of each
                title = lex.titles.get(norm_key(surface[:-1]))
                if title is not None and (title.kind not in ("role", "office") or not title.text.isascii()):
                    title = None
            if title is None or title.kind == "honorific" or (title.capitalised and not surface[:1].isupper()):
                continue
            if ends_place(text, words, i, lex):
                continue  # "Trung Quốc Vương Nghị": "Quốc" ends a country, "Quốc vương" is no title here
            # English titles are capitalised; a lower-case "minister" is prose.
            if not surface[:1].isupper() and re.match(r"[a-z]", surface) and not vi_word(surface) \
                    and not _lower_title_before_name(text, words, surface, j):
                continue
            if len(surface) <= 3 and surface != title.text:
                continue
            if _rank_opens_body(text, words, j, surface):
                continue
            found = (j, title, plural)
            break
        if found:
            j, title, plural = found
            if (late := _role_after_body(text, words, i, j, lex)) is not None:
                i, title = late
            split = None if plural else _split_title(text, words, i, j, title, lex)
            if split is not None:
                j, title = split
            # Modifiers that belong to the role as written.
            end_j = j
            rest = text[words[end_j].end:]
            mod = re.match(r"\s(Thường trực|thường trực|cấp cao|chuyên trách|Standing|Permanent)\b", rest)
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
            out.append(Candidate(words[i].start, words[end_j].end, "TITLE", PRIORITY["title"], "title",
                                 value=title.org, meta={"kind": title.kind, "en": title.en,
                                                        **({"plural": True} if plural else {})}))
            i = end_j + 1
        else:
            i += 1
    return _deputy_titles(text, _portfolio_titles(text, out, lex))


def _portfolio_titles(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"Health Minister", "Commerce Secretary", "Industry and Trade Minister": a portfolio written before a
    minister's role is part of the title (``portfolios`` of title_qualifiers_en.json and the portfolios of
    the Government's ministries in the gazetteer, ``lex.portfolios_en``), as the lexicon's "Foreign Minister" is."""
    roles, portfolio = _portfolio_pattern(lex.portfolios_en)
    out: list[Candidate] = []
    for c in cands:
        m = portfolio.search(text[max(0, c.start - 30):c.start]) if text[c.start:c.end] in roles else None
        if m and not any(o.end > c.start - len(m.group()) for o in out[-1:]):
            start = c.start - len(m.group())
            out.append(Candidate(start, c.end, "TITLE", c.priority, c.source, value=c.value,
                                 meta={**c.meta, "en": text[start:c.end]}))
            continue
        out.append(c)
    return out


@lru_cache(maxsize=2)
def _portfolio_pattern(gazetteer_portfolios: frozenset[str]) -> tuple[frozenset[str], re.Pattern]:
    """The minister's roles a portfolio may open, and the portfolios (data and the gazetteer's) before one."""
    data = pattern_data("title_qualifiers_en.json")
    ports = phrase_alternation(set(data["portfolios"]) | gazetteer_portfolios)
    return frozenset(data["portfolio_roles"]), re.compile(rf"(?<![\w’'-])(?:{ports})\s+$")


def _deputy_titles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """English "Deputy Foreign Minister", "Deputy General Secretary": "Deputy" / "Vice" read as a title of
    its own right before a role or office the lexicon knows is one title, the deputy of that role."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and text[prev.start:prev.end] in ("Deputy", "Vice") and text[prev.end:c.start] == " " \
                and c.meta.get("kind") in ("role", "office") and c.meta.get("en") and not c.meta.get("plural"):
            # (an office's own body is not the deputy's: "Deputy General Secretary" of an association)
            out[-1] = Candidate(prev.start, c.end, "TITLE", c.priority, c.source,
                                value=None if c.meta.get("kind") == "office" else c.value,
                                meta={**c.meta, "en": text[prev.start:prev.end] + " " + c.meta["en"]})
            continue
        out.append(c)
    return out


@lru_cache(maxsize=1)
def _lower_titles() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The English titles written in lower case (``lower_titles``), those of them that belong to a body
    (``lower_titles_of_bodies``), and the lower-case words after which those are still titles: "its" and the kinds of
    body (``kind_refs``, ``lower_title_kinds``)."""
    from kg.relations.cues import cue_table, cue_words

    kinds = {"its", "their"} | {k for k in cue_table("kind_refs", "en") if not k.startswith("_")}
    return (frozenset(w.casefold() for w in cue_words("lower_titles", "en")),
            frozenset(w.casefold() for w in cue_words("lower_titles_of_bodies", "en")),
            frozenset(kinds | set(cue_words("lower_title_kinds", "en"))))


def _lower_title_before_name(text: str, words: list[Word], surface: str, j: int) -> bool:
    """"lawyer Vo Tan Loc", "coach Kim Sang-sik": an English occupational title written in lower case
    (``lower_titles`` of ``kg/data/relations/cues.json``) right before a capitalised name; "University president X",
    "VNAT director X", "hospital director X" (``lower_titles_of_bodies``) only after the body's own word, not after a
    nationality ("Japanese director" makes films) or another lower-case word ("country director", "senior vice
    president" are longer titles)."""
    titles, of_bodies, kinds = _lower_titles()
    key = surface.casefold()
    if key in of_bodies:
        start = words[j].end - len(surface)
        before = text[max(0, start - 40):start]
        kind = re.search(r"(?<![\w'’])([a-z]+)\s$", before)
        if not (kind and kind.group(1) in kinds):
            cap = re.search(r"(?<![\w'’])((?:[A-Z][\w&-]*\s)*[A-Z][\w&-]*)\)?\s$", before)
            if cap is None or nationality_phrase(cap.group(1)):
                return False
    elif key not in titles:
        return False
    return j + 1 < len(words) and adjacent(text, words[j], words[j + 1]) and words[j + 1].is_cap


def _rank_opens_body(text: str, words: list[Word], j: int, surface: str) -> bool:
    """"the ministry's General Department of Preventive Medicine", "General Statistics Office": the
    English rank "General" right before a body's head word opens the body's name; after "<head> of" it is
    the body's field ("Department of General Education")."""
    if surface == "General" and j >= 2 and words[j - 1].text == "of" and words[j - 2].text in P.ORG_HEADS_EN \
            and j + 1 < len(words) and words[j + 1].is_cap:
        return True  # "the Department of General Education": the field of the body's name, no rank
    return surface == "General" and j + 1 < len(words) and words[j + 1].text in (
        set(P.ORG_TAILS_EN) | set(P.ORG_HEADS_EN) | {"Directorate", "Statistics", "Inspectorate", "Staff"})


FIXED_TITLES = frozenset(norm_key(t) for t in (
    "Bí thư Trung ương Đảng", "Thường trực Ban Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước",
    "Tổng Bí thư", "Secretary of the Party Central Committee", "Standing member of the Secretariat"))


_BOARD_ROLES = frozenset(norm_key(t) for t in ("Chủ tịch Hội đồng quản trị", "Phó Chủ tịch Hội đồng quản trị",
                                               "Chủ tịch Hội đồng thành viên", "Phó Chủ tịch Hội đồng thành viên",
                                               "Thành viên Hội đồng quản trị", "Thành viên Hội đồng thành viên"))


# English copy writes a local body before its officer's role: "Đắk Lắk People's Committee Vice Chairman X"
_BODY_WORDS_EN = frozenset(pattern_data("titles_words.json")["body_words_en"])
_BODY_OWNER_EN = re.compile(r"(?:[A-ZĐ][\w’'-]*|provincial|city|municipal|district|commune|ward)\s+$")


def _role_after_body(text: str, words: list[Word], i: int, j: int, lex: Lexicon):
    """English "<Place> People's Committee Vice Chairman": the title the lexicon knows whole ("People's
    Committee Vice Chairman") is the body's name and then the role, when a place or a level opens the body; the
    role alone is the title then (the body is a name of its own, and the position is the role as written).
    Returns the role's first word and title, or None."""
    if words[i].text not in _BODY_WORDS_EN and not (words[i].text == "Party" and i + 1 <= j
                                                    and words[i + 1].text == "Committee"):
        return None  # ("Ninh Bình Party Secretary": a role of the Party, no body before it)
    if not _BODY_OWNER_EN.search(text, max(0, words[i].start - 40), words[i].start):
        return None
    for k in range(i + 1, j + 1):
        role = lex.titles.get(norm_key(text[words[k].start:words[j].end]))
        if role is not None and role.kind in ("role", "rank") and words[k].is_word and words[k].text[:1].isupper() \
                and words[k].text not in _BODY_WORDS_EN and words[k].text != "Party":
            return k, role
    return None


def _split_title(text: str, words: list[Word], i: int, j: int, title, lex: Lexicon):
    """Split "Chánh Văn phòng Trung ương Đảng" into the role "Chánh Văn phòng" and its body.

    Titles that name a body are written as role + body; the annotation keeps the
    role as the position and the body as memberOf, except for fixed offices
    ("Bí thư Trung ương Đảng", "Chủ tịch nước") and memberships ("Ủy viên …").
    """
    whole = text[words[i].start:words[j].end]
    if title.kind == "membership" or norm_key(whole) in FIXED_TITLES or norm_key(whole) in _BOARD_ROLES \
            or norm_key(whole) in lex.portfolio_titles \
            or re.search(r"\bof the Board(?: of (?:Directors|Members|Supervisors))?$", whole, re.IGNORECASE):
        return None  # (a company's board is part of the role: "Chủ tịch Hội đồng quản trị" + the company)
    for k in range(j - 1, i - 1, -1):
        role = lex.titles.get(norm_key(text[words[i].start:words[k].end]))
        if role is None or role.kind not in ("role", "rank"):
            continue
        starts = [k + 1, k]  # "Trưởng ban" + "Ban Kinh tế Trung ương" reuses the head word
        if k - 1 > i:  # "Phó Tổng Thanh tra" + "Thanh tra Chính phủ" reuses two
            starts.insert(0, k - 1)
        if k + 1 <= j and words[k + 1].text == "of":  # "Head of the Central … Commission"
            starts = [k + 3 if k + 2 <= j and words[k + 2].text == "the" else k + 2]
        for start in starts:
            if start > j:
                continue
            body = text[words[start].start:words[j].end]
            if words[k + 1].text == "of" and words[j].text in P.ORG_TAILS_EN and body[:1].isupper():
                return k, role  # "Secretary of the Provincial Party Committee": role + a body by its kind
            if words[k + 1].text == "of" and re.fullmatch(r"[a-z][a-z\s-]*", body):
                return k, role  # "Deputy Head of the steering committee": the role of a body named before
            if any(e.type == "Organization" for e in lex.lookup(body)) or \
                    any(norm_key(body) == norm_key(h) for h in P.ORG_HEADS_VI if h[:1].isupper() and " " in h
                        or h in ("Bộ", "Ban", "Cục", "Sở", "Viện")):
                return k, role
    return None
