"""Schools and houses named after a person: "Trường Cao đẳng Kỹ thuật Cao Thắng".

The organisation recogniser stops a name before a person's name (so that "Giám đốc Sở Y tế
Nguyễn Văn A" is a body and its head); right after a school's level or field words, with no
title before the school, the person's name is the school's eponym instead. Heads are data:
``kg/data/patterns/eponym_schools_vi.json``.
"""
from __future__ import annotations

from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import pattern_data


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], int]:
    data = pattern_data("eponym_schools_vi.json")
    return tuple(data["heads"]), int(data["max_person_words"])


@lru_cache(maxsize=1)
def _levels() -> frozenset[str]:
    """Level words that may end a school's name before its eponym ("Trường THPT Chuyên | Lê Khiết")."""
    return frozenset(pattern_data("eponym_schools_vi.json").get("levels", ()))


def eponym_school_candidates(text: str, lex: Lexicon, cands: list[Candidate],
                             titles: list[Candidate]) -> list[Candidate]:
    """ORG candidates spanning a school and the person's name it is named after."""
    heads, max_words = _data()
    persons = {c.start: c for c in cands if c.label == "PER" and not c.ref}
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG" or c.ref or not text.startswith(heads, c.start):
            continue
        person = persons.get(c.end + 1)
        if person is None or text[c.end] != " " or len(text[person.start:person.end].split()) > max_words:
            continue
        if any(0 <= c.start - t.end <= 1 for t in titles):
            continue  # "Hiệu trưởng Trường … Nguyễn Văn A": the title's holder
        name = text[c.start:c.end].split()
        if any(any(e.type in ("Place", "Person") for e in lex.lookup(" ".join(name[-n:]))) for n in (1, 2, 3, 4)):
            continue  # "Trường Đại học Y Hà Nội | Nguyễn Văn A": the school is named already
        if len(name) >= 3 and name[-1][:1].isupper() and name[-2][:1].isupper() and name[-2] not in heads \
                and name[-1] not in _levels():
            continue  # "Trường THPT Phan Văn Trị | Nguyễn Văn A": it ends in a name of its own
        after = text[person.end:person.end + 2]
        if after.strip()[:1].isupper():
            continue
        out.append(Candidate(c.start, person.end, "ORG", PRIORITY["honorific"] + 1, "eponym-school"))
    return out
