"""Document context: the full name of a bare local body ("Tỉnh ủy", "HĐND tỉnh", "UBND huyện").

An article about one province calls its bodies "Tỉnh ủy" or "UBND tỉnh" once it has
named the province. :func:`local_body_name` gives such a bare body its full name — the
one the article writes out ("UBND tỉnh Tây Ninh"), or else the body of the locality the
article names most ("tỉnh Tuyên Quang" → "HĐND tỉnh Tuyên Quang") — and ``None`` when
the article does not settle it.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.relations.cues import cue_pattern
from kg.textutil import compiled

PARTY_LEVEL = {"tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "huyện ủy": "huyện", "quận ủy": "quận",
               "thị ủy": "thị xã"}
SHORT = ((r"Ủy ban nhân dân|Uỷ ban nhân dân", "UBND"), (r"Hội đồng nhân dân", "HĐND"),
         (r"Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?|Uỷ ban MTTQ", "Ủy ban MTTQ"), (r"uỷ", "ủy"), (r"Uỷ", "Ủy"))


def short_form(body: str) -> str:
    """"Ủy ban nhân dân" → "UBND", "Tỉnh uỷ" → "Tỉnh ủy": one spelling per body."""
    for pattern, short in SHORT:
        body = compiled(pattern).sub(short, body)
    return re.sub(r"\s+", " ", body).strip()


def party_word(body: str) -> str | None:
    """The party-committee word a body name contains ("Ban Tổ chức Tỉnh ủy" → "tỉnh ủy")."""
    for word in PARTY_LEVEL:
        if compiled(rf"(?<![\w]){word}(?![\w])").search(body.casefold()):
            return word
    return None


def proper_name_at(text: str, pos: int) -> str | None:
    """The capitalised name starting at ``pos`` ("Tuyên Quang", "Bà Rịa - Vũng Tàu"), if any."""
    words: list[str] = []
    for m in re.finditer(r"\S+", text[pos:pos + 60]):
        if m.start() > 0 and not text[pos + m.start() - 1].isspace():
            break
        w = m.group().rstrip(",.;:)”\"")
        if w in ("-", "–") and words:
            words.append(w)
            continue
        if not w or not w[0].isupper() or not w[0].isalpha():
            break
        words.append(w)
        if w != m.group():
            break
        if len(words) >= 5:
            break
    while words and words[-1] in ("-", "–"):
        words.pop()
    return " ".join(words) or None


def bare_body_at(text: str, pos: int, end: int) -> tuple[int, int, str, str | None, str | None] | None:
    """A local body written at ``pos`` (after spaces): (start, end, body, level, name or None)."""
    m = re.match(r"\s+(?P<body>" + cue_pattern("local_bodies", "vi") + r")(?:\s+(?P<level>"
                 + cue_pattern("local_levels", "vi") + r"))?", text[pos:end])
    if not m:
        return None
    stop = pos + m.end()
    name = proper_name_at(text, stop + 1) if text[stop:stop + 1] == " " else None
    if name:
        stop = stop + 1 + len(name)
    return pos + m.start("body"), stop, m.group("body"), m.group("level"), name


def local_body_name(text: str, body: str, level: str | None, name: str | None = None) -> str | None:
    """The full name of a local body ``body`` (+ ``level``) in an article whose text is ``text``."""
    body = short_form(body)
    word = party_word(body)
    if word is not None:
        if name:
            return f"{body} {name}"
        places = _names_after(text, r"(?:" + word.capitalize() + r"|" + word.replace("ủy", "uỷ").capitalize() + r")")
        place = _dominant(places) or _dominant(_names_after(text, PARTY_LEVEL[word]))
        return f"{body} {place}" if place else None
    if not level:
        return None
    level = "thành phố" if level.startswith("TP") else level
    if name:
        return f"{body} {level} {name}"
    places = _names_after(text, re.escape(level))
    for word, lvl in PARTY_LEVEL.items():  # "Tỉnh ủy Tuyên Quang" names a province too
        if lvl == level:
            places.update(_names_after(text, word.capitalize()))
    place = _dominant(places)
    return f"{body} {level} {place}" if place else None


def _names_after(text: str, word: str) -> Counter:
    names: Counter = Counter()
    for m in compiled(rf"(?<![\w]){word}\s(?=[A-ZĐÂĂÊÔƠƯ])").finditer(text):
        n = proper_name_at(text, m.end())
        if n and not _person_name(n):
            names[n] += 1
    return names


def _person_name(name: str) -> bool:
    """"Chủ tịch HĐND tỉnh Nguyễn Đức Trung": a family-name-led run of three or four words that names no known
    place is the person after a bare body, not the body's place."""
    from kg.nlp.lexicon import load_lexicon

    words = name.split()
    lex = load_lexicon()
    return 3 <= len(words) <= 4 and lex.is_surname(words[0]) and not any(e.type == "Place" for e in lex.lookup(name))


def _dominant(names: Counter) -> str | None:
    """The name the article uses most, where it clearly does."""
    common = names.most_common(2)
    if not common:
        return None
    if len(common) > 1 and common[1][1] == common[0][1]:
        return None
    return common[0][0]
