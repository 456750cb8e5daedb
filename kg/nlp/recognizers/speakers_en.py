"""English copy: a person's given name that is also a city's name ("Vinh said", "Hue told …").

English news names a person in full once ("General Director Le Quang Vinh") and
then by the last syllable. When that syllable is also a known city ("Vinh",
"Hue"), the gazetteer reads a place. Followed by a speech verb, or after
"said", it is the person: the candidate outranks the gazetteer hit (same band,
higher priority) and is a reference to the full name.
"""
from __future__ import annotations

import re

from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import Word

_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|stressed|asked|urged|explained|announced)\b")
_SPEECH_BEFORE = re.compile(r"\bsaid\s+$")


def speaker_given_names(text: str, words: list[Word], cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Given names that are also place names, used as a speaker after the full name."""
    given: dict[str, int] = {}
    for c in cands:
        parts = text[c.start:c.end].split()
        if c.label == "PER" and not c.ref and len(parts) >= 3:
            given.setdefault(parts[-1], c.end)  # Vietnamese full names: three syllables or more
    out: list[Candidate] = []
    for w in words:
        first = given.get(w.text)
        if first is None or w.start < first:
            continue
        if not any(e.type == "Place" for e in lex.lookup(w.text) + lex.lookup(w.text, folded=True)):
            continue  # a given name with no place of that name is the ordinary recogniser's
        before = text[max(0, w.start - 12):w.start]
        if re.search(r"[A-Z][\w-]*\s+$", before) or re.match(r"\s+[A-Z]", text[w.end:w.end + 2]):
            continue  # inside a longer name ("Le Quang Vinh", "Vinh Xuong")
        if _SPEECH_AFTER.match(text, w.end) or (_SPEECH_BEFORE.search(before) and text[w.end:w.end + 1] in ".,"):
            out.append(Candidate(w.start, w.end, "PER", PRIORITY["given-name/speaker"], "given-name", ref=True))
    return out
