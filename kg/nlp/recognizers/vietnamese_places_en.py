"""English copy: a Vietnamese name written after a preposition of place is a place the gazetteer may not
know ("the factory in Hàm Tân employs …", "plots in Long Thành and Nhơn Trạch"): two or three capitalised
syllables with tone marks, each spelt as a Vietnamese syllable, closed by punctuation or a lower-case word
(so not "in Lê Lợi Street", which the venue rules read). People are written after other words ("by", "with");
a name the article or the gazetteer knows as something else keeps that reading (low priority)."""
from __future__ import annotations

import re

from kg.nlp.normalize import is_vietnamese_syllable
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import vi_word
from kg.nlp.patterns import UPPER_VI

_SYL = rf"[{UPPER_VI}][a-zà-ỹđ]+"
_NAME = rf"{_SYL}(?:[ ]{_SYL}){{1,2}}"
_AFTER_PREPOSITION = re.compile(rf"(?<![\w’'-])(?P<prep>in|near|at|from)[ ](?P<name>{_NAME})"
                                rf"(?P<more>(?:,[ ]|[ ]and[ ](?:in[ ])?){_NAME})*(?=[,.;:)]|[ ][a-z]|$)")
_ITEM = re.compile(_NAME)


def vietnamese_place_candidates(text: str, cands: list[Candidate], lex) -> list[Candidate]:
    """LOC candidates for Vietnamese names after "in" / "near" / "at" (and the names listed
    with them: "in Long Thành and Nhơn Trạch"), and after "from" when "to" follows ("from Tam Cốc to …")."""
    # (a two-syllable "person" from a family name is the place: "in Lộc Ninh", where "Lộc" is also a family name)
    surnamed = {(c.start, c.end) for c in cands if c.label == "PER" and c.source == "surname"}
    taken = [(c.start, c.end) for c in cands if not c.ref and c.label in ("ORG", "PER", "EVENT", "POLICY")]
    out: list[Candidate] = []
    for m in _AFTER_PREPOSITION.finditer(text):
        # after "at" / "from" a person is as likely ("a letter from Trần Hùng"): only a name no rule reads as
        # someone's, and for "from" only a route's start ("from Tam Cốc to the pagoda")
        loose = m.group("prep") in ("in", "near")
        if m.group("prep") == "from" and not text.startswith(" to ", m.end()):
            continue
        for item in _ITEM.finditer(text, m.start("name"), m.end()):
            s, e = item.span()
            name = item.group()
            if not vi_word(name) or not all(is_vietnamese_syllable(w) for w in name.split()) \
                    or any(a < e and s < b for a, b in taken if not (loose and (a, b) == (s, e) and (a, b) in surnamed
                                                                    and len(name.split()) == 2)) \
                    or any(x.type != "Place" for x in lex.lookup(name)):
                continue
            prio = PRIORITY["place-after-in-en"] if (s, e) in surnamed else PRIORITY["name-run"]
            out.append(Candidate(s, e, "LOC", prio, "place-after-in-en"))
    return out + _unit_places(text, cands, lex)


# "Cẩm Thành Ward", "Sín Thầu Commune": a Vietnamese name and a capitalised unit word after it, not followed by
# another capitalised word ("Tây Hồ Ward People's Committee" is the body, which the body rules read)
# (a highland syllable keeps its apostrophe: "Cư M'gar Commune", "Ea H'leo Commune", "K'Bang Commune")
_HIGHLAND_SYL = r"[A-ZĐ][’'][A-Za-zà-ỹđ]+"
_UNIT_NAME = re.compile(rf"(?<![\w’'-])(?:(?:{_SYL}|{_HIGHLAND_SYL})[ ]){{1,3}}(?:Ward|Commune|Village|Hamlet)\b"
                        r"(?![ ]*[’'(]|[ ]+[A-Z])")
# "the Trà Khúc and Vệ rivers": each Vietnamese name of a list before a plural place word is one such place
_LISTED = re.compile(rf"(?<![\w’'-])(?P<list>{_SYL}(?:[ ]{_SYL}){{0,2}}(?:,[ ]{_SYL}(?:[ ]{_SYL}){{0,2}})*"
                     rf",?[ ]and[ ]{_SYL}(?:[ ]{_SYL}){{0,2}})[ ](?:rivers|lakes|communes|wards|villages|islands)\b")
_ONE = re.compile(rf"{_SYL}(?:[ ]{_SYL}){{0,2}}")
_HIGHLAND = re.compile(_HIGHLAND_SYL)


def _unit_places(text: str, cands: list[Candidate], lex) -> list[Candidate]:
    """LOC candidates for a Vietnamese name with its capitalised unit word, and for each Vietnamese name of a
    list closed by a plural place word; every syllable spelt as a Vietnamese one, with a tone mark somewhere."""
    taken = [(c.start, c.end) for c in cands if not c.ref and c.label in ("ORG", "PER", "EVENT", "POLICY")]
    spans = [m.span() for m in _UNIT_NAME.finditer(text)]
    for m in _LISTED.finditer(text):
        spans += [item.span() for item in _ONE.finditer(text, m.start("list"), m.end("list"))]
    out: list[Candidate] = []
    for s, e in spans:
        name = text[s:e]
        words = name.split()
        syllables = words[:-1] if words[-1] in ("Ward", "Commune", "Village", "Hamlet") else words
        # (with no tone mark, only a highland syllable lower case after its apostrophe: "M'gar", not "O'Brien")
        if not (vi_word(" ".join(syllables)) or re.search(r"[A-Z][’'][a-zđ]", name)) \
                or not all(is_vietnamese_syllable(w) or _HIGHLAND.fullmatch(w) for w in syllables) \
                or any(a < e and s < b for a, b in taken) or any(x.type != "Place" for x in lex.lookup(name)):
            continue
        # ("Cái Răng Ward": a former district's name the gazetteer knows, now a ward's, is the ward with its word)
        known = any(x.type == "Place" for x in lex.lookup(" ".join(syllables))) and syllables != words
        out.append(Candidate(s, e, "LOC", PRIORITY["place-after-in-en" if known else "name-run"], "place-after-in-en"))
    return out
