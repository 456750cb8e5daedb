"""The flat NER view's labels where a name's kind depends on its slot (``doc.ents`` only).

VLSP-style annotation tags a theatre that acts ("Nhà hát Kịch Việt Nam công diễn …", "giám đốc
Nhà hát …") as an organisation and the same building after a locative word ("tại Nhà hát Lớn")
as a place; a country after "tiếng" names a language ("dịch sang tiếng Nhật"), no place; and a
capitalised "Hãng" / "Hãng tin" stays outside the brand it introduces ("Hãng tin Bloomberg"); so
does "Cảnh sát" before a bare country, which is then the place ("Cảnh sát Australia đã bắt …");
a journal after "tạp chí" is ORG here, as the dev set annotates it, though the graph leaves it out.
The graph (``doc.spans["kg"]``) keeps the recognisers' spans. Cue words are data:
``kg/data/patterns/ent_roles_vi.json``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.textutil import escaped_alternation


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = pattern_data("ent_roles_vi.json")

    def alt(ws: list[str]) -> str:
        return escaped_alternation(ws)

    locative = re.compile(r"(?<![\w])(?:" + alt(d["locative_words"]) + r")\s+$", re.IGNORECASE)
    language = re.compile(r"(?<![\w])(?:" + alt(d["language_words"]) + r")\s+$")
    media = re.compile(r"(?:" + alt(d["media_heads"]) + r")\s+(?=[A-ZĐ0-9])")
    forces = re.compile(r"(?:" + alt(d.get("country_forces", [])) + rf")\s+(?=[{UPPER_VI}])")
    return tuple(d["institution_venues"]), locative, language, media, forces


_CAP_WORD = r"[A-ZĐ][\w'’.&-]*"


@lru_cache(maxsize=1)
def _journal_re() -> re.Pattern[str]:
    """A journal cue and the capitalised run after it ("tạp chí The Lancet", "tạp chí Condé Nast Traveler")."""
    d = pattern_data("ent_roles_vi.json")
    cues = escaped_alternation(d.get("journal_cues", [])) or "(?!)"
    return re.compile(r"(?<![\w])(?:" + cues + r")\s+(" + _CAP_WORD + r"(?:[ ](?:of[ ]|and[ ]|&[ ])?" + _CAP_WORD
                      + r"){0,4})(?![\w])")


def _journals(text: str, ents: list[Candidate]) -> list[Candidate]:
    """``ents`` with the journals named after a journal cue (names inside one give way to it)."""
    found = [(m.start(1), m.end(1) - len(m.group(1)) + len(m.group(1).rstrip(".")))  # "… The Lancet." ends the sentence
             for m in _journal_re().finditer(text)]
    for s, e in found:
        if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in ents):
            continue  # a name runs across its edge: leave both
        ents = sorted([c for c in ents if not (s <= c.start and c.end <= e)]
                      + [Candidate(s, e, "ORG", 0, "journal")], key=lambda c: c.start)
    return ents


def entity_roles(text: str, ents: list[Candidate], lang: str = "vi", lex: Lexicon | None = None) -> list[Candidate]:
    """``ents`` relabelled (or trimmed, or dropped) by the slot each name stands in."""
    if lang != "vi":
        return ents
    venues, locative, language, media, forces = _data()
    out: list[Candidate] = []
    ents = _journals(text, ents)
    for c in ents:
        surface = text[c.start:c.end]
        before = text[max(0, c.start - 12):c.start]
        if c.label == "LOC" and language.search(before) and c.source == "gazetteer":
            continue  # "tiếng Nhật": a language
        if c.label == "LOC" and surface.startswith(venues) and not locative.search(before):
            c = replace(c, label="ORG")  # "Nhà hát Kịch Việt Nam công diễn …": the company, not the hall
        elif c.label == "ORG" and (m := media.match(surface)) and m.end() < len(surface):
            c = replace(c, start=c.start + m.end())  # "Hãng tin Bloomberg": the agency's name
        elif c.label == "ORG" and lex is not None and (m := forces.match(surface)) \
                and any(e.type == "Place" and e.kind == "country" for e in lex.lookup(surface[m.end():])):
            c = replace(c, start=c.start + m.end(), label="LOC")  # "Cảnh sát Australia": the country
        out.append(c)
    return out
