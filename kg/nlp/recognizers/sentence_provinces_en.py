"""English bare provincial bodies whose province the same sentence has just named.

"In Nghệ An, the provincial People's Committee has ordered …", "the People's Court of Quảng Ninh
Province opened the trial of a former vice chairman of the provincial People's Committee": the
province is named a few words before the body, though the article as a whole (a Hà Nội dateline, a
national story) is about no single province or about another place. The body is that province's
("Nghệ An Provincial People's Committee", "Nghệ An Department of Health"), named with the province
as the sentence writes it. The surfaces and name patterns are those of
``kg/data/gazetteer/local_bodies.json`` (kind "province"), which
:func:`kg.nlp.recognizers.document.local_body_candidates` uses for an article's dominant place.
"""
from __future__ import annotations

import re

from kg.nlp.lexicon import entry_by_id
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import compiled
from kg.nlp.patterns import UPPER_VI

SOURCE = "local-body-context"
_SENTENCE_END = re.compile(rf"[.!?]\s+(?=[\"“'‘(]?[{UPPER_VI}0-9])|\n")
_PROVINCE_WORD = re.compile(r"\s+[Pp]rovince$")


def _provinces(text: str, cands: list[Candidate], kind: str = "province") -> list[tuple[int, int, str]]:
    """The spans of the provinces (or centrally-run cities, ``kind`` "city") the recognisers found, each with
    its name as the text writes it ("Quảng Ninh Province" → "Quảng Ninh")."""
    out = []
    for c in cands:
        if c.label != "LOC" or not c.gid:
            continue
        entry = entry_by_id("Place", c.gid)
        if entry is not None and entry.kind == kind:
            written = _PROVINCE_WORD.sub("", text[c.start:c.end])
            out.append((c.start, c.end, entry.name if written.isupper() else written))  # a dateline's "HÀ NỘI"
    return out


def sentence_province(text: str, cands: list[Candidate], at: int,
                      provinces: list[tuple[int, int, str]] | None = None) -> str | None:
    """The province named last before ``at`` in the same sentence, as the text writes it; ``None``
    when the sentence names none before it, or names two different ones (which one is meant is
    then a guess)."""
    provinces = _provinces(text, cands) if provinces is None else provinces
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    named = [(s, name) for s, e, name in provinces if start <= s and e <= at]
    if not named or len({n.casefold() for _, n in named}) > 1:
        return None
    return max(named)[1]


def sentence_province_bodies(text: str, cands: list[Candidate], surfaces: dict[str, str],
                             departments: re.Pattern | None, taken: list[tuple[int, int]],
                             named_after, kind: str = "province") -> list[Candidate]:
    """Bare provincial bodies (``surfaces``: surface → name pattern with "{place}"; ``departments``:
    "the provincial Department of …" with groups ``all`` and ``body``) whose sentence names their
    province before them. A body followed by a place name (``named_after``) is left alone; the spans
    taken are added to ``taken``."""
    provinces = _provinces(text, cands, kind)  # (kind "city": "In Đà Nẵng, the city People's Committee …")
    if not provinces:
        return []
    out: list[Candidate] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    for surface in sorted(surfaces, key=len, reverse=True):
        for m in compiled(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", re.IGNORECASE).finditer(text):
            if named_after(text, m.end()) or not free(m.start(), m.end()):
                continue
            place = sentence_province(text, cands, m.start(), provinces)
            if place is None:
                continue
            taken.append((m.start(), m.end()))
            start = m.start() + (4 if m.group().lower().startswith("the ") else 0)
            out.append(Candidate(start, m.end(), "ORG", PRIORITY[SOURCE], SOURCE,
                                 meta={"name": surfaces[surface].format(place=place)}))
    if departments is not None:
        for m in departments.finditer(text):
            place = sentence_province(text, cands, m.start(), provinces)
            if place is None or not free(m.start(), m.end()):
                continue
            taken.append((m.start(), m.end()))
            out.append(Candidate(m.start("all"), m.end(), "ORG", PRIORITY[SOURCE], SOURCE,
                                 meta={"name": f"{place} {m.group('body')}"}))
    return out
