"""English fields whose shared head is written once: "the green and digital transformation", "renewable
and nuclear energy", "digital, green and circular economy".

Before a field the lexicon knows ("digital transformation"), lower-case modifiers joined to it by "and"
(and commas) each name a field of their own with the same head ("green" + "transformation"). Only a
modified field the lexicon knows is read ("green transformation" is the lexicon's green transition), so a
plain adjective ("new and digital transformation") names nothing. The modifier's span carries the field.
"""
from __future__ import annotations

import re

from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

SOURCE = "coordinated-topic-en"
# "green and ", "digital, green and ", "green, and ": the modifiers right before the known field
_MODIFIERS = re.compile(r"((?:[a-z][a-z-]*\s*,\s*)*[a-z][a-z-]*)\s*,?\s+and\s+$")
_WORD = re.compile(r"[a-z][a-z-]*")


def coordinated_topic_candidates(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A TOPIC candidate over each modifier that, with the head of the known field after it, names a
    field the lexicon knows."""
    out: list[Candidate] = []
    taken = [(c.start, c.end) for c in cands if c.label not in ("DATE", "TITLE", "EVENT", "POLICY")]  # fields nest in names
    for t in cands:
        if t.label != "TOPIC" or not t.gid:
            continue
        field = text[t.start:t.end]
        first, _, head = field.partition(" ")
        if not head or not first.islower():
            continue
        m = _MODIFIERS.search(text, max(0, t.start - 80), t.start)
        if not m:
            continue
        for w in _WORD.finditer(text, m.start(1), m.end(1)):
            if any(s < w.end() and w.start() < e for s, e in taken):
                continue
            entries = [e for e in lex.lookup(f"{w.group()} {head}") if e.type == "Topic"]
            if entries and entries[0].id != t.gid:
                out.append(Candidate(w.start(), w.end(), "TOPIC", PRIORITY["field-topic"], SOURCE, gid=entries[0].id))
    return out
