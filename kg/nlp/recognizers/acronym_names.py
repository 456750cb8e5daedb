"""Bodies named only by the acronym written after them: "Cảng Container quốc tế Tân Cảng Hải Phòng (TC-HICT)",
"Hana Micron Vina (HMV)", "Saigon Hi-Tech Park Training Centre (SHTP-TC)".

A name that no rule reads (no head noun, no known name, no organisation word) but that the article follows with
an all-capital acronym in brackets is a body: writers define acronyms for organisations. The acronym must
plausibly abbreviate the name: in English its letters are the initials of the name's words in order (a hyphened
word gives one for each part, a word of two capitals one for each), opening with the first; in Vietnamese, whose
bodies often keep an English acronym ("Tân Cảng - Hải Phòng International Container Terminal" for TC-HICT), two
thirds of its letters are initials of the name's syllables. The name runs left from the bracket over capitalised
words (and, in Vietnamese, lower-case words that end no name), never past a title, a clause's punctuation, a name
another candidate gives, a verb or a word that opens a sentence ("Lãnh đạo", "Theo"). It is no body when it opens
like an instrument, an event or a place ("Hiệp định …", "Khu …"), holds such a word in English ("… Agreement",
"… Expo", "… Industrial Park"), or is a person's name; nor where a candidate already names it whole.
The bracket and every later bare use of the acronym name the body too (:func:`.context.short_forms`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.context import short_forms
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import Word, starts_person
from kg.textutil import fold_key

# "(TC-HICT)", "(SHTP-TC)", "(HMV)", "(PC1)": capitals, digits, "&", single hyphens inside
_BRACKET = re.compile(r"[ ]\((?P<acr>[A-ZĐ](?:[A-ZĐ0-9&]|-(?=[A-ZĐ0-9])){1,14})\)")
_MAX_WORDS = 14
# a candidate of these sources is no reading of the name the acronym gives (they lose to it anyway)
_WEAK = ("name-run", "list", "crf", "model")


def _data() -> dict:
    return pattern_data("acronym_names.json")


def _initial(s: str) -> str:
    """The folded capital letter a word or syllable gives ("Đình" → "D")."""
    return fold_key(s[:1]).replace("đ", "d").upper()


def _en_initials(token: str) -> list[str]:
    """The initials an English word gives: one per hyphened part, one per capital of a word in mixed case
    ("Hi-Tech" → H, T; "PetroVietnam" → P, V; "ExxonMobil" → E, M)."""
    out: list[str] = []
    for part in token.split("-"):
        if not part:
            continue
        caps = [c for c in part[1:] if c.isupper()]
        out.append(_initial(part))
        if caps and not part.isupper():
            out.extend(_initial(c) for c in caps)
    return out


def _abbreviates_en(tokens: list[str], letters: list[str]) -> bool:
    """The acronym's letters are the initials of ``tokens`` in order, the first opening the name, at most one
    capitalised word left out (joiners always may be)."""
    joiners = set(_data()["joiners_en"])
    units: list[tuple[str, bool]] = []  # (initial, the unit may be skipped freely)
    for t in tokens:
        free = t.casefold() in joiners
        for k, ini in enumerate(_en_initials(t)):
            units.append((ini, free or k > 0))
    if not units or units[0][0] != letters[0]:
        return False

    @lru_cache(maxsize=None)
    def match(i: int, j: int, skipped: int) -> bool:
        if i == len(letters):
            return all(free for _, free in units[j:]) or skipped + sum(not f for _, f in units[j:]) <= 1
        if j == len(units):
            return False
        ini, free = units[j]
        if ini == letters[i] and match(i + 1, j + 1, skipped):
            return True
        return match(i, j + 1, skipped + (0 if free else 1)) if (free or skipped < 1) else False

    return match(0, 0, 0)


def _abbreviates_vi(tokens: list[str], letters: list[str]) -> bool:
    """Two thirds of the acronym's letters are initials of the name's syllables (each used once), and at least two."""
    pool = [_initial(t) for t in tokens]
    hits = 0
    for ch in letters:
        if ch in pool:
            pool.remove(ch)
            hits += 1
    return hits >= 2 and 3 * hits >= 2 * len(letters)


def _opens_as_other_vi(name: str, lex: Lexicon) -> bool:
    """The Vietnamese name opens like an instrument, an event or a place ("Chương trình …", "Hội nghị …", "Khu …")."""
    heads = set(_data()["not_heads_vi"]) | set(P.EVENT_HEADS_VI) | {t["vi"] for t in lex.policy_types if t.get("vi")}
    low = name.casefold()
    return any(low == h.casefold() or low.startswith(h.casefold() + " ") for h in heads)


def _holds_other_en(tokens: list[str], lex: Lexicon) -> bool:
    """The English name holds an instrument's, an event's or a place's word ("… Agreement", "… Expo", "… Park")."""
    words = set(_data()["not_words_en"]) | {t["en"].split()[-1] for t in lex.policy_types if t.get("en")}
    if len(tokens) > 2 and tokens[0] in P.ORG_TAILS_EN and tokens[1] in ("of", "for"):
        # "Institute of Policy and Strategy for Agriculture and Rural Development": a body named head first, whose
        # field may hold such words; only its last word still says it is no body ("Centre for … Conference")
        return tokens[-1] in words
    return any(t in words for t in tokens)


