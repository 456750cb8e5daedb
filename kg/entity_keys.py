"""The name forms entity keys are made from, and the kinds of names.

A person's name without honorifics (:func:`person_name`), an organisation's
without its legal form (:func:`org_core`), a local body's without the
administrative word before its place (:func:`local_body_name`), a place's with its head
word spelled out (:func:`place_name`); a title
standing alone (:func:`is_bare_title`); the kind of event a name opens with
(:func:`event_kind`, :func:`is_generic_event`). Used by entity resolution
(:mod:`kg.resolve`) and merging (:mod:`kg.entity_merge`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.textutil import collapse_spaces, norm_key

HONORIFIC_RE = re.compile(r"^(ông|bà|anh|chị|đồng chí|các đồng chí|tỷ phú|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+",
                          re.IGNORECASE)
ORG_LEGAL_HEADS = re.compile(r"^(CTCP|Công ty cổ phần|Công ty TNHH|Công ty|Tập đoàn|Tổng công ty)\s+")
ORG_LEGAL_TAILS = re.compile(r"\s+(Group|Corporation|Corp\.?|JSC|Inc\.?|Ltd\.?|Co\.?|Company"
                             r"|[-–]\s+(?:CTCP|Công ty cổ phần|TNHH MTV|TNHH))$")  # "… Việt Nam - CTCP"


def person_name(text: str) -> str:
    """A person's name without honorifics ("ông Phan Đức Trung" → "Phan Đức Trung")."""
    prev = None
    while prev != text:
        prev = text
        text = HONORIFIC_RE.sub("", text)
    return text


def org_core(name: str) -> str:
    """An organisation's name without legal form ("CTCP One Mount Group" → "one mount"; "Công ty cổ phần Tập
    đoàn Lộc Trời" → "lộc trời", as "Công ty Lộc Trời" later)."""
    name = ORG_LEGAL_HEADS.sub("", ORG_LEGAL_HEADS.sub("", name))
    name = ORG_LEGAL_TAILS.sub("", name)
    return norm_key(name)


# "Công an TP Hà Nội", "Công an thành phố Hà Nội", "CATP Hà Nội" and "Công an Hà Nội" are one body.
_LOCAL_ADMIN = re.compile(r"\b(?:thành phố|TP\.?|T\.P\.?|tỉnh)\s+(?=[A-ZĐ0-9])")
# "Thai Nguyen Provincial People's Committee" is "Thai Nguyen People's Committee" ("City" stays: a province's
# city of the same name is a body of its own)
_LOCAL_ADMIN_EN = re.compile(r"(?<=[a-z])\s+(?:Provincial|Municipal)(?=\s+(?:People['’]s|Party|Department|Police|"
                             r"Military|Border|Committee|Council|Court|Procuracy|Inspectorate)\b)")
_LOCAL_ACRONYMS = {"CATP": "Công an", "CAT": "Công an", "CAQ": "Công an", "CAH": "Công an"}


def local_body_name(name: str) -> str:
    """A local body's name without the administrative word before its place, acronyms spelled out.

    >>> local_body_name("CATP Hà Nội"), local_body_name("Công an thành phố Hà Nội")
    ('Công an Hà Nội', 'Công an Hà Nội')
    >>> local_body_name("Thai Nguyen Provincial People's Committee")
    "Thai Nguyen People's Committee"
    """
    words = name.split(maxsplit=1)
    if words and words[0] in _LOCAL_ACRONYMS and len(words) == 2:
        name = f"{_LOCAL_ACRONYMS[words[0]]} {words[1]}"
    name = collapse_spaces(_LOCAL_ADMIN_EN.sub("", _LOCAL_ADMIN.sub("", name)))
    city = _CITY_BODY_EN.match(name)
    if city and not _province_named(city.group("place")):
        name = city.group("place") + name[city.end("place") + len(" City"):]  # "Hội An City People's Committee"
    return name


# "Hội An City People's Committee" is "Hội An People's Committee" where no province has the city's name
_CITY_BODY_EN = re.compile(r"(?P<place>[A-ZĐ][\w’'-]*(?:\s+[A-ZĐ][\w’'-]*){0,3})\s+City(?=\s+(?:People['’]s|Party)\b)")


@lru_cache(maxsize=1)
def _abbreviated_heads() -> dict[str, str]:
    """The abbreviated place heads and units ("KCN", "P.") and their words spelled out."""
    from kg.nlp.patterns import pattern_data  # here, not at the top: kg.nlp's recognisers import this module

    data = pattern_data("place_heads_words.json")
    return {**data["abbreviated_heads"], **data["abbreviated_units"]}


def place_name(name: str) -> str:
    """A place's name with an abbreviated head word spelled out, so both forms key one place.

    >>> place_name("KCN Quế Võ"), place_name("P.Tân Định")
    ('Khu công nghiệp Quế Võ', 'phường Tân Định')
    """
    head, _, rest = re.sub(r"^([^\W\d_]{1,2}\.)(?=\w)", r"\1 ", name).partition(" ")
    full = _abbreviated_heads().get(head)
    return f"{full} {rest}" if full and rest else name


def _province_named(place: str) -> bool:
    from kg.nlp.lexicon import load_lexicon  # (here: kg.nlp's recognisers import this module)

    return any(e.type == "Place" and e.kind == "province" for e in load_lexicon().lookup(place, folded=True))


def is_bare_title(text: str) -> bool:
    """True for a title standing alone ("Bộ trưởng", "Trưởng phòng", "the minister"), no name in it."""
    key = norm_key(person_name(text))
    key = re.sub(r"^(the|a|an|ngài|vị)\s+", "", key)
    from kg.nlp.lexicon import load_lexicon  # here, not at the top: kg.nlp's recognisers import this module

    return bool(key) and key in load_lexicon().titles


# Generic event heads in both languages, one kind each, so a Vietnamese and an English
# article about the same press conference can be matched (kind, date, organiser).
EVENT_KINDS = {"họp báo": "press-conference", "press conference": "press-conference",
               "news conference": "press-conference", "hội nghị": "conference", "conference": "conference",
               "hội thảo": "seminar", "seminar": "seminar", "workshop": "seminar", "diễn đàn": "forum",
               "forum": "forum", "lễ ký kết": "signing", "signing ceremony": "signing", "buổi làm việc": "meeting",
               "cuộc họp": "meeting", "meeting": "meeting", "phiên họp": "meeting", "working session": "meeting",
               "session": "meeting", "sitting": "meeting", "lễ khai mạc": "opening",
               "opening ceremony": "opening", "hội nghị tổng kết": "review-conference"}


def event_kind(name: str) -> str | None:
    """The kind of event a name opens with ("họp báo …" → "press-conference"), or None."""
    key = norm_key(name)
    key = re.sub(r"^(the|a|an)\s+", "", key)
    for head in sorted(EVENT_KINDS, key=len, reverse=True):
        h = norm_key(head)
        if key == h or key.startswith(h + " "):
            return EVENT_KINDS[head]
    return None


def is_generic_event(name: str) -> bool:
    """A common event name ("họp báo", "hội nghị tổng kết công tác năm"): a known kind and no
    capitalised word after the first (a proper event name is title-cased: "Diễn đàn Kinh tế Việt Nam")."""
    words = name.split()
    return event_kind(name) is not None and not any(w[:1].isupper() for w in words[1:])
