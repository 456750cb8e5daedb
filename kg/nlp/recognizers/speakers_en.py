"""English copy: a person's given name that is also a city's name ("Vinh said", "Hue told …").

English news names a person in full once ("General Director Le Quang Vinh") and
then by the last syllable. When that syllable is also a known city ("Vinh",
"Hue"), the gazetteer reads a place. Followed by a speech verb, or after
"said", it is the person: the candidate outranks the gazetteer hit (same band,
higher priority) and is a reference to the full name.

A plain two- or three-word capitalised name right after "said" that a clause or the sentence closes
('"Prices will rise," said Marco Bellini.', "said Rachel Tan, who runs the fund") is the speaker, a person,
unless the name holds a body's, place's or title's word or is a known name (low priority: any other
reading wins).
"""
from __future__ import annotations

import re

from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import Word
from kg.nlp import patterns as P

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


# a role in apposition after the name, perhaps after its body's acronym: ", ADB country director for …"
_ROLE_APPOSED = (r"(?:the[ ])?(?:[A-Z]{2,6}[ ])?(?:country[ ]|general[ ]|managing[ ]|deputy[ ]|vice[ ]|executive[ ]|regional[ ])?"
                 r"(?:director|chairman|chairwoman|president|chief|head|CEO|spokesman|spokeswoman|spokesperson"
                 r"|representative|minister|ambassador|manager|secretary|founder|coach)\b")
_SAID_NAME = re.compile(rf"(?<![\w’'-])said[ ](?P<name>[A-Z][a-zà-ỹ’'-]+(?:[ ][A-Z][a-zà-ỹ’'-]+){{1,2}})(?=[.;]|,[ ]who\b|,[ ]{_ROLE_APPOSED}|[ ](?:on|in|at|yesterday|today|last|this)\b|$)")


def speakers_after_said(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A plain name right after "said", closed by the sentence or a clause: the speaker."""
    taken = [(c.start, c.end) for c in cands if not c.ref and c.label in ("ORG", "LOC", "EVENT", "POLICY", "PER")]
    out: list[Candidate] = []
    for m in _SAID_NAME.finditer(text):
        s, e = m.span("name")
        words = m.group("name").split()
        if any(a < e and s < b for a, b in taken) or lex.lookup(m.group("name")) or any(
                w in P.BODY_WORDS_EN or w in P.EVENT_TAILS_EN or w.casefold() in lex.titles or lex.lookup(w)
                or w.casefold() in P.MONTHS_EN or w.casefold() in P.WEEKDAYS_EN for w in words):
            continue
        out.append(Candidate(s, e, "PER", PRIORITY["name-run"], "said-name"))
    return out