def acronym_name_candidates(text: str, words: list[Word], lang: str, lex: Lexicon, cands: list[Candidate],
                            titles: list[Candidate]) -> list[Candidate]:
    """ORG candidates for names written before an acronym that abbreviates them, with the acronym's uses."""
    out: list[Candidate] = []
    by_end = {w.end: w.i for w in words}
    strong = [c for c in cands if not c.ref and c.label != "DATE" and c.source not in _WEAK]
    title_ends = {t.end for t in titles}
    title_spans = [(t.start, t.end) for t in titles]
    d = _data()
    openers = sorted(set(d["openers_vi"]) | set(P.VI_SENTENCE_OPENERS), key=len, reverse=True)
    joiners = set(d["joiners_en"])
    for m in _BRACKET.finditer(text):
        acr, end = m.group("acr"), m.start()
        letters = [_initial(c) for c in acr if c.isalpha()]
        if len(letters) < 2 or end not in by_end or any(e.type != "Organization" for e in lex.lookup(acr)):
            continue  # "(ĐBSCL)": a place's own short form
        if any(c.end == end and c.label == "ORG" for c in strong):
            if any(c.start < m.end() - 1 and m.start("acr") < c.end and (c.start, c.end) != m.span("acr")
                   for c in strong):
                out.extend(short_forms(text, end, lex))  # "(SHTP-TC)", not the place "SHTP" inside it
            continue  # a body named before it: its short form (kg.nlp.recognizers.context)
        # the words the name may take, right to left
        run: list[Word] = []
        lower = 0
        i = by_end[end]
        while i >= 0 and len(run) < _MAX_WORDS:
            w = words[i]
            if run:
                gap = text[w.end:run[-1].start]
                joined = gap == "" and "-" in (w.text, run[-1].text)  # "Electro-Mechanics", "TC-HICT"
                spaced = gap == " " and (lang != "vi" or "-" not in (w.text, run[-1].text))  # ("Tân Cảng - Hải Phòng")
                if not (joined or spaced):
                    break
            if w.end in title_ends or any(a < w.end <= b for a, b in title_spans):
                break  # "Giám đốc Cảng …", "Vice Chairman of …": a title before the name
            if w.text == "-" or w.text == "&":
                run.append(w)
                i -= 1
                continue
            if not w.is_word:
                break
            if lang == "vi" and not w.is_cap and not w.text[:1].isdigit():
                if lower >= 3 or P.is_stop_vi([w.text.casefold()], 0):
                    break
                lower += 1
            elif lang != "vi" and not w.is_cap and not w.text[:1].isdigit() and w.text.casefold() not in joiners:
                break
            elif lang != "vi" and re.search(r"['’]s$", w.text):
                break  # "Vietnam's …": a possessor, not the name
            else:
                lower = 0
            run.append(w)
            i -= 1
        run.reverse()
        # the name opens with a capitalised word after any words that open a sentence or name a role
        k = 0
        while k < len(run):
            rest = text[run[k].start:end]
            opener = next((o for o in openers if rest == o or rest.startswith(o + " ")), None)
            if opener is not None:
                k += len(opener.split())
                continue
            if not run[k].is_cap or run[k].text.casefold() in joiners or run[k].text in ("-", "&"):
                k += 1
                continue
            break
        run = run[k:]
        if len(run) < 2 or not (run[-1].is_cap or run[-1].text[:1].isdigit()):
            continue
        tokens = text[run[0].start:end].replace(" - ", " ").split()
        if lang == "vi":
            start = run[0].start
            if not _abbreviates_vi(tokens, letters) or _opens_as_other_vi(text[start:end], lex):
                continue
        else:
            # the longest name from a capitalised word whose initials spell the acronym
            first = next((x for x in range(len(run)) if run[x].is_cap and run[x].text.casefold() not in joiners
                          and _abbreviates_en(text[run[x].start:end].replace(" - ", " ").split(), letters)), None)
            if first is None:
                continue
            run = run[first:]
            start = run[0].start
            if _holds_other_en(text[start:end].replace("-", " ").split(), lex):
                continue
        if any(c.start <= start and end <= c.end for c in strong) or any(c.start < start < c.end for c in strong):
            continue  # a name another reading gives whole, or one that runs into it
        if starts_person(text, words, run[0].i, lex) and not any(
                w.text.casefold() in P.NOT_NAME_WORDS for w in run):
            if len(run) <= 4:
                continue  # "Nguyễn Văn An (NVA)": a person
        out.append(Candidate(start, end, "ORG", PRIORITY["org-acronym-name"], "org-acronym-name"))
        out.extend(short_forms(text, end, lex))
    return out
